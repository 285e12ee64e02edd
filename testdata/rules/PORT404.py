# PORT404 third-party-platform-only-module: third-party modules that wrap one platform's interfaces.
import json  # ok: PORT404
import pyudev  # expect: PORT404
import pyroute2.netlink  # ok: PORT404 (imports everywhere: its uses are the finding)
from pyroute2 import IPRoute  # ok: PORT404
from systemd import journal  # expect: PORT404
from oslo_privsep import capabilities as caps  # ok: PORT404 (imports everywhere: its uses are the finding)
from oslo_privsep import priv_context  # ok: PORT404
import xattr  # expect: PORT404
import pyroute2x  # ok: PORT404
from . import inotify  # ok: PORT404
from .compat import uvloop  # ok: PORT404

try:
    import uvloop  # ok: PORT404
except ImportError:
    uvloop = None

try:
    import pyinotify  # ok: PORT404
except ImportError:
    pyinotify = None

default = priv_context.PrivContext(  # expect: PORT404
    "nova",
    cfg_section="nova_sys_admin",
    pypath=__name__ + ".default",
    capabilities=[caps.CAP_SYS_ADMIN, caps.CAP_NET_ADMIN],  # ok: PORT404 (related locations of the first use)
)


def routes():
    flags = pyroute2.netlink.NLM_F_REQUEST  # ok: PORT404 (a constant: the same number everywhere)
    try:
        with IPRoute() as ip:  # expect: PORT404
            return ip.get_routes(), flags
    except pyroute2.netlink.NetlinkError:  # ok: PORT404 (an exception class: nothing runs)
        return None


def devices():
    return list(pyudev.Context().list_devices(subsystem="block")), json.dumps(journal)


def attributes(path):
    import posix_ipc  # expect: PORT404
    return xattr.getxattr(path, "user.tag"), posix_ipc
