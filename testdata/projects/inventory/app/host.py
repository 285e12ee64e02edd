import fcntl
import os
import subprocess
import sys


def mounts():
    with open("/proc/mounts") as f:
        return f.read()


def cpu_info():
    if sys.platform == "linux":
        return open("/proc/cpuinfo").read()
    return None


def lock(fd):
    fcntl.flock(fd, fcntl.LOCK_EX)


def spawn():
    pid = os.fork()
    return pid


def addresses():
    return subprocess.check_output(["ip", "-o", "addr"], env={"LC_ALL": "C", "DEMO_CHILD": "1"})


def disks():
    subprocess.run("lsblk -J | tee /tmp/disks.json", shell=True)
