#pragma once
// The C/C++ front end: Clang parses the file (with the build's flags when a compilation database
// knows it), the rules of rules/c_rules.h look at the AST and the preprocessor, and code that
// only some platforms compile is found by parsing again under the other platforms' macros.
// Built only when Clang's libraries are available (PLATLINT_WITH_CLANG); without them
// cFamilyFrontEndBuilt() is false and nothing else here may be called. When built, it lives in a
// module loaded on first use (front_end_module.h): loadCFamilyFrontEnd() must have succeeded
// before the other functions are called.
#include <memory>
#include <string>

#include "analyzer/cfamily/cfamily_options.h"
#include "analyzer/lint/diagnostic.h"

namespace platlint {

bool cFamilyFrontEndBuilt();

// Loads the front end, once per process: empty on success, else why it cannot be used (the
// module is missing, or comes from another build).
std::string loadCFamilyFrontEnd();

// Clang's resource directory (its own <stddef.h>, <stdarg.h>, ...) next to the Clang library
// platlint runs with; empty when it cannot be found.
std::string clangResourceDir();

// Loads DIRECTORY/compile_commands.json; throws std::runtime_error when it cannot.
std::shared_ptr<const CompileCommands> loadCompileCommands(const std::string& directory);

// Analyses one C or C++ file. `bytes` are used instead of the file on disk; `path` is its display
// path (relative to the working directory or absolute). Safe to call from several threads at once:
// each call has its own Clang instances, and the options are only read.
CFamilyResult analyzeCFamilyFile(const std::string& path, const std::string& bytes, const CFamilyOptions& options);

}  // namespace platlint
