# PORT406 posix-only-process-argument: arguments of subprocess, asyncio and oslo.concurrency calls that
# exist on every platform and fail at run time on Windows.
import asyncio
import os
import subprocess
import sys
from subprocess import Popen as _Popen

from oslo_concurrency import processutils
from oslo_concurrency import processutils as putils

QEMU_IMG_LIMITS = processutils.ProcessLimits(address_space=1 << 30)


def start_daemon(cmd):
    # os.setsid is missing on Windows too (PORT402): one finding, the keyword fails whatever the hook.
    return subprocess.Popen(cmd, preexec_fn=os.setsid)  # expect: PORT406


def start_group(cmd):
    return _Popen(cmd, preexec_fn=lambda: os.setpgrp())  # expect: PORT406


def drop_privileges():
    os.umask(0o077)


def run_as_service(cmd):
    subprocess.run(cmd, preexec_fn=drop_privileges, check=True)  # expect: PORT406
    subprocess.check_call(cmd, user="nova", group="nova")  # expect: PORT406, PORT406
    return subprocess.check_output(cmd, extra_groups=["disk"])  # expect: PORT406


def hand_over_socket(cmd, sock):
    return subprocess.Popen(cmd, pass_fds=(sock.fileno(),))  # expect: PORT406


async def start_async(cmd):
    return await asyncio.create_subprocess_exec(*cmd, preexec_fn=os.setpgrp)  # expect: PORT406


def qemu_img_info(path):
    out, err = processutils.execute("qemu-img", "info", path, prlimit=QEMU_IMG_LIMITS)  # expect: PORT406
    return putils.trycmd("qemu-img", "check", path, prlimit=QEMU_IMG_LIMITS)  # expect: PORT406


# Look-alikes and the portable forms.
def portable(cmd, sock):
    subprocess.Popen(cmd, start_new_session=True)  # ok: PORT406
    subprocess.Popen(cmd, process_group=0, umask=0o077)  # ok: PORT406
    subprocess.Popen(cmd, preexec_fn=None, pass_fds=())  # ok: PORT406
    subprocess.Popen(cmd, preexec_fn=os.setsid if os.name == "posix" else None)  # ok: PORT406
    processutils.execute("qemu-img", "info", "x", prlimit=QEMU_IMG_LIMITS if os.name == "posix" else None)  # ok: PORT406
    return sock.connect(("localhost", 80), user="x")  # ok: PORT406


def wrapper(cmd, preexec_fn=None, prlimit=None):
    # The caller chooses: a wrapper that passes its parameters on is not the assumption.
    processutils.execute(*cmd, prlimit=prlimit)  # ok: PORT406
    return subprocess.Popen(cmd, preexec_fn=preexec_fn)  # ok: PORT406


def maybe_hook(cmd):
    hook = None
    if os.name == "posix":
        hook = os.setsid
    return subprocess.Popen(cmd, preexec_fn=hook)  # ok: PORT406


def other_prlimit(resource_api, limits):
    return resource_api.apply(prlimit=limits)  # ok: PORT406


def guarded(cmd, sock):
    if sys.platform != "win32":
        subprocess.Popen(cmd, preexec_fn=drop_privileges)  # ok: PORT406
    if os.name == "posix":
        subprocess.Popen(cmd, pass_fds=[sock.fileno()])  # ok: PORT406
    try:
        return subprocess.Popen(cmd, user="nova")  # ok: PORT406
    except ValueError:
        return subprocess.Popen(cmd)
