# PORT801 open-without-encoding: text-mode opens that leave the encoding to the locale.
import gzip
import hashlib
import io
import json
import os
import tempfile
import textwrap
import unittest
import uuid
from pathlib import Path
from unittest import mock

import yaml
from oslo_serialization import jsonutils

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


def touch_and_lock(path, lock_path):
    import fcntl  # expect: PORT401

    with open(path, "a"):  # ok: PORT801
        pass
    with open(path, "w") as empty:  # ok: PORT801
        pass
    lock = open(lock_path, "w")  # ok: PORT801
    fcntl.flock(lock, fcntl.LOCK_EX)
    os.fsync(lock.fileno())
    lock.close()
    return empty.closed


def child_streams(log_path, input_path, cmd):
    import subprocess

    # The child reads and writes the descriptors itself: nothing passes through the text layer.
    with open(log_path, "w") as log:  # ok: PORT801
        subprocess.run(cmd, stdout=log, stderr=log)
    with open(input_path) as source:  # ok: PORT801
        subprocess.run(cmd, stdin=source)
    with open(log_path, "w") as log:  # expect: PORT801
        subprocess.run(cmd, stdout=log)
        log.write(cmd[0])


def ascii_by_construction(pid_file, state_file, digest, count):
    with open(pid_file, "w") as f:  # ok: PORT801
        f.write(str(os.getpid()))
    with open(pid_file, "w") as f:  # ok: PORT801
        f.write("%d\n" % os.getpid())
    with open(state_file, "w") as f:  # ok: PORT801
        json.dump({"count": count}, f)
    with open(state_file, "w") as f:  # ok: PORT801
        f.write("1")
        f.write(hashlib.sha256(digest).hexdigest())
        f.write(f"{len(digest)}\n")
    with open(state_file, "w") as f:  # ok: PORT801
        f.write("=" * 40)
        f.write(textwrap.dedent("""
            [section]
            key = value
        """).strip())
    with open(state_file, "w") as f:  # ok: PORT801
        yaml.safe_dump({"count": count}, f)
    marker = str(uuid.uuid1())
    with open(state_file, "w") as f:  # ok: PORT801
        f.write(marker)
        f.write(uuid.uuid4().hex)
    with open(state_file, "w") as f:  # expect: PORT801
        f.write(str(uuid.UUID(digest)) + digest)
    with open(state_file, "w") as f:  # ok: PORT801
        jsonutils.dump({"count": count}, f)
    Path(pid_file).write_text(str(os.getpid()))  # ok: PORT801
    open(pid_file, "w").write(json.dumps(count))  # ok: PORT801


def numbers_read(pid_file):
    with open(pid_file) as f:  # ok: PORT801
        pid = int(f.read().strip())
    size = float(open(pid_file).readline())  # ok: PORT801
    count = int(Path(pid_file).read_text())  # ok: PORT801
    with open(pid_file) as f:  # ok: PORT801
        pid_text = f.readline()
    return pid, size, count, int(pid_text.strip())


class ReadBack(unittest.TestCase):
    # Text read back only to be compared with ASCII text: other bytes fail the test on Linux too.
    def test_compared(self, path, expected):
        with open(path) as f:  # ok: PORT801
            self.assertEqual("cert text", f.read())
        with open(path, "rt") as f:  # ok: PORT801
            assert f.read().strip() == "1"
        self.assertEqual(Path(path).read_text(), "done\n")  # ok: PORT801
        with open(path) as f:  # expect: PORT801
            self.assertEqual(expected, f.read())
        with open(path) as f:  # expect: PORT801
            self.assertNotEqual("failure", f.read())
        with open(path) as f:  # expect: PORT801
            self.assertIn("cert", f.read())


SYS = "/sys"  # expect: PORT104


