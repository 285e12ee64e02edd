# PORT409 signal-never-delivered: SIGTERM handlers, which never run on Windows.
import signal
import sys
from signal import SIGTERM, signal as install_handler


def shutdown(signum, frame):
    sys.exit(0)


def main():
    signal.signal(signal.SIGTERM, shutdown)  # expect: PORT409
    install_handler(SIGTERM, shutdown)  # expect: PORT409
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, shutdown)  # expect: PORT409


# Look-alikes: other signals, restoring or ignoring, guarded code.
def others():
    signal.signal(signal.SIGINT, shutdown)  # ok: PORT409
    signal.signal(signal.SIGHUP, shutdown)  # ok: PORT409  # expect: PORT403
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # ok: PORT409
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # ok: PORT409
    for sig in (signal.SIGINT, signal.SIGABRT):
        signal.signal(sig, shutdown)  # ok: PORT409


def restore(handler):
    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, handler)  # expect: PORT409
    signal.signal(signal.SIGTERM, previous)  # ok: PORT409


def guarded():
    if sys.platform != "win32":
        signal.signal(signal.SIGTERM, shutdown)  # ok: PORT409
