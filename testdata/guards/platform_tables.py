# A value kept under a key that names an operating system in a table keyed by them is used only
# there: a Linux distribution's entry only on Linux, a BSD's on none of the targets, `"darwin"`'s on
# macOS. A record with one such key among others is not such a table.
DISTRO_OVERRIDES = {
    "rhel": {"ca_cert_path": "/etc/pki/ca-trust/", "update_cmd": ["update-ca-trust"]},  # ok: PORT204
    "opensuse": {"ca_cert_path": "/etc/pki/trust/"},  # ok: PORT204
    "freebsd": {"config_dir": "/usr/local/etc/rsyslog.d"},  # ok: PORT208
    "default": {"ca_cert_path": "/etc/ssl/certs/"},  # expect: PORT204
}

LOG_SOCKET = {
    "linux": "/dev/log",  # ok: PORT108
    "darwin": "/var/run/syslog",  # ok: PORT205
    "win32": None,
}

CPU_INFO = {
    "linux": "/proc/cpuinfo",  # ok: PORT102
    "darwin": "/proc/cpuinfo",  # expect: PORT102
}

GUEST = {"name": "builder", "debian": "/etc/apt/sources.list", "port": 22}  # expect: PORT204


def cpu_info(platform_name):
    with open(CPU_INFO[platform_name], encoding="ascii") as f:
        return f.read()
