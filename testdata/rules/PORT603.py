# PORT603 os-name-posix-means-linux: os.name == "posix" is true on macOS as well.
import os
import select
import subprocess
import sys


def memory():
    if os.name == "posix":  # expect: PORT603
        with open("/proc/meminfo") as f:  # expect: PORT102
            return f.read()
    return None


def poller():
    if os.name == 'posix' and not sys.flags.isolated:  # expect: PORT603
        return select.epoll()  # expect: PORT402
    return None


def interfaces():
    if os.name == "posix":  # expect: PORT603
        return subprocess.check_output(["ip", "-o", "link"])  # expect: PORT501
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
