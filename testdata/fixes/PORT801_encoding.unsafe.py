# PORT801: text-mode opens get `encoding="utf-8"` as their last argument (an unsafe fix), in the
# quote style of the call's own strings; trailing commas, comments and empty argument lists stay
# well-formed. Binary modes, explicit encodings and unknown modes are left alone.
import io
from pathlib import Path


def read(path):
    with open(path) as f:
        return f.read()


def write(path, text):
    with open(path, 'w') as f:
        f.write(text)


def append(path, text):
    with io.open(
        path,
        "a",
    ) as f:
        f.write(text)


def commented(path):
    return open(path, "r"  # read it
                ).read()


def empty_arguments(name):
    return Path(name).read_text()


def write_text(name, text):
    Path(name).write_text(text)


def untouched(path, mode):
    with open(path, "rb") as f:
        data = f.read()
    with open(path, mode) as f:
        data += f.read()
    with open(path, encoding="latin-1") as f:
        data += f.read()
    return data
