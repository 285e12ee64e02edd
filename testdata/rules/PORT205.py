# PORT205 hardcoded-var-path: state, log, cache and runtime directories under /var.
import logging
import logging.handlers
import os
import shutil
import subprocess
import sys

from oslo_concurrency import processutils
from oslo_config import cfg

LOG = logging.getLogger(__name__)

opts = [
    cfg.StrOpt("state_path", default="/var/lib/nova",  # expect: PORT205
               help="Top-level directory for state, e.g. /var/lib/nova"),  # ok: PORT205
    cfg.StrOpt("instances_path", default="$state_path/instances"),  # ok: PORT205
]

LOG_DIR = "/var/log/nova"  # expect: PORT205
PID_FILE = "/var/run/nova/nova-api.pid"  # expect: PORT205


def image_cache(image_id):
    return os.path.join("/var/cache/nova/images", image_id)  # expect: PORT205


def setup_logging():
    handler = logging.handlers.WatchedFileHandler("/var/log/nova/nova-api.log")  # expect: PORT205
    LOG.addHandler(handler)


def lock_file(name):
    return f"/var/lock/nova-{name}"  # expect: PORT205


def spool():
    return os.listdir("/var/spool/nova")  # expect: PORT205


def tmp_is_not_var():
    return "/var/tmp/nova"  # expect: PORT201


def messages():
    """Keeps instance state under /var/lib/nova."""  # ok: PORT205
    LOG.error("cannot create /var/lib/nova/instances")  # ok: PORT205


def comparison(path):
    return path.startswith("/var/lib/")  # ok: PORT205


def routes(mapper):
    mapper.connect("/variables/{id}", controller="variables")  # ok: PORT205


def start_daemon(name):
    # The program is given the path as the value of a `key=/path` word, also in a list kept first.
    subprocess.check_call(["daemon", "--pidfile=/var/run/nova/%s.pid" % name])  # expect: PORT205
    cmd = ["daemon", "--log-file=/var/log/nova/daemon.log"]  # expect: PORT205
    processutils.execute(*cmd)
    # A search path is PORT210's.
    subprocess.check_call(["env", "PATH=/var/lib/nova/bin:/usr/bin", "daemon"])  # ok: PORT205  # expect: PORT502


def system_log():
    # Every way without the files fails: each check states a requirement, as the uses do.
    if os.path.exists("/var/log/syslog"):  # expect: PORT205
        log_file = "/var/log/syslog"  # expect: PORT205
    elif os.path.exists("/var/log/messages"):  # expect: PORT205
        log_file = "/var/log/messages"  # expect: PORT205
    else:
        sys.exit("no system log")
    return log_file


def required_log():
    if not os.path.isfile("/var/log/messages"):  # expect: PORT205
        raise RuntimeError("no system log")
    return open("/var/log/messages", encoding="utf-8").read()  # expect: PORT205


def optional_log():
    if os.path.exists("/var/log/syslog"):
        return "/var/log/syslog"  # ok: PORT205
    return None


def eject_tool():
    # Looking a program up and raising when none is there is how a tool is run portably.
    if shutil.which("eject"):
        return "eject"
    elif shutil.which("/var/lib/udev/cdrom_id"):
        return "/var/lib/udev/cdrom_id"  # ok: PORT205
    else:
        raise RuntimeError("no eject command")


def pid_files(server):
    # The check names the same hard-coded location: it is shown with the finding ("also at").
    if os.path.exists("/var/run/myservice/%s.pid" % server):
        return ["/var/run/myservice/%s.pid" % server]  # expect: PORT205
    return []
