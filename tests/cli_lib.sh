# Shared by the command-line test scripts: `source` it after setting $platlint and $work.
#   check DESCRIPTION COMMAND...   counts COMMAND's success in $passed / $failed
#   run ARGS...                    runs platlint; sets $status, $out, $err (also in $work/stdout|stderr)
#                                  and counts a failure of its own when platlint crashed: an exit
#                                  status above 2 (platlint's own are 0, 1 and 2) or a sanitizer
#                                  report on stderr, which content-only checks would miss (a leak
#                                  reported at exit leaves the output intact)
#   check_process WHAT STATUS STDERR_FILE [ALLOWED_STATUS...]
#                                  the same verdict for a platlint started another way, e.g. in the
#                                  background; ALLOWED_STATUS lists statuses above 2 that the test
#                                  expects (130/143 after SIGINT/SIGTERM), never sanitizer reports
#   finish                         prints the closing "N passed, N failed" line and sets the exit status
passed=0
failed=0

check() {
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "FAIL: $what" >&2
    failed=$((failed + 1))
  fi
}

# What AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer print (scripts/test-sanitized.sh).
sanitizer_report='ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|SUMMARY: (AddressSanitizer|UndefinedBehaviorSanitizer|LeakSanitizer)'

check_process() {
  local what=$1 code=$2 errfile=$3 allowed ok=1
  shift 3
  if [ "$code" -gt 2 ]; then
    ok=0
    for allowed in "$@"; do
      [ "$code" -eq "$allowed" ] && ok=1
    done
    [ "$ok" -eq 1 ] || echo "FAIL: $what: exit status $code (a crash or a signal; platlint's own are 0-2)" >&2
  fi
  if grep -qE "$sanitizer_report" "$errfile"; then
    echo "FAIL: $what: sanitizer report on stderr:" >&2
    grep -E "$sanitizer_report" "$errfile" | head -n 5 >&2
    ok=0
  fi
  [ "$ok" -eq 1 ] && return 0
  failed=$((failed + 1))
  return 1
}

run() {
  "$platlint" "$@" >"$work/stdout" 2>"$work/stderr"
  status=$?
  out=$(cat "$work/stdout")
  err=$(cat "$work/stderr")
  check_process "platlint $*" "$status" "$work/stderr"
  return 0
}

finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
