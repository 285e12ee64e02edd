#!/usr/bin/env bash
# Validates SARIF files against the SARIF 2.1.0 JSON schema.
#
#   scripts/validate-sarif.sh FILE.sarif [FILE.sarif ...]
#
# Exit status: 0 when every file is valid, 1 when any file is invalid or unreadable, 2 on usage
# or setup errors. The schema defaults to the `sarif-2.1.0.json` (the OASIS SARIF 2.1.0 schema in
# JSON Schema draft 2020-12) that Microsoft's SARIF Multitool package ships: scripts/install-multitool.sh
# installs that package pinned by its lock file and checks the schema's SHA-256. PLATLINT_SARIF_SCHEMA
# overrides it. The validator (pinned ajv-cli + ajv-formats) is installed on first use by
# scripts/install-validators.sh.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schema="${PLATLINT_SARIF_SCHEMA:-}"

if [[ $# -eq 0 ]]; then
  echo "usage: $0 FILE.sarif [FILE.sarif ...]" >&2
  exit 2
fi
if [[ -z "$schema" ]]; then
  schema="$("$repo/scripts/install-multitool.sh" --schema)" || exit 2
fi
if [[ ! -r "$schema" ]]; then
  echo "validate-sarif: schema not found: $schema (set PLATLINT_SARIF_SCHEMA)" >&2
  exit 2
fi

"$repo/scripts/install-validators.sh" || exit 2
ajv="$repo/.tools/validators/node_modules/.bin/ajv"

# The dialect comes from the schema's own "$schema", so an override may use a newer draft.
dialect="$(node -e 'process.stdout.write(String(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).$schema || ""))' "$schema")" ||
  { echo "validate-sarif: cannot read the schema $schema as JSON" >&2; exit 2; }
case "$dialect" in
  *draft-07*) spec=draft7 ;;
  *2019-09*) spec=draft2019 ;;
  *2020-12*) spec=draft2020 ;;
  *)
    echo "validate-sarif: unsupported schema dialect '$dialect' (ajv 8 needs draft-07 or newer)" >&2
    exit 2 ;;
esac

# ajv-cli picks the parser by file extension (".sarif" is unknown to it, and it then falls back to
# require(), which runs the file as JavaScript) and expands glob characters in file names. Copying
# every input to a plain "N.json" in a private directory sidesteps both.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$schema" "$work/schema.json"

status=0
names=()  # names[n - 1]: the caller's name of $work/n.json
for file in "$@"; do
  if [[ ! -r "$file" || -d "$file" ]]; then
    echo "$file: cannot read" >&2
    status=1
    continue
  fi
  names+=("$file")
  cp "$file" "$work/${#names[@]}.json"
done
[[ ${#names[@]} -eq 0 ]] && exit "$status"

# -c ajv-formats: check "uri", "uri-reference" and "date-time" instead of ignoring them. Strict
# mode stays at ajv's defaults, which the OASIS schema meets.
validate() { (cd "$work" && "$ajv" validate --spec="$spec" -c ajv-formats --all-errors --errors=text -s schema.json "$@" 2>&1); }

# One ajv run for every file first: starting node and compiling the schema is most of the time. It
# passes only if ajv says "N.json valid" for each file; otherwise each file is validated alone, for
# its own verdict and errors.
batch=()
for n in $(seq 1 ${#names[@]}); do batch+=(-d "$n.json"); done
if output="$(validate "${batch[@]}")" && [[ $(grep -cE '^[0-9]+\.json valid$' <<<"$output") -eq ${#names[@]} ]]; then
  printf '%s: valid\n' "${names[@]}"
  exit "$status"
fi
for n in $(seq 1 ${#names[@]}); do
  file=${names[n - 1]}
  if output="$(validate -d "$n.json")"; then
    echo "$file: valid"
  else
    echo "$file: INVALID" >&2
    # ajv names the copy; show the caller's name instead.
    printf '%s\n' "$output" | sed -e "s|^$n\.json invalid\$||" -e '/^$/d' -e 's/^/  /' >&2
    status=1
  fi
done
exit "$status"
