# Whole modules wrapped in a platform check.
import sys

if sys.platform.startswith("linux"):

    def mounts():
        return open("/proc/mounts").read()  # ok: PORT101

else:

    def mounts():
        return open("/proc/mounts").read()  # expect: PORT101
