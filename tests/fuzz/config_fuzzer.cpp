// libFuzzer target: the configuration parser (toml++ and platlint's checks of every key) on
// arbitrary text, as pyproject.toml or as platlint.toml. Bad input must end in ConfigError with a
// message, never in a crash, a sanitizer report or another exception.
#include <cstddef>
#include <cstdint>
#include <string>

#include "analyzer/workspace/config_file.h"
#include "rules/registry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const bool isPyproject : {true, false}) {
    try {
      (void)platlint::parseConfigText(platlint::builtinRules(), text, isPyproject ? "pyproject.toml" : "platlint.toml", isPyproject);
    } catch (const platlint::ConfigError&) {
      // The expected outcome for bad input.
    }
  }
  return 0;
}
