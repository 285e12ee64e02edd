# PORT407 unix-event-loop-method: asyncio loop methods that Windows' event loops do not implement.
import asyncio
import signal
import sys
from asyncio import get_running_loop

import uvloop  # expect: PORT404


async def serve(stop):
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGINT, stop.set)  # expect: PORT407
    loop.add_signal_handler(signal.SIGHUP, stop.set)  # expect: PORT407
    loop.remove_signal_handler(signal.SIGINT)  # expect: PORT407


def watch_pipe(fd, callback):
    asyncio.get_event_loop().add_reader(fd, callback)  # expect: PORT407


async def watch_fd(fd, callback):
    get_running_loop().add_writer(fd, callback)  # expect: PORT407


class Agent:
    def __init__(self, loop):
        self._loop = loop

    def start(self, fd):
        self._loop.add_reader(fd, self.on_readable)  # expect: PORT407

    def stop(self, fd):
        self._loop.remove_reader(fd)  # expect: PORT407

    def on_readable(self):
        pass


def install(event_loop, stop):
    event_loop.add_signal_handler(signal.SIGTERM, stop)  # expect: PORT407


def default_loop(fd, callback, loop=None):
    loop = loop or asyncio.get_event_loop()
    loop.add_reader(fd, callback)  # expect: PORT407


class Server:
    def __init__(self):
        self.loop = asyncio.new_event_loop()

    def serve(self, stop):
        self.loop.add_signal_handler(signal.SIGINT, stop)  # expect: PORT407


# Look-alikes and the portable forms.
class LoopTests:
    def setUp(self):
        self.loop = self.new_test_loop()  # a test's own loop, whatever it is

    def test_add_reader(self):
        self.loop.add_reader(1, print)  # ok: PORT407

    def new_test_loop(self):
        return None


def selector_sockets(sock, callback):
    loop = asyncio.SelectorEventLoop()
    loop.add_reader(sock.fileno(), callback)  # ok: PORT407
    return loop


def other_loops(fd, callback, watcher, stop):
    loop = uvloop.new_event_loop()
    loop.add_signal_handler(signal.SIGINT, stop)  # ok: PORT407
    watcher.add_reader(fd, callback)  # ok: PORT407
    return loop


async def optional_handler(stop):
    loop = asyncio.get_running_loop()
    try:
        loop.add_signal_handler(signal.SIGTERM, stop.set)  # ok: PORT407
    except NotImplementedError:
        signal.signal(signal.SIGINT, lambda *_: loop.call_soon_threadsafe(stop.set))  # ok: PORT407


async def guarded(stop, fd):
    loop = asyncio.get_running_loop()
    if sys.platform != "win32":
        loop.add_signal_handler(signal.SIGTERM, stop.set)  # ok: PORT407
    if hasattr(signal, "SIGHUP"):
        loop.add_signal_handler(signal.SIGHUP, stop.set)  # ok: PORT407
    if os_is_posix():
        loop.add_reader(fd, stop.set)  # expect: PORT407


def os_is_posix():
    return True
