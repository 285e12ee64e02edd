# PORT101 proc-mounts: the Linux mount table read as a file.
import io
import os
import os.path as osp
from pathlib import Path

import logging

LOG = logging.getLogger(__name__)

PROC_MOUNTS = "/proc/mounts"  # expect: PORT101


def is_mounted(mount_point):
    """Scan /proc/mounts for mount_point."""  # ok: PORT101
    with open("/proc/mounts", "r") as f:  # expect: PORT101
        for line in f:
            if line.split()[1] == mount_point:
                return True
    return False


def mounts_via_constant():
    with io.open(PROC_MOUNTS) as f:  # ok: PORT101, PORT801
        return f.read()


def mount_info():
    return Path("/proc/self/mountinfo").read_text()  # expect: PORT101


def legacy_mtab():
    if osp.exists("/etc/mtab"):  # expect: PORT101
        return open("/etc/mtab", encoding="utf-8").readlines()  # ok: PORT101 (read only where it exists)
    LOG.debug("no /etc/mtab on this host")  # ok: PORT101
    return []


def joined():
    return os.path.join("/proc", "self", "mounts")  # expect: PORT101


def comparison(path):
    return path == "/proc/mounts"  # ok: PORT101


def in_exception():
    raise RuntimeError("/proc/mounts is not readable")  # ok: PORT101


def relative_to_a_chroot(root):
    return os.path.join(root, "proc/mounts")  # ok: PORT101
