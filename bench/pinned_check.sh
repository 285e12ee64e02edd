# Sourced by bench/full_vs_parse.sh and bench/scale/paired.sh (not run alone).
# pinned_check_requirements NAME: exits 2, naming the script NAME, unless $binary is a program and the
# machine has GNU time and two cores.
pinned_check_requirements() {
  [[ -x "$binary" ]] || { echo "$1: no binary at $binary" >&2; exit 2; }
  command -v /usr/bin/time >/dev/null || { echo "$1: needs GNU time (apt-get install time)" >&2; exit 2; }
  [[ $(nproc) -ge 2 ]] || { echo "$1: needs two cores" >&2; exit 2; }
}

# pinned_check CORE SCRATCH ARGS...: one `platlint check ARGS` of $binary pinned to CORE with --jobs 1
# and --no-cache, its report thrown away; prints the run's CPU seconds (user + system, GNU time).
pinned_check() {
  local core=$1 scratch=$2
  shift 2
  /usr/bin/time -o "$scratch/time.$core" -f '%U %S' taskset -c "$core" "$binary" check --no-respect-gitignore \
    --exit-zero --no-cache --jobs 1 --format json --output /dev/null "$@" 2>/dev/null
  awk '{print $1 + $2}' "$scratch/time.$core"
}
