# PORT414 posix-locale-name: locale names that some platform's C library does not know.
import locale
import sys
from locale import LC_ALL, setlocale

GERMAN = "de_DE.ISO8859-1"

locale.setlocale(locale.LC_ALL, "C.UTF-8")  # expect: PORT414
locale.setlocale(locale.LC_TIME, "de_DE.utf8")  # expect: PORT414
setlocale(LC_ALL, GERMAN)  # expect: PORT414
locale.setlocale(locale.LC_ALL, "de_DE@euro")  # expect: PORT414
locale.setlocale(locale.LC_ALL, "English_United States.1252")  # expect: PORT414
locale.setlocale(locale.LC_ALL, "en-US")  # expect: PORT414
locale.setlocale(locale.LC_ALL, locale="C.utf8")  # expect: PORT414

locale.setlocale(locale.LC_ALL, "")  # ok: PORT414
locale.setlocale(locale.LC_ALL, "C")  # ok: PORT414
locale.setlocale(locale.LC_ALL, "POSIX")  # ok: PORT414
locale.setlocale(locale.LC_ALL, "en_US.UTF-8")  # ok: PORT414
locale.setlocale(locale.LC_ALL, "de_DE")  # ok: PORT414
locale.setlocale(locale.LC_ALL, ("en_US", "UTF-8"))  # ok: PORT414
current = locale.setlocale(locale.LC_ALL)  # ok: PORT414
not_a_locale = "de_DE.utf8"  # ok: PORT414

try:
    locale.setlocale(locale.LC_ALL, "C.UTF-8")  # ok: PORT414
except locale.Error:
    locale.setlocale(locale.LC_ALL, "C")

if sys.platform.startswith("linux"):
    locale.setlocale(locale.LC_ALL, "C.UTF-8")  # ok: PORT414

if sys.platform == "win32":
    locale.setlocale(locale.LC_ALL, "English_United States.1252")  # ok: PORT414
