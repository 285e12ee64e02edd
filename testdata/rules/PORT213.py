# PORT213 os-path-on-url: os.path.join/normpath applied to URLs.
import os
import posixpath
import urllib.parse


class ImageClient(object):
    def __init__(self, base_url, cache_dir):
        self.base_url = base_url
        self.cache_dir = cache_dir

    def image_url(self, image_id):
        return os.path.join(self.base_url, "v2", "images", image_id)  # expect: PORT213

    def trimmed(self, image_id):
        return os.path.join(self.base_url.rstrip("/"), image_id)  # expect: PORT213

    def literal(self, name):
        return os.path.join("http://mirror.example.org/pub", name)  # expect: PORT213

    def built(self, host, name):
        return os.path.join("https://" + host, name)  # expect: PORT213

    def joined(self, name):
        return os.path.join(urllib.parse.urljoin(self.base_url, "v2"), name)  # expect: PORT213

    def normalized(self, endpoint):
        return os.path.normpath(endpoint)  # expect: PORT213

    def camel(self, imageURI, name):
        return os.path.join(imageURI, name)  # expect: PORT213

    # Look-alikes that stay quiet.
    def posix(self, name):
        return posixpath.join(self.base_url, name)  # ok: PORT213

    def urljoin(self, name):
        return urllib.parse.urljoin(self.base_url, name)  # ok: PORT213

    def local(self, name):
        return os.path.join(self.cache_dir, name)  # ok: PORT213

    def url_cache(self, url_dir, name):
        return os.path.join(url_dir, name)  # ok: PORT213

    def prefix(self, name):
        import sys
        return os.path.join(sys.prefix, name)  # ok: PORT213

    def second_argument(self, root, url):
        return os.path.join(root, url)  # ok: PORT213
