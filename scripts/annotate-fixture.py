#!/usr/bin/env python3
"""Adds `# expect: RULE` for each "unexpected finding" the fixture runner prints (read on stdin),
so a fixture can be brought up to date after a new rule starts firing on it. Review the diff: every
added expectation must be a true finding.

    build/tests/platlint_fixture_runner testdata/rules/*.py | scripts/annotate-fixture.py
"""
import collections
import re
import sys

pending = collections.defaultdict(lambda: collections.defaultdict(set))
for line in sys.stdin:
    m = re.match(r"^(.+?):(\d+): unexpected finding (PORT\d{3})", line)
    if m:
        pending[m.group(1)][int(m.group(2))].add(m.group(3))

for path, by_line in pending.items():
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    for number, rules in by_line.items():
        text = lines[number - 1]
        expect = re.search(r"# expect: ((?:PORT\d{3}[ ,]*)+)", text)
        if expect:
            ids = sorted(set(re.findall(r"PORT\d{3}", expect.group(1))) | rules)
            text = text[: expect.start()] + "# expect: " + ", ".join(ids) + text[expect.end():].rstrip()
        else:
            text = text.rstrip() + "  # expect: " + ", ".join(sorted(rules))
        lines[number - 1] = text
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines))
    print(f"{path}: {sum(len(r) for r in by_line.values())} expectations added")
