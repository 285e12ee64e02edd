#pragma once
// Where `check --suggest-targets` tells the user to put each suggestion: the configuration file that
// governs the component (per-file-target globs are relative to that file's directory), or, where no
// file does yet, one the user creates in the working directory.
#include <vector>

#include "analyzer/report/target_suggestions.h"
#include "analyzer/workspace/config_resolver.h"

namespace platlint {

// Throws ConfigError when a configuration file on the way is invalid (the run has read them all
// already, so it does not).
std::vector<PlacedSuggestion> placeSuggestions(std::vector<TargetSuggestion> suggestions, ConfigResolver& resolver);

}  // namespace platlint
