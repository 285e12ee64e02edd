// One root cause, one finding (analyzer/lint/root_causes.h), through the engine and the built-in
// table of rules/registry.cpp.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer/lint/engine.h"
#include "rules/registry.h"

namespace platlint {
namespace {

// "PORT501@2[PORT504@2]" per finding: rule, line and the folded findings' rules and lines.
std::vector<std::string> findings(const std::string& code) {
  Engine engine(RuleSelection(builtinRules(), {"ALL"}, {}));
  std::vector<std::string> out;
  for (const Diagnostic& d : engine.analyze("a.py", code).diagnostics) {
    std::string s = std::string(d.rule->id) + "@" + std::to_string(d.range.start.line);
    if (!d.related.empty()) {
      s += "[";
      for (const RelatedLocation& r : d.related) {
        s += (s.back() == '[' ? "" : ",") + r.message.substr(0, 7) + "@" + std::to_string(r.range.start.line);
      }
      s += "]";
    }
    out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("a finding that breaks nowhere else is folded into its root cause") {
  CHECK(findings("import subprocess\nsubprocess.check_call(['sudo', 'losetup', '-d', dev])\n") ==
        std::vector<std::string>{"PORT501@2[PORT504@2]"});
  CHECK(findings("import os\narch = os.uname()[4]\n") == std::vector<std::string>{"PORT605@2[PORT402@2]"});
}

TEST_CASE("a finding that breaks on another platform too stays on its own") {
  // chown is missing on Windows only; /var/lib breaks macOS as well, so it is its own finding.
  CHECK(findings("import subprocess\nsubprocess.check_call(['sudo', 'chown', user, '/var/lib/app'])\n") ==
        std::vector<std::string>{"PORT502@2[PORT504@2]", "PORT205@2"});
}

TEST_CASE("findings of another statement are not folded") {
  CHECK(findings("import subprocess\nsubprocess.check_call(['losetup', '-d', dev])\nsubprocess.check_call(['sudo', 'true'])\n") ==
        std::vector<std::string>{"PORT501@2", "PORT502@3[PORT504@3]"});
}

TEST_CASE("a posix guard explains the Linux-only uses of its branch") {
  const std::string code =
      "import os\n"
      "if os.name == 'posix':\n"
      "    data = open('/proc/mounts', encoding='utf-8').read()\n"
      "data = open('/proc/cpuinfo', encoding='utf-8').read()\n";
  CHECK(findings(code) == std::vector<std::string>{"PORT603@2[PORT101@3]", "PORT102@4"});
}

TEST_CASE("a module-level import that fails on a platform explains the module's findings there") {
  const std::string code =
      "import fcntl\n"
      "import os\n"
      "import signal\n"
      "def lock(f):\n"
      "    fcntl.flock(f, fcntl.LOCK_EX)\n"
      "    os.kill(os.getppid(), signal.SIGHUP)\n"     // Windows only: folded
      "    return open('/proc/mounts', encoding='utf-8')\n";  // macOS too: its own finding
  const std::vector<std::string> got = findings(code);
  REQUIRE(got.size() == 2);
  CHECK(got[0].starts_with("PORT401@1["));
  CHECK(got[0].find("PORT403@6") != std::string::npos);
  CHECK(got[1] == "PORT101@7");
}

TEST_CASE("an import inside a function explains nothing beyond its own uses") {
  const std::string code =
      "import os\n"
      "import signal\n"
      "def lock(f):\n"
      "    import fcntl\n"
      "    fcntl.flock(f, fcntl.LOCK_EX)\n"
      "def hup():\n"
      "    os.kill(os.getppid(), signal.SIGHUP)\n";
  const std::vector<std::string> got = findings(code);
  REQUIRE(got.size() == 2);
  CHECK(got[0].starts_with("PORT401@4["));
  CHECK(got[0].find("PORT403") == std::string::npos);
  CHECK(got[1] == "PORT403@7");
}

TEST_CASE("a finding with a fix is not folded into a module-level import") {
  const std::string code =
      "import fcntl\n"
      "text = open('notes.txt').read()\n";
  const std::vector<std::string> got = findings(code);
  REQUIRE(got.size() == 2);
  CHECK(got[1] == "PORT801@2");
}

TEST_CASE("a folded finding brings its own related locations along") {
  // `env` is named on line 3 and run on line 4; the import of line 1 explains the run on Windows,
  // and the place `env` is named goes with it.
  const std::string code =
      "import fcntl\n"
      "from oslo_concurrency import processutils\n"
      "prefix = ['env', 'LC_ALL=C']\n"
      "processutils.execute(*(prefix + ['qemu-img', 'info', path]))\n";
  const std::vector<std::string> got = findings(code);
  REQUIRE(got.size() == 1);
  CHECK(got[0].find("PORT502@4") != std::string::npos);
  CHECK(got[0].find("PORT502@3") != std::string::npos);
}

}  // namespace platlint
