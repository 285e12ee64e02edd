# PORT701 tls-verify-disabled: HTTP clients told not to verify certificates.
import aiohttp
import httpx
import requests
import urllib3
from keystoneauth1 import session as ks_session

INSECURE = False
CA_BUNDLE = "/etc/pki/ca.pem"  # expect: PORT204


def fetch(url, conf):
    requests.get(url, verify=False)  # expect: PORT701
    requests.post(url, data={}, verify=INSECURE)  # expect: PORT701
    requests.request("GET", url, verify=False)  # expect: PORT701
    requests.Session().get(url, verify=False)  # expect: PORT701
    requests.get(url, verify=True)  # ok: PORT701
    requests.get(url, verify=CA_BUNDLE)  # ok: PORT701
    requests.get(url, verify=conf.verify)  # ok: PORT701  # expect: PORT705
    requests.get(url, verify=not conf.insecure)  # ok: PORT701  # expect: PORT705
    requests.get(url)  # ok: PORT701


def sessions(url, client):
    session = requests.Session()
    session.verify = False  # expect: PORT701
    session.verify = CA_BUNDLE  # ok: PORT701
    client.delete(url, verify=False)  # expect: PORT701
    client.frobnicate(url, verify=False)  # expect: PORT701
    sess = ks_session.Session(auth=None, verify=False)  # expect: PORT701
    kwargs = {}
    kwargs["verify"] = False  # expect: PORT701
    kwargs["timeout"] = False  # ok: PORT701
    return sess, kwargs


def other_clients(url):
    httpx.get(url, verify=False)  # expect: PORT701
    with httpx.Client(verify=False) as client:  # expect: PORT701
        client.get(url)  # ok: PORT701
    pool = urllib3.PoolManager(cert_reqs="CERT_NONE")  # expect: PORT701
    pool2 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED")  # ok: PORT701
    connector = aiohttp.TCPConnector(ssl=False)  # expect: PORT701
    legacy = aiohttp.TCPConnector(verify_ssl=False)  # expect: PORT701
    return pool, pool2, connector, legacy


async def aio(session, url):
    async with session.get(url, ssl=False) as response:  # expect: PORT701
        return await response.text()


def not_http(db):
    db.connect(ssl=False)  # ok: PORT701
    print("never pass verify=False")  # ok: PORT701


def explicit_option(url, args, session):
    if args.insecure:
        session.verify = False  # ok: PORT701  # expect: PORT705
        return requests.get(url, verify=False)  # ok: PORT701  # expect: PORT705
    if args.retries:
        return requests.get(url, verify=False)  # expect: PORT701
    return None


def any_client(endpoint, token, image, mock_client):
    import glanceclient
    from ironicclient import client as ironic_client
    glanceclient.Client("2", endpoint, token=token, insecure=True)  # expect: PORT701
    ironic_client.get_client(1, verify=False)  # expect: PORT701
    make_api(host="array", ssl_verify=False)  # expect: PORT701
    make_api(host="array", verify_ssl=False)  # expect: PORT701
    make_api(host="array", insecure=False)  # ok: PORT701
    # Not a TLS peer: mock assertions, signatures, tokens.
    mock_client.assert_called_once_with(endpoint, verify=False)  # ok: PORT701
    image.verify_signature(token, verify=False)  # ok: PORT701
    jwt_decode(token, verify=False)  # ok: PORT701


def make_api(**kwargs):
    return kwargs


def jwt_decode(token, verify=True):
    return token, verify


def other_libraries(url, curl):
    import httplib2
    import pycurl
    conn = httplib2.Http()
    conn.disable_ssl_certificate_validation = True  # expect: PORT701
    conn.disable_ssl_certificate_validation = False  # ok: PORT701
    other = httplib2.Http(disable_ssl_certificate_validation=True)  # expect: PORT701
    curl.setopt(pycurl.SSL_VERIFYPEER, 0)  # expect: PORT701
    curl.setopt(pycurl.SSL_VERIFYPEER, 1)  # ok: PORT701
    curl.setopt(pycurl.TIMEOUT, 0)  # ok: PORT701
    return conn, other


class DiskFileManager:
    # The project's own `verify` flag, which the method only tests: no TLS involved.
    def get_ondisk_files(self, files, verify=True):
        if verify and not files:
            raise ValueError(files)
        return files

    def cleanup(self, files):
        return self.get_ondisk_files(files, verify=False)  # ok: PORT701

    # A `verify` parameter handed on to an HTTP client is the client's.
    def fetch(self, url, verify=True):
        return requests.get(url, verify=verify)

    def fetch_insecure(self, url):
        return self.fetch(url, verify=False)  # expect: PORT701


def check_files(files, verify=True):
    return [f for f in files if not verify or f]


def audit(files):
    return check_files(files, verify=False)  # ok: PORT701
