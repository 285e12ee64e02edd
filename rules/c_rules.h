#pragma once
// What the C/C++ front end (analyzer/cfamily) reports, as pure functions of names and literal
// values: the front end finds the constructs in Clang's AST and preprocessor, these decide
// whether they are findings and word the message. PORT410-PORT412 exist for C and C++ only; path
// and environment findings share the ids (and catalogs) of the Python rules, with C advice.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/base/platform.h"
#include "analyzer/lint/rule.h"

namespace platlint {

struct CFinding {
  const RuleMeta* rule = nullptr;
  std::string message;
  PlatformSet breaksOn;  // where the construct is missing or behaves differently
};

// PORT410-PORT412: the rules that exist for C and C++ only (for the registry).
std::span<const RuleMeta* const> cFamilyOnlyRules();

// PORT410/PORT411: `#include <name>` (or "name") of a Linux-only or Windows-only header.
std::optional<CFinding> matchPlatformHeader(std::string_view name);

// PORT412: a use of the C library function `name`, declared by the system, that only Linux has.
std::optional<CFinding> matchLinuxOnlyFunction(std::string_view name);

// PORT1xx/PORT2xx: a string literal with the value `literal`, when that is an absolute path (a
// format string such as "/proc/%d/stat" counts up to its first conversion). `accessed`: the
// literal is passed straight to a file-system call (open, fopen, stat, ...).
std::optional<CFinding> matchPathLiteral(std::string_view literal, bool accessed);

// True for the C library calls whose first argument names a file (open, fopen, stat, opendir, ...).
bool isFileSystemCall(std::string_view function);
// True for calls that compare strings (strcmp, strncmp, strstr, ...): their literals are not uses.
bool isStringComparison(std::string_view function);

enum class EnvironmentCall { None, Read, Write };
// getenv/secure_getenv read, setenv/unsetenv/putenv write; for putenv the name is before '='.
EnvironmentCall environmentCallKind(std::string_view function);

// PORT3xx: `function` (getenv, setenv, ...) accesses the variable `name`. At most two findings:
// the variable's rule (or PORT320 for a write of a switch) and PORT312 for lower-case names.
// `counterpartConsulted`: the same function also reads the other platform family's variable
// (`HOME` and `USERPROFILE`), which makes PORT310/PORT311 silent.
std::vector<CFinding> matchEnvironmentAccess(std::string_view function, std::string_view name,
                                             bool counterpartConsulted);
// The platform family (PORT310 or PORT311) of a variable, or nullptr.
const RuleMeta* environmentPlatformFamily(std::string_view name);

}  // namespace platlint
