"""The project's flake8 (tox.ini) keeps lines within 79 columns.

A fix that would cross it wraps inside the brackets of its line, after a
comma and aligned with the bracket.
"""
import os
import tempfile


def build(execute, image, name):
    execute('qemu-img', 'convert', '-O', 'raw', image, tempfile.gettempdir(),
            as_root=True)
    return os.path.join(tempfile.gettempdir(), 'images', 'converted', 'raw',
                        name, 'disk')
