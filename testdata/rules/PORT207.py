# PORT207 hardcoded-posix-device: generic POSIX device nodes opened as files.
import logging
import os
import secrets
import subprocess
import sys

LOG = logging.getLogger(__name__)

RANDOM_SOURCE = "/dev/urandom"  # expect: PORT207


def token(n=16):
    with open("/dev/urandom", "rb") as f:  # expect: PORT207
        return f.read(n)


def blocking_random():
    return open("/dev/random", "rb").read(8)  # expect: PORT207


def zeros(n):
    with open("/dev/zero", "rb") as f:  # expect: PORT207
        return f.read(n)


def prompt():
    return open("/dev/tty", "r").readline()  # expect: PORT207, PORT801


def report(text):
    with open("/dev/stdout", "w") as out:  # expect: PORT207, PORT801
        out.write(text)


def read_fd(fd):
    return open("/dev/fd/%d" % fd).read()  # expect: PORT207, PORT801


def linux_only():
    # Linux-specific device nodes are PORT1xx; /dev/null is PORT202.
    shm = "/dev/shm/nova"  # expect: PORT107
    kvm = os.path.exists("/dev/kvm")  # expect: PORT108
    null = "/dev/null"  # expect: PORT202
    return shm, kvm, null


def messages():
    """Reads entropy from /dev/urandom."""  # ok: PORT207
    LOG.debug("reading /dev/urandom")  # ok: PORT207


def comparison(path):
    return path == "/dev/stdin"  # ok: PORT207


def portable():
    return os.urandom(16), secrets.token_hex(8), bytes(16), sys.stdout  # ok: PORT207


def zero_fill(path, size_mb):
    # The program opens the value of a `key=/path` word, also from a list kept in a variable.
    subprocess.check_call(["dd", "if=/dev/zero", "of=" + path, "bs=1M"])  # expect: PORT207, PORT502
    cmd = [
        "dd",
        "if=/dev/zero",  # expect: PORT207
        "of=%s" % path,
        "count=%d" % size_mb,
    ]
    subprocess.check_call(cmd)  # expect: PORT502


def zero_fill_message(path):
    # Text that no program gets.
    words = ["dd", "if=/dev/zero", "of=" + path]  # ok: PORT207
    LOG.info("would run %s", " ".join(words))
