#pragma once
// The C/C++ front end is built as a module (platlint-cfamily.so, linked with Clang and LLVM) that
// platlint loads when it meets its first C or C++ file. Linked into the executable, Clang and LLVM
// cost every run, C files or not, about 20 ms of start-up (relocations, LLVM's static
// constructors) and 50 MB of mapped pages: a third of a pre-commit run on ten Python files.
//
// The module exports one C function, platlint_cfamily_module(), returning the table below;
// front_end_loader.cpp implements front_end.h with it. The module's own references to platlint's
// code (rules, source decoding) resolve to the executable, which exports its symbols for it.
#include <memory>
#include <string>

#include "analyzer/cfamily/front_end.h"

namespace platlint {

struct CFamilyModule {
  // PLATLINT_BUILD_ID of the build the module comes from: the table passes C++ types between two
  // separately linked objects, so a module from any other build is refused.
  const char* buildId;
  std::string (*clangResourceDir)();
  std::shared_ptr<const CompileCommands> (*loadCompileCommands)(const std::string& directory);
  CFamilyResult (*analyzeFile)(const std::string& path, const std::string& bytes, const CFamilyOptions& options);
};

}  // namespace platlint

extern "C" const platlint::CFamilyModule* platlint_cfamily_module();
