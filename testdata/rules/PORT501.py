# PORT501 linux-only-command: running programs that exist only on Linux.
import asyncio
import os
import shlex
import shutil
import subprocess
import sys
import logging
from unittest import mock

from oslo_concurrency import processutils
from oslo_concurrency import processutils as putils

from neutron.agent.linux.ip_lib import IPWrapper
from nova import utils
from cloudinit import subp

LOG = logging.getLogger(__name__)

LSBLK = ["lsblk", "-J", "-o", "NAME,MOUNTPOINT"]


def disks():
    return subprocess.check_output(LSBLK)  # expect: PORT501


def link_up(dev):
    subprocess.check_call(["ip", "link", "set", dev, "up"])  # expect: PORT501
    processutils.execute("ip", "link", "set", dev, "up", run_as_root=True)  # expect: PORT501
    putils.execute("iscsiadm", "-m", "node", "-T", dev)  # expect: PORT501
    utils.execute("multipath", "-ll")  # expect: PORT501
    utils.execute("sysctl", "-w", "net.ipv4.conf.%s.forwarding=1" % dev)  # expect: PORT501


class Connector:
    def flush(self, dev):
        self._execute("multipathd", "show", "maps")  # expect: PORT501
        cmd = ["blockdev", "--flushbufs", dev]  # ok: PORT501
        cmd.append("--verbose")
        self._execute(*cmd, run_as_root=True)  # expect: PORT501


def shells():
    os.system("systemctl restart libvirtd")  # expect: PORT501
    os.popen("modprobe nbd max_part=16").read()  # expect: PORT501
    subprocess.getoutput("lsmod | wc -l")  # expect: PORT501, PORT502
    subprocess.run("env LC_ALL=C udevadm settle", shell=True)  # expect: PORT501, PORT502
    subprocess.run(shlex.split("dmidecode -s system-uuid"))  # expect: PORT501
    subprocess.run("nproc".split())  # expect: PORT501
    subprocess.run(["sh", "-c", "free -m"])  # expect: PORT501, PORT502


def storage_and_network_tools(dev, vg, bridge, lock_path):
    processutils.execute("lvconvert", "--merge", dev)  # expect: PORT501
    processutils.execute("pvscan", "--cache")  # expect: PORT501
    processutils.execute("thin_check", dev)  # expect: PORT501
    processutils.execute("tgtadm", "--lld", "iscsi", "--mode", "target")  # expect: PORT501
    processutils.execute("cinder-rtstool", "get-targets")  # expect: PORT501
    processutils.execute("mdadm", "--detail", dev)  # expect: PORT501
    processutils.execute("sg_inq", dev)  # expect: PORT501
    processutils.execute("nvme", "list")  # expect: PORT501
    processutils.execute("ovs-vsctl", "add-port", bridge, dev)  # expect: PORT501
    processutils.execute("cgexec", "-g", "blkio:" + vg, "dd")  # expect: PORT501
    processutils.execute("tunctl", "-b", "-t", dev)  # expect: PORT501
    processutils.execute("keepalived", "-P")  # expect: PORT501
    subprocess.Popen(["setsid", "qemu-img", "info", dev])  # expect: PORT501
    subprocess.check_call(["flock", lock_path, "qemu-img", "info", dev])  # expect: PORT501
    subprocess.run(["zfs", "list"])  # expect: PORT502
    subprocess.run(["ssh", "host", "lvs"])  # ok: PORT501


def executors_by_name(subp, dev, unit, ssh, mock_execute, cursor, execute=processutils.execute):
    subp.subp(["ip", "link", "set", dev, "up"], capture=True)  # expect: PORT501
    execute("lvs", "--noheadings")  # expect: PORT501
    run_command("systemctl restart " + unit)  # expect: PORT501
    ssh.exec_command("lsblk")  # ok: PORT501
    ssh_execute(ssh, ["lsblk"])  # ok: PORT501
    mock_execute.assert_called_once_with("ip", "link")  # ok: PORT501
    build_cmd(["ip", "link"])  # ok: PORT501
    cursor.execute("mount")  # ok: PORT501
    run_command("qemu-img info " + dev)  # ok: PORT501
    ip_wrapper = IPWrapper(namespace="qrouter")
    ip_wrapper.netns.execute(["ip", "-6", "neigh", "show"])  # expect: PORT501
    expected = [mock.call().netns.execute(["ip", "-6", "neigh", "show"])]  # ok: PORT501 (an expectation)
    return [mock.call("ip", "link")] + expected  # ok: PORT501


