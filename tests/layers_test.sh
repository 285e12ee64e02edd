#!/usr/bin/env bash
# The layer check (scripts/check-layers.cmake) passes on the tree as it is and fails, naming the
# file, on a copy of a layer into which an upward include was put.
#   layers_test.sh SOURCE_DIR LAYERS_FILE
set -euo pipefail
source_dir=$1
layers=$2
cmake -DSOURCE_DIR="$source_dir" -DLAYERS="$layers" -P "$source_dir/scripts/check-layers.cmake"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/scripts" "$scratch/analyzer"
cp "$source_dir/scripts/check-layers.cmake" "$scratch/scripts/"
cp -r "$source_dir/analyzer/base" "$source_dir/analyzer/lint" "$scratch/analyzer/"
mkdir -p "$scratch/rules"
printf '#include "analyzer/lint/rule.h"\n' >> "$scratch/analyzer/base/profile.h"
printf '#include "rules/registry.h"\n' >> "$scratch/analyzer/lint/engine.cpp"
if out=$(cmake -DSOURCE_DIR="$scratch" -DLAYERS="$layers" -P "$scratch/scripts/check-layers.cmake" 2>&1); then
  echo "FAIL: the layer check accepted an upward include"; exit 1
fi
for expected in "analyzer/base/profile.h (layer base) includes analyzer/lint/rule.h" \
                "analyzer/lint/engine.cpp (layer lint) includes rules/registry.h"; do
  grep -qF "$expected" <<<"$out" || { echo "FAIL: not reported: $expected"; echo "$out"; exit 1; }
done
echo "layer check: OK"
