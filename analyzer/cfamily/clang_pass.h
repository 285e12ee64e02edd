#pragma once
// One parse of a C/C++ file with Clang under one macro set (the build's own, or another
// platform's), and what the rules found in it. Everything a pass needs is its own (file manager,
// compiler instance, diagnostics), so passes may run on several threads at once.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "analyzer/base/platform.h"
#include "analyzer/lint/rule.h"

namespace platlint {

struct PassFinding {
  const RuleMeta* rule = nullptr;
  std::string message;
  PlatformSet breaksOn;
  uint32_t begin = 0;  // byte offsets in the main file
  uint32_t end = 0;
};

struct PassResult {
  bool ran = false;          // false: the driver could not make a compile job of the command line
  std::string driverError;   // why not
  bool cplusplus = false;    // parsed as C++ (else C)
  std::vector<PassFinding> findings;
  uint32_t conditionalDirectives = 0;  // #if/#ifdef/#ifndef/#elif in the main file
  // Byte ranges of the main file that conditional directives left out of this pass.
  std::vector<std::pair<uint32_t, uint32_t>> skippedRanges;
  bool includeGuarded = false;         // one of them is the main file's include guard
  uint32_t errors = 0;
  std::string firstError;              // "LINE:COL: message" of the first error in the main file
  uint32_t firstErrorOffset = 0;
  bool firstErrorInMainFile = false;
  std::vector<std::string> missingHeaders;  // the names of `#include`s Clang did not find, in order
};

struct PassInput {
  std::vector<std::string> commandLine;  // argv of a compiler invocation (argv[0] names the driver)
  std::string directory;                 // the invocation's working directory
  std::string mainFile;                  // absolute path of the file analysed (as in commandLine)
  const std::string* bytes = nullptr;    // its contents, used instead of the file on disk
};

PassResult runClangPass(const PassInput& input);

}  // namespace platlint
