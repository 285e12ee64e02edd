#pragma once
// The formats of `platlint check --format`, the one list of them: the command line takes its
// choices and help from it, runCheck renders with the chosen one. A new format is a Reporter
// (analyzer/report/reporter.h) in its own layer and a line in outputFormats().
#include <span>
#include <string_view>

#include "analyzer/report/reporter.h"

namespace platlint {

// In the order --help lists them; the first is the default.
std::span<const Reporter* const> outputFormats();

// The format with this name (lower case), or nullptr.
const Reporter* findOutputFormat(std::string_view name);

}  // namespace platlint
