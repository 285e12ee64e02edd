# PORT103 proc-process-info: per-process procfs directories.
import os


def rss(pid):
    with open(f"/proc/{pid}/status") as f:  # expect: PORT103
        return f.read()


def cmdline(pid):
    return open("/proc/%d/cmdline" % pid).read().split("\0")  # expect: PORT103


def fds():
    return len(os.listdir("/proc/self/fd"))  # expect: PORT103


def exe():
    return os.readlink("/proc/self/exe")  # expect: PORT103


def environ_of(pid):
    return os.path.join("/proc", str(pid), "environ")  # expect: PORT103


def formatted(pid):
    return "/proc/{}/stat".format(pid)  # expect: PORT103


def init_process():
    return os.path.exists("/proc/1/cgroup")  # expect: PORT103


def pattern():
    import re
    return re.compile(r"/proc/(\d+)/stat")  # ok: PORT103


def message(pid):
    raise ValueError(f"cannot read /proc/{pid}/status")  # ok: PORT103
