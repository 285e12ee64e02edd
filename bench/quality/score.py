#!/usr/bin/env python3
"""Scores platlint against the labels: recall per category, in-category recall, look-alikes flagged.

    score.py --corpus DIR [--binary PATH] [--misses] [--flagged] [--unlabeled] [--project NAME]

DIR holds one checkout per corpus of corpora.tsv (bench/quality/fetch.sh DIR). A positive label is
found when a finding's region or one of its related locations covers the labeled line; it is found
in category when that finding's rule family (PORT<d>xx), or the family of a finding folded into it at
that line, is the label's category. A look-alike is
flagged when any finding covers its line. --misses, --flagged and --unlabeled list the labels
missed, the look-alikes flagged and the findings in completely read files that no label covers.
"""
import argparse
import collections
import hashlib
import json
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
FAMILY = {"1": "kernel", "2": "paths", "3": "environment", "4": "platform-api", "5": "commands",
          "6": "detection", "7": "tls", "8": "filesystem"}
CATEGORIES = list(FAMILY.values())


def line_hash(text):
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


def load_labels(project_filter):
    labels = []
    for path in sorted((HERE / "labels").glob("*.jsonl")):
        if project_filter and path.stem != project_filter:
            continue
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if text.strip():
                record = json.loads(text)
                record["source"] = f"{path.name}:{number}"
                labels.append(record)
    return labels


def read_manifests():
    read = collections.defaultdict(set)
    for path in (HERE / "labels").glob("*.files"):
        for text in path.read_text(encoding="utf-8").splitlines():
            parts = text.split()
            if len(parts) >= 2:
                read[parts[0]].add(parts[1])
    return read


def run_platlint(binary, checkout):
    result = subprocess.run([binary, "check", "--format", "json", "--no-cache", "."], cwd=checkout,
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"score: platlint failed on {checkout} ({result.returncode}):\n{result.stderr}")
    findings = collections.defaultdict(list)
    for finding in json.loads(result.stdout)["findings"]:
        path = finding["path"].removeprefix("./")
        lines = set(range(finding["start"]["line"], finding["end"]["line"] + 1))
        for related in finding.get("related", []):
            if related.get("path", finding["path"]) == finding["path"]:  # not a place in another file
                lines.add(related["start"]["line"])
        findings[path].append((finding, lines))
    return findings


def families_at(finding, line):
    """The finding's family, and those of the findings folded into it (related locations whose message
    starts with their rule id) at `line`."""
    families = {FAMILY.get(finding["rule"][4])}
    for related in finding.get("related", []):
        message = related["message"]
        if related["start"]["line"] == line and message.startswith("PORT") and len(message) > 4:
            families.add(FAMILY.get(message[4]))
    return families


def ratio(part, whole):
    return f"{part / whole:.2f}" if whole else "-"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--binary", default=str(HERE.parent.parent / "build" / "platlint"))
    parser.add_argument("--project")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--flagged", action="store_true")
    parser.add_argument("--unlabeled", action="store_true")
    args = parser.parse_args()

    labels = load_labels(args.project)
    pinned = dict(line.split("\t") for line in (HERE / "corpora.tsv").read_text().splitlines()[1:])
    findings_by_repo = {}
    for repo in sorted({label["repo"] for label in labels}):
        checkout = pathlib.Path(args.corpus, repo.split("/")[1])
        if not checkout.is_dir():
            sys.exit(f"score: no checkout of {repo} at {checkout} (bench/quality/fetch.sh {args.corpus})")
        head = subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], capture_output=True,
                              text=True).stdout.strip()
        if head != pinned[repo].strip():
            sys.exit(f"score: {checkout} is at {head}, the labels need {pinned[repo].strip()}")
        findings_by_repo[repo] = run_platlint(args.binary, checkout)

    rows = collections.defaultdict(lambda: collections.Counter())
    drifted = 0
    report = []
    covered = collections.defaultdict(set)  # (repo, path) -> ids of findings that cover a label
    for label in labels:
        checkout = pathlib.Path(args.corpus, label["repo"].split("/")[1])
        text = (checkout / label["path"]).read_text(encoding="utf-8", errors="replace").splitlines()
        if label["line"] > len(text) or line_hash(text[label["line"] - 1]) != label["hash"]:
            drifted += 1
            continue
        hits = [finding for finding, lines in findings_by_repo[label["repo"]].get(label["path"], [])
                if label["line"] in lines]
        for finding in hits:
            covered[(label["repo"], label["path"])].add(id(finding))
        row = rows[label["category"]]
        where = f'{label["repo"]} {label["path"]}:{label["line"]}'
        if label["expect"]:
            row["positives"] += 1
            in_category = [f for f in hits if label["category"] in families_at(f, label["line"])]
            row["found"] += bool(hits)
            row["in_category"] += bool(in_category)
            if args.misses and not in_category:
                got = ",".join(sorted({f["rule"] for f in hits})) or "nothing"
                report.append(f"MISS {label['category']:12} {where} (got {got}): {label['reason']}")
        else:
            row["lookalikes"] += 1
            row["flagged"] += bool(hits)
            if args.flagged and hits:
                got = ",".join(sorted({f["rule"] for f in hits}))
                report.append(f"FLAGGED {label['category']:12} {where} ({got}): {label['reason']}")

    unlabeled = 0
    for repo_name, paths in read_manifests().items():
        if repo_name not in findings_by_repo:
            continue
        for path in sorted(paths):
            for finding, lines in findings_by_repo[repo_name].get(path, []):
                if id(finding) not in covered[(repo_name, path)]:
                    unlabeled += 1
                    if args.unlabeled:
                        report.append(f"UNLABELED {repo_name} {path}:{finding['start']['line']} "
                                      f"{finding['rule']} {finding['message'][:110]}")

    for line in report:
        print(line)
    header = f"{'category':14}{'positives':>10}{'recall':>8}{'in-cat':>8}{'look-alikes':>13}{'flagged':>9}"
    print(header)
    total = collections.Counter()
    for category in CATEGORIES:
        row = rows[category]
        total.update(row)
        print(f"{category:14}{row['positives']:>10}{ratio(row['found'], row['positives']):>8}"
              f"{ratio(row['in_category'], row['positives']):>8}{row['lookalikes']:>13}"
              f"{ratio(row['flagged'], row['lookalikes']):>9}")
    print(f"{'all':14}{total['positives']:>10}{ratio(total['found'], total['positives']):>8}"
          f"{ratio(total['in_category'], total['positives']):>8}{total['lookalikes']:>13}"
          f"{ratio(total['flagged'], total['lookalikes']):>9}")
    print(f"labels: {len(labels)} from {len(findings_by_repo)} projects; drifted (skipped): {drifted}; "
          f"findings in completely read files that no label covers: {unlabeled}")


if __name__ == "__main__":
    main()
