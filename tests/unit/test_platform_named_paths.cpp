// A file whose name names one platform (analyzer/semantic/guard_analysis.cpp): its importer picks
// it for that platform, so its code runs only there. A directory's name is no such choice.
#include <doctest/doctest.h>

#include "analyzer/lint/engine.h"
#include "rules/registry.h"

namespace platlint {
namespace {

constexpr const char* kPlatformNamedCode =
    "import subprocess\n"
    "subprocess.check_call(['ip', 'link', 'set', 'eth0', 'up'])\n";

size_t findingsIn(const char* path) {
  Engine engine(RuleSelection(builtinRules(), {"PORT5"}, {}));
  return engine.analyze(path, kPlatformNamedCode).diagnostics.size();
}

}  // namespace

TEST_CASE("a file named for Linux holds Linux-only code") {
  CHECK(findingsIn("agent/ip_lib.py") == 1);
  CHECK(findingsIn("agent/ip_lib_linux.py") == 0);
  CHECK(findingsIn("agent/_pslinux.py") == 0);
  CHECK(findingsIn("/home/me/project/ip_lib_linux.py") == 0);
}

TEST_CASE("a directory named for a platform is imported unconditionally, so it guards nothing") {
  CHECK(findingsIn("agent/linux/ip_lib.py") == 1);
  CHECK(findingsIn("share/drivers/zfsonlinux/utils.py") == 1);
  CHECK(findingsIn("./network/linux/sub/ip_lib.py") == 1);
  CHECK(findingsIn("drivers/windows/ip_lib.py") == 1);
  CHECK(findingsIn("/home/me/linux/project/ip_lib.py") == 1);
}

}  // namespace platlint
