# PORT604 platform-system-case: comparisons with values the probe never takes.
import os
import platform
import sys

if platform.system() == "linux":  # expect: PORT604
    pass

if platform.system() != 'windows':  # expect: PORT604
    pass

if platform.system() in ("Linux", "darwin"):  # expect: PORT604
    pass

if sys.platform == "Linux":  # expect: PORT604
    pass

if sys.platform == "win64" or sys.platform == "macos":  # expect: PORT604
    pass

if sys.platform == "posix":  # expect: PORT604
    pass

if platform.system().lower() == "Darwin":  # expect: PORT604
    pass

if sys.platform.startswith("Win"):  # expect: PORT604
    pass

if os.name == "windows":  # expect: PORT604
    pass

if platform.system() == "Linux":  # ok: PORT604
    pass

if platform.system().lower() == "darwin":  # ok: PORT604
    pass

if sys.platform in ("win32", "cygwin", "freebsd13", "sunos5"):  # ok: PORT604
    pass

if sys.platform.startswith(("linux", "freebsd", "win")):  # ok: PORT604
    pass

if os.name == "nt":  # ok: PORT604
    pass

if platform.system() == "FreeBSD":  # ok: PORT604
    pass

print("linux")  # ok: PORT604

import socket

if platform.uname()[1] not in {"vista", "win-7", "win7"}:  # expect: PORT604
    pass

if platform.node().lower() == "windows":  # expect: PORT604
    pass

if platform.uname().node == "Linux":  # expect: PORT604
    pass

if platform.uname()[1] == "build-01":  # ok: PORT604
    pass

if socket.gethostname() in ("db1", "db2"):  # ok: PORT604
    pass

if platform.uname()[0] == "Windows":  # ok: PORT604
    pass
