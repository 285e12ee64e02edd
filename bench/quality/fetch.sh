#!/usr/bin/env bash
# Clones every corpus of corpora.tsv at its pinned commit into DIR/<name> (needs network; CI does not run it).
#   bench/quality/fetch.sh DIR
set -euo pipefail
dir=${1:?usage: fetch.sh DIR}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$dir"
tail -n +2 "$here/corpora.tsv" | while IFS=$'\t' read -r repo commit; do
  name=${repo#*/}
  [[ -d "$dir/$name/.git" ]] || git clone --quiet "https://github.com/$repo" "$dir/$name"
  git -C "$dir/$name" checkout --quiet "$commit"
  echo "$repo $commit"
done
