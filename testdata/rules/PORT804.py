# PORT804 symlink-needs-privilege: symbolic links need a privilege on Windows.
import os
import shutil
from pathlib import Path

# What a failed link raises, kept in a module constant and extended where the name exists.
symlink_exception = (AttributeError, NotImplementedError)
try:
    symlink_exception += (OSError,)
except NameError:
    pass
not_oserror = (AttributeError, NotImplementedError)


def publish(release, current):
    os.symlink(release, current)  # expect: PORT804
    Path(current).symlink_to(release, target_is_directory=True)  # expect: PORT804
    os.link(release, current)  # ok: PORT804


def publish_with_fallback(release, current):
    try:
        os.symlink(release, current)  # ok: PORT804
    except OSError:
        shutil.copytree(release, current)


def publish_handled_as(release, current):
    try:
        os.symlink(release, current)  # ok: PORT804
    except (OSError, NotImplementedError) as e:
        raise RuntimeError(current) from e


def extract_link(target, path, copy):
    try:
        os.symlink(target, path)  # ok: PORT804
    except symlink_exception:
        copy(target, path)


def extract_link_unhandled(target, path, copy):
    try:
        os.symlink(target, path)  # expect: PORT804
    except not_oserror:
        copy(target, path)
