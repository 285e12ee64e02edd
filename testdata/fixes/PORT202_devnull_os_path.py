# PORT202: `import os.path` binds `os`, so `os.devnull` works without a new import.
import os.path


def sink(execute, src):
    execute("cp", src, "/dev/null")
    return os.path.getsize("/dev/null")
