"""Platform details read from os.uname(), which Windows does not have."""
import os
import platform

SYSTEM = platform.system()
HOST = platform.node()
ARCH = platform.machine()

if platform.system() == "Linux":
    print(platform.release())
