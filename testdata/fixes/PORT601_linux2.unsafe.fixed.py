"""Python 2 era platform checks that never match on Python 3."""
import sys
import sys as _sys
from sys import platform

IS_LINUX = sys.platform.startswith("linux")

if not _sys.platform.startswith('linux'):
    print("not linux")

if platform.startswith("linux") or platform == "darwin":
    print("posix")

ON_LINUX_OR_MAC = sys.platform in ("linux", 'darwin')

if sys.platform.startswith('linux'):
    print("linux")

x = [not sys.platform.startswith("linux")]

# Already portable: left alone.
if sys.platform in ("linux", "linux2"):
    print("compatible")
