# A module-level function named for a platform (a whole word of its name) is that platform's helper:
# like a private one, it runs where this file calls it. `selinux` and `mac` name no platform.
import subprocess
import sys

MACOS = sys.platform == "darwin"


def macos_version():
    return subprocess.check_output(["sw_vers", "-productVersion"], env={"SYSTEM_VERSION_COMPAT": "0"})  # ok: PORT322


def find_devs_with_freebsd():
    return subprocess.check_output(["sysctl", "-n", "kern.disks"])  # ok: PORT501


def linux_mounts():
    return subprocess.check_output(["findmnt", "--json"])  # expect: PORT501


def windows_drives():
    # Never called in this file: where it runs is not known here.
    return subprocess.check_output("wmic logicaldisk get name", shell=True, env={"A": "1"})  # expect: PORT322


def setup_selinux(path):
    return subprocess.check_call(["restorecon", "-R", path])  # expect: PORT501


if MACOS:
    VERSION = macos_version()
elif sys.platform.startswith("freebsd"):
    DISKS = find_devs_with_freebsd()

MOUNTS = linux_mounts()
setup_selinux("/etc/ssh")  # expect: PORT507, PORT204
