"""A module with only a docstring before its code: the imports go right after it."""
import os
import tempfile
SCRATCH = tempfile.gettempdir(); NULL = os.devnull
