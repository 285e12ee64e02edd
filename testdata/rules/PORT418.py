# PORT418 c-library-through-ctypes: the C library loaded by its POSIX name, and the functions called through it.
import ctypes
import ctypes.util
import sys
from ctypes.util import find_library

libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)  # expect: PORT418


def splice_pipe(fd_in, fd_out, size):
    return libc.splice(fd_in, None, fd_out, None, size, 0)


def boot_time():
    lib = ctypes.CDLL(find_library("c"))  # expect: PORT418
    return lib.sysctl(None, 2, None, None, None, 0)


LIBC_NAME = find_library("c")


class Process:
    def __init__(self):
        self._libc = ctypes.cdll.LoadLibrary(LIBC_NAME)  # expect: PORT418

    def rename(self):
        self._libc.prctl(15, b"worker", 0, 0, 0)


process_symbols = ctypes.CDLL(None)  # expect: PORT418


# Not the C library by name, guarded loads, and loads that handle the failure.
libm = ctypes.CDLL(ctypes.util.find_library("m"))  # ok: PORT418
found = ctypes.CDLL(ctypes.util.find_library("ssl"))  # ok: PORT418

if sys.platform == "linux":
    linux_libc = ctypes.CDLL(find_library("c"))  # ok: PORT418
    linux_libc.malloc_trim(0)

if sys.platform != "win32":
    posix_libc = ctypes.CDLL(None)  # ok: PORT418
    posix_libc.getpid()

try:
    handled = ctypes.CDLL(find_library("c"))  # ok: PORT418
except (OSError, TypeError):
    handled = None


# A lookup without a call, and a lookup whose AttributeError is handled: neither narrows the load.
def interface_addresses():
    posix_libc = ctypes.CDLL(ctypes.util.find_library("c"))  # expect: PORT418
    getifaddrs = posix_libc.getifaddrs
    return getifaddrs


def glibc_version():
    process_namespace = ctypes.CDLL(None)  # expect: PORT418
    try:
        gnu_get_libc_version = process_namespace.gnu_get_libc_version
    except AttributeError:
        return None
    return gnu_get_libc_version()
