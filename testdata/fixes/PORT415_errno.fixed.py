import errno
import socket

RETRYABLE = (errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR)


def unsupported(e):
    return e.errno in (errno.EOPNOTSUPP, errno.ENOTSUP)


def connect(address):
    sock = socket.create_connection(address)
    try:
        return sock.recv(16)
    except OSError as e:
        if e.errno not in (errno.EAGAIN, errno.EWOULDBLOCK):
            raise
        return b""
