// Times Ruff's WebAssembly build (bench/install-peers.sh) checking every .py/.pyi file under a
// tree with the portability-related rules Ruff has, as platlint's peer in bench/run.sh.
//   node bench/ruff_wasm_check.cjs MODULE_DIR TREE
// Prints one line: "files N findings N check_seconds S" (check time only, without node's start
// and reading the files, so the comparison is generous to Ruff).
const fs = require("fs");
const path = require("path");
const [moduleDir, tree] = process.argv.slice(2);
const { Workspace, PositionEncoding } = require(moduleDir);

// The Ruff rules that look for the same assumptions as platlint's families: unspecified
// encoding, hard-coded temp paths, TLS verification off, subprocess and shell use, os.path
// pieces that pathlib replaces.
const select = ["PLW1514", "S108", "S501", "S323", "S602", "S605", "S607", "PTH"];
const workspace = new Workspace({ lint: { select } }, PositionEncoding.Utf16);

const skip = new Set([".git", "__pycache__", "node_modules", ".tox", ".venv", "venv"]);
function* pythonFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) yield* pythonFiles(full);
    } else if (entry.isFile() && (entry.name.endsWith(".py") || entry.name.endsWith(".pyi"))) {
      yield full;
    }
  }
}

const sources = [...pythonFiles(tree)].map((f) => fs.readFileSync(f, "utf8"));
let findings = 0;
const start = process.hrtime.bigint();
for (const source of sources) findings += workspace.check(source).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`files ${sources.length} findings ${findings} check_seconds ${seconds.toFixed(3)}`);
