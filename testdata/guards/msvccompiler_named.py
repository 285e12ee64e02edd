# A module whose file name starts with msvc (msvccompiler_named.py, like distutils' msvc9compiler.py)
# drives the Microsoft compiler, which runs on Windows only: Windows APIs are no finding.
import os
import winreg  # ok: PORT401


def sdk_root():
    key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Microsoft SDKs")  # ok: PORT402 PORT403
    return winreg.QueryValueEx(key, "InstallationFolder")[0]


def open_log():
    return open(os.path.join(sdk_root(), "setup.log"))  # expect: PORT801
