#!/usr/bin/env python3
"""Proves that the test suite bites: applies each of a fixed list of small mutations to a scratch
copy of the repository, rebuilds, runs the whole CTest suite, and reports which mutations the
suite caught (some test failed) and which survived (every test passed).

    scripts/mutation-check.py [--work DIR] [--only NAME[,NAME...]] [--jobs N]

The scratch copy (default /tmp/platlint-mutation) holds the tracked and new files of this work tree
plus the fetched dependencies (.deps, .tools), so nothing is downloaded again; its build directory
is reused across runs, and each mutation costs an incremental build and one suite run. The work
tree itself is never touched. Exit status: 0 when every mutation was caught, 1 when one survived
or did not apply, 2 when the unmutated copy does not pass its own suite.

Not part of CI (a run takes one to two hours on two cores); run it after changing the tests.
"""
import argparse
import dataclasses
import os
import pathlib
import shutil
import subprocess
import sys
import time

REPO = pathlib.Path(__file__).resolve().parent.parent


@dataclasses.dataclass
class Mutation:
    name: str
    path: str
    old: str
    new: str
    what: str


# Each `old` must occur exactly once in its file, so a mutation that no longer applies is noticed.
MUTATIONS = [
    Mutation("message", "rules/environment_variables.cpp",
             '"is set on macOS but usually not on Linux and never on Windows',
             '"is set on Linux but usually not on macOS and never on Windows',
             "PORT305's message says TMPDIR is set on Linux"),
    Mutation("breaks-on", "rules/kernel_interfaces.cpp",
             '"mount_points = [p.mountpoint for p in psutil.disk_partitions(all=True)]",\n    kNotLinux, kTags};',
             '"mount_points = [p.mountpoint for p in psutil.disk_partitions(all=True)]",\n    Platform::Windows, kTags};',
             "PORT101 no longer breaks on macOS (so --target macos hides it)"),
    Mutation("range", "rules/kernel_interfaces.cpp",
             "ctx.report(*match->rule, use->root,",
             "ctx.report(*match->rule, use->root.parent(),",
             "kernel-path findings cover the enclosing expression instead of the path"),
    Mutation("level", "rules/kernel_interfaces.cpp",
             '"PORT101", "proc-mounts", Level::Warning,',
             '"PORT101", "proc-mounts", Level::Note,',
             "PORT101's default level becomes note"),
    Mutation("json-fix-safety", "analyzer/report/json_reporter.cpp",
             'j["safety"] = fix.safety == FixSafety::Safe ? "safe" : "unsafe";',
             'j["safety"] = "safe";',
             "the JSON report calls every fix safe"),
    Mutation("sarif-fix-safety", "analyzer/report/sarif_writer.cpp",
             'Json{{"safety", fix.safety == FixSafety::Safe ? "safe" : "unsafe"}}',
             'Json{{"safety", "safe"}}',
             "SARIF calls every fix safe"),
    Mutation("fix-applies-unsafe", "analyzer/lint/diagnostic.h",
             "return fix.safety == FixSafety::Safe || unsafeFixes;",
             "return true;",
             "--fix applies unsafe rewrites without --unsafe-fixes"),
    Mutation("guard-form", "analyzer/semantic/platform_condition.cpp",
             'function.field("attribute").text() == "startswith"',
             'function.field("attribute").text() == "startswith_"',
             "sys.platform.startswith(...) is no longer understood as a guard"),
    Mutation("sarif-field", "analyzer/report/sarif_writer.cpp",
             'run["columnKind"] = "unicodeCodePoints";',
             'run["columnKind"] = "utf16CodeUnits";',
             "SARIF declares UTF-16 columns while writing code points"),
    Mutation("suppression-form", "analyzer/lint/suppressions.cpp",
             'if (consumeWord(rest, "noqa")) {',
             'if (consumeWord(rest, "noqa_")) {',
             "`# noqa: PORT101` no longer suppresses"),
    Mutation("exit-code", "analyzer/ci/ci_stages.cpp",
             "return !d.suppressed() && d.level >= threshold; })) {\n      return 1;",
             "return !d.suppressed() && d.level >= threshold; })) {\n      return 0;",
             "findings exit 0"),
    Mutation("cache-key", "analyzer/workspace/settings_table.cpp",
             '"wrappers", [](const FileSettings& s) { return sortedList(s.commandWrappers); }},',
             '"wrappers", [](const FileSettings&) { return Json(); }},',
             "the cache key ignores command-wrappers (stale results after a configuration change)"),
]


def sh(cmd, cwd, log=None, env=None):
    """Runs cmd; returns its exit status. Output goes to the log file, or is discarded."""
    out = open(log, "ab") if log else subprocess.DEVNULL
    try:
        return subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env).returncode
    finally:
        if log:
            out.close()


