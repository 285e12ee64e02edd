# A module whose file name starts with fork or unix, or has such a word (popen_fork_named.py, like
# multiprocessing's popen_fork.py and forkserver.py, distutils' unixccompiler.py), serves the
# platforms with fork(): every one but Windows. POSIX APIs are no finding, Linux-only ones are.
import os
import signal


def start(code):
    pid = os.fork()  # ok: PORT402
    if pid == 0:
        os._exit(code)
    return pid


def reap(pid):
    return os.waitpid(pid, os.WNOHANG)  # ok: PORT403


def kill(pid):
    os.kill(pid, signal.SIGKILL)  # ok: PORT403


def library_dirs():
    return ["/usr/lib64"]  # expect: PORT208
