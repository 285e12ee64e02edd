# PORT506 posix-shell-script: shell scripts written out to run as programs.
import os
import subprocess

# expect: PORT506
HELPER = """#!/bin/sh
echo started >&2
"""

FAKE_TOOL = "#!/usr/bin/env bash\nexit 1\n"  # expect: PORT506


def write_helper(path, code):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"#!/bin/bash\nexit {code}\n")  # expect: PORT506
    subprocess.check_call(["bash", path])  # expect: PORT502


def not_shell_scripts(path):
    """#!/bin/sh in a docstring is text about scripts."""
    python = "#!/usr/bin/env python3\nprint(1)\n"  # ok: PORT506
    comment = "# !/bin/sh is not a shebang"  # ok: PORT506
    return python, comment


def inject_rc_local(vfs, rc_local):
    # Written into a guest's file system: it runs on that machine.
    vfs.replace_file(rc_local, "#!/bin/sh\necho done")  # ok: PORT506
