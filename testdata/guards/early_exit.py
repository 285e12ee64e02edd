# Early return/raise/continue/sys.exit under a negated guard make the rest Linux-only.
import os
import sys
import time
import unittest

IS_LINUX = sys.platform.startswith("linux")
SUPPORTED = os.environ.get("SUPPORTED") == "1"  # expect: PORT390 (an undocumented switch)


def mounts():
    if not IS_LINUX:
        return []
    return open("/proc/mounts").readlines()  # ok: PORT101


def mounts_raise():
    if sys.platform != "linux":
        raise NotImplementedError("only Linux keeps /proc/mounts")
    return open("/proc/mounts").readlines()  # ok: PORT101


def per_process(pids):
    for pid in pids:
        if not sys.platform.startswith("linux"):
            continue
        yield open(f"/proc/{pid}/status").read()  # ok: PORT103


def script():
    if os.name == "nt" or sys.platform == "darwin":
        sys.exit("Linux only")
    return open("/proc/cpuinfo").read()  # ok: PORT102


def asserted():
    assert sys.platform == "linux"
    return open("/proc/cpuinfo").read()  # ok: PORT102


def polarity_trap():
    # Returning when the unknown flag is off says nothing about the platform.
    if not SUPPORTED:
        return None
    return open("/proc/cpuinfo").read()  # expect: PORT102


def wrong_polarity():
    if IS_LINUX:
        return None
    return open("/proc/cpuinfo").read()  # expect: PORT102


def not_an_exit():
    if not IS_LINUX:
        print("not Linux")
    return open("/proc/cpuinfo").read()  # expect: PORT102


def attribute_probe():
    # A missing attribute ends the function: after it, `time.tzset` exists.
    try:
        tzset = time.tzset
    except AttributeError:
        raise unittest.SkipTest("tzset required")
    os.environ["TZ"] = "UTC"  # expect: PORT320
    tzset()
    time.tzset()  # ok: PORT402


def attribute_probe_without_exit():
    try:
        tzset = time.tzset
    except AttributeError:
        tzset = None
    time.tzset()  # expect: PORT402


def attribute_probe_behind_a_condition(flag):
    # The attribute is read only when `flag` is true: nothing is proved when it is false.
    try:
        if flag:
            uid = os.getuid()
    except AttributeError:
        return None
    return os.getuid()  # expect: PORT402


# A comment after the exiting statement is part of the block, not a statement that runs.
def exit_before_trailing_comment():
    if sys.platform != "linux":
        return None  # nothing to read elsewhere
    return open("/proc/cpuinfo", encoding="utf-8").read()  # ok: PORT102


def linux_flag_with_comments():
    # the kernel decides
    return sys.platform.startswith("linux")  # and nothing else


def flag_function_with_comments():
    if linux_flag_with_comments():
        return open("/proc/cpuinfo", encoding="utf-8").read()  # ok: PORT102
    return None
