# PORT322 child-environment-replaced: env= that replaces the environment with a few variables.
import asyncio
import os
import subprocess

from oslo_concurrency import processutils


def status(repo):
    return subprocess.run(["git", "status"], cwd=repo, env={"LC_ALL": "C"})  # expect: PORT322, PORT321


def empty(cmd):
    return subprocess.check_output(cmd, env={})  # expect: PORT322


def ipmi(address, password):
    # Windows has no ipmitool: its environment cannot matter there (PORT502 says so).
    return processutils.execute("ipmitool", "-H", address, "-E", "power", "status",  # expect: PORT502
                                env_variables=dict(IPMI_PASSWORD=password))  # ok: PORT322


def convert(source, target):
    return processutils.execute("qemu-img", "convert", source, target,
                                env_variables=dict(MALLOC_ARENA_MAX="3"))  # expect: PORT322, PORT321


async def child(cmd):
    return await asyncio.create_subprocess_exec(*cmd, env={"MODE": "1"})  # expect: PORT322


def inherits(cmd):
    return subprocess.run(cmd, env={**os.environ, "MODE": "1"})  # ok: PORT322


def copies(cmd):
    return subprocess.run(cmd, env=dict(os.environ, MODE="1"))  # ok: PORT322


def keeps_systemroot(cmd, root):
    return subprocess.run(cmd, env={"SystemRoot": root, "MODE": "1"})  # ok: PORT322


def whole(cmd):
    return subprocess.run(cmd, env=os.environ.copy())  # ok: PORT322


def built_elsewhere(cmd, env):
    return subprocess.run(cmd, env=env)  # ok: PORT322
