import subprocess


def status(repo):
    return subprocess.run(["git", "status"], cwd=repo, env={"GIT_TERMINAL_PROMPT": "0"})


def clean(cmd):
    return subprocess.check_output(cmd, env={})


def mode(cmd):
    return subprocess.call(cmd, env=dict(MODE="1"))
