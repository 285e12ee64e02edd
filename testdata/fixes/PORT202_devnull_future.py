#!/usr/bin/env python3
"""Discard output portably.

`import os` goes after this docstring and the __future__ import, sorted into the
standard-library imports.
"""
from __future__ import annotations

import sys  # the only import
from typing import TextIO

DEFAULT_SINK: str = "/dev/null"


def sink(execute, src: str) -> TextIO | None:
    execute("cp", src, "/dev/null")
    return None if sys.flags.quiet else sys.stderr
