# PORT504 sudo-command: privilege escalation by prefix.
import os
import shlex
import subprocess

from oslo_concurrency import processutils

from nova import utils


def chown(user, path, argv):
    subprocess.check_call(["sudo", "chown", user, path])  # expect: PORT502
    subprocess.check_call(["sudo", "-u", "nova", "qemu-img", "info", path])  # expect: PORT504
    os.system("sudo -n true")  # expect: PORT502
    subprocess.run(["su", "root", "-c", "qemu-img info " + path])  # expect: PORT504
    subprocess.run(["su", "-", "stack", "-c", " ".join(shlex.quote(a) for a in argv)])  # expect: PORT504
    subprocess.run(["su", "-", "stack", "-c", "cd /srv"])  # expect: PORT504
    subprocess.run(["pkexec", "qemu-img", "info", path])  # expect: PORT504
    subprocess.run(["sudo", path])  # expect: PORT504
    subprocess.run("qemu-img info x | sudo tee /root/info", shell=True)  # expect: PORT502


def root_helper(path, cmd, **kwargs):
    # The root helper is sudo; oslo.concurrency skips it on Windows, which has no os.geteuid, and runs
    # the command unelevated.
    processutils.execute("qemu-img", "info", path, run_as_root=True)  # expect: PORT504
    utils.execute("qemu-img", "info", path, run_as_root=True, root_helper="sudo nova-rootwrap")  # expect: PORT504
    processutils.execute("qemu-img", "info", path, run_as_root=False)  # ok: PORT504
    if cmd[0] == "sudo":
        kwargs["run_as_root"] = True  # expect: PORT504
    defaults = {"run_as_root": True}  # expect: PORT504
    kwargs["run_as_root"] = False  # ok: PORT504
    config.run(path, run_as_root=True)  # ok: PORT504
    as_root = True
    processutils.execute("ip", "link", run_as_root=as_root)  # expect: PORT501
    subprocess.run(["qemu-img", "info", path])  # ok: PORT504
    print("run it with sudo qemu-img info")  # ok: PORT504
    subprocess.run(["echo-sudo", path])  # ok: PORT504


class Zfs:
    def get(self, pool, cmd):
        # The program after sudo is a name with known values: both are named.
        app = "zpool" if pool else "zfs"
        self.execute("sudo", app, "get", "all")  # expect: PORT502
        self.execute("sudo", "zfs", *cmd)  # expect: PORT502


def _get_root_helper():
    return "sudo nova-rootwrap %s" % CONF.rootwrap_config  # expect: PORT504


def _get_sudo_command():
    return "sudo -n true"  # ok: PORT504
