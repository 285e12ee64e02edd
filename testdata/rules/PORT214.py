# PORT214 slash-absolute-path-test: absolute file-system paths told by a leading '/'.
import os
import shutil
from http.server import BaseHTTPRequestHandler


def resolve(base_dir, config_path):
    if not config_path.startswith("/"):  # expect: PORT214
        config_path = os.path.join(base_dir, config_path)
    return config_path


def resolve_sep(base_dir, filename):
    if filename.startswith(os.sep):  # expect: PORT214
        return filename
    return os.path.join(base_dir, filename)


def first_char(target_dir):
    return target_dir[0] == "/"  # expect: PORT214


def first_slice(image_dir):
    return image_dir[:1] != "/"  # expect: PORT214


def under_root(root, file_path):
    return os.path.join(root, file_path.lstrip("/"))  # expect: PORT214


def by_use(seed, dest):
    if seed.startswith("/"):  # expect: PORT214
        shutil.copy(seed, dest)


# Told from a URL by the prefixes of a local file's reference: a file URI, or a '/'.
def seed_mode(seedfrom):
    if seedfrom.startswith(("http://", "https://")):
        return "net"
    if seedfrom.startswith(("file://", "/")):  # expect: PORT214
        return "local"
    return None


def read_url(url, scheme):
    if scheme == "file" or (url and "/" == url[0]):  # expect: PORT214
        return open(url, "rb")
    return None


# Look-alikes that stay quiet.
def route(url):
    return url.startswith("/")  # ok: PORT214


def api_key(key):
    return key.startswith("/")  # ok: PORT214


def unknown(name):
    return name.startswith("/")  # ok: PORT214


def good(path):
    return os.path.isabs(path)  # ok: PORT214


def longer_prefix(path):
    return path.startswith("/dev/")  # ok: PORT214


def weak_name(path):
    return path.startswith("/")  # ok: PORT214


def device(devpath):
    return devpath.startswith("/")  # ok: PORT214


def portable_spec(file_name):
    if file_name.startswith("/"):  # ok: PORT214
        raise ValueError("must be relative")
    return os.path.join(*file_name.split("/"))


def split_segments(file_path):
    return file_path.lstrip("/").split("/")  # ok: PORT214


def trailing(path):
    return path.rstrip("/")  # ok: PORT214


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/"):  # ok: PORT214
            return self.path


def from_request(request):
    return request.path.startswith("/")  # ok: PORT214


def route_or_scheme(url, scheme):
    # No file scheme beside the test: a URL's path.
    if scheme == "https" or url[0] == "/":  # ok: PORT214
        return url
    return url.startswith(("http://", "/"))  # ok: PORT214


SEED_STARTS = ("/", "file://")
REMOTE_STARTS = ("http://", "https://")


class Seeds:
    def __init__(self):
        self.supported_seed_starts = ("/", "file://")

    def local_seed(self, seedfrom):
        # The prefixes come from the tuple the loop runs over.
        for proto in self.supported_seed_starts:
            if seedfrom.startswith(proto):  # expect: PORT214
                return proto
        for proto in SEED_STARTS:
            if seedfrom.startswith(proto):  # expect: PORT214
                return proto
        for proto in REMOTE_STARTS:
            if seedfrom.startswith(proto):  # ok: PORT214
                return proto
        return None
