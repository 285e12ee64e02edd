# PORT390 undocumented-environment-switch: an application's own environment variable that decides
# something and that no documentation of the project mentions. This fixture's project is its own
# directory, which has no documentation files: only the `help=` texts below document variables.
# Documentation files are exercised by testdata/projects/switches (tests/undocumented_switch_test.sh).
import argparse
import json
import os
import re
import subprocess
import sys
from os import environ, getenv

from oslo_config import cfg
from oslo_utils import strutils

if os.environ.get("MYAPP_DEBUG") == "1":  # expect: PORT390
    pass

if getenv("MYAPP_TRACE"):  # expect: PORT390
    pass

# expect: PORT390
if "MYAPP_FAST" in os.environ:
    pass

timeout = int(environ.get("MYAPP_TIMEOUT", "30"))  # expect: PORT390
retries = json.loads(os.environ["MYAPP_RETRIES"])  # expect: PORT390
leak = strutils.bool_from_string(os.getenv("MYAPP_RAISE_ON_LEAK", "false"))  # expect: PORT390
verbose = not os.environ.get("MYAPP_QUIET")  # expect: PORT390

mode = os.environ.get("MYAPP_MODE", "").lower()  # expect: PORT390
if mode in ("fast", "safe"):
    pass

parser = argparse.ArgumentParser()
parser.add_argument("--region", default=os.environ.get("MYAPP_REGION"))  # expect: PORT390

# Documented by a help= text (argparse, oslo.config): not reported.
parser.add_argument("--user", default=os.environ.get("MYAPP_USER"), help="defaults to $MYAPP_USER")  # ok: PORT390
opts = [cfg.StrOpt("project", default=os.environ.get("MYAPP_PROJECT"),  # ok: PORT390
                   help=("Project name. Defaults to the MYAPP_PROJECT "
                         "environment variable."))]

# Read in place of a default the code would otherwise use: the variable replaces a setting.
CDROM_PATTERN = r"^(sr[0-9]+|hd[a-z])"
cdrom_pattern = os.environ.get("MYAPP_CDROM_PATTERN", CDROM_PATTERN)  # expect: PORT390
conf_dir = os.getenv("MYAPP_CONFIG_DIR", "conf.d")  # expect: PORT390
CDROM = re.compile(cdrom_pattern)
CONFIG_FILES = os.listdir(conf_dir)

# Read only to be shown or passed on: not a switch.
print("home of the data:", os.environ.get("MYAPP_DATA"))  # ok: PORT390
log_file = os.environ.get("MYAPP_LOG_FILE")  # ok: PORT390
print(log_file)
print("spool:", os.environ.get("MYAPP_SPOOL", "spool"))  # ok: PORT390
region = os.environ.get("MYAPP_ZONE", "")  # ok: PORT390 (an empty default is no setting)

# Written, not read: not a switch.
os.environ["MYAPP_CHILD"] = "1"  # ok: PORT390

# Variables of the PORT3xx catalog keep their own rule; conventions documented elsewhere are skipped.
if os.environ.get("EVENTLET_NO_GREENDNS") == "yes":  # ok: PORT390  # expect: PORT302
    pass
if os.environ.get("NO_COLOR"):  # ok: PORT390
    pass
if os.environ.get("PYTHONDEVMODE"):  # ok: PORT390  # expect: PORT302
    pass
# Set and documented by the tool that runs the code: coverage.py, systemd, the MSYS2 shells.
if "COVERAGE_RUN" in os.environ:  # ok: PORT390
    pass
if os.environ.get("NOTIFY_SOCKET", ""):  # ok: PORT390
    pass
if os.environ.get("MSYSTEM") == "MINGW64":  # ok: PORT390
    pass
# oslotest's test timeout, which every OpenStack test base class reads.
test_timeout = int(os.environ.get("OS_TEST_TIMEOUT", 0))  # ok: PORT390
# A message of the program to the copy of itself it re-executes, private by its name.
if os.environ.get("__MYAPP_NOTIFY_FD"):  # ok: PORT390
    pass
# Set by the program's own shell hook, private by its leading underscore.
if os.environ.get("_MYAPP_SUPPRESS_SPACE") == "1":  # ok: PORT390
    pass
# Set by Android for every process.
if "ANDROID_DATA" in os.environ:  # ok: PORT390
    pass
# A variable the project gives its own child process: the child learns it is a worker.
subprocess.run([sys.executable, "-m", "myapp.worker"], env={**os.environ, "MYAPP_WORKER": "1"})
if os.environ.get("MYAPP_WORKER") == "1":  # ok: PORT390
    pass

# Through an alias of os.environ: a module-level name, a function's local name, a parameter's default.
environ_alias = os.environ
if environ_alias.get("MYAPP_ALIAS_MODULE"):  # expect: PORT390
    pass


def config_dir(env=None):
    if env is None:
        env = os.environ
    if env.get("MYAPP_ALIAS_LOCAL", "").strip():  # expect: PORT390
        return True
    copy = os.environ.copy()
    return copy.get("MYAPP_COPY") == "1"  # ok: PORT390


# Through a helper of the module that takes the variable's name.
def bool_from_env(name, default=False):
    return strutils.bool_from_string(os.environ.get(name, default))


def get_env(name, default=None):
    return os.environ.get(name, default)


use_ipv6 = bool_from_env("MYAPP_USE_IPV6")  # expect: PORT390
if get_env("MYAPP_LEGACY", "0") == "1":  # expect: PORT390
    pass
data_dir = get_env("MYAPP_DATA_DIR", "data")  # ok: PORT390
print(data_dir)


# Saved and put back: not a switch, even though the restoring code tests the saved value.
def with_locale():
    old = os.environ.get("MYAPP_SAVED")  # ok: PORT390
    os.environ["MYAPP_SAVED"] = "C"
    try:
        pass
    finally:
        if old is None:
            del os.environ["MYAPP_SAVED"]
        else:
            os.environ["MYAPP_SAVED"] = old


def cache_enabled():
    """Whether to cache; set MYAPP_NO_CACHE=1 in the environment to turn caching off."""
    return not os.environ.get("MYAPP_NO_CACHE")  # ok: PORT390


# The name held in a module constant; `global` declares it without rebinding it.
SOCKET_FD_VAR = "MYAPP_SOCKET_FD"


def inherited_socket():
    global SOCKET_FD_VAR
    if SOCKET_FD_VAR in os.environ:  # expect: PORT390
        return int(os.environ[SOCKET_FD_VAR])  # expect: PORT390
    return None
