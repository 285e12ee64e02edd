# PORT802 rename-may-not-replace: os.rename fails on Windows when the destination exists.
import os
import os as _os
from os import rename
import shutil
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


def overwrite_after_removing(tmp, target, paths, fileutils):
    os.unlink(target)
    os.rename(tmp, target)  # ok: PORT802
    if os.path.exists(paths.target):
        os.remove(paths.target)
    # the destination is gone now
    os.rename(tmp, paths.target)  # ok: PORT802
    try:
        os.unlink(target)
    except FileNotFoundError:
        pass
    os.rename(tmp, target)  # ok: PORT802
    fileutils.delete_if_exists(target)
    os.rename(tmp, target)  # ok: PORT802
    Path(target).unlink(missing_ok=True)
    Path(tmp).rename(Path(target))  # ok: PORT802
    os.unlink(tmp)
    os.rename(target, paths.target)  # expect: PORT802
    os.unlink(target)
    prepare(tmp)
    os.rename(tmp, target)  # expect: PORT802
    if os.path.exists(target):
        os.remove(target)
    else:
        prepare(target)
    os.rename(tmp, target)  # expect: PORT802


def prepare(path):
    return path


class Resizer:
    def _cleanup_failed_base(self, base):
        try:
            shutil.rmtree(base)
        except OSError:
            pass

    def _touch(self, base):
        return base

    def resize(self, base, resized):
        # The helper removes what it is given: the destination is gone, as after `os.unlink`.
        self._cleanup_failed_base(resized)
        os.rename(base, resized)  # ok: PORT802

    def retry(self, base, resized):
        self._touch(resized)
        os.rename(base, resized)  # expect: PORT802
