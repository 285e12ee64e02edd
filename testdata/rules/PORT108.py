# PORT108 linux-device-node: device names only Linux uses.
import logging.handlers
import os


def has_kvm():
    return os.path.exists("/dev/kvm")  # expect: PORT108


def mapper(name):
    return "/dev/mapper/" + name  # expect: PORT108


def root_disk():
    return "/dev/sda1"  # expect: PORT108


def syslog():
    return logging.handlers.SysLogHandler(address="/dev/log")  # expect: PORT108


def nbd(index):
    return f"/dev/nbd{index}"  # expect: PORT108


def mac_disk():
    return "/dev/disk2"  # ok: PORT108


def logs_dir():
    return "/dev/logs-are-not-here"  # ok: PORT108
