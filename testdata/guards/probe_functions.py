# Probe functions: a module-level function that returns a false value when a platform condition
# holds, before anything else can return, is false wherever that condition is true; code that runs
# only when it returned a true value runs only where the condition is false. `all(hasattr(M, n)
# for n in names)` is true where the module has every name.
import contextlib
import functools
import os
import select

KQUEUE_NAMES = ("kqueue", "kevent", "KQ_FILTER_PROC")


@functools.lru_cache
def can_use_pidfd_open():
    """Linux 5.3 and later."""
    if not hasattr(os, "pidfd_open"):
        return False
    try:
        os.close(os.pidfd_open(os.getpid(), 0))  # ok: PORT402
    except OSError:
        return False
    return True


def can_use_kqueue():
    names = ("kqueue", "KQ_EV_ADD", "KQ_FILTER_PROC")
    if not all(hasattr(select, x) for x in names):
        return None
    kq = select.kqueue()  # ok: PORT402
    kq.close()
    return True


def can_use_kevent():
    if not all(hasattr(select, name) for name in KQUEUE_NAMES):
        return
    return True


def wait_for(pid):
    if can_use_pidfd_open():
        return os.pidfd_open(pid, 0)  # ok: PORT402
    elif can_use_kqueue():
        return select.kqueue()  # ok: PORT402
    elif can_use_kevent():
        return select.kevent(pid)  # ok: PORT402
    return None


def returns_true_first():
    if len(KQUEUE_NAMES) > 2:
        return True
    if not hasattr(os, "pidfd_open"):
        return False
    return True


def probe_as_generator():
    if not hasattr(os, "pidfd_open"):
        return False
    yield True


@contextlib.contextmanager
def probe_with_decorator():
    if not hasattr(os, "pidfd_open"):
        return False
    return True


def probe_with_else():
    if not hasattr(os, "pidfd_open"):
        return False
    else:
        return True


def unreliable_probes(pid):
    if returns_true_first():
        os.pidfd_open(pid, 0)  # expect: PORT402
    if probe_as_generator():
        os.pidfd_open(pid, 0)  # expect: PORT402
    if probe_with_decorator():
        os.pidfd_open(pid, 0)  # expect: PORT402
    if probe_with_else():
        os.pidfd_open(pid, 0)  # expect: PORT402
    if any(hasattr(select, n) for n in ("epoll", "kqueue")):
        select.kqueue()  # expect: PORT402
