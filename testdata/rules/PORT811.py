# PORT811 long-path-literal: literal paths longer than Windows' MAX_PATH.
import os
import sys
from pathlib import Path

REPORT = os.path.join("reports", "quarterly-financial-summary-of-the-regional-offices", "quarterly-financial-summary-of-the-regional-offices", "quarterly-financial-summary-of-the-regional-offices", "quarterly-financial-summary-of-the-regional-offices", "quarterly-financial-summary-of-the-regional-offices", "quarterly-financial-summary-of-the-regional-offices", "report.txt")  # expect: PORT811
LABEL = "quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/report.txt"

with open("quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/report.txt") as f:  # expect: PORT811
    pass
os.makedirs(REPORT)  # ok: PORT811
data = Path("quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/report.txt").read_bytes()  # expect: PORT811
print(LABEL)  # ok: PORT811
short = open("reports/2024/report.txt")  # ok: PORT811


def dynamic(name):
    return open(os.path.join("quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices", name), encoding="utf-8")  # ok: PORT811


if sys.platform != "win32":
    open("quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/quarterly-financial-summary-of-the-regional-offices/report.txt")  # ok: PORT811
