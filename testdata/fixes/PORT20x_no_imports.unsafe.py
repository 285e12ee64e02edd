#!/usr/bin/env python3
# A module without imports: they go before its first statement, after the leading comments.
# (--unsafe-fixes: the values are module-level constants, whose /tmp fix is unsafe.)

SCRATCH = "/tmp"
NULL = "/dev/null"
