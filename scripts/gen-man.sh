#!/usr/bin/env bash
# Writes platlint's manual page (roff) from the built program itself: its --help, each command's
# --help and the rule list of `platlint rule`, so the page says exactly what that build does.
# Run by the build (cmake/Install.cmake) into BUILD_DIR/platlint.1.
#   scripts/gen-man.sh PLATLINT OUT
set -euo pipefail
platlint=${1:?usage: gen-man.sh PLATLINT OUT}
out=${2:?usage: gen-man.sh PLATLINT OUT}
# CLI11 prints commands' help wrapped to no terminal; keep the program's own text output unwrapped.
export COLUMNS=1000 NO_COLOR=1

# Text shown as is (.nf): roff escapes for backslashes, and lines starting with . or ' protected.
verbatim() {
  printf '.nf\n'
  sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"
  printf '.fi\n'
}

version=$("$platlint" version)
main_help=$("$platlint" --help)
# The commands are listed under "Subcommands:" in the main help, one per line, name first, up to
# the next blank line.
mapfile -t commands < <(printf '%s\n' "$main_help" |
  awk 'tolower($0) ~ /^subcommands:/ {on = 1; next} on && !NF {exit} on {print $1}')
if [[ ${#commands[@]} -eq 0 ]]; then
  echo "gen-man.sh: no commands found in '$platlint --help'" >&2
  exit 1
fi

tmp=$(mktemp "$out.XXXXXX")
trap 'rm -f "$tmp"' EXIT
{
  printf '.TH PLATLINT 1 "" "%s" "User Commands"\n' "$version"
  printf '.SH NAME\nplatlint \\- find Linux-only assumptions in Python (and C/C++) code\n'
  printf '.SH SYNOPSIS\n'
  for c in "${commands[@]}"; do printf '.B platlint %s\n.RI [ options ]\n.br\n' "$c"; done
  printf '.SH DESCRIPTION\n'
  printf 'platlint finds the places where Python code silently assumes it runs on Linux, explains why each\n'
  printf 'one breaks on macOS, Windows or another Linux, and names the portable alternative. It reports as\n'
  printf 'text, JSON or SARIF 2.1.0, for pre-commit hooks, CI jobs on code reviews and IDEs.\n'
  printf '.PP\n'
  printf '%s\n' "$main_help" | verbatim
  printf '.SH COMMANDS\n'
  for c in "${commands[@]}"; do
    printf '.SS platlint %s\n' "$c"
    "$platlint" "$c" --help | verbatim
  done
  printf '.SH RULES\n'
  printf '\\fBplatlint rule\\fR \\fIRULE\\fR explains one rule in full; the rules of this version:\n.PP\n'
  "$platlint" rule | verbatim
  printf '.SH EXIT STATUS\n'
  printf '0 no findings; 1 findings (at or above \\-\\-fail\\-on); 2 a usage error, a missing path, a report\n'
  printf 'that could not be written or an internal failure; 130 or 143 when SIGINT or SIGTERM stopped the run.\n'
  printf '.SH FILES\n'
  printf '.TP\n.I pyproject.toml\\fR, \\fIplatlint.toml\\fR, \\fI.platlint.toml\n'
  printf 'The configuration ([tool.platlint]), searched upwards from each file.\n'
  printf '.TP\n.I .platlint_cache/\nThe result cache in the current directory.\n'
  printf '.SH SEE ALSO\n'
  printf 'The README and guides in /usr/share/doc/platlint (or \\fIPREFIX\\fR/share/doc/platlint).\n'
} >"$tmp"
mv "$tmp" "$out"
trap - EXIT
