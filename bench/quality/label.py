#!/usr/bin/env python3
"""Appends one label to labels/<project>.jsonl, filling commit and the line's hash from the checkout.

    label.py CHECKOUT REPO PATH LINE CATEGORY yes|no "reason"
    e.g. label.py /tmp/corpus/ironic openstack/ironic ironic/common/utils.py 120 commands yes "runs qemu-img, which ..."
"""
import hashlib
import json
import pathlib
import subprocess
import sys

CATEGORIES = {"kernel", "paths", "environment", "platform-api", "commands", "detection", "tls", "filesystem"}


def line_hash(text):
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


def main(argv):
    if len(argv) != 8:
        sys.exit(__doc__)
    checkout, repo, path, line, category, expect, reason = argv[1:]
    if category not in CATEGORIES:
        sys.exit(f"label: unknown category {category!r}; one of {sorted(CATEGORIES)}")
    if expect not in ("yes", "no"):
        sys.exit("label: expect is yes or no")
    lines = pathlib.Path(checkout, path).read_text(encoding="utf-8", errors="replace").splitlines()
    number = int(line)
    if not 1 <= number <= len(lines):
        sys.exit(f"label: {path} has {len(lines)} lines, not {number}")
    commit = subprocess.run(["git", "-C", checkout, "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    record = {"repo": repo, "commit": commit, "path": path, "line": number, "category": category,
              "expect": expect == "yes", "reason": reason, "hash": line_hash(lines[number - 1])}
    out = pathlib.Path(__file__).resolve().parent / "labels" / (repo.split("/")[1] + ".jsonl")
    with out.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(record) + "\n")
    print(f"{path}:{number}: {lines[number - 1].strip()[:100]}")


if __name__ == "__main__":
    main(sys.argv)
