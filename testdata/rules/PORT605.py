# PORT605 uname-parsing: platform detection from os.uname() or the uname program.
import os
import platform
import subprocess

SYSTEM = os.uname()[0]  # expect: PORT605
MACHINE = os.uname().machine  # expect: PORT605
RELEASE = os.uname()[2]  # expect: PORT605

arch = subprocess.check_output(["uname", "-m"]).decode().strip()  # expect: PORT605
kernel = subprocess.getoutput("uname -r")  # expect: PORT605

PORTABLE = platform.uname()[0]  # ok: PORT605
PORTABLE_MACHINE = platform.machine()  # ok: PORT605
NAME = platform.uname().system  # ok: PORT605


def probe():
    try:
        return subprocess.check_output(["uname", "-p"])  # ok: PORT605
    except OSError:
        return None


# The fields of os.uname() read through a name it was assigned to (no fix: the call would stay).
def lx_brand(uname_version=None):
    uname = os.uname()  # expect: PORT402
    if uname_version is None:
        uname_version = uname[3]  # expect: PORT605
    return uname_version == "BrandZ virtual linux" or uname.sysname == "SunOS"  # expect: PORT605


def portable_uname():
    uname = platform.uname()
    return uname[3]  # ok: PORT605
