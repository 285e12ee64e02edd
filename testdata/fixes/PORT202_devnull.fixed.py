# PORT202: a literal "/dev/null" that is a whole value becomes os.devnull; the module already
# imports os, so nothing is added. /dev/null inside a longer string has no fix.
import os

DEV_NULL = os.devnull


def quiet_target(path=None):
    return path or os.devnull


def copy_to_null(execute, src):
    execute("cp", src, os.devnull)


def shell(run, host):
    return run("ping -c 1 %s > /dev/null" % host)


def is_null(path):
    return path == "/dev/null"


def configure(parser):
    # A setting's documented default: the fix is unsafe, so --fix leaves it.
    parser.add_argument("--log-file", default="/dev/null")
