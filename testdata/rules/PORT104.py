# PORT104 sysfs: the Linux device model under /sys.
import glob
import os

SYS_NET = "/sys/class/net"  # expect: PORT104


def interfaces():
    return os.listdir("/sys/class/net")  # expect: PORT104


def product_uuid():
    with open("/sys/class/dmi/id/product_uuid") as f:  # expect: PORT104
        return f.read().strip()


def block_devices():
    return glob.glob("/sys/block/*")  # expect: PORT104


def cgroup_memory_limit():
    return open("/sys/fs/cgroup/memory.max").read()  # expect: PORT104


def not_sysfs():
    return os.listdir("/system")  # ok: PORT104


def route():
    url = "/sysinfo/servers"  # ok: PORT104
    return url


def documented():
    """Reads /sys/class/net to list interfaces."""  # ok: PORT104
