# PORT321 child-environment-steers-program: variables given to a child process that steer programs on
# some platforms only (locale, glibc malloc tuning, ELF and macOS loaders, TMPDIR).
import os
import subprocess

from cloudinit import subp
from oslo_concurrency import processutils

LANG_C_ENV = {"LANG": "C"}  # expect: PORT321


def git_status(path):
    return subprocess.run(["git", "status", path], env={**os.environ, "LC_ALL": "C"})  # expect: PORT321


def growpart(cmd, tmpdir):
    my_env = {"LANG": "C", "TMPDIR": tmpdir}  # expect: PORT321
    return subp.subp(cmd, update_env=my_env)


def linux_program(dev):
    # blkid is missing off Linux (PORT501): what it would have been given does not matter.
    # expect: PORT501, PORT502
    return subprocess.check_output(["env", "LC_ALL=C", "blkid", dev])  # ok: PORT321


def probe_growpart():
    # A probe of a Linux-only program: Windows has no growpart to ignore LANG there.
    try:
        out = subp.subp(["growpart", "--help"], update_env={"LANG": "C"}).stdout  # ok: PORT321
    except subp.ProcessExecutionError:
        return False
    return "--update" in out


def probe_gpart():
    try:
        # gpart is missing off the BSDs: what it would have been given does not matter, and `help`
        # only asks whether it is there (an availability probe, not PORT505's).
        err = subp.subp(["gpart", "help"], update_env={"LANG": "C"}, rcs=[0, 1]).stderr  # ok: PORT321  # ok: PORT505
    except subp.ProcessExecutionError:
        return False
    return "gpart recover" in err


def probe_tuned_growpart():
    try:
        # glibc's malloc tuning is moot on macOS and Windows, which have no growpart either.
        subp.subp(["growpart", "--version"], update_env={"MALLOC_ARENA_MAX": "2"})  # ok: PORT321
    except OSError:
        return False
    return True


def probe_portable_program():
    # qemu-img exists on Windows too, and ignores LC_ALL there.
    try:
        out = subp.subp(["qemu-img", "--help"], update_env={"LC_ALL": "C"}).stdout  # expect: PORT321
    except subp.ProcessExecutionError:
        return False
    return "convert" in out


def grow(disk, part):
    # growpart is missing wherever LANG has no effect: its absence is PORT501's finding, not the locale.
    my_env = {"LANG": "C"}  # ok: PORT321
    try:
        subp.subp(["growpart", "--dry-run", disk, part], update_env=my_env)  # expect: PORT501
    except subp.ProcessExecutionError:
        return False
    return True


def qemu_img_info(path):
    return processutils.execute(
        "qemu-img", "info", path,
        env_variables={"LC_ALL": "C", "MALLOC_ARENA_MAX": "3"})  # expect: PORT321, PORT322


def module_constant(cmd):
    return subp.subp(cmd, update_env=LANG_C_ENV)


def copied_environment(cmd, lib_dir):
    env = os.environ.copy()
    env["LC_MESSAGES"] = "C"  # expect: PORT321
    env.update(LD_LIBRARY_PATH=lib_dir)  # expect: PORT321
    return subprocess.check_output(cmd, env=env)


def keyword_dict(cmd):
    return subprocess.check_call(cmd, env=dict(os.environ, LANGUAGE="en"))  # expect: PORT321


def argv_prefix(path):
    # `env` itself is missing on Windows (PORT502), which explains the locale's absence there too.
    return subprocess.check_output(["env", "LC_ALL=C", "git", "log", path])  # expect: PORT502


def shell_prefix(path):
    return subprocess.check_output("LANG=C git log " + path, shell=True)  # expect: PORT321, PORT503


def dyld(cmd, lib_dir):
    return subprocess.run(cmd, env={"DYLD_LIBRARY_PATH": lib_dir})  # expect: PORT321, PORT322


# Variables that work everywhere, a program's own variables, and clearing the environment.


def search_path(cmd, bin_dir):
    return subprocess.run(cmd, env={**os.environ, "PATH": bin_dir})  # ok: PORT321


def python_child(cmd):
    return subprocess.run(cmd, env={"PYTHONPATH": os.pathsep.join(["a", "b"]), "TZ": "UTC"})  # ok: PORT321  # expect: PORT322


def own_variables(cmd):
    return subprocess.run(cmd, env={"NOVA_DEBUG": "1", "GIT_TERMINAL_PROMPT": "0"})  # ok: PORT321  # expect: PORT322


def cleared(cmd):
    return subprocess.run(cmd, env={})  # ok: PORT321  # expect: PORT322


def passed_through(cmd):
    # expect: PORT304
    return subprocess.run(cmd, env={"LANG": os.environ.get("LANG", "C.UTF-8")})  # ok: PORT321  # expect: PORT322


def all_temp_variables(cmd, tmpdir):
    return subprocess.run(cmd, env={"TMPDIR": tmpdir, "TEMP": tmpdir, "TMP": tmpdir})  # ok: PORT321  # expect: PORT322


def not_a_command(loader):
    return loader.load(env={"LC_ALL": "C"})  # ok: PORT321


def not_a_child(settings):
    settings.update({"LC_ALL": "C"})
    return dict(LC_ALL="C")  # ok: PORT321


def process_environment(cmd):
    env = os.environ
    # expect: PORT320
    env["LC_ALL"] = "C"  # ok: PORT321
    return subprocess.run(cmd, env=env)


# A copy of the process environment is prepared for a child wherever it goes next.
def standard_locale(**kwargs):
    env = kwargs.pop("env_variables", os.environ.copy())
    env["LC_ALL"] = "C"  # expect: PORT321
    kwargs["env_variables"] = env
    return kwargs


def child_environment(plugin_dir):
    env = os.environ.copy()
    env["LD_LIBRARY_PATH"] = plugin_dir  # expect: PORT321
    env["PYTHONPATH"] = plugin_dir  # ok: PORT321
    merged = {**os.environ, "X": "1"}
    merged["LANG"] = "C"  # expect: PORT321
    return env, merged


def not_a_copy(settings):
    settings["LC_ALL"] = "C"  # ok: PORT321
    env = {}
    env["LC_ALL"] = "C"  # ok: PORT321
    return settings, env


def update_locale(path, locale):
    # A Debian tool: the locale it is given cannot matter where it does not exist.
    subp.subp(["update-locale", "--locale-file=" + path, "LANG=" + locale],  # expect: PORT501
              update_env={"LANG": locale, "LC_ALL": locale}, capture=False)  # ok: PORT321


def lxc(cmd):
    # Run for its effect: nothing reads what the child prints, in whatever language.
    subp.subp(["lxc"] + list(cmd) + ["--force-local"], update_env={"LC_ALL": "C", "HOME": "/root"})  # ok: PORT321


def lxc_output(cmd):
    out, _ = subp.subp(["lxc"] + list(cmd), update_env={"LC_ALL": "C"})  # expect: PORT321
    return "not found" in out
