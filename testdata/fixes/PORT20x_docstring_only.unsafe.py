"""A module with only a docstring before its code: the imports go right after it."""
SCRATCH = "/tmp"; NULL = "/dev/null"
