# PORT204 hardcoded-etc-path: configuration and system files under /etc.
import argparse
import logging
import os
import ssl

from oslo_config import cfg

LOG = logging.getLogger(__name__)

DEFAULT_CONFIG = "/etc/nova/nova.conf"  # expect: PORT204

opts = [
    cfg.StrOpt("rootwrap_config", default="/etc/nova/rootwrap.conf",  # expect: PORT204
               help="Path to the rootwrap configuration, usually /etc/nova/rootwrap.conf"),  # ok: PORT204
    cfg.StrOpt("state_path", default=os.path.dirname(__file__),
               sample_default="/etc/nova/state"),  # ok: PORT204
]


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config-file", default="/etc/nova/nova.conf")  # expect: PORT204
    return parser.parse_args()


def load_policy():
    with open(os.path.join("/etc/nova", "policy.yaml")) as f:  # expect: PORT204, PORT801
        return f.read()


def local_zone():
    with open("/etc/timezone") as f:  # expect: PORT204, PORT801
        return f.read().strip()


def hosts():
    return open("/etc/hosts").readlines()  # expect: PORT204, PORT801


def ca_bundle():
    return "/etc/ssl/certs/ca-certificates.crt"  # expect: PORT204


def distro_files():
    # Linux distribution files are PORT101/PORT106 territory, never both families.
    mtab = open("/etc/mtab").read()  # expect: PORT101
    release = open("/etc/os-release").read()  # expect: PORT106
    return mtab, release


def messages():
    """Reads its settings from /etc/nova/nova.conf."""  # ok: PORT204
    LOG.warning("falling back to /etc/nova/nova.conf")  # ok: PORT204


def comparison(path):
    return path.startswith("/etc/")  # ok: PORT204


def routes(mapper):
    mapper.connect("/etcd/keys/{id}", controller="keys")  # ok: PORT204


def portable():
    return ssl.get_default_verify_paths().cafile  # ok: PORT204


class BaseClient(object):
    # Candidate CA bundles, searched in turn: one ':'-separated list of paths.
    DEFAULT_CA_FILE_PATH = ('/etc/ssl/certs/ca-certificates.crt:'  # expect: PORT204
                            '/etc/pki/tls/certs/ca-bundle.crt:'
                            '/etc/ssl/cert.pem')

    def ca_file(self):
        for ca in self.DEFAULT_CA_FILE_PATH.split(":"):
            if os.path.exists(ca):
                return ca
        return None


CA_CANDIDATES = ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt")  # expect: PORT204
NOT_A_LIST = "/etc/nova:rw"  # ok: PORT204
