"""Python 2 era platform checks that never match on Python 3."""
import sys
import sys as _sys
from sys import platform

IS_LINUX = sys.platform == "linux2"

if _sys.platform != 'linux2':
    print("not linux")

if platform == "linux2" or platform == "darwin":
    print("posix")

ON_LINUX_OR_MAC = sys.platform in ("linux2", 'darwin')

if sys.platform.startswith('linux2'):
    print("linux")

x = [sys.platform != "linux2"]

# Already portable: left alone.
if sys.platform in ("linux", "linux2"):
    print("compatible")
