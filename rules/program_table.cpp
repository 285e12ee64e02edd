#include "rules/program_table.h"

#include <algorithm>
#include <cctype>
#include <span>

#include "analyzer/base/text_case.h"

namespace platlint {
namespace {

// In place of "a POSIX tool that Windows does not have" for a program that is no POSIX tool (`zfs`, `sqlite3`).
constexpr std::string_view kNotOnWindows = "which Windows does not have";

#define ADVICE(name, text) constexpr std::string_view name = text;
#define LINUX_ONLY(program, advice)
#define LINUX_DIALECT(program, what, advice)
#define POSIX_ONLY(program, advice)
#define UNIX_ONLY(program, advice)
#define GNU_ONLY(program, advice)
#define BSD_ONLY(program, advice)
#define GNU_OPTIONS(program, letters, words, anyLong)
#include "rules/programs.def"
#undef ADVICE
#undef LINUX_ONLY
#undef LINUX_DIALECT
#undef POSIX_ONLY
#undef UNIX_ONLY
#undef GNU_ONLY
#undef BSD_ONLY

#define ADVICE(name, text)
#define LINUX_ONLY(program, advice) {program, advice, kNotLinux},
#define LINUX_DIALECT(program, what, advice) {program, advice, kNotLinux, what},
#define POSIX_ONLY(program, advice)
#define UNIX_ONLY(program, advice)
#define GNU_ONLY(program, advice)
#define BSD_ONLY(program, advice)
constexpr CommandFact kLinuxOnly[] = {
#include "rules/programs.def"
};
#undef LINUX_ONLY
#undef LINUX_DIALECT
#undef POSIX_ONLY
#undef UNIX_ONLY
#undef GNU_ONLY
#undef BSD_ONLY

#define LINUX_ONLY(program, advice)
#define LINUX_DIALECT(program, what, advice)
#define POSIX_ONLY(program, advice) {program, advice, kWindowsOnly},
#define UNIX_ONLY(program, advice) {program, advice, kWindowsOnly, kNotOnWindows},
#define GNU_ONLY(program, advice) {program, advice, kNotLinux},
#define BSD_ONLY(program, advice)
constexpr CommandFact kPosixOnly[] = {
#include "rules/programs.def"
};
#undef LINUX_ONLY
#undef LINUX_DIALECT
#undef POSIX_ONLY
#undef UNIX_ONLY
#undef GNU_ONLY
#undef BSD_ONLY
#undef GNU_OPTIONS

#define LINUX_ONLY(program, advice)
#define LINUX_DIALECT(program, what, advice)
#define POSIX_ONLY(program, advice)
#define UNIX_ONLY(program, advice)
#define GNU_ONLY(program, advice)
#define BSD_ONLY(program, advice) {program, advice, PlatformSet::all()},
#define GNU_OPTIONS(program, letters, words, anyLong)
constexpr CommandFact kBsdOnly[] = {
#include "rules/programs.def"
};
#undef LINUX_ONLY
#undef LINUX_DIALECT
#undef POSIX_ONLY
#undef UNIX_ONLY
#undef GNU_ONLY
#undef BSD_ONLY
#undef GNU_OPTIONS

struct GnuOptions {
  std::string_view program;
  std::string_view letters;
  std::string_view words;
  bool anyLong;
};

#define LINUX_ONLY(program, advice)
#define LINUX_DIALECT(program, what, advice)
#define POSIX_ONLY(program, advice)
#define UNIX_ONLY(program, advice)
#define GNU_ONLY(program, advice)
#define BSD_ONLY(program, advice)
#define GNU_OPTIONS(program, letters, words, anyLong) {program, letters, words, anyLong},
constexpr GnuOptions kGnuOptions[] = {
#include "rules/programs.def"
};
#undef ADVICE
#undef LINUX_ONLY
#undef LINUX_DIALECT
#undef POSIX_ONLY
#undef UNIX_ONLY
#undef GNU_ONLY
#undef BSD_ONLY
#undef GNU_OPTIONS

const CommandFact* lookup(std::span<const CommandFact> table, std::string_view program) {
  if (program.empty()) return nullptr;
  for (const CommandFact& f : table) {
    if (matchesNameOrPrefix(f.name, program)) return &f;
  }
  return nullptr;
}

}  // namespace

const CommandFact* linuxOnlyCommand(std::string_view program) { return lookup(kLinuxOnly, program); }
const CommandFact* posixOnlyCommand(std::string_view program) { return lookup(kPosixOnly, program); }
const CommandFact* bsdOnlyCommand(std::string_view program) { return lookup(kBsdOnly, program); }

std::string programIsWhat(std::string_view program) {
  const std::string shown = "`" + std::string(program) + "`";
  if (const CommandFact* linux = linuxOnlyCommand(program)) {
    return linux->what.empty() ? shown + " exists only on Linux" : shown + ", " + std::string(linux->what);
  }
  if (const CommandFact* posix = posixOnlyCommand(program); posix && posix->what == kNotOnWindows) {
    return shown + " does not exist on Windows";
  }
  return shown + " is a POSIX tool that Windows does not have";
}

bool knownProgram(std::string_view program) {
  return linuxOnlyCommand(program) || posixOnlyCommand(program) || bsdOnlyCommand(program);
}

std::string_view programFamily(std::string_view prefix) {
  for (const auto table : {std::span<const CommandFact>(kLinuxOnly), std::span<const CommandFact>(kPosixOnly)}) {
    for (const CommandFact& f : table) {
      if (f.name.size() > 1 && f.name.ends_with('*') && prefix.starts_with(f.name.substr(0, f.name.size() - 1))) {
        return f.name;
      }
    }
  }
  return {};
}

std::string_view gnuOnlyOption(std::string_view program, std::span<const std::string> args) {
  const auto* options = std::find_if(std::begin(kGnuOptions), std::end(kGnuOptions),
                                     [&](const GnuOptions& o) { return o.program == program; });
  if (options == std::end(kGnuOptions)) return {};
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    if (a == "--") break;  // operands follow
    if (a.size() < 2 || a[0] != '-') continue;
    if (a[1] == '-') {
      if (options->anyLong) return a.substr(0, a.find('='));
      continue;
    }
    // `sed -i ''` is the BSD spelling of in-place editing without a backup.
    if (!options->words.empty() && a == options->words && !(i + 1 < args.size() && args[i + 1].empty())) return a;
    for (size_t j = 1; j < a.size() && std::isalpha(static_cast<unsigned char>(a[j])); ++j) {
      if (options->letters.find(a[j]) != std::string_view::npos) return a;
    }
  }
  return {};
}

}  // namespace platlint
