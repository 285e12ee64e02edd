# PORT108 linux-device-node: device names only Linux uses.
import logging.handlers
import os


def has_kvm():
    return os.path.exists("/dev/kvm")  # expect: PORT108


def mapper(name):
    return "/dev/mapper/" + name  # expect: PORT108


def root_disk():
    return os.path.exists("/dev/sda1")  # expect: PORT108


def guest_disk_name():
    # A disk name inside a virtual machine's definition, not a file of this host.
    return {"device_name": "/dev/vda", "boot_index": 0}  # ok: PORT108


def syslog():
    return logging.handlers.SysLogHandler(address="/dev/log")  # expect: PORT108


def nbd(index):
    return open(f"/dev/nbd{index}", "rb")  # expect: PORT108


def nbd_name(index):
    return f"/dev/nbd{index}"  # ok: PORT108


def mac_disk():
    return "/dev/disk2"  # ok: PORT108


def logs_dir():
    return "/dev/logs-are-not-here"  # ok: PORT108


def built_device_paths(name, vg, lv):
    with open(os.path.join("/dev", name), "rb") as f:  # expect: PORT108
        f.read(512)
    os.stat("/dev/%s/%s" % (vg, lv))  # expect: PORT108
    return os.path.exists("/dev/" + name)  # expect: PORT108


def guest_device_name(name):
    # Data about a virtual machine's disk, not a file of this host.
    return {"device_name": "/dev/" + name}  # ok: PORT108


def by_device_number(majmin):
    return os.path.realpath("/dev/block/%s" % majmin)  # expect: PORT108


def device_number_name(majmin):
    return "/dev/block/%s" % majmin  # ok: PORT108
