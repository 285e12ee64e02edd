# PORT107 dev-shm: Linux's shared-memory tmpfs.
import os
import tempfile

SHM_DIR = "/dev/shm"  # expect: PORT107


def scratch_file(name):
    return open(os.path.join("/dev/shm", name), "wb")  # expect: PORT107


def lock_dir():
    return tempfile.mkdtemp(dir="/dev/shm")  # expect: PORT107


def portable():
    return tempfile.mkdtemp()  # ok: PORT107


def described():
    LOG.warning("/dev/shm is full")  # ok: PORT107
