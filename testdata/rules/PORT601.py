# PORT601 linux2-platform-check: "linux2" was Python 2's sys.platform on Linux.
import sys
import sys as _sys
from sys import platform

IS_LINUX = sys.platform == "linux2"  # expect: PORT601

if _sys.platform != 'linux2':  # expect: PORT601
    pass

if platform == "linux2" or platform == "darwin":  # expect: PORT601
    pass

if sys.platform in ("linux2", "darwin"):  # expect: PORT601
    pass

if sys.platform.startswith("linux2"):  # expect: PORT601
    pass

if sys.platform in ("linux", "linux2"):  # ok: PORT601
    pass

if sys.platform.startswith("linux"):  # ok: PORT601
    pass

if sys.platform == "linux":  # ok: PORT601
    pass

print("linux2")  # ok: PORT601
