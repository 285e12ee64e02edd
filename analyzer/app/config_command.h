#pragma once
// `platlint config --show [PATH]`: the effective configuration of a file and where it comes from.
// `platlint config --reference`: what every setting means (settings_table.h).
#include <string>

#include "analyzer/lint/rule_catalog.h"

namespace platlint {

struct ConfigShowOptions {
  bool show = false;
  std::string path = ".";
  std::string configPath;  // --config
  bool isolated = false;   // --isolated
  bool reference = false;  // --reference: every setting's documentation instead
};

// Prints to stdout; returns the exit status (2 for a configuration error).
int runConfigShow(const RuleCatalog& catalog, const ConfigShowOptions& options);

}  // namespace platlint
