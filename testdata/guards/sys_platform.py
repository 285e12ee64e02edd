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
