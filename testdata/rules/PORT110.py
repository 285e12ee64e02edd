# PORT110 procfs: any other use of /proc.
import os


def pids():
    return [int(d) for d in os.listdir("/proc") if d.isdigit()]  # expect: PORT110


def swaps():
    return open("/proc/swaps").read()  # expect: PORT110


def is_proc_path(path):
    return path.startswith("/proc/")  # ok: PORT110


def procurement():
    # expect: PORT801
    return open("/procurement/orders.csv")  # ok: PORT110
