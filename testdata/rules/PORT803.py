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
    os.chmod(path, mode)  # ok: PORT803
    shutil.chown(path, user="nova")  # expect: PORT803


PRIVATE = 0o600


def private_files(path, directory):
    os.chmod(path, 0o600)  # expect: PORT803
    os.chmod(path, PRIVATE)  # expect: PORT803
    os.chmod(path, 0o400)  # ok: PORT803
    os.chmod(path, 0o644)  # expect: PORT803
    os.mkdir(directory, 0o750)  # expect: PORT803
    os.makedirs(directory, mode=0o770, exist_ok=True)  # expect: PORT803
    os.makedirs(directory, mode=0o700, exist_ok=True)  # ok: PORT803
    os.mkdir(directory, 0o755)  # ok: PORT803
    os.mkdir(directory)  # ok: PORT803
