#!/usr/bin/env python3
"""Reviews platlint's fixes on a real tree the way a maintainer's CI would.

Copies TREE, applies `platlint check --fix` (and `--unsafe-fixes` with --unsafe) to the copy, then
for every changed file: does it still compile (`python3 -m py_compile`), does the tree's style
checker report anything new on the changed lines (flake8 with the tree's own configuration, when
flake8 is installed), and does isort, given the tree's settings, want to move an import that the
fix added (when isort is installed). Prints counts and the offending lines; asserts nothing.

    bench/fixes/review.py [--binary PATH] [--unsafe] [--show N] TREE...

Debian packages: flake8, python3-isort. A tree's flake8 plugins (hacking) are not installed here,
so only pycodestyle/pyflakes codes are compared.
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def changed_files(original, fixed):
    out = []
    for root, _dirs, files in os.walk(fixed):
        for name in files:
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, fixed)
            before = os.path.join(original, rel)
            with open(path, "rb") as a, open(before, "rb") as b:
                if a.read() != b.read():
                    out.append(rel)
    return sorted(out)


def added_lines(before_path, after_path):
    """{line of the fixed file that the fix added or changed: the original line it replaces, or None}."""
    with open(before_path, encoding="utf-8", errors="replace") as f:
        before = f.read().splitlines()
    with open(after_path, encoding="utf-8", errors="replace") as f:
        after = f.read().splitlines()
    lines = {}
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            same_shape = tag == "replace" and i2 - i1 == j2 - j1
            for k in range(j2 - j1):
                lines[j1 + k + 1] = i1 + k + 1 if same_shape else None
    return lines, after


def flake8_codes(tree, files):
    """{(file, line): [code, ...]} from flake8 run in `tree` (so its setup.cfg/tox.ini apply)."""
    if not shutil.which("flake8") or not files:
        return None
    proc = subprocess.run(["flake8", "--format=%(path)s:%(row)d:%(code)s", *files], cwd=tree,
                          capture_output=True, text=True)
    found = {}
    for line in proc.stdout.splitlines():
        m = re.match(r"(.+?):(\d+):(\w+)", line)
        if m:
            found.setdefault((os.path.normpath(m.group(1)), int(m.group(2))), []).append(m.group(3))
    return found


def isort_python():
    """An interpreter that has isort (Debian's lives in /usr/bin/python3), or None."""
    for python in (sys.executable, "/usr/bin/python3"):
        if os.path.exists(python) and subprocess.run([python, "-c", "import isort"], capture_output=True).returncode == 0:
            return python
    return None


def isort_moves_added_import(python, tree, rel, added):
    """True when isort (with the tree's settings) would move one of the import lines the fix added."""
    proc = subprocess.run([python, "-m", "isort", "--check-only", "--diff", rel], cwd=tree,
                          capture_output=True, text=True)
    if proc.returncode == 0:
        return False
    moved = {l[1:].strip() for l in proc.stdout.splitlines() if l.startswith("-") and not l.startswith("---")}
    return any(a.strip() in moved for a in added if a.strip().startswith(("import ", "from ")))


def review(tree, binary, unsafe, show):
    name = os.path.basename(os.path.normpath(tree))
    work = tempfile.mkdtemp(prefix="platlint-fix-review-")
    try:
        original = os.path.join(work, "original", name)
        fixed = os.path.join(work, "fixed", name)
        ignore = shutil.ignore_patterns(".git", ".tox", "__pycache__")
        shutil.copytree(tree, original, ignore=ignore, symlinks=True)
        shutil.copytree(tree, fixed, ignore=ignore, symlinks=True)
        flags = ["--fix", "--unsafe-fixes"] if unsafe else ["--fix"]
        proc = subprocess.run([binary, "check", "--no-cache", *flags, "."], cwd=fixed, capture_output=True, text=True)
        summary = proc.stdout.strip().splitlines()[-1:] or ["(no summary)"]
        files = changed_files(original, fixed)
        compile_failures = []
        for rel in files:
            r = subprocess.run([sys.executable, "-m", "py_compile", rel], cwd=fixed, capture_output=True, text=True,
                               env={**os.environ, "PYTHONPYCACHEPREFIX": os.path.join(work, "pycache")})
            if r.returncode != 0:
                compile_failures.append((rel, r.stderr.strip().splitlines()[-1:]))
        before_codes = flake8_codes(original, files)
        after_codes = flake8_codes(fixed, files)
        new_style = []
        isort_moves = []
        isort = isort_python()
        for rel in files:
            lines, text = added_lines(os.path.join(original, rel), os.path.join(fixed, rel))
            if after_codes is not None:
                key = os.path.normpath(rel)
                for line, was in sorted(lines.items()):
                    had = set(before_codes.get((key, was), [])) if was else set()
                    for code in after_codes.get((key, line), []):
                        if code not in had:  # a changed line may keep a violation it already had
                            new_style.append((rel, line, code, text[line - 1].strip()))
            if isort and isort_moves_added_import(isort, fixed, rel, [text[l - 1] for l in lines]):
                isort_moves.append(rel)
        print(f"== {name}: {summary[0]}")
        print(f"   changed files: {len(files)}; not compiling: {len(compile_failures)}")
        if after_codes is None:
            print("   flake8: not installed")
        else:
            print(f"   new flake8 violations on changed lines: {len(new_style)}")
        print(f"   files where isort would move an added import: "
              f"{len(isort_moves) if isort else 'isort not installed'}")
        for rel, err in compile_failures[:show]:
            print(f"   does not compile: {rel}: {' '.join(err)}")
        for rel, line, code, text in new_style[:show]:
            print(f"   {code} {rel}:{line}: {text[:100]}")
        for rel in isort_moves[:show]:
            print(f"   isort: {rel}")
        return not compile_failures
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trees", nargs="+", metavar="TREE")
    parser.add_argument("--binary", default=os.path.join(REPO, "build", "platlint"))
    parser.add_argument("--unsafe", action="store_true", help="also apply unsafe fixes")
    parser.add_argument("--show", type=int, default=10, help="offending lines to print per tree")
    args = parser.parse_args()
    ok = all([review(t, os.path.abspath(args.binary), args.unsafe, args.show) for t in args.trees])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
