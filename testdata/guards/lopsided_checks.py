# Platform checks that single out another platform and let the rest take the Linux branch: the
# Linux-only code in that branch is reported, with the check as a related location that says which
# platforms it let through.
import os
import sys

import cloudinit.util as util


def cmdline(pid):
    if util.is_FreeBSD():
        return "procstat"
    else:
        with open("/proc/%s/cmdline" % pid, "rb") as f:  # expect: PORT103
            return f.read()


def serial_port():
    if sys.platform == "win32":
        return "COM2"
    return open("/sys/class/tty/ttyS1/uevent", encoding="utf-8").read()  # expect: PORT104


def devices():
    if util.is_FreeBSD() or util.is_DragonFlyBSD():
        return []
    return os.listdir("/sys/class/net")  # expect: PORT104


# Checks that keep the code to Linux, and code that breaks only where the check is right.
def linux_devices():
    if sys.platform.startswith("linux"):
        return os.listdir("/sys/class/net")  # ok: PORT104
    return []


def uid_or_none():
    if sys.platform == "win32":
        return None
    return os.getuid()  # ok: PORT402


# A default that an `if` right after it replaces for some platforms holds only on the others.
SERIAL_PORT = "/dev/ttyS1"  # expect: PORT108
if sys.platform == "win32":
    SERIAL_PORT = "COM2"

SYSCTL_DIR = "/proc/sys/net"  # ok: PORT102
if sys.platform != "linux":
    SYSCTL_DIR = None


# A value kept in a variable is let through where it is read.
_RUN_TMP = "/run/app/tmp"  # expect: PORT109


def tmp_root():
    if util.is_BSD():
        return "/var/run/app/tmp"
    return _RUN_TMP
