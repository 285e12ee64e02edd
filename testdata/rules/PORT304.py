# PORT304 locale-timezone-environment: TZ, LANG, LANGUAGE, LC_ALL and LC_* read from the environment.
import datetime
import locale
import os
import zoneinfo

LOCALE_VAR = "LC_MESSAGES"


def local_zone():
    name = os.environ.get("TZ", "UTC")  # expect: PORT304
    return zoneinfo.ZoneInfo(name)


def console_encoding():
    lang = os.environ["LANG"]  # expect: PORT304
    return lang.split(".")[1]


def message_language():
    return os.getenv("LANGUAGE")  # expect: PORT304


def all_categories():
    # expect: PORT304
    if "LC_ALL" in os.environ:
        return os.environ["LC_ALL"]  # expect: PORT304
    return os.environ.get(LOCALE_VAR)  # expect: PORT304


def ctype():
    return os.environ.get("LC_CTYPE", "C")  # expect: PORT304


def portable():
    encoding = locale.getpreferredencoding(False)  # ok: PORT304
    language, _ = locale.getlocale()  # ok: PORT304
    zone = zoneinfo.ZoneInfo("Europe/Berlin")  # ok: PORT304
    headers = {"LANG": language}  # ok: PORT304
    return encoding, headers["LANG"], datetime.datetime.now(zone)  # ok: PORT304


def similar_names():
    return os.environ.get("LC"), os.environ.get("LANGUAGES_DIR")  # ok: PORT304


def saved_and_restored(run):
    # Kept only to be put back: the value decides nothing.
    old = os.environ.get("TZ", "")  # ok: PORT304
    try:
        return run()
    finally:
        os.environ["TZ"] = old  # ok: PORT320 (puts back what it saved)


class TimeZoneTest:
    def setUp(self):
        self.orig_tz = os.environ.get("TZ", "")  # ok: PORT304

    def tearDown(self):
        os.environ["TZ"] = self.orig_tz  # ok: PORT320 (puts back what setUp saved)

    def test_zone(self):
        return os.environ.get("TZ")  # expect: PORT304
