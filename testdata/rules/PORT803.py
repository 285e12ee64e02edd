# PORT803 chmod-posix-bits: permission bits and ownership that Windows ignores.
import os
import shutil
import stat
from pathlib import Path
from stat import S_IRUSR, S_IWUSR

EXECUTABLE = 0o755


def permissions(path, mode, st):
    os.chmod(path, 0o755)  # expect: PORT803
    os.chmod(path, EXECUTABLE)  # expect: PORT803
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)  # expect: PORT803
    os.chmod(path, st.st_mode | stat.S_IEXEC)  # expect: PORT803
    Path(path).chmod(0o700)  # expect: PORT803
    os.chmod(path, stat.S_IREAD)  # ok: PORT803
    os.chmod(path, stat.S_IWRITE | stat.S_IREAD)  # ok: PORT803
    os.chmod(path, S_IRUSR | S_IWUSR)  # ok: PORT803
    os.chmod(path, st.st_mode & ~stat.S_IWRITE)  # ok: PORT803
    os.chmod(path, mode)  # expect: PORT803
    shutil.chown(path, user="nova")  # expect: PORT803


PRIVATE = 0o600


def private_files(path, directory):
    os.chmod(path, 0o600)  # expect: PORT803
    os.chmod(path, PRIVATE)  # expect: PORT803
    os.chmod(path, 0o400)  # ok: PORT803
    os.chmod(path, 0o644)  # expect: PORT803
    os.mkdir(directory, 0o750)  # expect: PORT803
    os.makedirs(directory, mode=0o770, exist_ok=True)  # expect: PORT803
    os.makedirs(directory, mode=0o700, exist_ok=True)  # expect: PORT803
    os.mkdir(directory, 0o755)  # ok: PORT803
    os.mkdir(directory)  # ok: PORT803


class Publisher:
    def __init__(self, file_permission=0o644):
        self.file_permission = file_permission

    def publish(self, path):
        os.chmod(path, self.file_permission)  # expect: PORT803


def set_mode(path, mode):
    real_mode = int(mode)
    if path and real_mode:
        os.chmod(path, real_mode)  # expect: PORT803


def chmod_wrapper(path, mode):
    """Forwards the caller's mode."""
    os.chmod(path, mode)  # ok: PORT803


def copy_mode(src, dst, writable):
    st = os.stat(src)
    mode = st.st_mode
    os.chmod(dst, mode)  # ok: PORT803
    flags = stat.S_IREAD | stat.S_IWRITE if writable else stat.S_IREAD
    os.chmod(dst, flags)  # ok: PORT803
    os.chmod(dst, os.stat(src)[stat.ST_MODE])  # ok: PORT803


def get_permissions(path):
    return stat.S_IMODE(os.stat(path).st_mode)  # expect: PORT803


def keep_mode(src, dst):
    st = os.stat(src)
    mode = stat.S_IMODE(st.st_mode)  # ok: PORT803
    os.chmod(dst, stat.S_IMODE(st.st_mode))  # ok: PORT803
    return mode
