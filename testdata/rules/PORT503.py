# PORT503 posix-shell-syntax: shell command lines that only a POSIX shell understands.
import os
import shlex
import subprocess

from oslo_concurrency import processutils


def run(image):
    subprocess.call("qemu-img info disk.qcow2 2>/dev/null", shell=True)  # expect: PORT503
    os.system("ninja -C $HOME/build")  # expect: PORT503
    os.system("cd build; ninja")  # expect: PORT503
    subprocess.check_output("git describe --tags `git rev-list -n1 HEAD`", shell=True)  # expect: PORT503
    subprocess.run("export LC_ALL=C && ninja", shell=True)  # expect: PORT503
    subprocess.run("git log --format='%H %s'", shell=True)  # expect: PORT503
    os.popen("du -s ~/src")  # expect: PORT502
    processutils.execute("qemu-img convert src dst > /dev/null", shell=True)  # expect: PORT503
    subprocess.run(
        # expect: PORT503
        "qemu-img check ${IMAGE}",
        shell=True,
    )


def portable(image):
    subprocess.run("git status && git diff", shell=True)  # ok: PORT503
    subprocess.run("git log | more", shell=True)  # ok: PORT503
    subprocess.run("qemu-img info disk.qcow2 > out.txt 2>&1", shell=True)  # ok: PORT503
    subprocess.run(["printf", "$HOME"])  # ok: PORT503
    subprocess.run("git log $REV", shell=False)  # ok: PORT503
    subprocess.run(["qemu-img", "info", image], stderr=subprocess.DEVNULL)  # ok: PORT503
    os.system("del /q build\\*.obj")  # ok: PORT503
    subprocess.run("powershell -Command 'Get-Process'", shell=True)  # ok: PORT503
    os.system("qemu-img info *.qcow2")  # ok: PORT503
    os.system("rm -f build/*.o")  # expect: PORT502


def guarded():
    if os.name == "posix":
        os.system("make 2>/dev/null")  # ok: PORT503


def run_line(cmd, env):
    # A command line known only at run time, split with POSIX quoting rules.
    args = shlex.split(cmd)  # expect: PORT503
    subprocess.Popen(args, env=env)
    argv = shlex.split(cmd)  # expect: PORT503
    os.execvpe(argv[0], argv, env)  # expect: PORT420
    subprocess.run(shlex.split(cmd, posix=os.name != "nt"))  # ok: PORT503
    subprocess.run(shlex.split("qemu-img info disk.img"))  # ok: PORT503
    return shlex.split(cmd)  # ok: PORT503
