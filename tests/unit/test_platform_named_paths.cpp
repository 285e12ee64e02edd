// A file whose path names one platform (analyzer/semantic/guard_analysis.cpp): its importer picks
// it for that platform, so its code runs only there.
#include <doctest/doctest.h>

#include "analyzer/lint/engine.h"
#include "rules/registry.h"

namespace platlint {
namespace {

constexpr const char* kCode =
    "import subprocess\n"
    "subprocess.check_call(['ip', 'link', 'set', 'eth0', 'up'])\n";

size_t findingsIn(const char* path) {
  Engine engine(RuleSelection(builtinRules(), {"PORT5"}, {}));
  return engine.analyze(path, kCode).diagnostics.size();
}

}  // namespace

TEST_CASE("a file or directory named for Linux holds Linux-only code") {
  CHECK(findingsIn("agent/ip_lib.py") == 1);
  CHECK(findingsIn("agent/ip_lib_linux.py") == 0);
  CHECK(findingsIn("agent/linux/ip_lib.py") == 0);
  CHECK(findingsIn("share/drivers/zfsonlinux/utils.py") == 0);
  CHECK(findingsIn("./network/linux/sub/ip_lib.py") == 0);
}

TEST_CASE("a directory named for another platform does not hide what breaks there") {
  CHECK(findingsIn("drivers/windows/ip_lib.py") == 1);  // runs on Windows, which has no `ip`
  CHECK(findingsIn("drivers/posix/ip_lib.py") == 1);    // POSIX includes macOS, which has no `ip`
}

TEST_CASE("directories of an absolute path lie outside the project and say nothing") {
  CHECK(findingsIn("/home/me/linux/project/ip_lib.py") == 1);
  CHECK(findingsIn("/home/me/project/ip_lib_linux.py") == 0);
}

}  // namespace platlint
