"""os.name == "posix" guarding code that needs Linux."""
import os


def total_memory():
    if os.name == 'posix':
        with open("/proc/meminfo") as f:
            return f.read()
    return None
