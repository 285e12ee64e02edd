# PORT705 tls-verify-configurable: verification that an option, attribute or keyword can turn off.
import ssl

import requests
from keystoneauth1 import session as ks_session
from oslo_config import cfg
from oslo_utils import strutils

CONF = cfg.CONF


def from_options(url, conf, options):
    requests.get(url, verify=not conf.insecure)  # expect: PORT705
    requests.get(url, verify=not CONF.glance.api_insecure)  # expect: PORT705
    requests.get(url, verify=CONF.ironic.verify_ssl)  # expect: PORT705
    ks_session.Session(insecure=CONF.keystone.api_insecure)  # expect: PORT705
    make_client(insecure=options.insecure)  # expect: PORT705
    requests.get(url, verify=strutils.bool_from_string(CONF.webserver_verify_ca))  # expect: PORT705
    # A CA bundle's path is no switch, nor is a value passed through unchanged.
    requests.get(url, verify=conf.ca_file)  # ok: PORT705
    requests.get(url, verify=CONF.glance.cafile)  # ok: PORT705
    make_client(insecure=options.timeout)  # ok: PORT705
    return requests.get(url, verify=True)  # ok: PORT705


def from_keyword(url, ca_file=None, insecure=False, verify=True):
    cacerts = ca_file if ca_file else not insecure
    requests.get(url, verify=cacerts)  # expect: PORT705
    requests.get(url, verify=verify)  # ok: PORT705
    make_client(insecure=insecure)  # ok: PORT705


def from_branch(url, conf):
    if not conf.ssl_cert_verify:
        verify = False
    else:
        verify = conf.ca_path or True
    session = requests.Session()
    session.request("GET", url, verify=verify)  # expect: PORT705


class Driver:
    def __init__(self, configuration, ssl_cert_verify=True, ssl_cert_path=None):
        self.ssl_verify = configuration.macrosan_ssl_cert_verify
        self.timeout = configuration.timeout
        if ssl_cert_verify:
            self.cert = ssl_cert_path or True
        else:
            self.cert = False
        self.session = requests.Session()
        self.session.verify = self.ssl_verify  # expect: PORT705
        self.session.verify = self.timeout  # ok: PORT705

    def call(self, url, kwargs):
        requests.get(url, verify=self.ssl_verify)  # expect: PORT705
        requests.get(url, verify=self.cert)  # expect: PORT705
        kwargs["verify"] = self.ssl_verify  # expect: PORT705
        kwargs["timeout"] = self.ssl_verify  # ok: PORT705


def by_protocol(url, conf, protocol):
    if protocol == "https":
        if not conf.zadara_ssl_cert_verify:
            verify = False
        else:
            verify = True
    else:
        verify = False
    return requests.get(url, verify=verify)  # expect: PORT705


class VMwareSession(Driver):
    def __init__(self, insecure=CONF.vmware.insecure, cacert=CONF.vmware.ca_file):
        super().__init__(None, insecure=insecure, cacert=cacert)  # expect: PORT705


def make_client(insecure=False):
    return insecure


# Verification turned off on a branch of an `if` about verification: the condition is the switch.
class HTTPSClientAuthConnection:
    def connect(self, sock):
        if self.insecure is True:
            self.sock = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)  # expect: PORT705
        else:
            self.sock = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED)  # ok: PORT705


def vnx_context(configuration):
    if configuration.emc_ssl_cert_verify:
        context = ssl.create_default_context(capath=configuration.emc_ssl_cert_path)  # ok: PORT705
    else:
        context = ssl.create_default_context()
        context.check_hostname = False  # expect: PORT705
        context.verify_mode = ssl.CERT_NONE  # expect: PORT705
    return context


def explicit_option(url, args, session):
    if args.insecure:
        session.verify = False  # expect: PORT705
        return requests.get(url, verify=False)  # expect: PORT705
    if args.retries:
        return requests.get(url, verify=False)  # ok: PORT705  # expect: PORT701
    return None


class QuobyteJsonRpc:
    def __init__(self, url, ca_file=None):
        self._url = url
        self._ca_file = ca_file
        if not self._ca_file:
            self._ca_file = False

    def call(self, payload):
        return requests.post(self._url, json=payload, verify=self._ca_file)  # expect: PORT705


class KeystoneStrategy:
    def __init__(self, creds, insecure=False):
        self.creds = creds
        self.insecure = insecure

    def request(self, url):
        import httplib2
        conn = httplib2.Http()
        conn.disable_ssl_certificate_validation = self.insecure  # expect: PORT705
        conn.disable_ssl_certificate_validation = self.creds  # ok: PORT705
        return conn.request(url)


def image_client(endpoint, token, insecure=False, timeout=None):
    import glanceclient
    return glanceclient.Client("2", endpoint, token=token, insecure=insecure)  # expect: PORT705


def forwards(insecure=False):
    return make_client(insecure=insecure)  # ok: PORT705


class GatheredKeywords:
    def __init__(self, insecure=False):
        self.insecure = insecure

    def connect_kwargs(self):
        connect_kwargs = {}
        connect_kwargs["insecure"] = self.insecure  # expect: PORT705
        connect_kwargs["insecure"] = True  # expect: PORT701
        connect_kwargs["timeout"] = self.insecure  # ok: PORT705
        return connect_kwargs


def ansible_module(module, url):
    validate = module.params["validate_certs"]
    requests.get(url, verify=validate)  # expect: PORT705
    requests.get(url, verify=module.params["checksum"])  # ok: PORT705


def command_line(argv):
    import argparse
    parser = argparse.ArgumentParser()
    # The use below is the finding; this definition is its related location.
    parser.add_argument("-k", "--insecure", dest="insecure", action="store_true")  # ok: PORT705
    options = parser.parse_args(argv)
    return make_client(insecure=options.insecure)  # expect: PORT705


from glance.common import client as base_client  # noqa: E402


class CacheClient(base_client.BaseClient):
    pass


def cache_client(host, insecure=False):
    return CacheClient(host=host, insecure=insecure)  # expect: PORT705
