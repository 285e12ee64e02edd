# PORT312 lowercase-environment-variable: names that collide on Windows, where case is ignored.
import os
import sys
from os import environ

DEBUG_VAR = "nova_debug"


def debug_enabled():
    return os.environ.get("myapp_debug") == "1"  # expect: PORT312  # expect: PORT390


def log_level():
    return environ["Nova_Log_Level"]  # expect: PORT312


def from_constant():
    return os.getenv(DEBUG_VAR)  # expect: PORT312


def set_flag():
    os.environ["nova_flag"] = "1"  # expect: PORT312


def has_flag():
    # expect: PORT312, PORT390
    return "nova_flag" in os.environ


def upper_case_names():
    return os.environ.get("MYAPP_DEBUG"), os.environ.get("NOVA_LOG_LEVEL")  # ok: PORT312


def proxies():
    # expect: PORT306
    return os.environ.get("http_proxy")  # ok: PORT312


def windows_variable():
    # expect: PORT311
    return os.environ.get("AppData")  # ok: PORT312


def not_the_environment(config):
    return config["myapp_debug"], {"myapp_debug": 1}  # ok: PORT312


def windows_spelling():
    return os.environ["Path"].split(";")  # expect: PORT312


def windows_only_search():
    if sys.platform == "win32":
        return os.environ["Path"].split(";")  # ok: PORT312
