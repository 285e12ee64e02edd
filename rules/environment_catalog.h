#pragma once
// The PORT3xx catalog of environment variables, shared by the Python check and the C/C++ front
// end: which rule a variable's read reports and what the variable does. Advice is the Python
// one; other languages bring their own per rule.
#include <optional>
#include <string>
#include <string_view>

#include "analyzer/base/platform.h"
#include "analyzer/lint/rule.h"

namespace platlint {

struct EnvironmentCatalogMatch {
  const RuleMeta* rule = nullptr;  // what a read reports (PORT301-PORT306, PORT310, PORT311)
  std::string_view effect;         // completes "reads `X`, which <effect>"
  std::string_view writeEffect;    // the same for a write or removal (falls back to `effect`)
  std::string_view pythonAdvice;
  PlatformSet breaksOn;
  bool wrongCase = false;       // matched only after upper-casing (`ssl_cert_file`)
  bool anyCase = false;         // Windows-only and proxy variables are spelt in any case by design
  bool platformFamily = false;  // PORT310/PORT311: portable when the other platform's variable is consulted too
  bool steersLibraries = false; // a write reports PORT320 (the switches of PORT301-PORT306)
};

std::optional<EnvironmentCatalogMatch> environmentCatalogMatch(std::string_view name);
const RuleMeta& environmentWriteRule();      // PORT320
const RuleMeta& lowercaseEnvironmentRule();  // PORT312

// Variable names ignore case on Windows: a name's ASCII upper-case spelling, and whether it has
// lower-case letters.
std::string upper(std::string_view name);
bool hasLowercase(std::string_view name);

}  // namespace platlint
