# PORT202 hardcoded-dev-null: /dev/null used as a file name.
import logging
import os
import subprocess

from oslo_concurrency import processutils

LOG = logging.getLogger(__name__)

DEV_NULL = "/dev/null"  # expect: PORT202


def run_quietly(cmd):
    with open("/dev/null", "w") as devnull:  # expect: PORT202
        subprocess.check_call(cmd, stdout=devnull, stderr=devnull)


def run_redirected(cmd):
    return subprocess.Popen(cmd, stdout=open("/dev/null", "w"))  # expect: PORT202


def discard_output(cmd):
    return subprocess.call(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)  # ok: PORT202


def zero_disk(path):
    processutils.execute("dd", "if=/dev/zero", "of=%s" % path, "bs=1M")  # ok: PORT202  # expect: PORT207, PORT502


def copy_to_null(src):
    processutils.execute("cp", src, "/dev/null")  # expect: PORT202, PORT502


def shell_redirect(host):
    # Shell syntax belongs to the PORT5xx rules.
    return subprocess.call("ping -c 1 %s > /dev/null 2>&1" % host, shell=True)  # ok: PORT202


def describe():
    """Output is sent to /dev/null unless --verbose is given."""  # ok: PORT202
    LOG.debug("discarding output to /dev/null")  # ok: PORT202


def is_null(path):
    return path == "/dev/null"  # ok: PORT202


def portable():
    with open(os.devnull, "w") as devnull:  # ok: PORT202
        return devnull


def boot_files(efi_image, efi_path, grub_path):
    # Files to copy into the image, by source: an empty grub.cfg is copied from the null device.
    return {efi_image: efi_path, "/dev/null": grub_path}  # expect: PORT202


def by_mount_point(table):
    # A dictionary keyed by other paths is as often a lookup table: not reported.
    return {"/var/lib/nova": table[0], "/etc/nova": table[1]}  # ok: PORT204, PORT205
