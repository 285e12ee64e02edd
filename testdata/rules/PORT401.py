# PORT401 platform-only-module: importing a standard-library module that some platform lacks.
from __future__ import annotations

import contextlib
import fcntl  # expect: PORT401
import os
import os.path
import pwd, grp  # expect: PORT401
import subprocess
import termios as _termios  # expect: PORT401
import tty  # expect: PORT401
from typing import TYPE_CHECKING

from resource import getrusage, RUSAGE_SELF  # expect: PORT401

from multiprocessing import popen_fork  # expect: PORT401
from multiprocessing import Process, get_context  # ok: PORT401
from asyncio import windows_events  # expect: PORT401
from curses import wrapper  # expect: PORT401
import selectors  # ok: PORT401
import signal  # ok: PORT401

from . import resource  # ok: PORT401
from .compat import winreg  # ok: PORT401

if TYPE_CHECKING:
    import msvcrt  # ok: PORT401


def current_user():
    import pwd as password_db  # expect: PORT401
    # os.getuid() fails on Windows too, where `import fcntl` at the top already stops the module:
    # it is reported as a related location of that import (one root cause, one finding).
    return password_db.getpwuid(os.getuid()).pw_name  # ok: PORT402


def read_registry(key):
    # expect: PORT401
    import winreg as reg
    with reg.OpenKey(reg.HKEY_CURRENT_USER, key) as handle:
        return reg.QueryValueEx(handle, "Path")[0]


def lock(f):
    fcntl.flock(f, fcntl.LOCK_EX)  # ok: PORT401


def keypress():
    import msvcrt  # expect: PORT401
    return msvcrt.getch()


def run_portably(argv):
    with contextlib.suppress(FileNotFoundError):
        return subprocess.run(argv, check=True)  # ok: PORT401
    return os.path.exists(argv[0])  # ok: PORT401
