# PORT106 os-release-file: Linux distribution release files.
import configparser
import os
import platform


def distro():
    with open("/etc/os-release") as f:  # expect: PORT106
        return dict(line.strip().split("=", 1) for line in f if "=" in line)


def is_rhel():
    return os.path.exists("/etc/redhat-release")  # expect: PORT106


def debian_version():
    return open("/etc/debian_version").read().strip()  # expect: PORT106


def fallback():
    # Each candidate is used only where it exists: another system gets None, which the caller handles.
    for path in ("/etc/os-release", "/usr/lib/os-release"):  # ok: PORT106
        if os.path.exists(path):
            return path


def portable():
    return platform.system(), platform.release()  # ok: PORT106


def mentioned():
    """Parses /etc/os-release."""  # ok: PORT106
