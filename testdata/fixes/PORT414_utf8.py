import locale

locale.setlocale(locale.LC_ALL, "de_DE.utf8")
