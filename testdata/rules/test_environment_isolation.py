# PORT320 in a test module: unsetting a variable shields the test from whoever runs it; setting
# one still steers every library of the test process.
import os

import fixtures
import testtools


class ProxyFreeTest(testtools.TestCase):
    def setUp(self):
        super().setUp()
        self.useFixture(fixtures.EnvironmentVariable("http_proxy"))  # ok: PORT320
        self.useFixture(fixtures.EnvironmentVariable("https_proxy", None))  # ok: PORT320
        self.useFixture(fixtures.EnvironmentVariable("REQUESTS_CA_BUNDLE", "/tmp/ca.pem"))  # expect: PORT320


def test_no_ca_bundle(monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)  # ok: PORT320
    monkeypatch.setenv("TZ", "UTC")  # expect: PORT320


def test_unset_directly():
    os.environ.pop("no_proxy", None)  # ok: PORT320
