# PORT416 which-without-extension: shutil.which() results compared with bare program names.
import os
import shutil
import sys


def container_tool():
    docker = os.path.basename(shutil.which("podman") or shutil.which("docker"))
    if docker == "podman":  # expect: PORT416
        return ["--userns=keep-id"]
    return []


is_python = os.path.basename(shutil.which("python3")) == "python3"  # expect: PORT416
is_gh = "gh" != os.path.basename(shutil.which("gh") or "")  # expect: PORT416
is_git = shutil.which("git").endswith("/git")  # ok: PORT416

found = shutil.which("gh")  # ok: PORT416
missing = shutil.which("gh") is None  # ok: PORT416
exe = os.path.basename(shutil.which("gh") or "").lower() == "gh.cmd"  # ok: PORT416
name = os.path.basename(sys.executable) == "python"  # ok: PORT416
if sys.platform != "win32":
    posix = os.path.basename(shutil.which("python3")) == "python3"  # ok: PORT416
