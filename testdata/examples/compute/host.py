"""Host inspection for a compute service, written "in the most expedient way" on Linux."""
import logging
import os
import subprocess

import requests

LOG = logging.getLogger(__name__)

CA_BUNDLE_ENV = "REQUESTS_CA_BUNDLE"


def mounted_filesystems():
    """Return the mount points of the host."""
    mounts = []
    with open("/proc/mounts") as f:
        for line in f:
            mounts.append(line.split()[1])
    return mounts


def host_uuid():
    with open("/sys/class/dmi/id/product_uuid") as f:
        return f.read().strip()


def instance_memory(pid):
    with open(f"/proc/{pid}/status") as f:
        return [line for line in f if line.startswith("VmRSS")]


def image_info(path):
    out = subprocess.check_output(["/usr/bin/qemu-img", "info", path], stderr=open("/dev/null", "w"))
    return out.decode()


def scratch_dir(instance_id):
    return os.path.join("/tmp", "instances", instance_id)


def fetch_metadata(url):
    verify = os.environ.get(CA_BUNDLE_ENV, True)
    LOG.debug("fetching %s from /openstack/latest", url)
    return requests.get(url, verify=verify, timeout=10)


def use_green_dns():
    return os.environ.get("EVENTLET_NO_GREENDNS", "no") != "yes"
