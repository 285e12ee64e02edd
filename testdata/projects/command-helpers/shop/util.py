# Helpers that run programs with their callers' arguments: PORT507 reports their callers in other files.
import subprocess
import sys


def mount_cb(device, callback):
    subprocess.check_call(["mount", device, "/mnt"])  # expect: PORT501
    return callback("/mnt")


def find_devs_with(criteria):
    return subprocess.check_output(["blkid", "-t", criteria]).decode().split()  # expect: PORT501


def dd(src, dst):
    subprocess.check_call(["dd", "if=" + src, "of=" + dst])  # expect: PORT502


# Checks the platform itself: no Linux-only helper.
def checked_umount(path):
    if sys.platform != "linux":
        return
    subprocess.check_call(["umount", path])


# Runs a fixed command: its own run is the finding, not its callers.
def list_mounts():
    return subprocess.check_output(["mount"])  # expect: PORT501
