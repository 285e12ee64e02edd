# Shared by the command-line test scripts: `source` it after setting $platlint and $work.
#   check DESCRIPTION COMMAND...   counts COMMAND's success in $passed / $failed
#   run ARGS...                    runs platlint; sets $status, $out, $err (also in $work/stdout|stderr)
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

run() {
  "$platlint" "$@" >"$work/stdout" 2>"$work/stderr"
  status=$?
  out=$(cat "$work/stdout")
  err=$(cat "$work/stderr")
}

finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
