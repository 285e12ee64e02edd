# PORT702 unverified-ssl-context: unverified contexts and the process-wide default.
import http.client
import ssl
import urllib.request
from ssl import _create_unverified_context as unverified

ssl._create_default_https_context = ssl._create_unverified_context  # expect: PORT702

try:
    _create_unverified_https_context = ssl._create_unverified_context  # ok: PORT702
except AttributeError:
    pass
else:
    ssl._create_default_https_context = _create_unverified_https_context  # expect: PORT702


def fetch(url):
    context = ssl._create_unverified_context()  # expect: PORT702
    return urllib.request.urlopen(url, context=context)


def legacy(host):
    return http.client.HTTPSConnection(host, context=ssl._create_stdlib_context())  # expect: PORT702


def aliased(url):
    return urllib.request.urlopen(url, context=unverified())  # expect: PORT702


def factory(make_connection):
    return make_connection(context_factory=ssl._create_unverified_context)  # expect: PORT702


def verified(url, conf):
    context = ssl.create_default_context(cafile=conf.ca_file)  # ok: PORT702
    return urllib.request.urlopen(url, context=context)  # ok: PORT702


def mentions():
    """Never call ssl._create_unverified_context()."""  # ok: PORT702
    return hasattr(ssl, "_create_unverified_context")  # ok: PORT702
