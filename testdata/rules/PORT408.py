# PORT408 kill-zero-liveness-probe: os.kill(pid, 0) tests a process on POSIX and kills it on Windows.
import os
import signal
import sys
from os import kill as send_signal


def is_running(pid):
    try:
        os.kill(pid, 0)  # expect: PORT408
    except OSError:
        return False
    return True


def wait_for_daemon(pidfile):
    with open(pidfile) as f:
        pid = int(f.read())
    send_signal(pid, 0)  # expect: PORT408
    os.kill(pid, signal.SIG_DFL)  # expect: PORT408


# Look-alikes and the portable forms.
def stop(pid):
    os.kill(pid, signal.SIGTERM)  # ok: PORT408
    os.kill(pid, signal.CTRL_BREAK_EVENT)  # ok: PORT408  # expect: PORT403
    os.kill(pid, 9 - 9)  # ok: PORT408


def guarded(pid):
    if os.name == "posix":
        os.kill(pid, 0)  # ok: PORT408
    if sys.platform != "win32":
        os.kill(pid, 0)  # ok: PORT408
