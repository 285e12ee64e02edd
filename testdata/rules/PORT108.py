# PORT108 linux-device-node: device names only Linux uses.
import logging.handlers
import os
import subprocess


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


def serial_console():
    import serial
    return serial.Serial("/dev/ttyS0", 115200)  # expect: PORT108


def usb_modem():
    return open("/dev/ttyUSB0", "rb")  # expect: PORT108


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


def resize_target(devpath):
    # The built name reaches os.stat through a variable: a device of this host.
    fulldevpath = "/dev/" + devpath.lstrip("/")  # expect: PORT108
    devpath = fulldevpath
    return os.stat(devpath)


def probe(d):
    # Passed to a program this process runs.
    subprocess.run(["disk-probe", "--all", "/dev/%s" % d["name"]])  # expect: PORT108
    cmd = ["disk-probe", "--export", "/dev/" + d["name"]]  # expect: PORT108
    return subprocess.check_output(cmd)


def first_sector(util, name):
    # A project's own file helper reads it.
    return util.load_file("/dev/%s" % name, read_cap=512)  # expect: PORT108


def guest_mapping(name, bdm):
    # A virtual machine's disk: stored in a mapping, never opened here.
    dev = "/dev/%s" % name  # ok: PORT108
    bdm["device_name"] = dev
    return {"disk": "/dev/sd" + name, "mount": dev}  # ok: PORT108


def guest_disk_to_xml(conf, name):
    target = "/dev/" + name  # ok: PORT108
    conf.target_dev = target
    return conf


class LogicalVolumes:
    # Returned to callers that give it to a program: the host's logical volume.
    def _lv_device(self, name):
        return os.path.join("/dev", self.vg, name)  # expect: PORT108

    def take_over(self, name):
        self._execute("volume-tool", "claim", self._lv_device(name), run_as_root=True)  # expect: PORT504


def guest_target(name):
    return "/dev/" + name  # ok: PORT108


def guest_disk_xml(conf, name):
    conf.target_dev = guest_target(name)
    return conf


# Given to a function of the file that tests the host's device with it.
def _is_block_device(device_path):
    return os.path.exists(os.path.join("/sys/block", os.path.basename(device_path)))  # expect: PORT104


def sanitize_devname(name):
    device_path = "/dev/%s" % (name,)  # expect: PORT108
    if _is_block_device(device_path):
        return device_path
    return None


def _resize_mapped(partition):
    subprocess.run(["crypt-tool", "resize", partition])


def underlying_partition(dep):
    return f"/dev/{dep.split('(')[1]}"  # expect: PORT108


def resize_mapped(dep):
    _resize_mapped(partition=underlying_partition(dep))


# A helper that only stores what it is given, or replaces it first, uses no device of this host.
def _set_target(conf, dev):
    conf.target_dev = dev


def _open_default(dev):
    dev = "/dev/null"  # expect: PORT202
    return open(dev, "rb")


def guest_disk_conf(conf, name):
    _set_target(conf, "/dev/" + name)  # ok: PORT108
    return _open_default("/dev/" + name)  # ok: PORT108
