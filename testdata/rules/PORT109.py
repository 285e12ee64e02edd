# PORT109 run-directory: systemd-era Linux runtime state.
import glob
import os

PIDFILE = "/run/nova/nova-compute.pid"  # expect: PORT109


def lock_path():
    return os.path.join("/run/lock", "nova")  # expect: PORT109


def user_runtime(uid):
    return f"/run/user/{uid}"  # expect: PORT109


def not_run():
    return "/runtime/servers"  # ok: PORT109


def api_route():
    return app.route("/run/<task>")  # ok: PORT109


@app.route("/run")  # ok: PORT109
def handler():
    pass


def booted_with_systemd():
    # Off Linux the answer, no, is right: asking is not a use.
    return os.path.exists("/run/systemd/system")  # ok: PORT109


def iscsi_configured():
    if os.path.exists("/run/initramfs/open-iscsi.interface"):  # ok: PORT109
        return True
    return False


def klibc_net_files():
    # A pattern lists nothing where the directory is missing: "no files" is the right answer there.
    return glob.glob("/run/net-*.conf") + list(glob.iglob("/run/net6-*.conf"))  # ok: PORT109


def run_files():
    return os.listdir("/run/app")  # expect: PORT109


def read_pid():
    if os.path.exists("/run/app/app.pid"):  # ok: PORT109
        with open("/run/app/app.pid", encoding="ascii") as f:  # ok: PORT109
            return int(f.read())
    return None


def instance_status(client, ssh):
    # A method of an object that stands for another machine reads the file there.
    status = client.read_from_file("/run/cloud-init/status.json")  # ok: PORT109
    ssh.get("/run/app/app.pid", "local.pid")  # ok: PORT109
    return status, open("/run/app/app.pid", encoding="utf-8").read()  # expect: PORT109
