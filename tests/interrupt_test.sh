#!/usr/bin/env bash
# Nothing lost on failure: SIGINT/SIGTERM in the middle of a run write no partial report and exit
# 130/143; --file-timeout skips a file that takes too long and the run goes on.
#
# "In the middle" without timing: platlint is given a FIFO as one of its files; the test holds the
# FIFO open (read-write, so opening it does not block), waits until platlint has it open too and is
# blocked reading it (its signal handlers are installed by then), sends the signal, then feeds and
# closes the FIFO (the signal interrupts the read anyway).
#   tests/interrupt_test.sh PLATLINT_BINARY
set -uo pipefail
platlint=$(realpath "${1:?usage: interrupt_test.sh PLATLINT_BINARY}")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
source "$repo/tests/cli_lib.sh"

printf 'f = open("/proc/mounts", encoding="utf-8")\n' >a.py
cp a.py z.py

# Waits (bounded) until process $1 holds fifo.py open: it is then blocked reading it. (The process
# must not inherit the test's own descriptor, hence `3>&-` where it is started.) Until bash has
# exec'd platlint, $1 is a forked copy of this shell that still holds descriptor 3 on the FIFO
# (the `3>&-` is applied just before exec): only platlint's own descriptor counts, or the test
# closes its writer before platlint opened the FIFO and platlint blocks in open() for ever.
wait_for_fifo_reader() {
  local i
  for ((i = 0; i < 600; i++)); do
    if [[ $(readlink "/proc/$1/exe" 2>/dev/null) == "$platlint" ]] &&
       find "/proc/$1/fd" -lname "$work/fifo.py" 2>/dev/null | grep -q .; then
      return
    fi
    sleep 0.1
  done
  # Never reached the FIFO: fail instead of letting it open the FIFO later, with no writer left,
  # and block for ever.
  echo "FAIL: platlint (pid $1) did not open fifo.py within 60 s" >&2
  kill -9 "$1" 2>/dev/null
  return 1
}

# interrupt SIGNAL FORMAT: a run over a.py, the FIFO and z.py, stopped by SIGNAL while it reads the FIFO.
interrupt() {
  local signal=$1 format=$2
  rm -f fifo.py
  mkfifo fifo.py
  printf 'old report\n' >report.out
  exec 3<>fifo.py
  "$platlint" check --format "$format" --output report.out a.py fifo.py z.py 2>"$work/stderr" 3>&- &
  local pid=$!
  wait_for_fifo_reader "$pid" || { exec 3>&-; wait "$pid"; status=255; return; }
  kill "-$signal" "$pid"
  printf 'x = 1\n' >&3
  exec 3>&-
  wait "$pid"
  status=$?
  # 130/143 are what this run must end with; a sanitizer report or another status is a crash.
  check_process "platlint check --format $format, stopped by SIG$signal" "$status" "$work/stderr" 130 143
}

interrupt INT sarif
check "SIGINT: exit 130 (got $status)" [ "$status" -eq 130 ]
check "SIGINT: says so on stderr" grep -q 'platlint: interrupted by SIGINT; no report written' stderr
check "SIGINT: the old report is untouched" grep -qx 'old report' report.out
check "SIGINT: no temporary file left" bash -c '! ls -A | grep -q tmp'

interrupt TERM text
check "SIGTERM: exit 143 (got $status)" [ "$status" -eq 143 ]
check "SIGTERM: says so on stderr" grep -q 'platlint: terminated by SIGTERM; no report written' stderr
check "SIGTERM: the old report is untouched" grep -qx 'old report' report.out

# Without a signal the same run completes.
rm -f fifo.py
mkfifo fifo.py
exec 3<>fifo.py
"$platlint" check --output report.out a.py fifo.py z.py 2>"$work/stderr" 3>&- &
pid=$!
wait_for_fifo_reader "$pid" || failed=$((failed + 1))
printf 'x = 1\n' >&3
exec 3>&-
wait "$pid"
status=$?
check "no signal: exit 1 with findings" [ "$status" -eq 1 ]
check_process "platlint check --output report.out a.py fifo.py z.py" "$status" "$work/stderr"
check "no signal: report written" grep -q '^z.py:1:10: PORT101' report.out
rm -f fifo.py

# --file-timeout: a large file with a budget far below what decoding it takes is skipped with a
# notice; the other files are analysed and the exit code reflects their findings.
python3 -c '
with open("huge.py", "w") as f:
    f.write("x = 1\n" * 4000000)'
run check --max-file-size 0 --file-timeout 0.001 a.py huge.py z.py
check "timeout: exit 1 from the other files' findings" [ "$status" -eq 1 ]
check "timeout: other files analysed" grep -q '^z.py:1:10: PORT101' stdout
check "timeout: notice in text" grep -q '^huge.py: notice: skipped: analysis took longer than the per-file time budget (--file-timeout 0.001s)' stdout
run check --format sarif --max-file-size 0 --file-timeout 0.001 huge.py
check "timeout: SARIF notification" grep -q '"id": "file-timeout"' stdout
run check --format json --max-file-size 0 --file-timeout 0.001 huge.py
check "timeout: JSON notice" grep -q '"kind": "file-timeout"' stdout
run check --file-timeout 0 a.py
check "--file-timeout 0 is a usage error" [ "$status" -eq 2 ]
run check --file-timeout 600 a.py
check "a generous budget changes nothing" grep -q '^a.py:1:10: PORT101' stdout
finish
