# PORT105 dev-disk-by-id: udev's persistent device links.
import os

BY_PATH = "/dev/disk/by-path"  # expect: PORT105


def device_for(uuid):
    return os.path.join("/dev/disk/by-uuid", uuid)  # expect: PORT105


def by_id(serial):
    return f"/dev/disk/by-id/{serial}"  # expect: PORT105


def listing():
    return os.listdir("/dev/disk/by-label")  # expect: PORT105


def explained():
    LOG.info("looking in /dev/disk/by-id")  # ok: PORT105


def other_disk_name():
    return "/dev/diskette"  # ok: PORT105
