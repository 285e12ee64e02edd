# PORT104 sysfs: the Linux device model under /sys.
import glob
import os
import subprocess

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


# A shell command line names the file: the program opens it on this host.
def veth_of(self, iflink):
    self._execute("bash", "-c", "grep -l %s " "/sys/class/net/veth*/ifindex" % iflink)  # expect: PORT104, PORT502
    subprocess.check_output("cat /sys/class/net/eth0/mtu", shell=True)  # expect: PORT104, PORT502
    subprocess.check_call(["sh", "-c", "echo 1 > /sys/block/sda/device/delete"])  # expect: PORT104, PORT502
    subprocess.check_call(["dd", "if=/sys/class/net/eth0/address", "bs=1"])  # expect: PORT104, PORT502
    # A Linux-only program's finding holds the path as a related location (one root cause).
    subprocess.check_call(["udevadm", "info", "--path=/sys/class/net/eth0"])  # expect: PORT501
    # Words of an argument vector are not shell text; a message is no command.
    subprocess.check_call(["echo", "see /sys/class/net for details"])  # ok: PORT104  # expect: PORT502
    print("cat /sys/class/net/eth0/mtu")  # ok: PORT104
    # An argument vector kept in a variable before it runs.
    cmd = ["dd", "if=/sys/class/net/eth0/address", "bs=1"]  # expect: PORT104
    subprocess.check_call(cmd)  # expect: PORT502
