"""Comparisons with values that platform probes never return."""
import os
import platform
import sys

if platform.system() == "Linux":
    print("linux")

if platform.system() != 'Windows':
    print("not windows")

SUPPORTED = platform.system() in ("Linux", "Darwin")

if sys.platform == 'linux':
    print("linux")

if sys.platform == "win32" or sys.platform == "darwin":
    print("desktop")

if platform.system().lower() == "darwin":
    print("mac")

if sys.platform.startswith("win"):
    print("windows")

if os.name == "nt":
    print("windows")

# No unambiguous replacement: reported, not fixed.
if sys.platform == "posix":
    print("posix")

# Correct already.
if platform.system() == "Linux" and sys.platform == "linux":
    print("linux")
