#!/usr/bin/env python3
"""Draws a fixed-seed random sample of platlint's findings on the corpora, for a precision read.

    sample.py --corpus DIR [--binary PATH] [--count 60] [--seed 18] [--projects a,b,c]

Prints one JSON object per finding (repo, path, line, rule, message, hash of the line) followed
by the source lines around it, so that a reader can judge each one: `useful` (true, and a reviewer
would act), `noise` (true, not worth a reviewer's time) or `false`. The verdicts go to
precision.jsonl with the same keys plus `verdict` and `reason`.
"""
import argparse
import json
import pathlib
import random
import subprocess

from score import HERE, line_hash


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--binary", default=str(HERE.parent.parent / "build" / "platlint"))
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--projects", default="openstack/ironic,openstack/manila,openstack/glance,canonical/cloud-init")
    args = parser.parse_args()

    population = []
    for repo in args.projects.split(","):
        checkout = pathlib.Path(args.corpus, repo.split("/")[1])
        out = subprocess.run([args.binary, "check", "--format", "json", "--no-cache", "."], cwd=checkout,
                             capture_output=True, text=True).stdout
        for finding in json.loads(out)["findings"]:
            population.append((repo, checkout, finding))
    population.sort(key=lambda item: (item[0], item[2]["path"], item[2]["start"]["line"], item[2]["rule"]))
    for repo, checkout, finding in random.Random(args.seed).sample(population, min(args.count, len(population))):
        path = finding["path"].removeprefix("./")
        line = finding["start"]["line"]
        text = (checkout / path).read_text(encoding="utf-8", errors="replace").splitlines()
        record = {"repo": repo, "path": path, "line": line, "rule": finding["rule"], "message": finding["message"],
                  "hash": line_hash(text[line - 1])}
        print(json.dumps(record))
        for number in range(max(1, line - 4), min(len(text), line + 2) + 1):
            print(f"    {number:5}{'>' if number == line else ' '} {text[number - 1]}")
        for related in finding.get("related", []):
            print(f"    related {related['start']['line']}: {related['message'][:120]}")
    print(f"# {min(args.count, len(population))} of {len(population)} findings, seed {args.seed}")


if __name__ == "__main__":
    main()
