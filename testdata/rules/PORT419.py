# PORT419 third-party-platform-only-api: psutil APIs that some platforms lack.
import sys

import psutil


def io_top():
    for proc in psutil.process_iter():
        try:
            print(proc.io_counters())  # expect: PORT419
        except psutil.Error:
            pass


def maps(pid):
    p = psutil.Process(pid)
    return list(p.memory_maps(grouped=False))  # expect: PORT419


def temperatures():
    return psutil.sensors_temperatures()  # expect: PORT419


def limit(proc):
    return proc.rlimit(psutil.RLIMIT_NOFILE)  # expect: PORT419


def affinity(proc):
    if hasattr(proc, "cpu_affinity"):
        return proc.cpu_affinity()  # ok: PORT419
    return None


def fans():
    if not hasattr(psutil, "sensors_fans"):
        sys.exit("platform not supported")
    return psutil.sensors_fans()  # ok: PORT419


def cpu_num(proc):
    try:
        return proc.cpu_num()  # ok: PORT419
    except AttributeError:
        return -1


def handles(proc):
    if sys.platform == "win32":
        return proc.num_handles()  # ok: PORT419
    return proc.num_fds()  # ok: PORT419


def portable(proc):
    return proc.memory_info(), proc.cpu_percent(), psutil.disk_io_counters()  # ok: PORT419


def terminal(proc):
    return proc.terminal()  # ok: PORT419
