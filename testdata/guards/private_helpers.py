# Private and nested functions run where their calls in the file run: a helper called only under a
# platform check is that platform's code. A helper used any other way, or not at all, is judged on
# its own.
import os
import select
import shutil
import subprocess
import sys

_USE_SENDFILE = sys.platform.startswith("linux")


def _fastcopy_sendfile(src, dst, count):
    return os.sendfile(dst, src, 0, count)  # ok: PORT402


def copy(src, dst, count):
    if _USE_SENDFILE:
        return _fastcopy_sendfile(src, dst, count)
    return os.read(src, count)


def _poll_once(fd):
    poller = select.epoll()  # ok: PORT402
    poller.register(fd)
    return _poll_again(poller)


def _poll_again(poller):
    return poller.poll(select.EPOLLIN)  # ok: PORT403


def wait(fd):
    if sys.platform == "linux":
        return _poll_once(fd)
    return None


def _some_unguarded_caller():
    return os.getuid()  # expect: PORT402


def who(guarded):
    if sys.platform != "win32" and guarded:
        return _some_unguarded_caller()
    return _some_unguarded_caller()


def _passed_on():
    return os.getgid()  # expect: PORT402


CALLBACKS = [_passed_on]


def _never_called():
    return os.geteuid()  # expect: PORT402


def public_helper():
    return os.getegid()  # expect: PORT402


def uses_public():
    if sys.platform == "linux":
        return public_helper()
    return 0


def outer():
    def nested():
        return os.getpgid(0)  # ok: PORT402

    if os.name == "posix":
        return nested()
    return 0


def _recursive(n):
    if n:
        return _recursive(n - 1)
    return os.getpgrp()  # expect: PORT402


def _only_called_by_guarded_helper():
    return os.getsid(0)  # ok: PORT402


def _guarded_entry():
    return _only_called_by_guarded_helper()


def entry():
    if sys.platform.startswith("linux"):
        _guarded_entry()


class Poller:
    def _epoll(self):
        return select.epoll()  # ok: PORT402

    def _kqueue(self):
        return select.kqueue()  # expect: PORT402

    def make(self):
        if sys.platform == "linux":
            return self._epoll()
        return self._kqueue()


@some_registry.register
def _registered():
    return os.getloadavg()  # expect: PORT402


def use_registered():
    if sys.platform == "linux":
        return _registered()
    return None


# A helper's program or file is handled where every call of the helper handles it.


def _route_info_iproute():
    return subprocess.check_output(["ip", "-4", "route", "show"])  # ok: PORT501


def route_info():
    if shutil.which("ip"):
        return _route_info_iproute()
    return subprocess.check_output(["netstat", "-rn"])


def _read_cmdline():
    with open("/proc/cmdline", encoding="utf-8") as f:  # ok: PORT110
        return f.read()


def cmdline():
    try:
        return _read_cmdline()
    except OSError:
        return ""


def _vgs():
    return subprocess.check_output(["vgs", "--noheadings"])  # expect: PORT501


def volume_groups(checked):
    if checked and shutil.which("vgs"):
        return _vgs()
    return _vgs()
