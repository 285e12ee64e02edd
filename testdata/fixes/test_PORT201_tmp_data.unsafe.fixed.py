# PORT201 in a test file, with --fix --unsafe-fixes: what the test does with /tmp gets the
# unsafe fix; the data it compares with is left as the test wrote it.
import os
import tempfile
import unittest

EXPECTED = {"path": os.path.join("/tmp", "image")}


class TestImage(unittest.TestCase):
    def test_path(self):
        os.makedirs(os.path.join(tempfile.gettempdir(), "image"), exist_ok=True)
        self.assertEqual(EXPECTED["path"], os.path.join("/tmp", "image"))
