# Guards on sys.platform: code that only runs on Linux is silent; the wrong platform is a finding.
import sys
from sys import platform


def mounts():
    if sys.platform == "linux":
        return open("/proc/mounts").read()  # ok: PORT101
    return ""


def mounts_prefix():
    if sys.platform.startswith("linux"):
        return open("/proc/mounts").read()  # ok: PORT101
    elif sys.platform == "darwin":
        return open("/proc/mounts").read()  # expect: PORT101
    else:
        return open("/proc/mounts").read()  # expect: PORT101


def mounts_in():
    if sys.platform in ("linux", "linux2"):
        return open("/proc/self/mountinfo").read()  # ok: PORT101


def mounts_not_windows():
    # Still breaks on macOS: not silent.
    if sys.platform != "win32":
        return open("/proc/mounts").read()  # expect: PORT101


def wrong_platform():
    if sys.platform == "win32":
        return open("/proc/mounts").read()  # expect: PORT101


def imported_name():
    if platform == "linux":
        return open("/proc/cpuinfo").read()  # ok: PORT102


def else_branch():
    if sys.platform != "linux":
        return None
    else:
        return open("/proc/cpuinfo").read()  # ok: PORT102


def unknown_condition(enabled):
    if enabled:
        return open("/proc/cpuinfo").read()  # expect: PORT102


def sliced():
    if sys.platform[:3] == "win":
        return None
    if sys.platform[:5] == "linux":
        return open("/proc/cpuinfo", encoding="utf-8").read()  # ok: PORT102
    return open("/proc/cpuinfo", encoding="utf-8").read()  # expect: PORT102


def substring():
    if "linux" in sys.platform:
        return open("/proc/cpuinfo", encoding="utf-8").read()  # ok: PORT102
    # "darwin" contains "win" too: this branch runs only on Linux.
    if "win" not in sys.platform:
        return open("/proc/cpuinfo", encoding="utf-8").read()  # ok: PORT102
    if "dar" not in sys.platform:
        return open("/proc/cpuinfo", encoding="utf-8").read()  # expect: PORT102
    return None


def prefixes():
    if not sys.platform.startswith(("linux", "freebsd")):
        raise RuntimeError("needs /proc")
    return open("/proc/cpuinfo", encoding="utf-8").read()  # ok: PORT102
