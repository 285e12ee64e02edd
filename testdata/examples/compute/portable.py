"""The same facts, obtained portably: platlint has nothing to say here."""
import os
import shutil
import tempfile


def scratch_dir(instance_id):
    return os.path.join(tempfile.gettempdir(), "instances", instance_id)


def qemu_img():
    return shutil.which("qemu-img")


def is_mount(path):
    return os.path.ismount(path)
