# Short-circuit operators and conditional expressions carry guards too.
import os
import sys

IS_LINUX = sys.platform == "linux"


def mounted(path):
    return IS_LINUX and path in open("/proc/mounts").read()  # ok: PORT101


def mounted_or(path):
    return not IS_LINUX or path in open("/proc/mounts").read()  # ok: PORT101


def mounted_wrong(path):
    return IS_LINUX or path in open("/proc/mounts").read()  # expect: PORT101


def cpu_info():
    return open("/proc/cpuinfo").read() if IS_LINUX else ""  # ok: PORT102


def cpu_info_inverted():
    return "" if IS_LINUX else open("/proc/cpuinfo").read()  # expect: PORT102


def both_needed(flag):
    if IS_LINUX and flag:
        return open("/proc/cpuinfo").read()  # ok: PORT102
    if IS_LINUX or flag:
        return open("/proc/cpuinfo").read()  # expect: PORT102