class Driver:
    def _run(self, *cmd):
        return subprocess.run(cmd, check=True)

    def restart(self, unit):
        self._run("systemctl", "restart", unit)  # expect: PORT501
        self.netns.execute(["ip", "addr"])  # expect: PORT501


LVM_PREFIX = get_root_helper_prefix()


class LVM:
    def __init__(self, root_prefix):
        self._root_prefix = root_prefix

    def volumes(self, vg):
        cmd = self._root_prefix + ["lvs", "--noheadings", vg]
        processutils.execute(*cmd)  # expect: PORT501
        processutils.execute(*(LVM_PREFIX + ["vgs", vg]))  # expect: PORT501
        processutils.execute(*(self._root_prefix + ["qemu-img", "info"]))  # ok: PORT501


class NasDriver:
    def _execute_cmd(self, cmd):
        """Runs the command on the NAS over SSH."""
        return self.pool.get().run(cmd)

    def mounts(self):
        return self._execute_cmd(["mount"])  # ok: PORT501


async def asynchronous():
    await asyncio.create_subprocess_exec("losetup", "-f")  # expect: PORT501
    await asyncio.create_subprocess_shell("mkfs.ext4 /dev/loop0")  # expect: PORT501


def execs():
    os.execvp("journalctl", ["journalctl", "-f"])  # expect: PORT501, PORT420
    os.spawnlp(os.P_WAIT, "apt-get", "apt-get", "update")  # expect: PORT501, PORT402


def fine(tool, dev):
    subprocess.run(["git", "status"])  # ok: PORT501
    subprocess.run([sys.executable, "-m", "pip", "list"])  # ok: PORT501
    subprocess.run(["python3", "-c", "print(1)"])  # ok: PORT501
    subprocess.run([tool, "addr"])  # ok: PORT501
    shutil.which("ip")  # ok: PORT501
    LOG.info("ip link set %s up", dev)  # ok: PORT501
    name = "ip"  # ok: PORT501
    subprocess.run(["ifconfig", "-a"])  # expect: PORT502
    subprocess.run(["qemu-img", "info", dev])  # ok: PORT501
    return name


def databases(cursor, conn):
    cursor.execute("mount")  # ok: PORT501
    conn.execute("lsblk")  # ok: PORT501
    cursor.executemany("INSERT INTO t VALUES (?)", [("ip",)])  # ok: PORT501


def guarded(mount_point):
    if sys.platform == "linux":
        subprocess.check_call(["mount", "-t", "tmpfs", "none", mount_point])  # ok: PORT501
    if sys.platform.startswith("win"):
        # Guarded for the wrong platform: still a finding.
        subprocess.check_call(["findmnt", mount_point])  # expect: PORT501


def handled():
    try:
        subprocess.check_call(["lsblk"])  # ok: PORT501
    except FileNotFoundError:
        pass


def green_subprocess():
    # eventlet's and gevent's green subprocess modules are the standard library's API.
    from eventlet.green import subprocess as green_subprocess
    import gevent.subprocess
    green_subprocess.check_call(["lsblk"])  # expect: PORT501
    gevent.subprocess.check_output(["lsblk"])  # expect: PORT501


def caught_by_everything():
    # A catch-all handler is no guard: off Linux this only ever logs the failure.
    try:
        subprocess.check_call(["lsblk"])  # expect: PORT501
    except Exception:
        logging.exception("lsblk failed")


def make_filesystem(fs, dev):
    # Each branch assigns the command: both programs are named, each where it is written.
    if fs == "swap":
        args = ["mkswap", dev]
    else:
        args = ["mkfs", "-t", fs, dev]
    processutils.execute(*args)  # expect: PORT501


def preallocate(path, size, fast):
    cmd = ["fallocate", "-l", size, path] if fast else ["truncate", "-s", size, path]
    subprocess.check_call(cmd)  # expect: PORT501, PORT502


def partly_known(self, dev):
    # One branch is unknown: the literal one still runs `blkid` when taken.
    if self.custom:
        cmd = self.custom_command
    else:
        cmd = ["blkid", dev]
    subprocess.check_call(cmd)  # expect: PORT501


def partly_known_unknown_program(self, path):
    # One branch is unknown and the literal's program is none the tables know: nothing is said.
    if self.custom:
        cmd = self.custom_command
    else:
        cmd = ["mytool", path]
    self._run(cmd)  # ok: PORT501


