# PORT801 open-without-encoding: text-mode opens that leave the encoding to the locale.
import gzip
import io
import os
import tempfile
from pathlib import Path

CONFIG = Path("settings") / "app.json"


def read_config(path, mode):
    with open(path) as f:  # expect: PORT801
        text = f.read()
    with open(path, "r") as f:  # expect: PORT801
        text += f.read()
    with io.open(path, mode="a") as f:  # expect: PORT801
        f.write(text)
    with open(path, "rb") as f:  # ok: PORT801
        data = f.read()
    with open(path, "w", encoding="utf-8") as f:  # ok: PORT801
        f.write(text)
    with open(path, "r", 1, "utf-8") as f:  # ok: PORT801
        text = f.read()
    with open(path, mode) as f:  # ok: PORT801
        text = f.read()
    with open(path, **{"encoding": "utf-8"}) as f:  # ok: PORT801
        text = f.read()
    return text, data


def streams(fd, raw):
    out = os.fdopen(fd, "w")  # expect: PORT801
    wrapped = io.TextIOWrapper(raw)  # expect: PORT801
    scratch = tempfile.NamedTemporaryFile("w+")  # expect: PORT801
    binary = tempfile.NamedTemporaryFile()  # ok: PORT801
    packed = gzip.open("data.gz", "rt")  # expect: PORT801
    packed_bytes = gzip.open("data.gz", "w")  # ok: PORT801
    return out, wrapped, scratch, binary, packed, packed_bytes


def paths(name, anything):
    text = Path(name).read_text()  # expect: PORT801
    Path(name).write_text(text)  # expect: PORT801
    CONFIG.write_text(text, "utf-8")  # ok: PORT801
    with CONFIG.open() as f:  # expect: PORT801
        text = f.read()
    with CONFIG.open("rb") as f:  # ok: PORT801
        f.read()
    with anything.open() as f:  # ok: PORT801
        text = f.read()
    return anything.read_text()  # ok: PORT801


def encoding_does_not_matter(path):
    sink = open(os.devnull, "w")  # ok: PORT801
    open(path, "a").close()  # ok: PORT801
    return sink
