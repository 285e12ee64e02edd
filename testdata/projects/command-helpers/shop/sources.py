# Calls of shop/util.py's helpers.
import os
import sys

from shop import util
from shop.util import dd


def devices():
    return util.find_devs_with("TYPE=vfat")  # expect: PORT507


def labels():
    return util.find_devs_with("LABEL=cidata")  # ok: PORT507 (a related location of the finding above)


def seed(dev):
    if sys.platform == "linux":
        util.mount_cb(dev, print)  # ok: PORT507


def copy():
    dd("a", "b")  # expect: PORT507


def copy_posix():
    # dd breaks on Windows only.
    if os.name != "nt":
        dd("a", "b")  # ok: PORT507


def copy_or_not():
    try:
        dd("a", "b")  # ok: PORT507
    except OSError:
        pass


def umount():
    util.checked_umount("/mnt")  # ok: PORT507


def mounts():
    return util.list_mounts()  # ok: PORT507


def forward(criteria):
    # Hands its parameter on: part of a helper, not a use.
    return util.find_devs_with(criteria)  # ok: PORT507
