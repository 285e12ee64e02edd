# PORT210 path-list-separator: search paths joined or split with a hard-coded ":".
import logging
import os
import subprocess
import sys

LOG = logging.getLogger(__name__)


def extend_path(bin_dir):
    os.environ["PATH"] = bin_dir + ":" + os.environ["PATH"]  # expect: PORT210


def child_env(plugin_dirs):
    env = os.environ.copy()
    env["PYTHONPATH"] = ":".join(sys.path)  # expect: PORT210
    env["LD_LIBRARY_PATH"] = ":".join(plugin_dirs)  # expect: PORT210, PORT321
    return env


def run_tool(cmd, lib_dir):
    return subprocess.check_call(cmd, env={"PATH": "/usr/sbin:/usr/bin:/bin"})  # expect: PORT210, PORT322


def search(name):
    for directory in os.environ["PATH"].split(":"):  # expect: PORT210
        candidate = os.path.join(directory, name)
        if os.path.exists(candidate):
            return candidate
    return None


def search_getenv(name):
    return [d for d in os.getenv("PATH", "").split(":") if d]  # expect: PORT210


def search_bound():
    search_path = os.environ.get("PATH", os.defpath)
    return search_path.split(":")  # expect: PORT210


def join_dirs(extra_paths):
    return ":".join(extra_paths)  # expect: PORT210


def library_dirs(root, lib_dir):
    return ":".join([os.path.join(root, "lib"), lib_dir])  # expect: PORT210


def prepend(bin_dir):
    return f"{bin_dir}:{os.environ['PATH']}"  # expect: PORT210


def near_misses(host, port, key, url, when, access, local_path, server_ip):
    address = ":".join([host, str(port)])  # ok: PORT210
    parts = "a:b".split(":")  # ok: PORT210
    scheme = url.split(":")[0]  # ok: PORT210
    hours, minutes = when.split(":")  # ok: PORT210
    namespace, name = key.split(":", 1)  # ok: PORT210
    host_port = ":".join(host_port_pair(host, port))  # ok: PORT210
    export = ":".join([access["access_to"], local_path])  # ok: PORT210
    location = ":".join((server_ip, "/shares/%s" % key))  # ok: PORT210
    expected = ":".join(["1.1.1.10", local_path])  # ok: PORT210
    network = ":".join(["5.5.5.0/24", local_path])  # ok: PORT210
    anyone = ":".join(["*", local_path])  # ok: PORT210
    v6 = ":".join(["[fd12:abcd::10]", local_path])  # ok: PORT210
    escaped = ":".join([escaped_address(host), local_path])  # ok: PORT210
    target = ":".join([expected, local_path])  # ok: PORT210
    LOG.debug("PATH is %s", os.environ["PATH"])  # ok: PORT210
    return address, parts, scheme, hours, minutes, namespace, name, host_port


def host_port_pair(host, port):
    return [host, str(port)]


def portable(bin_dir):
    os.environ["PATH"] = os.pathsep.join([bin_dir, os.environ["PATH"]])  # ok: PORT210
    return os.environ["PATH"].split(os.pathsep)  # ok: PORT210
