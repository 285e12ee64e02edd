# PORT705 tls-verify-configurable: verification that an option, attribute or keyword can turn off.
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
