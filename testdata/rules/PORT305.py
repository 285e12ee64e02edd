# PORT305 temp-dir-environment: TMPDIR, TEMP and TMP read instead of asking tempfile.
import os
import tempfile
from os import getenv


def scratch_dir():
    return os.environ.get("TMPDIR") or tempfile.gettempdir()  # expect: PORT305


def windows_scratch():
    return getenv("TEMP")  # expect: PORT305


def tmp_dir():
    return os.environ["TMP"]  # expect: PORT305


def has_tmpdir():
    # expect: PORT305
    return "TMPDIR" in os.environ


def portable():
    directory = tempfile.gettempdir()  # ok: PORT305
    with tempfile.TemporaryDirectory() as private:  # ok: PORT305
        return directory, private


def not_the_environment(conf):
    values = {"TMPDIR": conf.scratch}  # ok: PORT305
    return values["TMPDIR"], os.environ.get("NOVA_TMPDIR")  # ok: PORT305
