# PORT201 with --fix --unsafe-fixes: values stored for others to read get the unsafe fix; a
# setting's documented default and a mount point are never rewritten.
import argparse

from oslo_config import cfg

SCRATCH = "/tmp"
MOUNTS = {"mountpoint": "/tmp", "scratch": "/tmp"}

opts = [
    cfg.StrOpt("tempdir", default="/tmp", help="Where to put scratch files."),
]


class Builder:
    workdir = "/tmp"

    def build(self, target="/tmp"):
        return target


def parser():
    p = argparse.ArgumentParser()
    p.add_argument("--scratch", default="/tmp")
    return p
