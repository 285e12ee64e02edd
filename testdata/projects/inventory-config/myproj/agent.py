from myproj import utils


def plug(device):
    utils.run_as_root(["ip", "link", "set", device, "up"])


def state():
    with open("/var/lib/myproj/state", encoding="utf-8") as f:
        return f.read()
