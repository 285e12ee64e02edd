# PORT211 slash-path-concatenation: paths assembled with a literal "/".
import logging
import os
import tempfile

LOG = logging.getLogger(__name__)


class ImageCache(object):
    def __init__(self, base_dir):
        self.base_dir = base_dir
        self.endpoint = "http://glance:9292"

    def path_for(self, image_id):
        return self.base_dir + "/" + image_id  # expect: PORT211

    def meta_file(self, image_id):
        return self.base_dir + "/meta/" + image_id + ".json"  # expect: PORT211

    def log_file(self, instance_id, log_dir):
        return "%s/%s.log" % (log_dir, instance_id)  # expect: PORT211

    def config_file(self, conf_dir, name):
        return "{}/{}.conf".format(conf_dir, name)  # expect: PORT211

    def data_file(self):
        return f"{os.path.dirname(__file__)}/data/schema.json"  # expect: PORT211

    def tmp_file(self, name):
        return tempfile.gettempdir() + "/" + name  # expect: PORT211

    def nested(self, name, suffix):
        return "/".join([self.base_dir, name, suffix])  # expect: PORT211

    def image_url(self, image_id):
        return self.endpoint + "/v2/images/" + image_id  # ok: PORT211

    def server_url(self, base_url, server_id):
        return base_url + "/servers/" + server_id  # ok: PORT211

    def absolute(self, host):
        return "http://" + host + "/images"  # ok: PORT211

    def route(self, api_prefix, version):
        return "%s/%s" % (api_prefix, version)  # ok: PORT211

    def plain(self, a, b):
        return a + "/" + b  # ok: PORT211

    def message(self, image_id):
        LOG.info("stored " + self.base_dir + "/" + image_id)  # ok: PORT211

    def request(self, req):
        return req.path + "/detail"  # ok: PORT211

    def portable(self, image_id):
        return os.path.join(self.base_dir, image_id)  # ok: PORT211


def chroot_paths(root_dir, info_dir, mirror, name):
    apt_conf = root_dir + "/etc/apt/apt.conf"  # expect: PORT211
    prefix_check = info_dir + "/"  # ok: PORT211
    member = f"{info_dir}/"  # ok: PORT211
    url = "%s/%s" % (mirror.get_repo_urls()[0], name)  # ok: PORT211
    search = f"{root_dir}{os.pathsep}/usr/share"  # ok: PORT211
    return apt_conf, prefix_check, member, url, search


def pathname2url(path_dir, name):
    return path_dir + "/" + name  # ok: PORT211
