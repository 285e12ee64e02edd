import argparse
import os

# Documented in README.md and docs/configuration.rst: not reported.
VERBOSE = os.environ.get("SWITCHES_VERBOSE") == "1"
MODE = os.environ.get("SWITCHES_MODE", "safe").lower()
if MODE == "fast":
    pass

# Documented nowhere: reported.
if os.getenv("SWITCHES_SECRET_FLAG"):
    pass
workers = int(os.environ.get("SWITCHES_WORKERS", "4"))

# Documented by an option's help text.
parser = argparse.ArgumentParser()
parser.add_argument("--zone", default=os.environ.get("SWITCHES_ZONE"), help="defaults to $SWITCHES_ZONE")

# Read only for a message: not a switch, documented or not.
print("data in", os.environ.get("SWITCHES_DATA_DIR"))

# Declared in `environment-switches`: PORT302 reports it, not PORT390.
if os.environ.get("SWITCHES_DECLARED"):
    pass

# Suppressed like any finding.
if os.environ.get("SWITCHES_SUPPRESSED"):  # noqa: PORT390
    pass

# Set and documented by the tools that run the code (coverage.py, CI services, tox): not the
# project's own switches.
if os.environ.get("COVERAGE_RUN") or os.getenv("GITHUB_ACTIONS") or os.getenv("CIBUILDWHEEL"):
    pass
if os.environ.get("TOX_ENV_NAME", "").startswith("py3") or os.getenv("ZUUL_PROJECT"):
    pass
