# PORT902 malformed-suppression: comments meant as suppressions that suppress nothing.
import os


def missing_colon():
    return open("/proc/mounts", encoding="utf-8")  # noqa PORT101  # expect: PORT101, PORT902


def brackets_on_noqa():
    return open("/proc/mounts", encoding="utf-8")  # noqa[PORT101]  # expect: PORT101, PORT902


def no_space_is_fine():
    return open("/proc/mounts", encoding="utf-8")  # noqa:PORT101  # ok: PORT101, PORT902


def unknown_rule():
    return os.cpu_count()  # noqa: PORT999  # expect: PORT902


def prefix_on_a_line():
    return open("/proc/mounts", encoding="utf-8")  # noqa: PORT1  # expect: PORT101, PORT902


def no_brackets():
    return os.fork()  # platlint: ignore PORT402  # expect: PORT402, PORT902


def unknown_directive():
    return os.fork()  # platlint: disable[PORT402]  # expect: PORT402, PORT902


def text_after_brackets():
    return os.fork()  # platlint: ignore[PORT402] because  # expect: PORT402, PORT902


def well_formed():
    return os.fork()  # platlint: ignore[PORT402] -- the Linux agent only  # ok: PORT402, PORT902


def file_level_after_code():
    return os.getuid()  # platlint: ignore-file[PORT4]  # expect: PORT402, PORT902


def other_linters():
    return os.cpu_count()  # noqa: E501  # type: ignore  # ok: PORT902


def prose():
    # platlint is the tool that reads these comments  # ok: PORT902
    return os.cpu_count()  # ok: PORT902
