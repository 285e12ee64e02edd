# PORT201: a literal "/tmp" becomes tempfile.gettempdir(); `import tempfile` is added after the
# existing import block, once. Paths below /tmp, f-strings, bytes and /var/tmp have no fix.
import logging
import os
from pathlib import Path

LOG = logging.getLogger(__name__)

SCRATCH = "/tmp"
WORK_DIRS = ["/tmp", '/tmp']
LOCK_FILE = "/tmp/nova.lock"
STATE = "/var/tmp"


def staging_dir(image_id):
    return os.path.join("/tmp", "nova-build", image_id)


def cache_dir():
    return Path("/tmp") / "glance-cache"


def configure(parser):
    parser.add_argument("--scratch", default="/tmp", help="scratch space (default: /tmp)")


def snapshot(uuid):
    return f"/tmp/{uuid}.qcow2"


def is_temporary(path):
    return path == "/tmp" or path.startswith("/tmp/")
