# A module whose file name names one platform (module_named_linux.py, like psutil's _pslinux.py)
# is imported only on that platform by the code that picks it: its Linux-only code is no finding.
import fcntl  # ok: PORT401
import winreg  # expect: PORT401


def mounts():
    with open("/proc/mounts", encoding="utf-8") as f:  # ok: PORT101
        return f.read()


def lock(f):
    fcntl.flock(f, fcntl.LOCK_EX)


def key():
    return winreg.OpenKey(winreg.HKEY_CURRENT_USER, "Software")
