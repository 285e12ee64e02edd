# PORT606 linux-branch-for-other-systems: a check for one other system sends the rest down the
# Linux branch, where a handler hides the failure.
import os
import subprocess
import sys

from cloudinit import util

SYS_CLASS_NET = "/sys/class/net/"  # expect: PORT104


def get_sys_class_path():
    return SYS_CLASS_NET


def cmdline(pid):
    try:
        if util.is_FreeBSD():  # expect: PORT606
            return subprocess.check_output(["procstat", "-c", str(pid)])
        else:
            return util.load_text_file("/proc/%s/cmdline" % pid)
    except IOError:
        return None


def devices():
    if util.is_FreeBSD() or util.is_DragonFlyBSD():  # expect: PORT606
        return []
    try:
        return os.listdir(get_sys_class_path())
    except OSError:
        return []


def interfaces():
    if sys.platform == "darwin":  # expect: PORT606
        return subprocess.check_output(["ifconfig"])
    elif util.is_FreeBSD():
        return b""
    else:
        try:
            return subprocess.check_output(["ip", "-o", "link"])
        except FileNotFoundError:
            return b""


def memory():
    # Not caught: PORT102 reports the read, with this check as a related location.
    if sys.platform == "darwin":  # ok: PORT606
        return 0
    with open("/proc/meminfo") as f:  # expect: PORT102
        return f.read()


def linux_named():
    # The branch is chosen for Linux itself: the others get the fallback on purpose.
    if sys.platform.startswith("linux"):  # ok: PORT606
        try:
            with open("/proc/meminfo") as f:
                return f.read()
        except OSError:
            return None
    return None


def windows_first():
    # Only Windows is singled out, and the branch after it is portable.
    if sys.platform == "win32":  # ok: PORT606
        return None
    try:
        return os.getloadavg()
    except OSError:
        return None


def no_exit():
    # The branch that checks for FreeBSD does not return: the read after it is not its else.
    if util.is_FreeBSD():  # ok: PORT606
        print("bsd")
    try:
        with open("/proc/uptime") as f:
            return f.read()
    except OSError:
        return None
