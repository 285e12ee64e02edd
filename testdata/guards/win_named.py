# A module with the word `win` in its file name (win_named.py, like regrtest's win_utils.py) is
# imported only on Windows: Windows APIs are no finding. `darwin` ends in "win" and is macOS, so only
# the whole word counts.
import _winapi  # ok: PORT401
import msvcrt  # ok: PORT401


def console_code_page():
    return _winapi.GetACP()


def read_log(path):
    return open(path).read()  # expect: PORT801
