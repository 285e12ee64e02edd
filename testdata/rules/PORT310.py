# PORT310 posix-only-environment-variable: HOME, USER, SHELL, DISPLAY, XDG_* and friends.
import getpass
import os
import pathlib
import socket
from os import environ

import platformdirs


def config_dir():
    return os.path.join(os.environ["HOME"], ".config", "nova")  # expect: PORT310


def current_user():
    return os.environ.get("USER", "nova")  # expect: PORT310


def login_name():
    return os.getenv("LOGNAME")  # expect: PORT310


def user_shell():
    return environ.get("SHELL", "sh")  # expect: PORT310


def xdg_cache():
    return os.environ.get("XDG_CACHE_HOME")  # expect: PORT310


def has_display():
    # expect: PORT310
    return "DISPLAY" in os.environ


def host():
    return os.environ["HOSTNAME"]  # expect: PORT310


def test_home_redirect(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))  # expect: PORT310
    return os.path.expanduser("~")


def portable():
    home = pathlib.Path.home()  # ok: PORT310
    user = getpass.getuser()  # ok: PORT310
    name = socket.gethostname()  # ok: PORT310
    cache = platformdirs.user_cache_path("nova")  # ok: PORT310
    return home, user, name, cache


def both_spellings():
    return os.environ.get("HOME") or os.environ.get("USERPROFILE")  # ok: PORT310, PORT311


def with_fallback():
    return os.environ.get("USERPROFILE", os.environ.get("HOME"))  # ok: PORT310, PORT311


def not_the_environment(conf, request):
    settings = {"HOME": conf.home}  # ok: PORT310
    HOME = settings["HOME"]  # ok: PORT310
    return HOME, request.environ["HOME"], os.environ.get("NOVA_HOME")  # ok: PORT310
