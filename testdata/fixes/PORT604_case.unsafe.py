"""Comparisons with values that platform probes never return."""
import os
import platform
import sys

if platform.system() == "linux":
    print("linux")

if platform.system() != 'windows':
    print("not windows")

SUPPORTED = platform.system() in ("Linux", "darwin")

if sys.platform == 'Linux':
    print("linux")

if sys.platform == "win64" or sys.platform == "macos":
    print("desktop")

if platform.system().lower() == "Darwin":
    print("mac")

if sys.platform.startswith("Win"):
    print("windows")

if os.name == "windows":
    print("windows")

# No unambiguous replacement: reported, not fixed.
if sys.platform == "posix":
    print("posix")

# Correct already.
if platform.system() == "Linux" and sys.platform == "linux":
    print("linux")
