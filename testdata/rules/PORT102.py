# PORT102 proc-system-info: system-wide procfs files.
import os
import pathlib


def cpu_count():
    with open("/proc/cpuinfo") as f:  # expect: PORT102
        return sum(1 for line in f if line.startswith("processor"))


def memory_total():
    text = pathlib.Path("/proc/meminfo").read_text()  # expect: PORT102
    return int(text.split()[1])


def load():
    return open("/proc/loadavg").read().split()[:3]  # expect: PORT102


def ip_forwarding():
    return open("/proc/sys/net/ipv4/ip_forward").read().strip() == "1"  # expect: PORT102


def tcp_table():
    return pathlib.Path("/proc") / "net" / "tcp"  # expect: PORT102


def portable_count():
    return os.cpu_count()  # ok: PORT102


def described():
    print("reading /proc/cpuinfo")  # ok: PORT102
    return "see /proc/meminfo for details"  # ok: PORT102


def _read_if_present(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return f.read()


def _read_file(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def cpu_and_memory():
    # The first helper looks for the file before it reads it; the second does not.
    cpus = _read_if_present("/proc/cpuinfo")  # ok: PORT102
    return cpus, _read_file("/proc/meminfo")  # expect: PORT102
