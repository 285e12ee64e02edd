# PORT812 access-execute-bit: os.access(..., os.X_OK) is true for every existing file on Windows.
import os
import shutil
import sys
from os import X_OK, access


def which(name):
    for directory in os.environ["PATH"].split(os.pathsep):
        path = os.path.join(directory, name)
        if os.path.isfile(path) and os.access(path, os.X_OK):  # expect: PORT812
            return path
    return None


def is_exe(path):
    return access(path, X_OK)  # expect: PORT812


def is_exe_keyword(path):
    return os.path.isfile(path) and os.access(path, mode=(os.X_OK))  # expect: PORT812


def directory_permissions(path):
    # Execute with other modes checks a directory's permissions, which Windows checks less strictly.
    if not os.access(path, os.W_OK | os.X_OK):  # ok: PORT812
        return False
    return not (os.access(path, os.R_OK)
                and os.access(path, os.X_OK))  # ok: PORT812


def readable(path):
    return os.access(path, os.R_OK) and os.access(path, os.F_OK | os.W_OK)  # ok: PORT812


def portable(name):
    return shutil.which(name)  # ok: PORT812


def posix_only(path):
    if sys.platform != "win32":
        return os.access(path, os.X_OK)  # ok: PORT812
    return path.lower().endswith((".exe", ".bat", ".cmd"))
