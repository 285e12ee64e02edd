# A private module (its name starts with `_`) is the package's own: its top-level functions, public
# names included, run where their calls in the module run when every use of the name there is a
# call. A function used any other way is judged on its own.
import os
import select
import sys


def wait_pidfd(pid):
    return os.pidfd_open(pid, 0)  # ok: PORT402


def wait_kqueue():
    return select.kqueue()  # ok: PORT402


def wait(pid):
    if sys.platform == "linux":
        return wait_pidfd(pid)
    if sys.platform == "darwin":
        return wait_kqueue()
    return None


def handed_out():
    return os.getuid()  # expect: PORT402


CALLBACKS = [handed_out]


def also_called():
    if sys.platform != "win32":
        return handed_out()
    return None


def never_called():
    return os.getgid()  # expect: PORT402
