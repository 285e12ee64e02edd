# PORT505 bsd-only-command: programs that only the BSDs have.
import subprocess
import sys

from cloudinit import subp


def grow_freebsd(disk, partnum, mount):
    subp.subp(["gpart", "resize", "-i", partnum, disk])  # expect: PORT505
    subprocess.check_call(["growfs", "-y", mount])  # expect: PORT505
    subprocess.check_call(["sudo", "gpart", "show"])  # expect: PORT505


def _resize_hammer2(mount, dev):
    return ("hammer2", "growfs", mount)


def resize_dragonfly(mount, dev):
    subp.subp(_resize_hammer2(mount, dev))  # expect: PORT505


def freebsd_only(disk):
    if sys.platform.startswith("freebsd"):
        subprocess.check_call(["gpart", "show", disk])  # ok: PORT505


def not_a_command(disk):
    print("gpart resize " + disk)  # ok: PORT505
    return ["gpart", "show", disk]  # ok: PORT505
