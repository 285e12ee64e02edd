# PORT420 exec-does-not-replace-on-windows: os.exec* starts a new process on Windows.
import os
import subprocess
import sys
from os import execvp


def become(program, args):
    os.execv(program, [program] + args)  # expect: PORT420


def become_on_path(program, args):
    execvp(program, [program] + args)  # expect: PORT420


def become_portably(program, args):
    if os.name == "posix":
        os.execv(program, [program] + args)  # ok: PORT420
    sys.exit(subprocess.call([program] + args))


def child(program):
    pid = os.fork()  # expect: PORT402
    if pid == 0:
        os.execvp(program, [program])  # ok: PORT420
    return pid
