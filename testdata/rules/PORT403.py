# PORT403 platform-only-constant: constants of the standard library missing on some platform.
import errno
import mmap
import os
import signal
import socket
from signal import SIGKILL, SIGTERM  # expect: PORT403
from typing import TYPE_CHECKING


def stop(proc):
    os.kill(proc.pid, signal.SIGKILL)  # expect: PORT403
    os.kill(proc.pid, signal.SIGTERM)  # ok: PORT403
    proc.kill()  # ok: PORT403


def stop_imported(pid):
    os.kill(pid, SIGKILL)  # ok: PORT403 (related to the import, which fails as a whole)
    os.kill(pid, SIGTERM)  # ok: PORT403


def install_handlers(handler):
    signal.signal(signal.SIGHUP, handler)  # expect: PORT403
    signal.signal(signal.SIGINT, handler)  # ok: PORT403
    # expect: PORT403
    signal.signal(signal.SIGALRM, handler)


def open_direct(path):
    flags = os.O_WRONLY | os.O_CREAT | os.O_DIRECT  # expect: PORT403
    return os.open(path, flags | getattr(os, "O_BINARY", 0))  # ok: PORT403


def open_binary(path):
    return os.open(path, os.O_RDONLY | os.O_BINARY)  # expect: PORT403


def raw_socket():
    return socket.socket(socket.AF_PACKET, socket.SOCK_RAW)  # expect: PORT403


def unix_socket():
    return socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # expect: PORT403


def tcp_socket():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # ok: PORT403
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)  # expect: PORT403
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # ok: PORT403
    return s


def populate(fd, size):
    return mmap.mmap(fd, size, flags=mmap.MAP_SHARED | mmap.MAP_POPULATE)  # expect: PORT403


def is_missing(exc):
    return exc.errno == errno.ENOENT  # ok: PORT403


def no_child_wait():
    return os.waitpid(-1, os.WNOHANG)  # expect: PORT403


if TYPE_CHECKING:
    KILL = signal.SIGKILL  # ok: PORT403


class Sig:
    SIGKILL = 9  # ok: PORT403

    def kill(self, pid):
        return os.kill(pid, self.SIGKILL)  # ok: PORT403


try:
    from socket import AF_UNIX  # ok: PORT403
except ImportError:
    AF_UNIX = None

FAMILIES = [socket.AF_INET, AF_UNIX]  # ok: PORT403


def unix_socket():
    if AF_UNIX is not None:
        return socket.socket(AF_UNIX, socket.SOCK_STREAM)  # ok: PORT403
    return None


class DirectIOTest:
    def setUp(self):
        # The test gives os the flag where the platform lacks it: every use in the file finds it.
        if not hasattr(os, "O_DIRECT"):
            os.O_DIRECT = 16384
        setattr(os, "O_NOATIME", getattr(os, "O_NOATIME", 0))

    def test_open(self, path):
        return os.open(path, os.O_RDONLY | os.O_DIRECT | os.O_NOATIME)  # ok: PORT403

    def test_other_flag(self, path):
        return os.open(path, os.O_RDONLY | os.O_NOFOLLOW)  # expect: PORT403

    def test_fork_replaced(self, fake):
        # Saving the original reads it, which fails where it is missing; assigning does not.
        was_nonblock = os.O_NONBLOCK  # expect: PORT403
        os.O_NONBLOCK = fake  # ok: PORT403
        os.O_NONBLOCK = was_nonblock  # ok: PORT403
