import os
import tempfile

CONF_DIR = os.environ.get("DEMO_CONF_DIR", "/etc/demo")
DEBUG = os.environ.get("DEMO_DEBUG", "0") == "1"
STATE = "/var/lib/demo/state.db"


def scratch():
    return os.path.join("/tmp", "demo")


def home():
    return os.environ["HOME"]


def show():
    print("user:", os.getenv("DEMO_USER"))


def set_zone():
    os.environ["TZ"] = "UTC"
