# PORT602 removed-platform-function: platform.linux_distribution() and platform.dist() are gone.
import platform
import sys

from platform import linux_distribution  # expect: PORT602


def distribution():
    name, version, _ = platform.linux_distribution()  # expect: PORT602
    return name, version


def dist():
    return platform.dist()[0]  # expect: PORT602


def compatible():
    try:
        return platform.linux_distribution()  # ok: PORT602
    except AttributeError:
        return None


def by_version():
    if sys.version_info < (3, 8):
        return platform.linux_distribution()  # ok: PORT602
    return platform.freedesktop_os_release()  # ok: PORT602


def probing():
    if hasattr(platform, "linux_distribution"):
        return platform.linux_distribution()  # ok: PORT602
    return None


class DistributionException(Exception):
    pass


def handler_for_something_else():
    # An exception class whose name merely contains "Exception" or "Error" does not catch the
    # AttributeError that Python 3.8+ raises here.
    try:
        return platform.linux_distribution()  # expect: PORT602
    except DistributionException:
        return None


def handler_for_everything():
    # A catch-all is no guard: on Python 3.8+ this returns None every time.
    try:
        return platform.dist()  # expect: PORT602
    except Exception:
        return None


def handler_for_the_missing_function():
    try:
        return platform.dist()  # ok: PORT602
    except AttributeError:
        return None
