# PORT201: a literal "/tmp" becomes tempfile.gettempdir(); `import tempfile` is added after the
# existing import block, once. Paths below /tmp, f-strings, bytes and /var/tmp have no fix.
import logging
import os
from pathlib import Path
import tempfile

LOG = logging.getLogger(__name__)

SCRATCH = tempfile.gettempdir()
WORK_DIRS = [tempfile.gettempdir(), tempfile.gettempdir()]
LOCK_FILE = "/tmp/nova.lock"
STATE = "/var/tmp"


def staging_dir(image_id):
    return os.path.join(tempfile.gettempdir(), "nova-build", image_id)


def cache_dir():
    return Path(tempfile.gettempdir()) / "glance-cache"


def configure(parser):
    parser.add_argument("--scratch", default=tempfile.gettempdir(), help="scratch space (default: /tmp)")


def snapshot(uuid):
    return f"/tmp/{uuid}.qcow2"


def is_temporary(path):
    return path == "/tmp" or path.startswith("/tmp/")
