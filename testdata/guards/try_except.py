# A try whose handler catches what the construct raises where it is unsupported.
import logging

LOG = logging.getLogger(__name__)


def mounts():
    try:
        with open("/proc/mounts") as f:  # ok: PORT101  # expect: PORT801
            return f.read()
    except OSError:
        LOG.debug("no mount table")
        return ""


def mounts_tuple():
    try:
        return open("/proc/mounts").read()  # ok: PORT101  # expect: PORT801
    except (ValueError, FileNotFoundError):
        return ""


def mounts_broad():
    try:
        return open("/proc/mounts").read()  # ok: PORT101  # expect: PORT801
    except Exception:
        return ""


def mounts_wrong_handler():
    try:
        return open("/proc/mounts").read()  # expect: PORT101
    except ValueError:
        return ""


def handler_is_not_protected():
    try:
        pass
    except OSError:
        return open("/proc/mounts").read()  # expect: PORT101


def definition_inside_try():
    try:
        def reader():
            return open("/proc/mounts").read()  # expect: PORT101
    except OSError:
        reader = None
    return reader


def mounts_as():
    try:
        return open("/proc/mounts").read()  # ok: PORT101  # expect: PORT801
    except (OSError, ValueError) as exc:
        LOG.debug("no mount table: %s", exc)
        return ""


def mounts_old_name():
    import os
    try:
        return open("/proc/mounts").read()  # ok: PORT101  # expect: PORT801
    except os.error:
        return ""
