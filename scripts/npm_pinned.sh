# Sourced by the installers of npm tools pinned by a lock file (scripts/install-validators.sh,
# scripts/install-multitool.sh, bench/install-peers.sh). Each lock file (integrity hashes, no
# "resolved" URLs, so npm uses whatever registry the user has configured) is installed with
# `npm ci` into a git-ignored directory; a stamp there records which lock file it came from, so a
# re-run over an unchanged lock does nothing.
#   npm_pinned_require WHO              exits 1 unless node and npm are installed
#   npm_pinned_version DEST PACKAGE     the installed version of PACKAGE, or nothing
#   npm_pinned_current SRC DEST         true when DEST was installed from SRC's lock file
#   npm_pinned_install SRC DEST         installs SRC's lock file into DEST (install scripts not run)
#   npm_pinned_done SRC DEST            records that DEST now holds SRC's lock file

npm_pinned_require() {
  command -v node >/dev/null || { echo "$1: node is required" >&2; exit 1; }
  command -v npm >/dev/null || { echo "$1: npm is required" >&2; exit 1; }
}

npm_pinned_version() {
  local manifest="$1/node_modules/$2/package.json"
  [[ -f "$manifest" ]] || return 0
  node -e 'process.stdout.write(require(process.argv[1]).version)' "$manifest"
}

npm_pinned_lock_sum() {
  cat "$1/package.json" "$1/package-lock.json" | sha256sum | cut -d' ' -f1
}

npm_pinned_current() {
  local stamp="$2/.installed-from.sha256"
  [[ -f "$stamp" && "$(cat "$stamp")" == "$(npm_pinned_lock_sum "$1")" ]]
}

npm_pinned_install() {
  mkdir -p "$2"
  cp "$1/package.json" "$1/package-lock.json" "$2/"
  rm -f "$2/.installed-from.sha256"
  npm ci --prefix "$2" --no-audit --no-fund --ignore-scripts --loglevel=error >&2
}

npm_pinned_done() {
  npm_pinned_lock_sum "$1" > "$2/.installed-from.sha256"
}
