# PORT806 case-sensitive-path-comparison: normalised paths compared as if case mattered.
import os
import os.path
import sys


def same_file(src, dst):
    if os.path.realpath(src) == os.path.realpath(dst):  # expect: PORT806
        raise ValueError("same file")
    return os.path.abspath(src) != os.path.normpath(dst)  # expect: PORT806


def fine(src, dst):
    if os.path.samefile(src, dst):  # ok: PORT806
        return True
    if os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst)):  # ok: PORT806
        return True
    if os.path.realpath(src) == os.path.realpath(dst) or (  # ok: PORT806
        os.path.exists(dst) and os.path.samefile(src, dst)
    ):
        return True
    if os.path.realpath(src) == dst:  # ok: PORT806
        return True
    if sys.platform == "linux":
        return os.path.realpath(src) == os.path.realpath(dst)  # ok: PORT806
    assert os.path.realpath(src) == os.path.realpath(dst)  # ok: PORT806
    return os.path.basename(src) == os.path.basename(dst)  # ok: PORT806
