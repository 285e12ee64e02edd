# PORT402 platform-only-function: functions and classes of the standard library missing on some platform.
import os
import os as _os
import select
import shutil
import signal
import time
# One finding per statement: the import fails as a whole, and the uses below are its related locations.
from os import fork, getpid, statvfs as _statvfs  # expect: PORT402
from select import epoll  # expect: PORT402


def daemonize():
    pid = os.fork()  # expect: PORT402
    if pid:
        return pid
    os.setsid()  # expect: PORT402
    return _os.getpid()  # ok: PORT402


def spawn_worker():
    child = fork()  # ok: PORT402 (related to the import, which fails as a whole)
    return child, getpid()  # ok: PORT402


def whoami():
    return _os.getuid(), os.uname().sysname  # expect: PORT402, PORT605


def free_space(path):
    st = _statvfs(path)  # ok: PORT402 (related to the import)
    usage = shutil.disk_usage(path)  # ok: PORT402
    return st.f_bavail * st.f_frsize, usage.free


def reload_timezone():
    time.tzset()  # expect: PORT402
    return time.tzname  # ok: PORT402


def poller():
    if hasattr(select, "poll"):  # ok: PORT402
        pass
    return epoll()  # ok: PORT402 (related to the import)


def kqueue_poller():
    return select.kqueue()  # expect: PORT402


def timeout(seconds, handler):
    signal.signal(signal.SIGINT, handler)  # ok: PORT402
    signal.alarm(seconds)  # expect: PORT402


def open_document(path):
    os.startfile(path)  # expect: PORT402


def pin_to_cpu(cpu):
    os.sched_setaffinity(0, {cpu})  # expect: PORT402


def callback_reference():
    return [os.getloadavg, os.listdir]  # expect: PORT402


class Forker:
    def fork(self):  # ok: PORT402
        return 0

    def run(self):
        return self.fork()  # ok: PORT402


def local_shadow():
    def getuid():  # ok: PORT402
        return 0
    return getuid()  # ok: PORT402


def annotated(poller: select.epoll) -> select.epoll:  # ok: PORT402
    selector: select.epoll = poller  # ok: PORT402
    return selector


def portable(path):
    return os.path.join(path, "x"), os.getpid(), os.kill  # ok: PORT402


def green_os():
    import eventlet.green.os as green_os
    return green_os.fork()  # expect: PORT402


def not_a_reexport():
    import eventlet.greenio as greenio
    return greenio.fork()  # ok: PORT402


try:
    from os import getuid as _getuid
except ImportError:
    pass


def uid_after_guarded_import():
    # The guarded import is no finding, so a use outside the guard still is.
    return _getuid()  # expect: PORT402


def scoped_import():
    from os import geteuid, getegid  # expect: PORT402
    return geteuid(), getegid()  # ok: PORT402 (related to the import)


def copy_image(source, destination, size):
    os.sendfile(destination.fileno(), source.fileno(), 0, size)  # expect: PORT402
