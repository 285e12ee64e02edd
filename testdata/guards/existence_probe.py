# Whether a kernel interface exists selects the Linux code: the probe is portable and quiet.
import os
import subprocess
import tempfile
import stat
from pathlib import Path


def mounts():
    if os.path.exists("/proc"):  # ok: PORT110
        return open("/proc/mounts", encoding="utf-8").read()  # ok: PORT101
    return ""


def interfaces():
    if os.path.isdir("/sys/class/net"):  # ok: PORT104
        return os.listdir("/sys/class/net")  # ok: PORT104
    return []


def mountinfo():
    if not os.path.exists("/proc/self/mountinfo"):  # ok: PORT101
        return None
    return open("/proc/self/mountinfo", encoding="utf-8").read()  # ok: PORT101


def cpus():
    if Path("/proc/cpuinfo").is_file():  # ok: PORT102
        return Path("/proc/cpuinfo").read_text(encoding="utf-8")  # ok: PORT102
    return ""


def systemd_state():
    # Process 1 named systemd, or systemd's mark: the usual test that systemd is the init system.
    import psutil
    if psutil.Process(1).name() == "systemd" or os.path.exists("/run/systemd/system"):
        return subprocess.check_output(["systemctl", "is-system-running"])  # ok: PORT501
    if psutil.Process(1).name() != "systemd":
        return None
    return subprocess.check_output(["systemctl", "is-system-running"])  # ok: PORT501


def distribution():
    # Only Linux distributions ship a release file: elsewhere the probe is false and nothing is read.
    if os.path.exists("/etc/os-release"):  # ok: PORT106
        return open("/etc/os-release", encoding="utf-8").read()  # ok: PORT106
    if os.path.isfile("/etc/debian_version"):  # ok: PORT106
        return "debian"
    return None


def service_manager():
    # systemd's mark directory exists on Linux only.
    if os.path.isdir("/run/systemd/system"):  # ok: PORT109
        return open("/run/systemd/container", encoding="utf-8").read()  # ok: PORT109
    return None


def else_branch():
    # The else branch runs where the file is missing, which may be Linux too.
    if os.path.exists("/proc/cpuinfo"):  # ok: PORT102
        return None
    else:
        return open("/proc/meminfo", encoding="utf-8").read()  # expect: PORT102


def probe_as_value():
    # Not a condition: the probe's value is passed on, and the read below is unguarded.
    present = [os.path.exists("/proc/cpuinfo")]  # expect: PORT102
    return present, open("/proc/loadavg", encoding="utf-8").read()  # expect: PORT102


def other_path(config):
    # Only /proc, /sys, the release files and systemd's state are known to exist on Linux alone.
    if os.path.exists(config):
        return open("/proc/cpuinfo", encoding="utf-8").read()  # expect: PORT102


def running(pid):
    # A path built from a value asks about one process, not about the platform: off Linux the
    # answer is always "not running", which is the finding.
    if os.path.exists("/proc/%d" % pid):  # expect: PORT103
        return open("/proc/%d/status" % pid, encoding="utf-8").read()  # expect: PORT103
    return None


def zfs_pools():
    # A fixed device node exists only where there is a /dev: never on Windows.
    if not os.path.exists("/dev/zfs"):  # ok: PORT207
        return None
    return os.popen("zpool list -H").read()  # ok: PORT502


def network_block_device():
    # No /dev says nothing about macOS, which has one but no qemu-nbd.
    if os.path.exists("/dev/nbd0"):  # ok: PORT207
        os.system("qemu-nbd --connect=/dev/nbd0 disk.qcow2")  # expect: PORT501



def validate_kickstart(text):
    # An installed program's fixed location exists only on a POSIX system: never on Windows.
    if not os.path.isfile("/usr/bin/ksvalidator"):  # expect: PORT203
        return
    with tempfile.NamedTemporaryFile("wt", suffix=".cfg") as ks_file:  # ok: PORT801, PORT813
        ks_file.write(text)
        ks_file.flush()
        subprocess.check_call(["ksvalidator", ks_file.name])


def rotate_fstab(text):
    # A configuration file is a test's to point elsewhere: its existence says nothing of the platform
    # (the check covers the path, not the encoding).
    if not os.path.exists("/etc/fstab"):  # ok: PORT204
        return
    with open("/etc/fstab", "w") as f:  # ok: PORT204  # expect: PORT801
        f.write(text)


def booted_with_systemd():
    # sd_booted(3): a stat whose every failure answers no is an existence check, whatever it catches.
    try:
        return stat.S_ISDIR(os.lstat("/run/systemd/system").st_mode)  # ok: PORT109
    except Exception:
        return False


def systemd_state():
    # A catch-all that goes on with another value does not answer no: the stat is a use.
    try:
        return os.stat("/run/systemd/system").st_mtime  # expect: PORT109
    except Exception:
        return read_fallback()
