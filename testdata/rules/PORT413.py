# PORT413 platform-strftime-directive: strftime directives only some C libraries know.
import datetime
import logging
import os
import sys
import time
from datetime import date

DAY_FORMAT = "%B %-d"

when = datetime.datetime.now()
label = when.strftime("%B %-d, %Y")  # expect: PORT413
clock = time.strftime("%-I:%M %p")  # expect: PORT413
stamp = when.strftime("%s")  # expect: PORT413
hours = time.strftime("%k:%M")  # expect: PORT413
lower = when.strftime("%l:%M %P")  # expect: PORT413
short = date.today().strftime(DAY_FORMAT)  # expect: PORT413
windows_day = when.strftime("%#d %B")  # expect: PORT413
prefix = when.strftime(f"%-m/{when.day}")  # expect: PORT413
through_class = datetime.date.strftime(when, "%-d")  # expect: PORT413
logging.basicConfig(datefmt="%-d %b %H:%M")  # expect: PORT413
formatter = logging.Formatter("%(message)s", "%s")  # expect: PORT413
spec = f"{when:%B %-d}"  # expect: PORT413

iso = when.strftime("%Y-%m-%d %H:%M:%S")  # ok: PORT413
c99 = when.strftime("%e %D %F %T %R %u %V %G %g %h %C")  # ok: PORT413
percent = when.strftime("100%% on %d")  # ok: PORT413
modifier = when.strftime("%Ey %Od")  # ok: PORT413
parsed = datetime.datetime.strptime("5 May", "%d %B")  # ok: PORT413
text = "%-5d" % (5,)  # ok: PORT413
cut = when.strftime(f"%{'-'}d")  # ok: PORT413
ratio = f"{0.25:.1%} {when:%Y}"  # ok: PORT413

if sys.platform != "win32":
    guarded = when.strftime("%-d")  # ok: PORT413

day = when.strftime("%#d") if os.name == "nt" else when.strftime("%-d")  # ok: PORT413

try:
    fallback = when.strftime("%-d")  # ok: PORT413
except ValueError:
    fallback = when.strftime("%#d")  # ok: PORT413
