"""An `if TYPE_CHECKING:` block and a `try` of imports are never where `import tempfile` goes."""
from __future__ import annotations

from typing import TYPE_CHECKING

try:
    import simplejson as json
except ImportError:
    import json

if TYPE_CHECKING:
    import pathlib


def dump(state, path: pathlib.Path | None = None):
    target = path or "/tmp"
    return json.dumps({"state": state, "target": str(target)})
