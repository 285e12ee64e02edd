#include <doctest/doctest.h>

#include "analyzer/semantic/platform_condition.h"
#include "tests/unit/parse_helper.h"

using platlint::ConditionValue;
using platlint::Platform;
using platlint::PlatformSet;
using platlint::testing::ParsedSnippet;

namespace {

// Evaluates the condition of the last `if` in `code`.
ConditionValue conditionOf(const std::string& code) {
  ParsedSnippet s(code);
  const platlint::Node last = s.findLast("if_statement");
  REQUIRE(last);
  return platlint::evaluatePlatformCondition(last.field("condition"), s.model);
}

const PlatformSet kLinux = Platform::Linux;
const PlatformSet kMac = Platform::MacOS;
const PlatformSet kWindows = Platform::Windows;
const PlatformSet kPosix = Platform::Linux | Platform::MacOS;

}  // namespace

TEST_CASE("sys.platform comparisons") {
  CHECK(conditionOf("import sys\nif sys.platform == 'linux': pass").whenTrue == kLinux);
  CHECK(conditionOf("import sys\nif sys.platform == 'linux': pass").whenFalse == (kMac | kWindows));
  CHECK(conditionOf("import sys\nif sys.platform != 'win32': pass").whenTrue == kPosix);
  CHECK(conditionOf("import sys\nif 'darwin' == sys.platform: pass").whenTrue == kMac);
  CHECK(conditionOf("import sys\nif sys.platform.startswith('linux'): pass").whenTrue == kLinux);
  CHECK(conditionOf("import sys\nif sys.platform.startswith(('linux', 'darwin')): pass").whenTrue == kPosix);
  CHECK(conditionOf("import sys\nif sys.platform in ('linux', 'darwin'): pass").whenTrue == kPosix);
  CHECK(conditionOf("import sys\nif sys.platform not in {'win32', 'cygwin'}: pass").whenTrue == kPosix);
  CHECK(conditionOf("from sys import platform\nif platform == 'win32': pass").whenTrue == kWindows);
  // Never true on Python 3, on any platform.
  CHECK(conditionOf("import sys\nif sys.platform == 'linux2': pass").whenFalse == PlatformSet::all());
}

TEST_CASE("os.name and platform.system()") {
  CHECK(conditionOf("import os\nif os.name == 'nt': pass").whenTrue == kWindows);
  CHECK(conditionOf("import os\nif os.name == 'posix': pass").whenTrue == kPosix);
  CHECK(conditionOf("import platform\nif platform.system() == 'Darwin': pass").whenTrue == kMac);
  CHECK(conditionOf("import platform\nif platform.system().lower() == 'windows': pass").whenTrue == kWindows);
  // Wrong case: platform.system() is never "linux".
  CHECK(conditionOf("import platform\nif platform.system() == 'linux': pass").whenTrue.empty());
}

TEST_CASE("sys.builtin_module_names: the C module behind os") {
  CHECK(conditionOf("import sys\nif 'posix' in sys.builtin_module_names: pass").whenTrue == kPosix);
  CHECK(conditionOf("import sys\nif 'nt' in sys.builtin_module_names: pass").whenTrue == kWindows);
  CHECK(conditionOf("import sys\nif 'nt' not in sys.builtin_module_names: pass").whenTrue == kPosix);
  // os.py's own spelling, through a module-level name.
  CHECK(conditionOf("import sys\n_names = sys.builtin_module_names\nif 'posix' in _names: pass").whenTrue == kPosix);
  // Other modules depend on how Python was built.
  CHECK_FALSE(conditionOf("import sys\nif 'pwd' in sys.builtin_module_names: pass").isKnown());
}

TEST_CASE("not, and, or, flags and aliases") {
  CHECK(conditionOf("import os\nif not os.name == 'nt': pass").whenTrue == kPosix);
  CHECK(conditionOf("import os, sys\nif os.name != 'nt' and sys.platform != 'darwin': pass").whenTrue == kLinux);
  CHECK(conditionOf("import os, sys\nif os.name == 'nt' or sys.platform == 'darwin': pass").whenFalse == kLinux);
  CHECK(conditionOf("import os\nIS_WINDOWS = os.name == 'nt'\nif IS_WINDOWS: pass").whenTrue == kWindows);
  CHECK(conditionOf("import sys\nP = sys.platform\nif P == 'linux': pass").whenTrue == kLinux);
  CHECK(conditionOf("import os\nW = os.name == 'nt'\nPOSIX = not W\nif POSIX: pass").whenTrue == kPosix);
  // An unknown operand leaves `and` false where the known side is false, and nothing else known.
  const ConditionValue mixed = conditionOf("import sys\nif sys.platform == 'linux' and flag: pass");
  CHECK(mixed.whenTrue.empty());
  CHECK(mixed.whenFalse == (kMac | kWindows));
}

TEST_CASE("hasattr and getattr probes use the availability table") {
  CHECK(conditionOf("import os\nif hasattr(os, 'fork'): pass").whenTrue == kPosix);
  CHECK(conditionOf("import os\nif hasattr(os, 'startfile'): pass").whenTrue == kWindows);
  CHECK(conditionOf("import os\nif getattr(os, 'getuid', None) is not None: pass").whenTrue == kPosix);
  CHECK(conditionOf("import os\nif getattr(os, 'getuid', None) is None: pass").whenTrue == kWindows);
  CHECK_FALSE(conditionOf("import mylib\nif hasattr(mylib, 'x'): pass").isKnown());
}

TEST_CASE("conditions that are not about the platform are unknown") {
  CHECK_FALSE(conditionOf("if x == 'linux': pass").isKnown());
  CHECK_FALSE(conditionOf("import sys\nif sys.version_info >= (3, 8): pass").isKnown());
  CHECK_FALSE(conditionOf("import sys\nif sys.platform == name: pass").isKnown());
  CHECK_FALSE(conditionOf("A = B\nB = A\nif A: pass").isKnown());
}

TEST_CASE("flags set by an import probe") {
  CHECK(conditionOf("try:\n    import msvcrt\nexcept ImportError:\n    W = False\nelse:\n    W = True\nif W: pass")
            .whenTrue == kWindows);
  CHECK(conditionOf("try:\n    import fcntl\n    F = True\nexcept ImportError:\n    F = False\nif F: pass")
            .whenFalse == kWindows);
  // A third-party import can fail anywhere: nothing is known.
  CHECK_FALSE(conditionOf("try:\n    import yaml\n    Y = True\nexcept ImportError:\n    Y = False\nif Y: pass").isKnown());
  // Assigned elsewhere too: not a probe flag.
  CHECK_FALSE(conditionOf("try:\n    import msvcrt\nexcept ImportError:\n    W = False\nelse:\n    W = True\nW = g()\nif W: pass")
                  .isKnown());
}
