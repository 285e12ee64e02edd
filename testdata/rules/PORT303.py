# PORT303 dynamic-loader-environment: the ELF loader's variables read to find or load libraries.
import ctypes
import ctypes.util
import os
import os as _os


def load_libvirt():
    search = os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep)  # expect: PORT303
    for directory in search:
        candidate = os.path.join(directory, "libvirt.so.0")
        if os.path.exists(candidate):
            return ctypes.CDLL(candidate)
    return None


def preloaded():
    return _os.getenv("LD_PRELOAD")  # expect: PORT303


def bind_now():
    # expect: PORT303
    return "LD_BIND_NOW" in os.environ


def macos_library_path():
    return os.environ.get("DYLD_LIBRARY_PATH")  # expect: PORT303


def portable_lookup():
    path = ctypes.util.find_library("virt")  # ok: PORT303
    loader_vars = {"LD_LIBRARY_PATH": "x"}  # ok: PORT303
    return path, loader_vars["LD_LIBRARY_PATH"]  # ok: PORT303


def application_library_dir():
    return os.environ.get("NOVA_LIBVIRT_DIR")  # ok: PORT303
