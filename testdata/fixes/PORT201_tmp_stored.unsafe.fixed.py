# PORT201 with --fix --unsafe-fixes: values stored for others to read get the unsafe fix; a
# setting's documented default and a mount point are never rewritten.
import argparse
import tempfile

from oslo_config import cfg

SCRATCH = tempfile.gettempdir()
MOUNTS = {"mountpoint": "/tmp", "scratch": tempfile.gettempdir()}

opts = [
    cfg.StrOpt("tempdir", default="/tmp", help="Where to put scratch files."),
]


class Builder:
    workdir = tempfile.gettempdir()

    def build(self, target=tempfile.gettempdir()):
        return target


def parser():
    p = argparse.ArgumentParser()
    p.add_argument("--scratch", default="/tmp")
    return p
