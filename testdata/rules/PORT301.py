# PORT301 tls-trust-environment: reading the variables that decide which certificates are trusted.
import logging
import os
import ssl
from os import environ as env
from os import getenv

import requests

LOG = logging.getLogger(__name__)

CA_BUNDLE_VAR = "REQUESTS_CA_BUNDLE"


def glance_session(conf):
    session = requests.Session()
    session.verify = os.environ.get("REQUESTS_CA_BUNDLE", True)  # expect: PORT301
    return session


def nova_ssl_context():
    cafile = os.environ["SSL_CERT_FILE"]  # expect: PORT301
    capath = getenv("SSL_CERT_DIR")  # expect: PORT301
    return ssl.create_default_context(cafile=cafile, capath=capath)


def https_verification_disabled():
    # The RHEL/CentOS switch of PEP 493; upstream CPython ignores it.
    return env.get("PYTHONHTTPSVERIFY", "1") == "0"  # expect: PORT301


def bundle_from_constant():
    return os.environ.get(CA_BUNDLE_VAR)  # expect: PORT301


def has_curl_bundle():
    # expect: PORT301
    if "CURL_CA_BUNDLE" in os.environ:
        return True
    return False


def keylog_enabled():
    return os.getenv("SSLKEYLOGFILE") is not None  # expect: PORT301


def wrong_case():
    return os.environ.get("ssl_cert_file")  # expect: PORT301, PORT312


def explicit_configuration(conf):
    ctx = ssl.create_default_context(cafile=conf.ca_file)  # ok: PORT301
    config = {"SSL_CERT_FILE": conf.ca_file}  # ok: PORT301
    bundle = config["SSL_CERT_FILE"]  # ok: PORT301
    LOG.info("set SSL_CERT_FILE to change the CA bundle")  # ok: PORT301
    SSL_CERT_FILE = conf.ca_file  # ok: PORT301
    return ctx, bundle, SSL_CERT_FILE


def application_variable():
    return os.environ.get("NOVA_CA_FILE")  # ok: PORT301


def request_environ(request):
    # A WSGI environ, not the process environment.
    return request.environ.get("SSL_CERT_FILE")  # ok: PORT301


def child_process_environment():
    child = os.environ.copy()
    return child.get("SSL_CERT_FILE")  # ok: PORT301
