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
  CHECK(findings("import subprocess\nsubprocess.check_call(['sudo', 'umount', dev])\n") ==
        std::vector<std::string>{"PORT501@2[PORT504@2]"});
  CHECK(findings("import os\narch = os.uname()[4]\n") == std::vector<std::string>{"PORT605@2[PORT402@2]"});
}

TEST_CASE("a finding that breaks on another platform too stays on its own") {
  // chown is missing on Windows only; /var/lib breaks macOS as well, so it is its own finding.
  CHECK(findings("import subprocess\nsubprocess.check_call(['sudo', 'chown', user, '/var/lib/app'])\n") ==
        std::vector<std::string>{"PORT502@2[PORT504@2]", "PORT205@2"});
}

TEST_CASE("findings of another statement are not folded") {
  CHECK(findings("import subprocess\nsubprocess.check_call(['umount', dev])\nsubprocess.check_call(['sudo', 'true'])\n") ==
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

}  // namespace platlint
