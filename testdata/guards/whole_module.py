# A module-level guard that raises makes the whole rest of the module Linux-only.
import sys

if sys.platform != "linux":
    raise ImportError("this module needs Linux")

MOUNTS = "/proc/mounts"  # ok: PORT101


def mounts():
    return open(MOUNTS).read()


def cpus():
    return open("/proc/cpuinfo").read()  # ok: PORT102


def ca_bundle():
    # Hidden TLS state matters on Linux too: the guard narrows the platforms, it does not silence.
    import os
    return os.environ.get("SSL_CERT_FILE")  # expect: PORT301
