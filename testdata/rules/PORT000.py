# PORT000 syntax-error: a file that does not parse is a finding of its own, at its first error;
# the parser recovers and the rest of the file is still analysed.
import os


def modern_syntax_parses(command, values):  # ok: PORT000
    match command:  # ok: PORT000
        case ["go", direction]:  # ok: PORT000
            return direction
    if (n := len(values)) > 2:  # ok: PORT000
        return n
    return f"{values!r:>10}"  # ok: PORT000


def unfinished(:  # expect: PORT000
    return 1


print "python 2"  # ok: PORT000 (the tolerant parser accepts Python 2's print statement)


def mounts():
    return open("/proc/mounts", encoding="utf-8")  # expect: PORT101


def cpus():
    return os.cpu_count()  # ok: PORT000
