# PORT311 windows-only-environment-variable: USERPROFILE, APPDATA, USERNAME and friends.
import getpass
import os
import pathlib
import shutil
from os import getenv

import platformdirs


def data_dir():
    return os.path.join(os.environ["APPDATA"], "nova")  # expect: PORT311


def home():
    return os.environ.get("USERPROFILE")  # expect: PORT311


def user():
    return getenv("USERNAME")  # expect: PORT311


def program_files():
    # Windows spells its variables in mixed case; names ignore case there, so no PORT312.
    # expect: PORT311
    return os.environ.get("ProgramFiles(x86)", os.environ.get("ProgramFiles"))  # ok: PORT312


def cache():
    # expect: PORT311
    if "LOCALAPPDATA" in os.environ:
        return os.environ["LOCALAPPDATA"]  # expect: PORT311
    return None


def system_root():
    # expect: PORT311
    return os.environ["SystemRoot"]  # ok: PORT312


def portable():
    data = platformdirs.user_data_path("nova")  # ok: PORT311
    user_name = getpass.getuser()  # ok: PORT311
    qemu = shutil.which("qemu-img")  # ok: PORT311
    return data, user_name, qemu, pathlib.Path.home()


def both_spellings():
    return os.environ.get("USERPROFILE") or os.environ.get("HOME")  # ok: PORT311, PORT310


def not_the_environment(conf):
    paths = {"APPDATA": conf.data_dir}  # ok: PORT311
    return paths["APPDATA"], os.environ.get("NOVA_APPDATA")  # ok: PORT311
