#!/usr/bin/env python3
# A module without imports: they go before its first statement, after the leading comments.

SCRATCH = "/tmp"
NULL = "/dev/null"
