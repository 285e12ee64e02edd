# Guards on the path and line separators: os.sep, os.pathsep and os.linesep have one value on
# Windows and another everywhere else, os.altsep is set only on Windows and
# os.supports_bytes_environ is False only there.
import os


def windows_home():
    if os.sep == "\\":
        return os.environ["USERPROFILE"]  # ok: PORT311
    return os.path.expanduser("~")


def posix_uid():
    if os.path.sep == "/":
        return os.getuid()  # ok: PORT402
    return None


def path_list_separator():
    if os.pathsep == ";":
        return os.environ.get("APPDATA")  # ok: PORT311
    return None


def crlf_system():
    if os.linesep != "\n":
        return os.environ.get("LOCALAPPDATA")  # ok: PORT311
    return None


def alternate_separator():
    if os.altsep:
        return os.environ["USERPROFILE"]  # ok: PORT311
    return None


def bytes_environment():
    if os.supports_bytes_environ:
        return os.environb.get(b"HOME")  # ok: PORT403, PORT310
    return None


def unguarded():
    return os.environb.get(b"HOME")  # expect: PORT403, PORT310


def either_separator():
    # A substring test of one string, true everywhere: no guard.
    if os.sep in "\\/":
        return os.getuid()  # expect: PORT402
    return None
