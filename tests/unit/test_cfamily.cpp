// The parts of the C/C++ front end that need no Clang: which files it takes, how --c-args is
// split, which platforms a file's name restricts it to, and the C rule matchers.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "analyzer/cfamily/cfamily_options.h"
#include "analyzer/base/platform_paths.h"
#include "rules/c_rules.h"
#include "tests/fixture_expectations.h"

using namespace platlint;

TEST_CASE("C and C++ files by extension") {
  for (const char* p : {"a.c", "src/a.h", "x.cc", "x.cpp", "x.cxx", "x.hpp", "x.hh"}) CHECK(isCFamilyPath(p));
  for (const char* p : {"a.py", "Makefile", ".c", "dir.c/readme", "a.cs", "a.cfg"}) CHECK_FALSE(isCFamilyPath(p));
}

TEST_CASE("--c-args splits like a shell") {
  CHECK(splitCommandLine("-Iinclude  -DNAME=\"a b\" '-DX=it''s' -D\\ Y") ==
        std::vector<std::string>{"-Iinclude", "-DNAME=a b", "-DX=its", "-D Y"});
  CHECK(splitCommandLine("   ").empty());
  CHECK_THROWS_AS(splitCommandLine("-DX='open"), std::invalid_argument);
}

TEST_CASE("a path that names a platform restricts the file to it") {
  CHECK(platformsNamedByPath("psutil/_psutil_linux.c") == PlatformSet(Platform::Linux));
  CHECK(platformsNamedByPath("psutil/arch/windows/heap.c") == PlatformSet(Platform::Windows));
  CHECK(platformsNamedByPath("src/mem-osx.c") == PlatformSet(Platform::MacOS));
  CHECK(platformsNamedByPath("arch/freebsd/proc.c") == PlatformSet::none());
  CHECK_FALSE(platformsNamedByPath("src/linuxish.c").has_value());
  CHECK_FALSE(platformsNamedByPath("arch/posix/net.c").has_value());
  CHECK_FALSE(platformsNamedByPath("linux/compat_windows.c").has_value());  // two platforms: neither
  // The name, for the run's notices about the files of each platform.
  CHECK(platformNamedByPath("psutil/_psutil_bsd.c")->name == "bsd");
  CHECK(platformNamedByPath("psutil/arch/win32/x.c")->name == "windows");
  CHECK(platformNamedByPath("src/darwin-mem.c")->name == "macos");
}

TEST_CASE("C matchers: headers, functions, paths, environment") {
  CHECK(matchPlatformHeader("sys/epoll.h")->rule->id == "PORT410");
  CHECK(matchPlatformHeader("linux/fs.h")->rule->id == "PORT410");
  CHECK(matchPlatformHeader("Windows.h")->rule->id == "PORT411");
  CHECK_FALSE(matchPlatformHeader("poll.h"));
  CHECK(matchPlatformHeader("malloc.h")->breaksOn == PlatformSet(Platform::MacOS));
  CHECK(matchLinuxOnlyFunction("getmntent")->rule->id == "PORT412");
  CHECK_FALSE(matchLinuxOnlyFunction("getmntinfo"));
  CHECK(matchPathLiteral("/proc/%d/status", false)->rule->id == "PORT103");
  CHECK(matchPathLiteral("/proc/mounts", true)->message.starts_with("opens `/proc/mounts`"));
  CHECK_FALSE(matchPathLiteral("/proc/mounts is missing", true));
  CHECK_FALSE(matchPathLiteral("/dev/sda", false));  // a disk name, not accessed
  CHECK(matchPathLiteral("/dev/sda", true)->rule->id == "PORT108");
  const auto env = matchEnvironmentAccess("getenv", "ssl_cert_file", false);
  REQUIRE(env.size() == 2);
  CHECK(env[0].rule->id == "PORT301");
  CHECK(env[1].rule->id == "PORT312");
  CHECK(matchEnvironmentAccess("setenv", "TZ", false).at(0).rule->id == "PORT320");
  CHECK(matchEnvironmentAccess("getenv", "HOME", true).empty());
  CHECK(matchEnvironmentAccess("strlen", "HOME", false).empty());
}

TEST_CASE("C fixture annotations use // comments, and # lines are code") {
  const auto e = testing::parseExpectations(
      "#include <sys/epoll.h>  // expect: PORT410\n"
      "// ok: PORT412\n"
      "int x = f();\n",
      "//");
  CHECK(e.errors.empty());
  CHECK(e.expected == std::set<testing::LineRule>{{1, "PORT410"}});
  CHECK(e.forbidden == std::set<testing::LineRule>{{3, "PORT412"}});
}

TEST_CASE("the working directory's compilation database is not used for a tree elsewhere") {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "platlint-database-test";
  fs::remove_all(root);
  fs::create_directories(root / "project" / "build");
  fs::create_directories(root / "project" / "src");
  fs::create_directories(root / "elsewhere");
  std::ofstream(root / "project" / "build" / "compile_commands.json") << "[]\n";
  const fs::path before = fs::current_path();
  fs::current_path(root / "project");
  const std::string database = (root / "project" / "build").string();
  CHECK(findCompilationDatabaseDir("", {}) == database);
  CHECK(findCompilationDatabaseDir("", {"src"}) == database);
  CHECK(findCompilationDatabaseDir("", {(root / "elsewhere").string()}).empty());
  CHECK(findCompilationDatabaseDir("", {(root / "elsewhere").string(), "src"}) == database);
  fs::current_path(before);
  fs::remove_all(root);
}
