# PORT208 hardcoded-system-data-path: installation, data and mount directories.
import ctypes
import json
import logging
import os
import pathlib
from importlib import resources

LOG = logging.getLogger(__name__)

SCHEMA_FILE = "/usr/share/nova/schema.json"  # expect: PORT208
IMAGES_DIR = "/mnt/images"  # expect: PORT208
MEDIA_URL = "/media/"  # ok: PORT208


def load_schema():
    with open("/usr/share/nova/schema.json") as f:  # expect: PORT208, PORT801
        return json.load(f)


def libvirt():
    return ctypes.CDLL("/usr/lib/x86_64-linux-gnu/libvirt.so.0")  # expect: PORT208


def site_packages():
    return os.path.join("/usr/lib/python3/dist-packages", "nova")  # expect: PORT208


def zones():
    return os.listdir("/usr/share/zoneinfo")  # expect: PORT208


def vendor_plugins():
    return os.listdir("/opt/nova/plugins")  # expect: PORT208


def usb_stick():
    return os.path.ismount("/media/usb0")  # expect: PORT208


def local_prefix():
    return os.path.join("/usr/local/share", "nova")  # expect: PORT208


def messages():
    """Schema lives in /usr/share/nova/schema.json."""  # ok: PORT208
    LOG.info("loading /usr/share/nova/schema.json")  # ok: PORT208


def comparison(path):
    return path.startswith("/usr/lib/")  # ok: PORT208


def routes(mapper, redirect):
    mapper.connect("/media/{id}", controller="media")  # ok: PORT208
    return redirect("/opt")  # ok: PORT208


def portable():
    return resources.files("nova").joinpath("schema.json").read_text()  # ok: PORT208


KEYDATA_PATH = pathlib.Path("/cc_growpart_keydata")  # expect: PORT208


def swap_file(swapcfg):
    fname = swapcfg.get("filename", "/swap.img")  # expect: PORT208
    return fname


def root_files(app):
    swap_file = "/swap.img"  # expect: PORT208
    keys_path = "/instance_info"  # ok: PORT208
    app.add_url_rule("/favicon.ico")  # ok: PORT208
    health = "/health_check"  # ok: PORT208
    return os.path.exists("/data")  # ok: PORT208
