"""Without standard-library imports, `import tempfile` is a group of its own before the others."""

import tempfile

from oslo_log import log as logging

from nova import exception

LOG = logging.getLogger(__name__)


def scratch(path):
    if not path.startswith("/"):
        raise exception.Invalid()
    return tempfile.gettempdir()