def copy_tree(work: pathlib.Path):
    """Copies this work tree's tracked and new (not ignored) files, and the fetched dependencies."""
    src = work / "src"
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=REPO, check=True, capture_output=True).stdout.split(b"\0")
    wanted = {p.decode() for p in listed if p}
    for rel in sorted(wanted):
        source = REPO / rel
        if not source.is_file():
            continue  # deleted in the work tree
        target = src / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copy2(source, target)
    # Files of earlier copies that the work tree no longer has.
    for path in src.rglob("*"):
        rel = path.relative_to(src).as_posix()
        if path.is_file() and not rel.startswith((".deps/", ".tools/", ".git/")) and rel not in wanted:
            path.unlink()
    for dep in (".deps", ".tools"):
        if (REPO / dep).is_dir() and not (src / dep).exists():
            shutil.copytree(REPO / dep, src / dep, symlinks=True)
    # Some tests ask git about the repository (tracked files, hooks): the copy is a repository of its own.
    git = ["git", "-c", "user.name=mutation-check", "-c", "user.email=mutation-check@invalid"]
    if not (src / ".git").exists():
        subprocess.run(git + ["init", "-q"], cwd=src, check=True)
    subprocess.run(git + ["add", "-A"], cwd=src, check=True)
    subprocess.run(git + ["commit", "-q", "--allow-empty", "-m", "scratch copy"], cwd=src, check=True)
    return src


def run_suite(src: pathlib.Path, build: pathlib.Path, jobs: int, log: pathlib.Path):
    """Builds and runs the suite; returns (built, failed test names)."""
    if sh(["cmake", "--build", str(build)], src, log) != 0:
        return False, []
    env = dict(os.environ)
    env.pop("PLATLINT_UPDATE_SNAPSHOTS", None)
    sh(["ctest", "--test-dir", str(build), "-j", str(jobs), "--timeout", "600"], src, log, env)
    failed_log = build / "Testing" / "Temporary" / "LastTestsFailed.log"
    if not failed_log.exists():
        return True, []
    names = [line.split(":", 1)[1] for line in failed_log.read_text().splitlines() if ":" in line]
    return True, names


def apply(src: pathlib.Path, m: Mutation):
    path = src / m.path
    text = path.read_text()
    if text.count(m.old) != 1:
        return None
    path.write_text(text.replace(m.old, m.new))
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", default="/tmp/platlint-mutation", type=pathlib.Path)
    parser.add_argument("--only", default="", help="comma-separated mutation names")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    chosen = [m for m in MUTATIONS if not args.only or m.name in args.only.split(",")]
    if not chosen:
        print("mutation-check: no mutation by that name; known: " + ", ".join(m.name for m in MUTATIONS),
              file=sys.stderr)
        return 2

    args.work.mkdir(parents=True, exist_ok=True)
    src = copy_tree(args.work)
    build = args.work / "build"
    log = args.work / "mutation-check.log"
    log.write_text("")
    if sh(["cmake", "-S", str(src), "-B", str(build), "-G", "Ninja", "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
           "-DPLATLINT_WITH_CLANG=ON"], src, log) != 0:
        print(f"mutation-check: configuring failed; see {log}", file=sys.stderr)
        return 2
    start = time.monotonic()
    built, failed = run_suite(src, build, args.jobs, log)
    if not built or failed:
        print(f"mutation-check: the unmutated copy fails ({'build' if not built else ', '.join(failed)});"
              f" see {log}", file=sys.stderr)
        return 2
    print(f"unmutated suite passes ({time.monotonic() - start:.0f} s)", flush=True)

    rows = []
    for m in chosen:
        original = apply(src, m)
        if original is None:
            rows.append((m, "DID NOT APPLY", f"`{m.old[:40]}` is not exactly once in {m.path}"))
            continue
        try:
            start = time.monotonic()
            built, failed = run_suite(src, build, args.jobs, log)
        finally:
            (src / m.path).write_text(original)
        seconds = time.monotonic() - start
        if not built:
            rows.append((m, "DID NOT BUILD", f"see {log}"))
        elif failed:
            shown = ", ".join(failed[:4]) + (f" and {len(failed) - 4} more" if len(failed) > 4 else "")
            rows.append((m, "caught", f"{len(failed)} failing: {shown}"))
        else:
            rows.append((m, "SURVIVED", "every test passed"))
        print(f"{m.name}: {rows[-1][1]} ({seconds:.0f} s)", flush=True)
    # Leave the build matching the unmutated sources for the next run.
    sh(["cmake", "--build", str(build)], src, log)

    print("\n| mutation | what it breaks | result | tests that failed |")
    print("|---|---|---|---|")
    for m, result, detail in rows:
        print(f"| {m.name} | {m.what} | {result} | {detail} |")
    caught = sum(1 for _, result, _ in rows if result == "caught")
    print(f"\n{caught} of {len(rows)} mutations caught")
    return 0 if caught == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
