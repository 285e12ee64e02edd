# A module whose file name names POSIX (module_named_posix.py, like psutil's _psposix.py) is
# imported by the POSIX platforms' modules only: POSIX APIs are no finding, Linux-only ones are.
import fcntl  # ok: PORT401
import os


def wait(pid):
    return os.waitpid(pid, os.WNOHANG)  # ok: PORT402 PORT403


def disk_usage(path):
    return os.statvfs(path)  # ok: PORT402


def mounts():
    with open("/proc/mounts", encoding="utf-8") as f:  # expect: PORT101
        return f.read()


def lock(f):
    fcntl.flock(f, fcntl.LOCK_EX)
