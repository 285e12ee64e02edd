# Test skip markers and skips at the start of a test guard the test.
import os
import sys
import unittest

import pytest
import testtools
from psutil import LINUX


@unittest.skipIf(sys.platform == "win32" or sys.platform == "darwin", "Linux only")
def test_skip_if():
    open("/proc/mounts", encoding="utf-8").read()  # ok: PORT101


@unittest.skipUnless(sys.platform.startswith("linux"), "Linux only")
class TestSkipUnless(unittest.TestCase):
    def test_mounts(self):
        open("/proc/mounts", encoding="utf-8").read()  # ok: PORT101


class TestSkipTest(unittest.TestCase):
    def test_mounts(self):
        if not sys.platform.startswith("linux"):
            self.skipTest("Linux only")
        open("/proc/mounts", encoding="utf-8").read()  # ok: PORT101

    def test_fork(self):
        if os.name == "nt":
            self.skipTest("no fork")
        os.fork()  # ok: PORT402

    @unittest.skipIf(sys.platform == "win32", "not on Windows")
    def test_still_breaks_on_macos(self):
        open("/proc/mounts", encoding="utf-8").read()  # expect: PORT101


@testtools.skipIf(not sys.platform.startswith("linux"), "Linux only")
def test_testtools():
    open("/proc/mounts", encoding="utf-8").read()  # ok: PORT101


@pytest.mark.skipif(not LINUX, reason="Linux only")
def test_pytest_mark():
    open("/proc/mounts", encoding="utf-8").read()  # ok: PORT101


def test_pytest_skip():
    if sys.platform != "linux":
        pytest.skip("Linux only")
    open("/proc/mounts", encoding="utf-8").read()  # ok: PORT101


@pytest.mark.skipif("sys.platform == 'win32'", reason="a string condition is not evaluated")
def test_string_condition():
    open("/proc/mounts", encoding="utf-8").read()  # expect: PORT101


@unittest.skipIf(os.environ.get("CI"), "not in CI")
def test_unrelated_skip():
    open("/proc/mounts", encoding="utf-8").read()  # expect: PORT101
