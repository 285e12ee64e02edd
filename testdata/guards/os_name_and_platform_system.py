# Guards on os.name and platform.system(), including flags computed from them.
import os
import platform

IS_WINDOWS = os.name == "nt"
IS_LINUX = platform.system() == "Linux"
ON_LINUX = platform.system().lower() == "linux"


def cpus():
    if IS_LINUX:
        return open("/proc/cpuinfo").read()  # ok: PORT102
    if ON_LINUX:
        return open("/proc/cpuinfo").read()  # ok: PORT102
    return None


def posix_is_not_linux():
    # os.name == "posix" is true on macOS too: the guard is the finding, the read its related location.
    if os.name == "posix":  # expect: PORT603
        return open("/proc/meminfo").read()


def not_windows_flag():
    if not IS_WINDOWS:
        return open("/proc/meminfo").read()  # expect: PORT102


def windows_branch():
    if os.name == "nt":
        return None
    elif platform.system() == "Darwin":
        return None
    return open("/proc/meminfo").read()  # ok: PORT102


def system_in():
    if platform.system() in ("Linux",):
        return open("/proc/loadavg").read()  # ok: PORT102


def lowered_system():
    if platform.system().lower() == "linux":
        return open("/proc/loadavg").read()  # ok: PORT102
    return None
