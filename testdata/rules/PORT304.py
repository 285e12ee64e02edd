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
