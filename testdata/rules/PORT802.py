# PORT802 rename-may-not-replace: os.rename fails on Windows when the destination exists.
import os
import os as _os
from os import rename
from pathlib import Path


def save(tmp, target):
    os.rename(tmp, target)  # expect: PORT802
    _os.rename(tmp, target)  # expect: PORT802
    rename(tmp, target)  # expect: PORT802
    Path(tmp).rename(target)  # expect: PORT802
    os.replace(tmp, target)  # ok: PORT802


def exclusive(tmp, target):
    try:
        os.rename(tmp, target)  # ok: PORT802
    except FileExistsError:
        return False
    return True


def unknown(obj, a, b):
    obj.rename(a, b)  # ok: PORT802


def handled(tmp, target):
    try:
        os.rename(tmp, target)  # ok: PORT802
    except OSError as e:
        raise RuntimeError(target) from e
