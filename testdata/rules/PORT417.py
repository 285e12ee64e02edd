# PORT417 kill-process-group: pid 0 and negative pids name process groups on POSIX only.
import os
import signal
import sys
from os import kill as send_signal


def stop_all_workers():
    os.kill(0, signal.SIGTERM)  # expect: PORT417


def stop_group(pgid):
    send_signal(-pgid, signal.SIGTERM)  # expect: PORT417
    os.kill(-(os.getpgid(pgid)), signal.SIGTERM)  # expect: PORT417  # expect: PORT402


# One process by its id, and guarded group signals.
def stop_one(pid):
    os.kill(pid, signal.SIGTERM)  # ok: PORT417
    os.kill(pid - 1, signal.SIGTERM)  # ok: PORT417


def guarded_group(pgid):
    if sys.platform != "win32":
        os.kill(-pgid, signal.SIGTERM)  # ok: PORT417
