#!/usr/bin/env python3
"""What `check --suggest-targets` would take out of the way: the precision verdicts of the findings in
the components it suggests, against those of all findings.

    suggestions.py --corpus DIR [--binary PATH]

Runs `check --suggest-targets --format json` in each checkout of corpora.tsv (bench/quality/fetch.sh
DIR), then counts the verdicts of every precision read (precision-user-story*.jsonl) by whether the
finding lies in a suggested directory or file. A verdict whose reason starts with "linux-only
component:" is counted apart from the other noise: those are the findings the suggestions are for.
Counts verdicts, not findings: a finding drawn by two reads counts twice, as each read counts it.
"""
import argparse
import collections
import json
import pathlib
import subprocess
import sys

from score import HERE

KINDS = ["linux-only component", "other noise", "false", "useful"]


def suggestions(binary, checkout):
    result = subprocess.run([binary, "check", "--suggest-targets", "--format", "json", "--no-cache", "."],
                            cwd=checkout, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"suggestions: platlint failed on {checkout} ({result.returncode}):\n{result.stderr}")
    return [s["path"].removeprefix("./") for s in json.loads(result.stdout)]


def kind(verdict):
    if verdict["reason"].startswith("linux-only component"):
        return "linux-only component"
    return "other noise" if verdict["verdict"] == "noise" else verdict["verdict"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--binary", default=str(HERE.parent.parent / "build" / "platlint"))
    args = parser.parse_args()

    suggested = {}
    for line in (HERE / "corpora.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        repo = line.split("\t")[0]
        suggested[repo] = suggestions(args.binary, pathlib.Path(args.corpus, repo.split("/")[1]))
        for path in suggested[repo]:
            print(f"suggested  {repo}  {path}")
    counts = collections.Counter()
    for path in sorted(HERE.glob("precision-user-story*.jsonl")):
        for text in path.read_text(encoding="utf-8").splitlines():
            verdict = json.loads(text)
            inside = any(verdict["path"] == s or (s.endswith("/") and verdict["path"].startswith(s))
                         for s in suggested.get(verdict["repo"], []))
            counts[(kind(verdict), inside)] += 1
    print(f"\n{'verdict':24}{'in suggested':>14}{'elsewhere':>11}")
    for k in KINDS:
        print(f"{k:24}{counts[(k, True)]:>14}{counts[(k, False)]:>11}")


if __name__ == "__main__":
    main()
