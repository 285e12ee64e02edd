# PORT813 named-temporary-file-reopened: the name of an open NamedTemporaryFile given to a call.
import os
import subprocess
import tempfile
from unittest import mock

import console_utils


def run_tool(config_text):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".ini") as conf:  # expect: PORT813
        conf.write(config_text)
        conf.flush()
        subprocess.check_call(["tool", "--config", conf.name])


def read_back(data):
    tmp = tempfile.NamedTemporaryFile()  # expect: PORT813
    tmp.write(data)
    tmp.flush()
    args = ["--input=%s" % tmp.name]
    return fetch(args)


def through_a_name(data):
    with tempfile.NamedTemporaryFile(mode="wb") as f:  # expect: PORT813
        path = f.name
        f.write(data)
        f.flush()
        with open(path, "rb") as again:
            return again.read()


def kept(data):
    with tempfile.NamedTemporaryFile("wb", delete=False) as f:  # ok: PORT813
        f.write(data)
    try:
        return load(f.name)  # ok: PORT813
    finally:
        os.remove(f.name)


def kept_until_the_end(data):
    with tempfile.NamedTemporaryFile("wb", delete_on_close=False) as f:  # ok: PORT813
        f.write(data)
        f.close()
        return open(f.name, "rb").read()


def closed_first(data):
    tmp = tempfile.NamedTemporaryFile()  # ok: PORT813
    tmp.write(data)
    tmp.close()
    return os.path.exists(tmp.name) or load(tmp.name)


def only_looked_at(data):
    with tempfile.NamedTemporaryFile(suffix=".json") as f:  # ok: PORT813
        f.write(data)
        print("wrote", f.name)
        assert os.path.basename(f.name).endswith(".json")
        return os.path.getsize(f.name)


def fetch(url):
    return url


def load(path):
    return path


def handed_over(image, data):
    tmp = tempfile.NamedTemporaryFile()  # expect: PORT813
    tmp.write(data)
    loc = {"url": "file://%s" % tmp.name}  # expect: PORT212
    image.locations = [loc]
    return image


def links_to_it(data, link):
    with tempfile.NamedTemporaryFile() as f:  # ok: PORT813
        f.write(data)
        os.symlink(f.name, link)  # expect: PORT804
        return os.readlink(link)


class LoaderTest:
    # A file kept in the test case and opened in setUp stays open while every test runs.
    def setUp(self):
        self.config = tempfile.NamedTemporaryFile(mode="w+t")  # expect: PORT813, PORT801
        self.config.write("[app]\n")
        self.config.flush()
        self.loader = load(self.config.name)

    def test_loads(self):
        return self.loader


class StoredConfigTest:
    # Handed to the code under test by another test method, before cleanup closes it.
    def setUp(self):
        self.config_file = tempfile.NamedTemporaryFile("w+", suffix=".xml")  # expect: PORT813, PORT801
        self.config_file.write("<config/>")

    def test_reads_it(self):
        return load(self.config_file.name)

    def tearDown(self):
        self.config_file.close()
        return load(self.config_file.name)


class ClosedInSetUpTest:
    def setUp(self):
        self.data = tempfile.NamedTemporaryFile()  # ok: PORT813
        self.data.write(b"x")
        self.data.close()

    def helper(self):
        return self.data


class OnlyNamedTest:
    def setUp(self):
        self.scratch = tempfile.NamedTemporaryFile()  # ok: PORT813
        self.scratch.write(b"x")

    def test_name(self):
        assert self.scratch.name.endswith("x")
        return os.path.exists(self.scratch.name)


class PatchedOpenTest:
    # The code under test opens the name through an `open` the test replaced: nothing is opened twice.
    @mock.patch.object(console_utils, "open", mock.mock_open(read_data="12345\n"))
    @mock.patch.object(console_utils, "_get_console_pid_file", autospec=True)
    def test_pid(self, mock_pid_file):
        tmp_file = tempfile.NamedTemporaryFile()  # ok: PORT813
        mock_pid_file.return_value = tmp_file.name
        return console_utils.get_pid()

    @mock.patch.object(console_utils, "_get_console_pid_file", autospec=True)
    def test_pid_really_read(self, mock_pid_file):
        tmp_file = tempfile.NamedTemporaryFile()  # expect: PORT813
        mock_pid_file.return_value = tmp_file.name
        return console_utils.get_pid()

    def test_builtins_open_patched(self):
        with mock.patch("builtins.open", mock.mock_open(read_data="x")):
            tmp = tempfile.NamedTemporaryFile()  # ok: PORT813
            return load(tmp.name)