def overwritten(dev):
    # The first assignment never reaches the call: only `python3` runs there.
    cmd = ["lsblk", dev]
    cmd = ["python3", "-c", "print(1)"]
    subprocess.check_call(cmd)  # ok: PORT501


def overwritten_in_branch(dev, probe):
    # The assignment in the block around the call replaces the earlier one there.
    cmd = ["lsblk", dev]
    if probe:
        cmd = ["python3", "-c", "print(1)"]
        subprocess.check_call(cmd)  # ok: PORT501


IP_TABLES = ("iptables", "ip6tables")


def firewall_tables():
    # Program names taken from a literal list in a loop, alone or written into a longer word.
    for tool in ("iptables", "ip6tables"):
        subprocess.check_output([tool, "-S"])  # expect: PORT501
        subprocess.check_output([f"{tool}-save", "-c"])  # expect: PORT501
    for tool in IP_TABLES:
        subprocess.check_output(["%s-restore" % tool, "-n"])  # expect: PORT501
        subprocess.check_output(["{}-save".format(tool)])  # expect: PORT501
    for name in ("lo", "eth0"):
        subprocess.check_output([name + "-save"])  # ok: PORT501
    for tool in ("iptables", "ip6tables"):
        tool = shutil.which(tool)
        subprocess.check_output([tool, "-S"])  # ok: PORT501 (reassigned in the loop)


def make_iso(path, files):
    # A tuple held in a name and splatted into the executor.
    args = ("genisoimage", "-r", "-o", path, files)
    utils.execute(*args)  # expect: PORT501


def in_namespace(ns, cmd, opts, args):
    # The leading operand of a concatenation is a name chosen by a conditional expression.
    ip_cmd = ["ip", "netns", "exec", ns, "ip"] if ns else ["ip"]
    total = ip_cmd + opts + [cmd] + list(args)
    utils.execute(*total)  # expect: PORT501


def _resize_xfs(mount, dev):
    return ("xfs_growfs", mount)


def _resize_ext(mount, dev):
    return ("resize2fs", dev)


RESIZERS = {"xfs": _resize_xfs, "ext4": _resize_ext}


def resize(kind, mount, dev):
    # Helpers of this file return the argument vector; a dispatch table picks one.
    resizer = RESIZERS[kind]
    cmd = resizer(mount, dev)
    subp.subp(cmd)  # expect: PORT501


def resize_xfs(mount, dev):
    subp.subp(_resize_xfs(mount, dev))  # expect: PORT501


def _options(dev):
    return ["ip", "ipv6"]


def choices(dev):
    # A helper's list that no executor runs is data.
    return {"choices": _options(dev)}  # ok: PORT501


def make_filesystem_named(fs, dev):
    # An f-string names the program family by its prefix.
    utils.execute(f"mkfs.{fs}", dev)  # expect: PORT501
    subprocess.run(["mkfs.%s" % fs, dev])  # expect: PORT501
    subprocess.run([f"my{fs}", dev])  # ok: PORT501


class Grower:
    GROW = ["growpart"]

    def grow(self, disk, part):
        # A class attribute read through self.
        subprocess.check_call(self.GROW + [disk, part])  # expect: PORT501

    def partition_table(self, dev):
        return ["sgdisk", "-p", dev]

    def show(self, dev):
        subp.subp(self.partition_table(dev))  # expect: PORT501


def _resize_btrfs(mount, dev):
    if os.path.isdir(mount):
        cmd = ["btrfs", "filesystem", "resize", "max", mount]
    else:
        cmd = ["btrfs", "filesystem", "resize", "max", dev]
    return tuple(cmd)


RESIZE_PREFIXES = [("btrfs", _resize_btrfs), ("ext", _resize_ext)]


def _do_resize(resize_cmd):
    # The argument vector comes from the only caller below, which picks a helper from a table of pairs.
    subp.subp(resize_cmd)  # expect: PORT501


def resize_by_prefix(fs_type, mount, dev):
    resizer = None
    for prefix, root_cmd in RESIZE_PREFIXES:
        if fs_type.startswith(prefix):
            resizer = root_cmd
            break
    if not resizer:
        return
    resize_cmd = resizer(mount, dev)
    LOG.debug("resizing with %s", " ".join(resize_cmd))  # ok: PORT501
    _do_resize(resize_cmd)


def _run_logged(args):
    # Called only with a command the caller reports itself: no second finding here.
    return subp.subp(args)  # ok: PORT501


def _log_args(args):
    subp.subp(args)  # ok: PORT501


def labels(dev):
    _log_args(["--label", dev])
    return _run_logged(["blkid", dev])  # expect: PORT501


