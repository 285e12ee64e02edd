# PORT211 slash-path-concatenation: paths assembled with a literal "/".
import glob
import logging
import os
import pathlib
import shutil
import tempfile

LOG = logging.getLogger(__name__)


class ImageCache(object):
    def __init__(self, base_dir):
        self.base_dir = base_dir
        self.endpoint = "http://glance:9292"

    def path_for(self, image_id):
        return open(self.base_dir + "/" + image_id, "rb")  # expect: PORT211

    def meta_file(self, image_id):
        return os.path.exists(self.base_dir + "/meta/" + image_id + ".json")  # expect: PORT211

    def log_file(self, instance_id, log_dir):
        log_path = "%s/%s.log" % (log_dir, instance_id)  # expect: PORT211
        os.makedirs(os.path.dirname(log_path), exist_ok=True)
        return log_path

    def config_file(self, conf_dir, name):
        # pathlib and os.path.normpath() rewrite `/` to `\\` on Windows: nothing mixed survives them.
        return pathlib.Path("{}/{}.conf".format(conf_dir, name))  # ok: PORT211

    def top_dir(self):
        return os.path.normpath(os.path.dirname(__file__) + "/../..")  # ok: PORT211

    def top_listing(self):
        return os.listdir(os.path.dirname(__file__) + "/../..")  # expect: PORT211

    def data_file(self):
        return open(f"{os.path.dirname(__file__)}/data/schema.json", "rb").read()  # expect: PORT211

    def tmp_file(self, name):
        shutil.rmtree(tempfile.gettempdir() + "/" + name)  # expect: PORT211

    def nested(self, name, suffix):
        return glob.glob("/".join([self.base_dir, name, suffix]))  # expect: PORT211

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
    os.listdir(os.path.dirname(apt_conf))
    prefix_check = info_dir + "/"  # ok: PORT211
    member = f"{info_dir}/"  # ok: PORT211
    url = "%s/%s" % (mirror.get_repo_urls()[0], name)  # ok: PORT211
    search = f"{root_dir}{os.pathsep}/usr/share"  # ok: PORT211
    return apt_conf, prefix_check, member, url, search


def pathname2url(path_dir, name):
    return path_dir + "/" + name  # ok: PORT211


def not_reaching_the_file_system(base_dir, pool, fs, session, conf_dir, name, storage):
    # Joined with '/' but never opened here: a return value, a REST route, a storage-backend name.
    data_path = base_dir + "/" + name  # ok: PORT211
    session.get(data_path)
    dataset = pool + "/" + fs  # ok: PORT211
    storage.create_dataset(pool + "/" + fs)  # ok: PORT211
    info = {"path": conf_dir + "/" + name}  # ok: PORT211
    print("written to %s/%s" % (conf_dir, name))  # ok: PORT211
    guest_file = f"{conf_dir}/{name}"  # ok: PORT211
    storage.upload(guest_file)
    return base_dir + "/" + name, dataset, info  # ok: PORT211


def reassigned(conf_dir, name):
    config_file = conf_dir + "/" + name  # ok: PORT211
    config_file = os.path.join(conf_dir, name)
    return open(config_file, "rb")



RUN_DIR = "/run/example"  # expect: PORT109
SHARE_DIR = RUN_DIR + "/share"
STATE_DIR = os.path.join(tempfile.gettempdir(), "example")


def literal_bases(name, cache_dir):
    # The base is itself written with '/': nothing mixes separators (the literal has its own rules).
    os.makedirs(f"{RUN_DIR}/share", exist_ok=True)  # ok: PORT211
    os.remove(SHARE_DIR + "/" + name + ".sock")  # ok: PORT211
    local_dir = "/var/lib/example"  # expect: PORT205
    os.remove(local_dir + "/" + name)  # ok: PORT211
    os.remove(STATE_DIR + "/" + name)  # expect: PORT211
    os.remove(cache_dir + "/" + name)  # expect: PORT211
