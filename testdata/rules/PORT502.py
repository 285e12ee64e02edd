# PORT502 posix-command: POSIX tools that Windows does not have.
import os
import subprocess
import sys

from oslo_concurrency import processutils


def cleanup(build_dir, out_dir):
    subprocess.check_call(["rm", "-rf", build_dir])  # expect: PORT502
    subprocess.check_call(["mkdir", "-p", out_dir])  # expect: PORT502
    processutils.execute("cp", "-r", build_dir, out_dir)  # expect: PORT502
    path = subprocess.check_output(["which", "qemu-img"])  # expect: PORT502
    os.system("ps aux | grep nova")  # expect: PORT502
    subprocess.call("cat", shell=True)  # expect: PORT502
    subprocess.call(["/usr/bin/env", "sha256sum", path])  # expect: PORT502, PORT203
    return path


def windows_has_these():
    subprocess.run(["hostname"])  # ok: PORT502
    subprocess.run(["whoami"])  # ok: PORT502
    subprocess.run(["tar", "-xzf", "a.tgz"])  # ok: PORT502
    subprocess.run(["git", "log"])  # ok: PORT502
    os.system("echo done")  # ok: PORT502
    os.system("mkdir build")  # ok: PORT502
    os.system("mkdir -p build/out")  # expect: PORT502


def not_commands(cursor):
    cursor.execute("cat")  # ok: PORT502
    print("rm -rf /")  # ok: PORT502


def guarded(path):
    if os.name == "posix":
        subprocess.run(["chmod", "600", path])  # ok: PORT502
    if sys.platform != "win32":
        subprocess.run(["sleep", "1"])  # ok: PORT502
