import os
import sys

# Undocumented, but only reached on Windows: gone with --target linux.
if sys.platform == "win32":
    if os.environ.get("SWITCHES_WIN_HACK"):
        pass

if "SWITCHES_LEAK_CHECK" in os.environ:
    pass
