#include "rules/program_table.h"

#include <span>

namespace platlint {
namespace {

#define ADVICE(name, text) constexpr std::string_view name = text;
#define LINUX_ONLY(program, advice)
#define POSIX_ONLY(program, advice)
#define GNU_ONLY(program, advice)
#include "rules/programs.def"
#undef ADVICE
#undef LINUX_ONLY
#undef POSIX_ONLY
#undef GNU_ONLY

#define ADVICE(name, text)
#define LINUX_ONLY(program, advice) {program, advice, kNotLinux},
#define POSIX_ONLY(program, advice)
#define GNU_ONLY(program, advice)
constexpr CommandFact kLinuxOnly[] = {
#include "rules/programs.def"
};
#undef LINUX_ONLY
#undef POSIX_ONLY
#undef GNU_ONLY

#define LINUX_ONLY(program, advice)
#define POSIX_ONLY(program, advice) {program, advice, kWindowsOnly},
#define GNU_ONLY(program, advice) {program, advice, kNotLinux},
constexpr CommandFact kPosixOnly[] = {
#include "rules/programs.def"
};
#undef ADVICE
#undef LINUX_ONLY
#undef POSIX_ONLY
#undef GNU_ONLY

const CommandFact* lookup(std::span<const CommandFact> table, std::string_view program) {
  if (program.empty()) return nullptr;
  for (const CommandFact& f : table) {
    if (f.name.ends_with('*') ? program.starts_with(f.name.substr(0, f.name.size() - 1)) : program == f.name) return &f;
  }
  return nullptr;
}

}  // namespace

const CommandFact* linuxOnlyCommand(std::string_view program) { return lookup(kLinuxOnly, program); }
const CommandFact* posixOnlyCommand(std::string_view program) { return lookup(kPosixOnly, program); }

}  // namespace platlint