def kernel_files(base, device):
    # Windows has no /proc or /sys: the open fails there before the encoding could matter (PORT1xx).
    with open(os.path.join(SYS, "block", device, "size")) as f:  # ok: PORT801
        size = f.read()
    with open("/proc/%d/status" % os.getpid()) as f:  # ok: PORT801  # expect: PORT103
        status = f.read()
    with open(os.path.join(base, device)) as f:  # expect: PORT801
        return size, status, f.read()


class MockedOpen(unittest.TestCase):
    # With this module's `open` (or the builtin) patched, `open()` here opens no file.
    @mock.patch("%s.open" % __name__, new=mock.mock_open(), create=True)
    def test_patched_by_decorator(self):
        with open("/whatever/target", "w") as f:  # ok: PORT801
            f.write(self.id())

    def test_patched_by_with(self):
        with mock.patch("builtins.open", mock.mock_open(read_data="x")):
            with open("settings.ini") as f:  # ok: PORT801
                return f.read()

    def test_other_module_patched(self):
        with mock.patch("ironic.common.image_service.open", mock.mock_open()):
            with open("settings.ini") as f:  # expect: PORT801
                return f.read()


def numeric_conversions(pid_file, pid, values):
    with open(pid_file, "w") as f:  # ok: PORT801
        f.write("%d\n" % pid)
        f.write("%-8.3f %x\n" % (pid, values))
        f.write("%(pid)05d %%\n" % values)
        f.write("%*d %s\n" % (values, pid, "ok"))


def text_that_may_not_be_ascii(path, text, count):
    with open(path, "w") as f:  # expect: PORT801
        f.write(str(count))
        f.write(text)
    with open(path, "w") as f:  # expect: PORT801
        json.dump(text, f, ensure_ascii=False)
    with open(path, "w") as f:  # expect: PORT801
        yaml.dump(text, f, allow_unicode=True)
    with open(path, "w") as f:  # expect: PORT801
        f.write(text * 2)
    with open(path, "w") as f:  # expect: PORT801
        f.write("%s\n" % text)
    with open(path, "w") as f:  # expect: PORT801
        f.write(f"{text}\n")
    with open(path, "w") as f:  # expect: PORT801
        f.write("caf\u00e9")
    with open(path) as f:  # expect: PORT801
        pid = int(f.read())
        rest = f.read()
    collected = ""
    collected += text
    with open(path, "w") as f:  # expect: PORT801
        f.write(collected)
    handle = open(path, "w")  # expect: PORT801
    handle.close()
    with open(path, "w") as f:  # expect: PORT801
        f.write("%d %s\n" % (count, text))
    with open(path, "w") as f:  # expect: PORT801
        f.write("%(name)s\n" % count)
    with open(path, "w") as f:  # expect: PORT801
        f.write("%c" % 233)
    with open(path) as f:  # expect: PORT801
        line = f.readline()
    return handle, pid, rest, int(line), line


def write_file(filename, content, omode="wb"):
    if "b" in omode.lower():
        content = content.encode()
    with open(filename, omode) as fh:  # expect: PORT801
        fh.write(content)


def load(path, mode="r"):
    with open(path, mode) as f:  # expect: PORT801
        return f.read()


def load_binary(path, mode="rb"):
    with open(path, mode) as f:  # ok: PORT801
        return f.read()


def load_normalised(path, mode="r"):
    if mode in ("", "r"):
        mode = "rb"
    with open(path, mode) as f:  # ok: PORT801
        return f.read()


def load_packed(path, mode="r"):
    if "b" not in mode:
        pass
    return gzip.open(path, mode)  # ok: PORT801


def marker_handles(paths):
    handles = []
    for path in paths:
        handles.append(open(path, "w"))  # ok: PORT801
    for handle in handles:
        os.fsync(handle.fileno())
        handle.close()


def handles_written(paths, text):
    handles = []
    for path in paths:
        handles.append(open(path, "w"))  # expect: PORT801
    for handle in handles:
        handle.write(text)


def handles_returned(paths):
    handles = []
    handles.append(open(paths[0], "w"))  # expect: PORT801
    return handles
