# PORT507 command-through-helper: calls of a function of the same file that runs a Linux-only or
# POSIX-only program with what its caller passes.
import os
import shutil
import subprocess
import sys
from unittest import mock

from manila import utils


class SubProcessBase(object):
    def __init__(self, namespace=None):
        self.namespace = namespace

    def _run(self, options, command, args):
        # Only hands its parameters on: part of the helper, not a use of it.
        if self.namespace:
            return self._as_root(options, command, args)  # ok: PORT507
        return self._execute(options, command, args)  # ok: PORT507

    def _as_root(self, options, command, args):
        return self._execute(options, command, args, self.namespace, as_root=True)  # ok: PORT507

    @classmethod
    def _execute(cls, options, command, args, namespace=None, as_root=False):
        opt_list = ["-%s" % o for o in options]
        if namespace:
            ip_cmd = ["ip", "netns", "exec", namespace, "ip"]
        else:
            ip_cmd = ["ip"]
        total_cmd = ip_cmd + opt_list + [command] + list(args)
        return utils.execute(*total_cmd, run_as_root=as_root)[0]  # expect: PORT501


class IPWrapper(SubProcessBase):
    def add_tuntap(self, name, mode="tap"):
        self._as_root("", "tuntap", ("add", name, "mode", mode))  # expect: PORT507

    def add_veth(self, name1, name2):
        args = ["add", name1, "type", "veth", "peer", "name", name2]
        self._as_root("", "link", tuple(args))  # ok: PORT507 (a related location of the finding above)

    @classmethod
    def get_namespaces(cls):
        output = cls._execute("", "netns", ("list",))  # ok: PORT507 (related)
        return [ns.strip() for ns in output.split("\n")]


class IpCommandBase(object):
    COMMAND = ""

    def __init__(self, parent):
        self._parent = parent

    def _as_root(self, *args, **kwargs):
        # By name: every `_as_root` of this file runs `ip`.
        return self._parent._as_root(kwargs.get("options", []), self.COMMAND, args)  # ok: PORT507


class IpRouteCommand(IpCommandBase):
    COMMAND = "route"

    def delete_onlink_routes(self, cidr, device):
        self._as_root("delete", cidr, "dev", device)  # ok: PORT507 (related)


class ShareDriver(object):
    def __init__(self, client):
        self.client = client

    def unmount(self, path):
        subprocess.check_call(["umount", path])  # expect: PORT502

    def cleanup(self, path):
        # The client's `unmount`, not this driver's: a call on another object by the same name.
        self.client.unmount(path)  # ok: PORT507


def mount(device, mountpoint, *options):
    subprocess.check_call(["mount", *options, device, mountpoint])  # expect: PORT501


def mount_image(image):
    mount(image, "/mnt", "-o", "loop")  # expect: PORT507


def guarded_caller(image):
    if sys.platform == "linux":
        mount(image, "/mnt")  # ok: PORT507


def probed_caller(image):
    if not shutil.which("mount"):
        return
    mount(image, "/mnt")  # ok: PORT507


# A helper that checks the platform itself is no Linux-only helper.
def checked_mount(device, mountpoint):
    if sys.platform != "linux":
        raise NotImplementedError("mount is Linux-only")
    subprocess.check_call(["mount", device, mountpoint])


def uses_checked_mount(image):
    checked_mount(image, "/mnt")  # ok: PORT507


# A helper that catches the failure itself.
def try_umount(mountpoint):
    try:
        subprocess.check_call(["umount", mountpoint])
    except OSError:
        return False
    return True


def uses_try_umount():
    try_umount("/mnt")  # ok: PORT507


# A helper that runs a fixed command takes nothing from its callers: its run is the finding.
def list_mounts():
    return subprocess.check_output(["mount"])  # expect: PORT501


def uses_list_mounts():
    return list_mounts()  # ok: PORT507


# A POSIX tool through a helper breaks on Windows.
def copy_blocks(src, dst, count):
    subprocess.check_call(["dd", "if=%s" % src, "of=%s" % dst, "count=%s" % count])  # expect: PORT502


def clone(src):
    copy_blocks(src, "/dev/sdb", 100)  # expect: PORT507


def test_clone():
    with mock.patch.object(sys.modules[__name__], "copy_blocks"):
        clone("a")  # ok: PORT507
        copy_blocks("a", "b", 1)  # ok: PORT507


# Calls that name the program themselves are PORT501's.
def _run(*cmd):
    return subprocess.check_output(list(cmd))


def restart():
    _run("systemctl", "restart", "nginx")  # expect: PORT501
