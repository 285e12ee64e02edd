# PORT703 cert-none: certificate or host-name checks turned off.
import socket
import ssl
from ssl import CERT_NONE

import urllib3


def client_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # expect: PORT703
    ctx.verify_mode = ssl.CERT_NONE  # expect: PORT703
    return ctx


def strict_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = True  # ok: PORT703
    ctx.verify_mode = ssl.CERT_REQUIRED  # ok: PORT703
    return ctx


def wrap(sock, host):
    a = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)  # expect: PORT703
    b = ssl.wrap_socket(sock)  # expect: PORT703
    c = ssl.wrap_socket(sock, server_side=True, certfile="server.pem")  # ok: PORT703
    d = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs="ca.pem")  # ok: PORT703
    return a, b, c, d


def pools():
    pool = urllib3.PoolManager(cert_reqs=CERT_NONE)  # expect: PORT703
    other = urllib3.PoolManager(assert_hostname=False)  # expect: PORT703
    return pool, other


def connect(host, cert_reqs=ssl.CERT_NONE):  # expect: PORT703
    options = {"cert_reqs": ssl.CERT_NONE}  # expect: PORT703
    return socket.create_connection((host, 443)), options


def inspect(ctx, conf):
    if ctx.verify_mode == ssl.CERT_NONE:  # ok: PORT703
        raise ValueError("refusing to use CERT_NONE")  # ok: PORT703
    return ssl.CERT_NONE if conf.insecure else ssl.CERT_REQUIRED  # ok: PORT703


def transport_context(server_hostname):
    ctx = ssl.create_default_context()
    if not server_hostname:
        ctx.check_hostname = False  # ok: PORT703  # expect: PORT705
    return ctx


def tuned_context(tls_min_version, tls_ciphers):
    # A condition about TLS versions and ciphers is no choice about verification.
    if tls_min_version or tls_ciphers:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False  # expect: PORT703
        ctx.verify_mode = ssl.CERT_NONE  # expect: PORT703
        return ctx
    return None


class CompatContext:
    def __init__(self):
        self.check_hostname = False  # ok: PORT703
        self.verify_mode = ssl.CERT_NONE  # ok: PORT703


def curl_options(curl):
    import pycurl
    curl.setopt(pycurl.SSL_VERIFYHOST, 0)  # expect: PORT703
    curl.setopt(pycurl.SSL_VERIFYHOST, 2)  # ok: PORT703


class SessionTest:
    def test_verification_disabled(self, adapter):
        # The value the test expects the code under test to have set: no decision of its own.
        self.assertEqual(ssl.CERT_NONE, adapter.ssl_context.verify_mode)  # ok: PORT703
        adapter.init_poolmanager(1, 1, ssl.CERT_NONE)  # expect: PORT703
