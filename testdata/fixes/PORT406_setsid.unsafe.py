# PORT406: `preexec_fn=os.setsid` becomes `start_new_session=True`; a call that already sets the
# session or group, passes **kwargs or runs another hook keeps its finding without a fix.
import os
import subprocess
from os import setsid


def start(cmd):
    return subprocess.Popen(cmd, preexec_fn=os.setsid)


def start_imported(cmd):
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, preexec_fn=setsid, close_fds=True)


def already_grouped(cmd):
    return subprocess.Popen(cmd, preexec_fn=os.setsid, process_group=0)


def with_options(cmd, **options):
    return subprocess.Popen(cmd, preexec_fn=os.setsid, **options)


def other_hook(cmd):
    return subprocess.Popen(cmd, preexec_fn=lambda: os.setsid())
