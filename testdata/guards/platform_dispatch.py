# A function the file reaches only by a name built from the platform runs on the platform whose
# value completes the name: `getattr(cls, f"get_{sys.platform}")` calls `get_win32` only on Windows
# and `get_OpenVMS` on none of the targets. A name the platform does not complete is judged as written.
import os
import subprocess
import sys


class _Processor:
    @classmethod
    def get(cls):
        func = getattr(cls, f"get_{sys.platform}", cls.from_subprocess)
        return func() or ""

    def get_win32():
        return os.environ.get("PROCESSOR_IDENTIFIER", "")  # ok: PORT311

    def get_OpenVMS():
        return subprocess.check_output(["getsyi", "cpu"])  # ok: PORT501

    def get_darwin():
        return subprocess.check_output(["lscpu"])  # expect: PORT501

    def get_processor():
        # Not a platform's value: `get_{sys.platform}` never names it, so it runs anywhere.
        return os.environ.get("PROCESSOR_ARCHITECTURE", "")  # expect: PORT311

    def from_subprocess():
        return subprocess.check_output(["uname", "-p"])  # expect: PORT605


def _machine_linux():
    with open("/proc/cpuinfo", encoding="ascii") as f:  # ok: PORT102
        return f.read()


def _machine_win32():
    return os.environ.get("PROCESSOR_ARCHITECTURE", "")  # ok: PORT311


def _machine_default():
    # The fallback runs wherever no function is named for the platform: macOS here.
    return os.environ.get("PROCESSOR_IDENTIFIER", "")  # expect: PORT311


def machine():
    return getattr(sys.modules[__name__], "_machine_%s" % sys.platform, _machine_default)()


def machine_by_sum():
    return getattr(sys.modules[__name__], "_machine_" + sys.platform.lower(), _machine_default)()
