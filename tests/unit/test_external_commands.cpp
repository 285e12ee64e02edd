#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules/command_calls.h"
#include "rules/shell_words.h"
#include "tests/unit/parse_helper.h"

using platlint::commandInvocation;
using platlint::matchesWrapperPattern;
using platlint::programsOf;
using platlint::shellSegments;
using platlint::testing::ParsedSnippet;

namespace {

// "name" or "sudo:name" for every program the first call of `code` runs; {"<none>"} when the call
// is not recognised as running a command.
std::vector<std::string> programs(const std::string& code) {
  const ParsedSnippet s(code);
  const auto inv = commandInvocation(s.find("call"), s.model);
  if (!inv) return {"<none>"};
  std::vector<std::string> out;
  for (const auto& p : programsOf(*inv)) out.push_back(p.escalation.empty() ? p.name : p.escalation + ":" + p.name);
  return out;
}

using Words = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("shell command lines split into segments and words") {
  CHECK(shellSegments("ip addr show", true) == Words{{"ip", "addr", "show"}});
  CHECK(shellSegments("lsblk -J | grep 'sd a' && echo \"x y\"; true", true) ==
        Words{{"lsblk", "-J"}, {"grep", "sd a"}, {"echo", "x y"}, {"true"}});
  CHECK(shellSegments("qemu-img info x 2>/dev/null >out.txt 2>&1", true) == Words{{"qemu-img", "info", "x"}});
  CHECK(shellSegments("ip addr show dev", false) == Words{{"ip", "addr", "show"}});
  CHECK(shellSegments("ip ", false) == Words{{"ip"}});
  CHECK(shellSegments("echo 'unterminated", true) == Words{{"echo"}});
}

TEST_CASE("wrapper patterns match whole dotted components") {
  CHECK(matchesWrapperPattern("*.utils.execute", "utils.execute"));
  CHECK(matchesWrapperPattern("*.utils.execute", "nova.utils.execute"));
  CHECK_FALSE(matchesWrapperPattern("*.utils.execute", "myutils.execute"));
  CHECK(matchesWrapperPattern("*._execute", "self._execute"));
  CHECK(matchesWrapperPattern("*._execute", "_execute"));
  CHECK_FALSE(matchesWrapperPattern("*._execute", "cursor.execute"));
  CHECK(matchesWrapperPattern("*.privsep.*.execute", "nova.privsep.utils.execute"));
  CHECK_FALSE(matchesWrapperPattern("oslo_concurrency.processutils.execute", "processutils.execute.x"));
}

TEST_CASE("programs of the recognised ways to run a command") {
  CHECK(programs("import subprocess\nsubprocess.run(['/sbin/ip', 'addr'])\n") == std::vector<std::string>{"ip"});
  CHECK(programs("import subprocess as sp\nsp.check_output('lsblk | grep x', shell=True)\n") ==
        std::vector<std::string>{"lsblk", "grep"});
  CHECK(programs("import os\nos.system('env LC_ALL=C sudo -u root modprobe nbd')\n") ==
        std::vector<std::string>{"env", "sudo:modprobe"});
  CHECK(programs("from oslo_concurrency import processutils\nprocessutils.execute('iscsiadm', '-m', node)\n") ==
        std::vector<std::string>{"iscsiadm"});
  CHECK(programs("def f(self):\n    cmd = ['lvs', '-o']\n    cmd += ['x']\n    self._execute(*cmd)\n") ==
        std::vector<std::string>{"lvs"});
  CHECK(programs("import subprocess\nsubprocess.run(['sh', '-c', 'free -m | tail -1'])\n") ==
        std::vector<std::string>{"sh", "free", "tail"});
  CHECK(programs("import subprocess\nsubprocess.run(['su', 'root', '-c', 'mount /x'])\n") ==
        std::vector<std::string>{"su:mount"});
  CHECK(programs("import subprocess\nsubprocess.run(['sudo', tool])\n") == std::vector<std::string>{"sudo:"});
  CHECK(programs("import subprocess, sys\nsubprocess.run([sys.executable, '-c', 'x'])\n").empty());
  CHECK(programs("cursor.execute('mount')\n") == std::vector<std::string>{"<none>"});
  CHECK(programs("import subprocess\ndef f(cmd):\n    cmd = ['ip']\n    subprocess.run(cmd)\n").empty());
}
