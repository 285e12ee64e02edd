import os

import fixtures


def setUp(test):
    test.useFixture(fixtures.EnvironmentVariable("DEMO_FAST_TESTS", "1"))
    if os.environ.get("DEMO_FAST_TESTS"):
        return
