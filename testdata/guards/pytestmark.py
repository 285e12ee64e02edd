# A module-level pytestmark skip guards every test of the module.
import sys

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")]


def test_mounts():
    assert open("/proc/mounts", encoding="utf-8").read()  # ok: PORT101


class TestCpus:
    pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a class's marks are not the module's")

    def test_cpus(self):
        assert open("/proc/cpuinfo", encoding="utf-8").read()  # ok: PORT102


def test_ca_bundle():
    # The skip narrows the platforms to Linux; what breaks there is still reported.
    import os
    assert os.environ.get("SSL_CERT_FILE")  # expect: PORT301
