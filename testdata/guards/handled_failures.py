# A missing file or program is handled where the code uses it: a `try` that recovers, or a check
# that it exists first. A path kept in a variable is judged where the variable is read.
import errno
import logging
import os
import shutil
import subprocess

LOG = logging.getLogger(__name__)

MOUNTS = "/proc/mounts"  # ok: PORT101
CPUINFO = "/proc/cpuinfo"  # expect: PORT102


def mounts():
    try:
        with open(MOUNTS, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return ""


def cpu_count_guarded():
    try:
        return open(CPUINFO, encoding="utf-8").read().count("processor")
    except OSError:
        return 1


def cpu_model():
    # The second read of the constant is not handled: the constant is reported.
    return open(CPUINFO, encoding="utf-8").readline()


def fips_enabled():
    fips = "/proc/sys/crypto/fips_enabled"  # ok: PORT102
    try:
        return open(fips, encoding="utf-8").read().strip() == "1"
    except OSError:
        return False


def fips_enabled_wrapped():
    # Raising another error passes the failure on: nothing works where the file is missing.
    fips = "/proc/sys/crypto/fips_enabled"  # expect: PORT102
    try:
        return open(fips, encoding="utf-8").read().strip() == "1"
    except OSError as e:
        raise RuntimeError("cannot read FIPS mode") from e


def fips_enabled_broad():
    fips = "/proc/sys/crypto/fips_enabled"  # expect: PORT102
    try:
        return open(fips, encoding="utf-8").read().strip() == "1"
    except Exception:
        return False


def process_environ(pid):
    path = os.path.join("/proc", str(pid), "environ")  # ok: PORT103
    if not os.path.exists(path):
        return {}
    with open(path, "rb") as f:
        return f.read()


def process_environ_or_fail(pid):
    # An early raise is no fallback: the function fails off Linux.
    path = os.path.join("/proc", str(pid), "environ")  # expect: PORT103
    if not os.path.exists(path):
        raise RuntimeError("no environ")
    with open(path, "rb") as f:
        return f.read()


def process_alive(pid):
    # The check is the whole use: off Linux it says every process is gone.
    path = "/proc/%d" % pid  # expect: PORT103
    return os.path.exists(path)


def mounts_read_early():
    # The file is read where the value is built, outside the `try`.
    data = open("/proc/mounts", encoding="utf-8").read()  # expect: PORT101
    try:
        return data.splitlines()
    except OSError:
        return []


def settle():
    if not shutil.which("udevadm"):
        return
    subprocess.run(["udevadm", "settle"], check=True)  # ok: PORT501


def block_devices():
    if shutil.which("lsblk"):
        return subprocess.check_output(["lsblk", "-J"])  # ok: PORT501
    return b"{}"


def block_devices_none():
    if shutil.which("lsblk") is None:
        return b"{}"
    return subprocess.check_output(["lsblk", "-J"])  # ok: PORT501


def block_devices_other_program():
    # Checking one program says nothing about another.
    if shutil.which("lsblk"):
        return subprocess.check_output(["blkid"])  # expect: PORT501
    return b""


def interfaces():
    cmd = ["ip", "-j", "addr"]
    try:
        return subprocess.check_output(cmd)  # ok: PORT501
    except (OSError, subprocess.CalledProcessError):
        LOG.debug("ip is not available")
        return b"[]"


def interfaces_logged_and_raised():
    cmd = ["ip", "-j", "addr"]
    try:
        return subprocess.check_output(cmd)  # expect: PORT501
    except OSError:
        LOG.error("ip failed")
        raise


def first_release_file():
    # Candidates are probed, and none found is an answer the caller handles.
    for candidate in ("/etc/redhat-release", "/etc/SuSE-release"):  # ok: PORT106
        if os.path.exists(candidate):
            return candidate
    return None


RELEASE_FILES = ("/etc/redhat-release", "/etc/SuSE-release")  # ok: PORT106


def first_release_file_by_name():
    for candidate in RELEASE_FILES:
        if os.path.exists(candidate):
            return candidate
    return None


def release_text():
    for candidate in ("/etc/redhat-release", "/etc/SuSE-release"):  # expect: PORT106
        return open(candidate, encoding="utf-8").read()


def jailed():
    cmd = ["sysctl", "-qn", "security.jail.jailed"]
    if shutil.which(cmd[0]) is None:
        return False
    return subprocess.run(cmd, check=False).returncode == 0  # ok: PORT501


def interfaces_logged_warning():
    # Logging the failure and going on without the output fails every time where `ip` is missing.
    try:
        out = subprocess.check_output(["ip", "route", "get", "192.0.2.1"])  # expect: PORT501
    except (OSError, subprocess.CalledProcessError) as e:
        LOG.warning("Cannot get route: %s", e)
        return
    return out


def interfaces_logged_and_falling_through():
    cmd = ["ip", "-j", "addr"]
    out = None
    try:
        out = subprocess.check_output(cmd)  # expect: PORT501
    except OSError:
        LOG.exception("Failed fetching interfaces")
    return out


def interfaces_logged_with_fallback():
    # A value of its own is another way to go on.
    try:
        return subprocess.check_output(["ip", "-j", "addr"])  # ok: PORT501
    except OSError as e:
        LOG.warning("ip is not available: %s", e)
        return b"[]"


def cpu_model_logged_at_debug():
    try:
        return open(CPUINFO, encoding="utf-8").readline()  # ok: PORT102
    except OSError:
        LOG.debug("no cpuinfo")
        return None


def interfaces_interrupted(retry):
    # Going on only after an interrupted call raises a missing program again.
    for _ in range(retry):
        try:
            return subprocess.run(["ip", "-j", "addr"], check=True, capture_output=True).stdout  # expect: PORT501
        except OSError as e:
            if e.errno in (errno.EINTR, errno.EAGAIN):
                continue
            else:
                raise
    return None


def interfaces_missing_program():
    # ENOENT is how a missing program fails: going on after it handles it.
    try:
        return subprocess.check_output(["ip", "-j", "addr"])  # ok: PORT501
    except OSError as e:
        if e.errno != errno.ENOENT:
            raise
    return b"[]"


def mount_first(device, target, fstypes, log_error=True):
    # Keeping the error to report it when no type is left is failing later, not going on without `mount`.
    failure = None
    for fstype in fstypes:
        try:
            subprocess.check_call(["mount", "-t", fstype, device, target])  # expect: PORT501
            return fstype
        except OSError as exc:
            if log_error:
                LOG.debug("mount -t %s failed: %s", fstype, exc)
            failure = exc
    raise RuntimeError("cannot mount %s: %s" % (device, failure))



def mountable_types(device, target, fstypes):
    # Noting which type failed and trying the next is going on without it.
    skipped = []
    for fstype in fstypes:
        try:
            subprocess.check_call(["mount", "-t", fstype, device, target])  # ok: PORT501
        except OSError:
            skipped.append(fstype)
    return [t for t in fstypes if t not in skipped]


class ProcessExecutionError(Exception):
    def __init__(self, err=None):
        super().__init__(err)
        self.errno = getattr(err, "errno", None)


def run(cmd):
    try:
        return subprocess.check_output(cmd)
    except OSError as e:
        raise ProcessExecutionError(e) from e


def block_ids():
    # The project's own error, handled exactly where its errno says the program is missing.
    try:
        out = run(["blkid", "-o", "device"])  # ok: PORT501
    except ProcessExecutionError as e:
        if e.errno == errno.ENOENT:
            out = b""
        else:
            raise
    return out.splitlines()


def block_ids_busy():
    # Going on only while the device is busy: a missing program is raised again.
    try:
        out = run(["blkid", "-o", "device"])  # expect: PORT501
    except ProcessExecutionError as e:
        if e.errno == errno.EBUSY:
            out = b""
        else:
            raise
    return out.splitlines()
