# Platform flags: imported by name (LINUX, IS_WINDOWS, ...), defined in the module, or returned by
# a function of the module.
import os
import sys

from psutil import LINUX, WINDOWS
from psutil import POSIX as posix_flag

from ._common import MACOS, is_linux as imported_is_linux
from .info import IS_WIN
from subprocess import _mswindows
import cloudinit.util as util

IS_MAC = sys.platform == "darwin"


def is_linux():
    """True on Linux."""
    return sys.platform.startswith("linux")


def is_supported(kind):
    return kind == "linux"


def imported_flag():
    if LINUX:
        return open("/proc/mounts", encoding="utf-8").read()  # ok: PORT101
    return ""


def imported_early_exit():
    if WINDOWS or MACOS:
        return None
    return open("/proc/mounts", encoding="utf-8").read()  # ok: PORT101


def imported_call():
    if imported_is_linux() or util.is_Linux():
        return open("/proc/cpuinfo", encoding="utf-8").read()  # ok: PORT102
    return ""


def module_function():
    if is_linux():
        return open("/proc/cpuinfo", encoding="utf-8").read()  # ok: PORT102
    return ""


def function_with_argument():
    if is_supported("linux"):
        return open("/proc/cpuinfo", encoding="utf-8").read()  # expect: PORT102
    return ""


def posix_is_not_linux():
    # POSIX holds on macOS too.
    if posix_flag:
        return open("/proc/cpuinfo", encoding="utf-8").read()  # expect: PORT102
    return ""


def module_flag_wrong_platform():
    if IS_MAC:
        return open("/proc/cpuinfo", encoding="utf-8").read()  # expect: PORT102
    return ""


def forks():
    if not WINDOWS:
        return os.fork()  # ok: PORT402
    return None


def is_FreeBSD():
    # A body platlint cannot evaluate: the function's name says what it tests.
    return util.system_info()["variant"] == "freebsd"


def jailed():
    if not is_FreeBSD():
        return False
    return os.system("sysctl -qn security.jail.jailed") == 0  # ok: PORT501


def by_attribute(_common):
    if _common.WINDOWS:
        return None
    return os.fork()  # ok: PORT402


def lower_case_attribute_is_data(self):
    # `self.windows` is data (the open windows of a UI), not a platform flag.
    if self.windows:
        return None
    return os.fork()  # expect: PORT402


def systemd_flags(distro, uses_systemd, windows):
    # systemd runs only on Linux: a flag named for it, on any object or as a parameter, is false on
    # macOS and Windows (and not known on Linux, so the other branch still runs everywhere).
    if distro.uses_systemd():
        os.system("systemctl daemon-reload")  # ok: PORT501
    if uses_systemd:
        os.system("systemctl daemon-reload")  # ok: PORT501
    if not distro.is_systemd():
        os.system("service ntp restart")  # expect: PORT501
    if distro.uses_systemd() or windows:
        os.system("systemctl daemon-reload")  # expect: PORT501


def sd_notify(message):
    # Only systemd sets NOTIFY_SOCKET (and LISTEN_FDS, INVOCATION_ID, ...): without it the function returns.
    notify_socket = os.environ.get("NOTIFY_SOCKET")  # ok: PORT390 (systemd documents it)
    if not notify_socket:
        return None
    return open("/proc/self/cgroup", encoding="utf-8").read()  # ok: PORT103


def socket_activated():
    if "LISTEN_FDS" in os.environ:  # ok: PORT390 (systemd documents it)
        return open("/proc/self/status", encoding="utf-8").read()  # ok: PORT103
    return open("/proc/self/stat", encoding="utf-8").read()  # expect: PORT103


def other_variable():
    if os.getenv("MY_SOCKET"):  # expect: PORT390
        return open("/proc/self/environ", encoding="utf-8").read()  # expect: PORT103
    return None


class CGIHandler:
    # A class attribute assigned once from a platform check is a flag read through self or cls.
    have_fork = hasattr(os, "fork")
    cache = {}

    def run(self):
        if self.have_fork:
            return os.fork()  # ok: PORT402
        return None

    def run_unguarded(self):
        if self.cache:
            return os.fork()  # expect: PORT402
        return None


# A flag that is later only ever turned off stays false where it started false.
_HAS_TMPFILE = hasattr(os, "O_TMPFILE")


def temporary_file(directory):
    global _HAS_TMPFILE
    if _HAS_TMPFILE:
        try:
            return os.open(directory, os.O_TMPFILE | os.O_RDWR)  # ok: PORT403
        except IsADirectoryError:
            _HAS_TMPFILE = False
    return None


def imported_short_windows_flag(path):
    if IS_WIN:
        return os.startfile(path)  # ok: PORT402
    return None


def private_windows_flag(handle):
    if _mswindows:
        import msvcrt  # ok: PORT401
        return msvcrt.get_osfhandle(handle)
    return handle
