# PORT802: os.rename becomes os.replace (a safe fix) in the spelling the file uses for the module;
# a pathlib rename becomes replace. A bare `rename` imported from os has no fix, and a rename that
# relies on FileExistsError is not reported.
import os
import os as _os
from os import rename
from pathlib import Path


def save(tmp, target):
    os.rename(tmp, target)


def save_aliased(tmp, target):
    _os.rename(tmp, target)


def save_path(tmp, target):
    return Path(tmp).rename(target)


def save_bare(tmp, target):
    rename(tmp, target)


def exclusive(tmp, target):
    try:
        os.rename(tmp, target)
    except FileExistsError:
        return False
    return True
