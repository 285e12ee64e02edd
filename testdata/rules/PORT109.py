# PORT109 run-directory: systemd-era Linux runtime state.
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
    return os.path.exists("/run/systemd/system")  # expect: PORT109
