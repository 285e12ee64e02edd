# PORT804 symlink-needs-privilege: symbolic links need a privilege on Windows.
import os
import shutil
from pathlib import Path


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
