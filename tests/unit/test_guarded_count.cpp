// FileResult::guarded: the findings platform guards and `try` handlers hide, which is exactly
// what --ignore-guards adds.
#include <doctest/doctest.h>

#include "analyzer/lint/engine.h"
#include "rules/registry.h"

namespace platlint {
namespace {

constexpr const char* kGuardedCode =
    "import os, sys\n"
    "if sys.platform == 'linux':\n"
    "    os.fork()\n"
    "try:\n"
    "    with open('/proc/mounts', encoding='utf-8') as f:\n"
    "        f.read()\n"
    "except OSError:\n"
    "    pass\n"
    "os.fork()\n";

FileResult analyse(PlatformSet targets, bool applyGuards) {
  Engine engine(RuleSelection(builtinRules(), {"PORT1", "PORT4"}, {}), targets, applyGuards);
  return engine.analyze("a.py", kGuardedCode);
}

}  // namespace

TEST_CASE("guarded findings: counted, and reported instead with --ignore-guards") {
  const FileResult guarded = analyse(PlatformSet::all(), true);
  const FileResult audit = analyse(PlatformSet::all(), false);
  CHECK(guarded.diagnostics.size() == 1);  // the unguarded os.fork()
  CHECK(guarded.guarded == 2);             // the Linux-only os.fork() and the /proc read under `except OSError`
  CHECK(audit.guarded == 0);
  CHECK(audit.diagnostics.size() == guarded.diagnostics.size() + guarded.guarded);
}

TEST_CASE("guarded findings: one that breaks on no target is not counted") {
  // os.fork() breaks on windows only: with --target linux it is dropped for the target, not the guard.
  const FileResult linuxOnly = analyse(PlatformSet(Platform::Linux), true);
  CHECK(linuxOnly.diagnostics.empty());
  CHECK(linuxOnly.guarded == 0);
}

}  // namespace platlint
