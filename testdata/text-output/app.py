"""Text output: code frames under tabs, UTF-8 and multi-line ranges (tests/text_output_test.sh)."""
import os
import subprocess


def mounts():
    with open("/etc/mtab") as f:
        return f.read()


def quiet(path=None):
    return path or "/dev/null"


def report():
	label = "Größe 日本"; size = os.statvfs("/")
	return label, size


def build(target):
    return subprocess.run(
        ["make",
         "-C", target,
         "install"],
        check=True,
    )


def load(name):
    with open(
        name,
        "r",
    ) as f:
        return f.read()


def head(name):
    return open(name,
                "r").readline()
