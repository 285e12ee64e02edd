# PORT807 select-on-non-socket: select() on pipes and standard streams, which Windows rejects.
import select
import selectors
import socket
import subprocess
import sys


def wait_for_output(cmd, sock: socket.socket):
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    ready, _, _ = select.select([proc.stdout], [], [], 1.0)  # expect: PORT807
    ready, _, _ = select.select([sys.stdin.fileno()], [], [])  # expect: PORT807
    ready, _, _ = select.select([sock], [], [], 1.0)  # ok: PORT807
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)  # expect: PORT807
    selector.register(sock, selectors.EVENT_READ | selectors.EVENT_WRITE)  # ok: PORT807
    return ready
