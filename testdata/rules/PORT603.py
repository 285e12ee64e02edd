# PORT603 os-name-posix-means-linux: os.name == "posix" is true on macOS as well.
import os
import select
import subprocess
import sys


def memory():
    if os.name == "posix":  # expect: PORT603
        with open("/proc/meminfo") as f:
            return f.read()
    return None


def poller():
    if os.name == 'posix' and not sys.flags.isolated:  # expect: PORT603
        return select.epoll()
    return None


def interfaces():
    if os.name == "posix":  # expect: PORT603
        return subprocess.check_output(["ip", "-o", "link"])
    elif os.name == "nt":
        return b""
    return None


def portable():
    if os.name == "posix":  # ok: PORT603
        return os.getuid()
    return None


def refined():
    if os.name == "posix" and sys.platform != "darwin":  # ok: PORT603
        with open("/proc/meminfo") as f:
            return f.read()
    return None


def nested():
    if os.name == "posix":  # ok: PORT603
        if sys.platform.startswith("linux"):
            with open("/proc/loadavg") as f:
                return f.read()
    return None


def mounts_read_in_one_expression():
    if os.name == "posix":  # expect: PORT603
        data = open("/proc/mounts", encoding="utf-8").read()
        return data
    return ""
