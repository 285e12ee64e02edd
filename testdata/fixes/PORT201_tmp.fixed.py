# PORT201 with --fix: a literal "/tmp" used on the spot in a function body becomes
# tempfile.gettempdir(); `import tempfile` is added once. Stored values (SCRATCH, WORK_DIRS) have
# only an unsafe fix (see PORT201_tmp_stored.unsafe.py), a setting's default none at all; paths
# below /tmp, f-strings, bytes and /var/tmp have no fix.
import logging
import os
import tempfile
from pathlib import Path

LOG = logging.getLogger(__name__)

SCRATCH = "/tmp"
WORK_DIRS = ["/tmp", '/tmp']
LOCK_FILE = "/tmp/nova.lock"
STATE = "/var/tmp"


def staging_dir(image_id):
    return os.path.join(tempfile.gettempdir(), "nova-build", image_id)


def cache_dir():
    return Path(tempfile.gettempdir()) / "glance-cache"


def configure(parser):
    parser.add_argument("--scratch", default="/tmp", help="scratch space (default: /tmp)")


def snapshot(uuid):
    return f"/tmp/{uuid}.qcow2"


def is_temporary(path):
    return path == "/tmp" or path.startswith("/tmp/")
