# PORT415 errno-alias-differs: one of two errno names that are equal only on Linux.
import errno
import errno as _errno
import os
import sys
from errno import EAGAIN

RETRYABLE = (errno.EAGAIN, errno.EINTR)  # expect: PORT415
BOTH = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR}  # ok: PORT415
UNSUPPORTED = frozenset([errno.ENOTSUP])  # ok: PORT415
NOT_SUPPORTED = frozenset([errno.EOPNOTSUPP, errno.EINVAL])  # expect: PORT415


def read(sock):
    try:
        return sock.recv(4096)
    except OSError as e:
        if e.errno == errno.EAGAIN:  # expect: PORT415
            return b""
        if errno.EWOULDBLOCK == e.errno:  # ok: PORT415
            return b""
        if e.errno in (errno.EAGAIN, errno.EINTR):  # expect: PORT415
            return b""
        if e.errno == EAGAIN:  # expect: PORT415
            return b""
        if e.errno == errno.EAGAIN or e.errno == errno.EWOULDBLOCK:  # ok: PORT415
            return b""
        if isinstance(e, BlockingIOError) or e.errno == errno.EAGAIN:  # ok: PORT415
            return b""
        if e.errno == errno.EAGAIN:  # ok: PORT415
            return b""
        elif e.errno == errno.EWOULDBLOCK:  # ok: PORT415
            return b""
        raise


def set_xattr(store, path, value):
    try:
        store.set_attribute(path, "user.checksum", value)
    except OSError as e:
        if e.errno != _errno.EOPNOTSUPP:  # expect: PORT415
            raise
        if e.errno in (errno.EOPNOTSUPP, errno.ENOTSUP):  # ok: PORT415
            return
        if e.errno == errno.ENOTSUP:  # ok: PORT415
            return


def linux_acl(path):
    try:
        return os.getxattr(path, "system.nfs4_acl_xdr")  # expect: PORT402
    except OSError as e:
        if e.errno == errno.EOPNOTSUPP:  # ok: PORT415
            return None
        raise


def read_pipe(fd):
    try:
        return os.read(fd, 512)
    except OSError as e:
        if e.errno == errno.EAGAIN:  # ok: PORT415
            return b""
        raise


def fail():
    raise OSError(errno.EOPNOTSUPP, os.strerror(errno.EOPNOTSUPP))  # ok: PORT415


def check(e):
    if sys.platform == "linux":
        return e.errno == errno.EOPNOTSUPP  # ok: PORT415
    return e.errno == errno.ENOENT  # ok: PORT415
