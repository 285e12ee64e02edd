#!/usr/bin/env python3
"""Discard output portably.

`import os` goes after this docstring and the __future__ import, sorted into the
standard-library imports.
"""
from __future__ import annotations

import os
import sys  # the only import
from typing import TextIO

DEFAULT_SINK: str = os.devnull


def sink(execute, src: str) -> TextIO | None:
    execute("cp", src, os.devnull)
    return None if sys.flags.quiet else sys.stderr
