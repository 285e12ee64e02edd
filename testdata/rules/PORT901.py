# PORT901 unused-suppression: suppression comments that suppress nothing (the fixture runner
# enables every rule, as `--report-unused-suppressions` does).
import os
import subprocess


def used():
    return open("/proc/mounts", encoding="utf-8")  # noqa: PORT101  # ok: PORT101, PORT901


def stale():
    return os.cpu_count()  # noqa: PORT102  # expect: PORT901


def partly_stale():
    return open("/proc/cpuinfo", encoding="utf-8")  # noqa: PORT102, PORT203  # expect: PORT901  # ok: PORT102


def reasoned():
    return os.fork()  # platlint: ignore[PORT402] -- only the Linux agent forks  # ok: PORT402, PORT901


def stale_reasoned():
    return os.getpid()  # platlint: ignore[PORT402] -- it used to fork  # expect: PORT901


def first_line_of_statement():
    return subprocess.run(  # noqa: PORT501  # ok: PORT901
        ["mount", "-a"],  # ok: PORT501
        check=True,
    )


def another_linters_codes():
    import json  # noqa: F401  # ok: PORT901
    return json


def blanket_noqa_is_not_ours():
    return os.cpu_count()  # noqa  # ok: PORT901, PORT902


def unused_suppression_of_unused_report():
    return os.cpu_count()  # noqa: PORT102, PORT901  # ok: PORT901
