#!/usr/bin/env python3
"""Discard output portably.

`import os` goes after this docstring, the __future__ import and the import block.
"""
from __future__ import annotations

import sys  # the only import
from typing import TextIO
import os

DEFAULT_SINK: str = os.devnull


def sink(execute, src: str) -> TextIO | None:
    execute("cp", src, os.devnull)
    return None if sys.flags.quiet else sys.stderr
