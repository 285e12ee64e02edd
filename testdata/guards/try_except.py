# A try whose handler catches what the construct raises where it is unsupported.
import logging

LOG = logging.getLogger(__name__)


def mounts():
    try:
        with open("/proc/mounts") as f:  # ok: PORT101, PORT801
            return f.read()
    except OSError:
        LOG.debug("no mount table")
        return ""


def mounts_tuple():
    try:
        return open("/proc/mounts").read()  # ok: PORT101, PORT801
    except (ValueError, FileNotFoundError):
        return ""


def mounts_broad():
    # A catch-all is no platform guard: the author did not expect the file to be missing.
    try:
        return open("/proc/mounts").read()  # expect: PORT101
    except Exception:
        return ""


def mounts_bare():
    try:
        return open("/proc/mounts").read()  # expect: PORT101
    except:  # noqa: E722
        pass


def runs_lsblk_and_logs():
    import subprocess
    try:
        subprocess.check_call(["lsblk"])  # expect: PORT501
    except BaseException:
        LOG.exception("lsblk failed")


def runs_lsblk_with_fallback():
    import subprocess
    try:
        return subprocess.check_output(["lsblk"])  # ok: PORT501
    except (OSError, Exception):
        return b""


def import_probe_catch_all():
    # Only the import can fail in this body: the catch-all handles the missing module.
    try:
        import fcntl  # ok: PORT401
    except Exception:
        fcntl = None
    return fcntl


def import_probe_catch_all_with_use():
    try:
        import fcntl  # expect: PORT401
        fcntl.flock(0, fcntl.LOCK_EX)
    except Exception:
        return None


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
        return open("/proc/mounts").read()  # ok: PORT101, PORT801
    except (OSError, ValueError) as exc:
        LOG.debug("no mount table: %s", exc)
        return ""


def mounts_old_name():
    import os
    try:
        return open("/proc/mounts").read()  # ok: PORT101, PORT801
    except os.error:
        return ""
