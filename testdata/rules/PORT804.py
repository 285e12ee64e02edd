# PORT804 symlink-needs-privilege: symbolic links need a privilege on Windows.
import errno
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
    # Raising another error passes the failure on: no link where the privilege is missing.
    try:
        os.symlink(release, current)  # expect: PORT804
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


def link_release(source, link):
    # Only an existing link is recovered from; every other error, the missing privilege to create
    # symbolic links on Windows included, is raised again.
    try:
        os.symlink(source, link)  # expect: PORT804
    except OSError as e:
        if e.errno == errno.EEXIST:
            return
        else:
            raise


def link_release_logged(source, link, log):
    try:
        Path(link).symlink_to(source)  # expect: PORT804
    except OSError as exc:
        if exc.errno == errno.EEXIST and os.path.islink(link):
            pass
        else:
            log.warning("Failed to create symlink %s: %s", link, exc)


def link_replaced(source, link):
    # Going on after the link's own failure (no privilege on Windows) is another way to do it.
    try:
        os.symlink(source, link)  # ok: PORT804
    except OSError as e:
        if e.errno in (errno.EEXIST, errno.EPERM, errno.EINVAL):
            shutil.copy2(source, link)
        else:
            raise


def link_release_negated(source, link):
    try:
        os.symlink(source, link)  # expect: PORT804
    except OSError as e:
        if e.errno not in (errno.EEXIST, errno.EBUSY):
            raise


def publish_logged(release, current, log):
    try:
        os.symlink(release, current)  # expect: PORT804
    except OSError as e:
        log.warning("cannot link %s: %s", current, e)
