# PORT111 configured-linux-only-path: paths under the prefixes of `linux-only-paths`
# (see PORT111.toml beside this file).
import os
import sys


def images():
    return os.listdir("/var/lib/libvirt/images")  # expect: PORT111


def agent_socket():
    return open("/opt/vendor/agent/agent.sock", "rb")  # expect: PORT111


def agent_dir():
    return os.path.exists("/opt/vendor/agent")  # expect: PORT111


def guarded():
    if sys.platform == "linux":
        return os.listdir("/var/lib/libvirt/qemu")  # ok: PORT111
    return []


def near_miss():
    # A sibling of a configured prefix is not below it.
    return os.listdir("/var/lib/libvirtd")  # ok: PORT111  # expect: PORT205


def message():
    raise RuntimeError("cannot read /var/lib/libvirt/images")  # ok: PORT111


def kernel_paths_keep_their_rule():
    return open("/proc/mounts", encoding="utf-8")  # ok: PORT111  # expect: PORT101
