#!/usr/bin/env python3
"""Writes a synthetic tree of N Python files for platlint's scale benchmark (bench/scale/run.sh).

The files are copies of real modules (by default the standard library's, /usr/lib/python3.11): big
and small ones, with findings, platform guards and `try` handlers as real code has them. Modules are
taken in a fixed order (sorted paths, cycled), so a tree of N files is the same on every machine with
the same source. Each copy ends with a comment naming its number, so no two files have the same
bytes (identical files would share result-cache entries and make a cold run look warm). Files go
into packages of 100 modules, packages into groups of 100, as in a large monorepo.

    bench/scale/generate.py N OUT_DIR [--source DIR]
"""
import argparse
import os
import sys


def modules(source):
    found = []
    for root, dirs, files in os.walk(source):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "site-packages", "dist-packages"))
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(root, name)
                with open(path, "rb") as f:
                    found.append(f.read())
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--source", default="/usr/lib/python3.11")
    args = parser.parse_args()
    sources = modules(args.source)
    if not sources:
        sys.exit(f"generate: no Python files under {args.source}")
    total = 0
    for i in range(args.count):
        directory = os.path.join(args.out, f"group{i // 10000:03d}", f"pkg{i // 100 % 100:02d}")
        if i % 100 == 0:
            os.makedirs(directory, exist_ok=True)
            with open(os.path.join(directory, "__init__.py"), "wb"):
                pass
        data = sources[i % len(sources)] + f"\n# synthetic copy {i}\n".encode()
        with open(os.path.join(directory, f"mod{i % 100:02d}.py"), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"{args.count} files, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
