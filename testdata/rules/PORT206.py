# PORT206 hardcoded-home-path: one user's home directory written into the code.
import logging
import os
from pathlib import Path

LOG = logging.getLogger(__name__)

SSH_KEY = "/home/stack/.ssh/id_rsa"  # expect: PORT206
DEVSTACK_DIR = "/opt/stack/devstack"  # expect: PORT208


def root_config():
    return os.path.join("/root", ".config", "nova")  # expect: PORT206


def user_home(user):
    return os.path.join("/home", user)  # expect: PORT206


def mac_checkout():
    return Path("/Users/jdoe/src/nova")  # expect: PORT206


def keys(user):
    with open(f"/home/{user}/.ssh/authorized_keys") as f:  # expect: PORT206, PORT801
        return f.read()


def messages():
    """Defaults to /home/stack/devstack."""  # ok: PORT206
    LOG.info("using key /home/stack/.ssh/id_rsa")  # ok: PORT206


def web(app, redirect):
    home_url = "/home"  # ok: PORT206
    page = "/home"  # ok: PORT206
    return redirect("/users/me")  # ok: PORT206


def comparison(path):
    return path.startswith("/home/")  # ok: PORT206


def portable():
    return os.path.expanduser("~/.ssh/id_rsa"), Path.home() / ".config"  # ok: PORT206
