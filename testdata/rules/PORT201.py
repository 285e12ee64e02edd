# PORT201 hardcoded-temp-dir: /tmp and /var/tmp used as file-system paths.
import argparse
import logging
import os
import os.path
import shutil
import tempfile
from pathlib import Path

from oslo_config import cfg

LOG = logging.getLogger(__name__)

TMP_DIR = "/tmp"  # expect: PORT201
LOCK_PATH = "/var/tmp/nova/locks"  # expect: PORT201

opts = [
    cfg.StrOpt("lock_path", default="/tmp/nova-locks",  # expect: PORT201
               help="Directory for lock files, e.g. /tmp/nova"),  # ok: PORT201
    cfg.StrOpt("tempdir", default=tempfile.gettempdir(),  # ok: PORT201
               help="Where images are staged before upload"),
]


def build_image(image_id):
    """Stage the image in /tmp before conversion."""  # ok: PORT201
    workdir = os.path.join("/tmp", "nova-build", image_id)  # expect: PORT201
    os.makedirs(workdir, exist_ok=True)
    LOG.debug("staging %s in /tmp/nova-build", image_id)  # ok: PORT201
    return workdir


def write_pid():
    with open("/tmp/nova-compute.pid", "w") as f:  # expect: PORT201  # ok: PORT801
        f.write(str(os.getpid()))


def snapshot_path(instance_uuid):
    return f"/tmp/snapshots/{instance_uuid}.qcow2"  # expect: PORT201


def cleanup():
    shutil.rmtree(Path("/var/tmp") / "glance-cache", ignore_errors=True)  # expect: PORT201


def is_temporary(path):
    return path.startswith("/tmp/")  # ok: PORT201


def compare(path):
    return path == "/tmp"  # ok: PORT201


def portable():
    return tempfile.mkdtemp(prefix="nova-build-")  # ok: PORT201


def routes(mapper):
    mapper.connect("/tmpl/{id}", controller="templates")  # ok: PORT201


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scratch", default="/tmp/scratch")  # expect: PORT201
    parser.add_argument("--out", help="output directory (default: /tmp)")  # ok: PORT201
    return parser.parse_args()


def fail():
    raise IOError("cannot write to /tmp/nova.lock")  # ok: PORT201


def staging_option(cfg):
    return cfg.StrOpt("node_staging_uri", default="file:///tmp/staging/")  # expect: PORT201


REMOTE_STAGING = "file://tmp/staging/"  # ok: PORT201
