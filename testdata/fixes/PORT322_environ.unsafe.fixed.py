import os
import subprocess


def status(repo):
    return subprocess.run(["git", "status"], cwd=repo,
                          env={**os.environ, "GIT_TERMINAL_PROMPT": "0"})


def clean(cmd):
    return subprocess.check_output(cmd, env={**os.environ})


def mode(cmd):
    return subprocess.call(cmd, env=dict(os.environ, MODE="1"))
