import os

DEBUG = os.environ.get("GENERATED_ONLY_SWITCH")
