# PORT320 environment-write-steers-library: writing the environment to reconfigure libraries.
import os
import subprocess
from os import environ as env
from unittest import mock

import fixtures
import pytest
import testtools


def disable_verification():
    os.environ["PYTHONHTTPSVERIFY"] = "0"  # expect: PORT320


def trust_bundle(path):
    env.update({"REQUESTS_CA_BUNDLE": path, "NOVA_CA": path})  # expect: PORT320


def utc():
    os.environ.setdefault("TZ", "UTC")  # expect: PORT320


def no_proxies():
    os.environ.pop("http_proxy", None)  # expect: PORT320
    # expect: PORT320
    del os.environ["HTTPS_PROXY"]


def preload(path):
    os.putenv("LD_PRELOAD", path)  # expect: PORT320


def keyword_update(path):
    os.environ.update(SSL_CERT_FILE=path)  # expect: PORT320


def reset_locale():
    os.unsetenv("LC_ALL")  # expect: PORT320


class TestNova(testtools.TestCase):
    def setUp(self):
        super().setUp()
        # Nova's tests needed EVENTLET_NO_GREENDNS to pass: now the dependency is visible.
        self.useFixture(fixtures.EnvironmentVariable("EVENTLET_NO_GREENDNS", "yes"))  # expect: PORT320
        self.useFixture(fixtures.EnvironmentVariable("OS_DEBUG", "1"))  # ok: PORT320

    @mock.patch.dict(os.environ, {"SSL_CERT_DIR": "certs"})  # expect: PORT320
    def test_certs(self):
        pass


def test_tmpdir(monkeypatch, tmp_path):
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # expect: PORT320
    monkeypatch.delenv("PYTHONWARNINGS", raising=False)  # expect: PORT320


def test_context():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OMP_NUM_THREADS", "1")  # expect: PORT320


def reads_are_not_writes():
    # expect: PORT304
    return os.environ.get("TZ")  # ok: PORT320


def child_process(cmd):
    # Configuring a child process is the portable alternative.
    child = os.environ.copy()
    child["TZ"] = "UTC"  # ok: PORT320
    # The child's locale is POSIX-only in effect (PORT321), not a write of the process environment.
    # expect: PORT321
    return subprocess.run(cmd, env={**os.environ, "LC_ALL": "C"})  # ok: PORT320


def application_variable():
    os.environ["NOVA_DEBUG"] = "1"  # ok: PORT320
