#!/usr/bin/env python3
# Copyright 2026 Example Contributors.
"""`import tempfile` goes into the standard-library group, sorted between `os` and `sys`,
before the group's `from x import y` lines and never after the third-party or project imports."""
from __future__ import annotations

import errno
import os
import sys
from collections import abc

from oslo_config import cfg

from nova import utils

CONF = cfg.CONF


def scratch(name):
    return os.path.join("/tmp", name)


def names():
    return abc, errno, sys, utils
