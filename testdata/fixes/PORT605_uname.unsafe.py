"""Platform details read from os.uname(), which Windows does not have."""
import os

SYSTEM = os.uname()[0]
HOST = os.uname().nodename
ARCH = os.uname()[4]

if os.uname().sysname == "Linux":
    print(os.uname().release)
