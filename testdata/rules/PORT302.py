# PORT302 library-switch-environment: reading switches that reconfigure a library or the interpreter.
import os
import sys
import warnings
from os import environ

import eventlet


def use_green_dns():
    # Nova's unit tests only passed with EVENTLET_NO_GREENDNS set.
    flag = os.environ.get("EVENTLET_NO_GREENDNS", "no")  # expect: PORT302
    return flag.lower() not in ("yes", "1", "true")


def configure_hub():
    hub = environ.get("EVENTLET_HUB")  # expect: PORT302
    if hub:
        eventlet.hubs.use_hub(hub)


def thread_pool_size():
    return int(os.getenv("EVENTLET_THREADPOOL_SIZE", "20"))  # expect: PORT302


def deterministic_hashing():
    # expect: PORT302
    return "PYTHONHASHSEED" in os.environ


def asyncio_debug():
    return bool(os.environ.get("PYTHONASYNCIODEBUG"))  # expect: PORT302


def child_pythonpath():
    return os.environ.get("PYTHONPATH", "").split(os.pathsep)  # expect: PORT302


def blas_threads():
    return os.environ["OMP_NUM_THREADS"]  # expect: PORT302


def explicit_state():
    utf8 = sys.flags.utf8_mode  # ok: PORT302
    warnings.filterwarnings("error", category=DeprecationWarning)  # ok: PORT302
    options = {"PYTHONWARNINGS": "error"}  # ok: PORT302
    level = options["PYTHONWARNINGS"]  # ok: PORT302
    return utf8, level


def own_switch():
    return os.environ.get("NOVA_USE_GREEN_DNS")  # ok: PORT302


def run_child(cmd):
    import subprocess
    # A child process gets its own environment: the portable way to pass a switch on.
    env = dict(os.environ, PYTHONHASHSEED="0")  # ok: PORT302, PORT320
    return subprocess.run(cmd, env=env)


def message():
    print("export EVENTLET_NO_GREENDNS=yes to use the system resolver")  # ok: PORT302
