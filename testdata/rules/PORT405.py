# PORT405 platform-library-name: shared libraries loaded by a platform's file name.
import ctypes
import ctypes.util
from ctypes import CDLL

LIBRT = "librt.so.1"

libc = ctypes.CDLL("libc.so.6", use_errno=True)  # expect: PORT405
librt = ctypes.cdll.LoadLibrary(LIBRT)  # expect: PORT405
system = CDLL("libSystem.B.dylib")  # expect: PORT405
virt = ctypes.CDLL("/usr/lib/x86_64-linux-gnu/libvirt.so.0")  # expect: PORT208  # ok: PORT405
crt = ctypes.CDLL("msvcrt.dll")  # expect: PORT405
plain = ctypes.CDLL(ctypes.util.find_library("c"))  # ok: PORT405  # expect: PORT418
bare = ctypes.CDLL("c")  # ok: PORT405
me = ctypes.CDLL(None)  # ok: PORT405  # expect: PORT418


def load(name):
    return ctypes.CDLL(name)  # ok: PORT405
