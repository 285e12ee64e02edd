# PORT203 hardcoded-executable-path: programs run from a fixed location.
import logging
import os
import shutil
import subprocess
import sys

from oslo_concurrency import processutils
from cloudinit import subp

LOG = logging.getLogger(__name__)

QEMU_IMG = "/usr/bin/qemu-img"  # expect: PORT203
PRIVSEP_HELPER = "/usr/local/bin/privsep-helper"  # expect: PORT203


def convert(src, dst):
    subprocess.check_call(["/usr/bin/qemu-img", "convert", "-O", "raw", src, dst])  # expect: PORT203


def run_script(script):
    return subprocess.call(["/usr/bin/env", "python3", script])  # expect: PORT502


def run_shell(command):
    return subprocess.call(["/bin/sh", "-c", command])  # expect: PORT502


def iscsiadm(*args):
    return processutils.execute("/sbin/iscsiadm", *args, run_as_root=True)  # expect: PORT501


def has_ovs():
    # A probe: where the program is missing it answers no, which is right there too.
    return os.path.exists("/usr/sbin/ovs-vswitchd")  # ok: PORT203


def update_method(fs_type):
    if fs_type == "btrfs" and os.path.exists("/usr/sbin/transactional-update"):  # ok: PORT203
        method = "transactional"
    else:
        method = "zypper"
    legacy = "ifup" if not os.path.exists("/usr/bin/nmcli") else "nmcli"  # ok: PORT203
    return method, legacy


def show_ovs():
    # The location decides more than an answer: the code goes on to use the program.
    if os.path.exists("/usr/sbin/ovs-vswitchd"):  # expect: PORT203
        LOG.info("ovs present")
        return check_ovs()
    return None


def helper(name):
    return os.path.join("/usr/libexec", name)  # expect: PORT203


def python():
    return ["/usr/bin/python3", "-m", "nova.cmd.compute"]  # expect: PORT203


def messages():
    """Runs /usr/bin/qemu-img to convert images."""  # ok: PORT203
    LOG.info("using /usr/bin/qemu-img")  # ok: PORT203
    raise processutils.ProcessExecutionError("/usr/bin/qemu-img failed")  # ok: PORT203


def comparison(path):
    return path.startswith("/usr/bin/")  # ok: PORT203


def shebang():
    return "#!/usr/bin/env python3\n"  # ok: PORT203


def portable(src, dst):
    qemu_img = shutil.which("qemu-img")  # ok: PORT203
    subprocess.check_call([qemu_img, "convert", src, dst])
    subprocess.check_call([sys.executable, "-m", "nova.cmd.compute"])  # ok: PORT203


def routes(mapper):
    mapper.connect("/binaries/{id}", controller="binaries")  # ok: PORT203


def system_programs(root):
    # Not tools anyone installs with Homebrew: the message stays neutral.
    subprocess.check_call(["/sbin/init", "--version"])  # expect: PORT203
    subprocess.check_call(["/usr/libexec/qemu-kvm", "-version"])  # expect: PORT203


def _guest_agent_command():
    return ["/usr/bin/qemu-ga", "--daemonize"]  # expect: PORT203


def developer_tool(src, dst):
    subprocess.check_call(["/usr/local/bin/qemu-img", "convert", src, dst])  # expect: PORT203


def netplan_available():
    # The directories a program lookup searches: where they are missing the program is not found,
    # which is the answer the lookup gives.
    search = ["/usr/sbin", "/sbin"]  # ok: PORT203
    return subp.which("netplan", search=search) is not None


def ip_available():
    return shutil.which("ip", "/usr/sbin") is not None  # ok: PORT203


def sbin_listing():
    # The same directory read as a directory is no lookup.
    dirs = ["/usr/sbin"]  # expect: PORT203
    return os.listdir(dirs[0])


# macOS's own programs are where macOS puts them: right under a macOS check, missing elsewhere.
def crash_reporter_mode():
    if sys.platform == "darwin":
        return subprocess.check_output(["/usr/bin/defaults", "read", "com.apple.CrashReporter"])  # ok: PORT203
    return subprocess.check_output(["/usr/bin/sw_vers", "-productVersion"])  # expect: PORT203


# A Linux-only program at a hard-coded location: Homebrew does not provide it on macOS either.
SYSTEMCTL = "/usr/bin/systemctl"  # expect: PORT203
