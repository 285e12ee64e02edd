"""os.name == "posix" guarding code that needs Linux."""
import os
import sys


def total_memory():
    if sys.platform.startswith('linux'):
        with open("/proc/meminfo") as f:
            return f.read()
    return None
