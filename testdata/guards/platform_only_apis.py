# Guards around platform-only standard-library APIs (PORT4xx).
import os
import signal
import sys

try:
    import fcntl  # ok: PORT401
except ImportError:
    fcntl = None

try:
    import msvcrt  # ok: PORT401
except (ImportError, AttributeError):
    msvcrt = None

try:
    import termios  # expect: PORT401
except ValueError:
    termios = None

if sys.platform == "win32":
    import winreg  # ok: PORT401
else:
    import pwd  # ok: PORT401

IS_WINDOWS = os.name == "nt"
SUPPORTED = os.environ.get("KILL_SUPPORTED") == "1"  # expect: PORT390 (an undocumented switch)


def lock(f):
    if fcntl is not None:
        # As available as its module, whose import the try above already handles.
        fcntl.flock(f, fcntl.LOCK_EX)  # ok: PORT402


def daemonize():
    if hasattr(os, "fork"):
        return os.fork()  # ok: PORT402
    return None


def user_id():
    getuid = getattr(os, "getuid", None)
    if getattr(os, "getuid", None) is not None:
        return os.getuid()  # ok: PORT402
    return getuid


def wrong_platform():
    if IS_WINDOWS:
        return os.fork()  # expect: PORT402
    return None


def polarity_trap(pgid):
    if not SUPPORTED:
        return None
    os.killpg(pgid, signal.SIGTERM)  # expect: PORT402


def not_windows(pid):
    if not IS_WINDOWS:
        os.kill(pid, signal.SIGKILL)  # ok: PORT403


def start_file(path):
    if sys.platform.startswith("win"):
        os.startfile(path)  # ok: PORT402
    else:
        os.startfile(path)  # expect: PORT402


def alarm(seconds):
    if sys.platform != "win32":
        signal.alarm(seconds)  # ok: PORT402


def home_of(user):
    # An import probe whose failure leaves the function: the rest runs only where pwd exists.
    try:
        import pwd
    except ImportError:
        return None
    return pwd.getpwnam(user).pw_dir, os.getuid()  # ok: PORT402


def home_of_no_exit(user):
    try:
        import pwd  # ok: PORT401
    except ImportError:
        pwd = None
    return os.getuid()  # expect: PORT402


def push_streams(fd):
    # The probe imports a Linux-only name, so what follows runs on Linux only.
    try:
        from fcntl import I_PUSH, ioctl
    except ImportError:
        return fd
    ioctl(fd, I_PUSH, "ptem")  # ok: PORT403
    return fd


# A flag set by an import probe, as subprocess.py does.
try:
    import msvcrt as _probe  # ok: PORT401
except ModuleNotFoundError:
    _MSWINDOWS = False
else:
    _MSWINDOWS = True

try:
    import yaml  # a third-party import may fail anywhere
    HAVE_YAML = True
except ImportError:
    HAVE_YAML = False


def pipe_reader(fd):
    if _MSWINDOWS:
        return None
    return os.set_blocking(fd, False), fcntl.fcntl(fd, fcntl.F_GETFL)  # ok: PORT402


def spawn():
    if not _MSWINDOWS:
        return os.fork()  # ok: PORT402
    return os.fork()  # expect: PORT402


def without_yaml():
    if not HAVE_YAML:
        return os.fork()  # expect: PORT402


# A name an import binds and its ImportError handler sets to None: true where the import succeeds.
try:
    from msvcrt import setmode as _setmode  # ok: PORT401
except ImportError:
    _setmode = None


def binary_stdin(fd):
    if _setmode:
        _setmode(fd, os.O_BINARY)  # ok: PORT403
    if _setmode is None:
        return os.O_BINARY  # expect: PORT403
    return fd


try:
    import yaml as _yaml_probe
except ImportError:
    _yaml_probe = None


def without_yaml_probe():
    if _yaml_probe:  # a third-party module may be missing anywhere: no guard
        return os.fork()  # expect: PORT402
    return None


try:
    from msvcrt import getwch as _getwch  # ok: PORT401
except ImportError:
    pass
try:
    import yaml as _yaml_other
except ImportError:
    _getwch = None  # the handler of another import says nothing about msvcrt


def binary_keyboard():
    if _getwch:  # true only where msvcrt was imported
        return os.O_BINARY  # ok: PORT403
    return None


def fork_keyboard():
    if not _getwch:  # None after yaml's import failed, on Windows too
        return os.fork()  # expect: PORT402
    return None


def fork_without_setmode():
    if not _setmode:  # None only where msvcrt is missing
        return os.fork()  # ok: PORT402
    return None


# The same with the import under a platform check and None in its else branch.
if sys.platform == "win32":
    from msvcrt import kbhit as _kbhit
else:
    _kbhit = None


def key_waiting():
    if _kbhit:
        return os.O_BINARY  # ok: PORT403
    return None