def mount_share(export, mount_point, vol, zone):
    # A mount helper named by its file-system type is Linux's `mount.<type>`.
    subprocess.check_call(["mount.nfs", export, mount_point])  # expect: PORT501
    processutils.execute("umount.quobyte", mount_point)  # expect: PORT501
    processutils.execute("lfs", "setstripe", "-c", "4", mount_point)  # expect: PORT501
    processutils.execute("restorecon", "-R", mount_point)  # expect: PORT501
    processutils.execute("systemd-run", "--scope", "--", "true")  # expect: PORT501
    processutils.execute("runuser", "-u", "nova", "--", "id")  # expect: PORT501
    LOG.info("mount.nfs failed for %s", export)  # ok: PORT501
    processutils.execute("mountstats", mount_point)  # ok: PORT501


class ApplianceDriver:
    # The driver's own `_execute` sends every command to the storage appliance over SSH.
    def _execute(self, command_line):
        return self._ssh_execute(" ".join(command_line))

    def restart(self, proto):
        self._execute(["service", "restart", proto])  # ok: PORT501


def udevadm_settle(exists=None):
    # The program is looked for first; without it the function does nothing.
    if not subp.which("udevadm"):
        return
    settle_cmd = ["udevadm", "settle"]
    if exists:
        settle_cmd.extend(["--exit-if-exists=%s" % exists])
    return subp.subp(settle_cmd)  # ok: PORT501


def _cmd_exits_zero(cmd):
    if subp.which(cmd[0]) is None:
        return False
    try:
        subp.subp(cmd)
    except subp.ProcessExecutionError:
        return False
    return True


def _cmd_output(cmd):
    return subp.subp(cmd)


def container_probes():
    # The helper checks the program it is given before it runs it; the second one does not.
    systemd = _cmd_exits_zero(["systemd-detect-virt", "--quiet", "--container"])  # ok: PORT501
    return systemd, _cmd_output(["systemd-detect-virt", "--container"])  # expect: PORT501


class ZfsHelper:
    # Over SSH only when configured: by default the command runs here, through `self._execute`.
    def execute(self, *cmd, **kwargs):
        executor = kwargs.pop("executor", None) or self.ssh_executor or self._execute
        return executor(*cmd, **kwargs)

    def verify(self):
        self.execute("modinfo", "zfs")  # expect: PORT501
        self.execute("sudo", "exportfs")  # expect: PORT501


class RemoteZfsHelper:
    # Every command goes over SSH: the tools are the remote host's.
    def run_cmd(self, *cmd):
        return self.ssh_executor(*cmd)

    def verify(self):
        self.run_cmd("modinfo", "zfs")  # ok: PORT501


class IntegrationInstance:
    # An integration test's instance: every command goes to the machine it was given.
    def execute(self, command, use_sudo=True):
        return self.instance.execute(command, use_sudo=use_sudo)

    def install(self, package):
        return self.execute("apt-get install -qy %s" % package)  # ok: PORT501


class LocalRunner:
    # Given an instance too, but the commands run here.
    def execute(self, command):
        self.instance.log(command)
        return subprocess.run(command, shell=True)

    def install(self, package):
        return self.execute("apt-get install -qy %s" % package)  # expect: PORT501


def resizer_available():
    # Availability probes: their answer decides whether the code goes on, even by refusing.
    try:
        out = subp.subp(["growpart", "--help"]).stdout  # ok: PORT501
    except subp.ProcessExecutionError:
        return False
    try:
        utils.execute("systemctl", "--version")  # ok: PORT501
    except (processutils.ProcessExecutionError, OSError) as e:
        raise RuntimeError(e)
    try:
        # `help` as a subcommand only asks the program about itself too.
        utils.execute("lsblk", "help")  # ok: PORT501
    except processutils.ProcessExecutionError:
        return False
    try:
        utils.execute("lsblk", "help", "--json")  # expect: PORT501
    except processutils.ProcessExecutionError:
        return False
    try:
        utils.execute("systemctl", "daemon-reload")  # expect: PORT501
    except processutils.ProcessExecutionError as e:
        raise RuntimeError(e)
    utils.execute("systemctl", "--version")  # expect: PORT501
    return "--update" in out


def threaded_mount(ctl, runner):
    # `runto` moves a test's thread controller to a waitpoint named "mount": "run" is not a word of it.
    ctl.runto("mount")  # ok: PORT501
    runner.run_command("mount", "/dev/sdb1", "/mnt")  # expect: PORT501
