# An import directly in a function's body fails where its module is missing, and the rest of the
# function never runs there: the Windows-only findings after it are its related locations.
import os


def user_name():
    import pwd  # expect: PORT401
    return pwd.getpwuid(os.getuid()).pw_name  # ok: PORT402


def before_the_import():
    uid = os.getuid()  # expect: PORT402
    import grp  # expect: PORT401
    return grp.getgrgid(os.getgid()).gr_name, uid  # ok: PORT402


def conditional_import(flag):
    if flag:
        import termios  # expect: PORT401
        return termios.tcgetattr(0)
    return os.getuid()  # expect: PORT402


def macos_only_after_windows_import():
    import fcntl  # expect: PORT401
    # Breaks on macOS too, where fcntl imports: not explained by the import.
    return open("/proc/self/status").read()  # expect: PORT103
