// The C/C++ front end when platlint is built without Clang (PLATLINT_WITH_CLANG=OFF): nothing
// to call; CFamilyRun skips C and C++ files and says so once.
#include <stdexcept>

#include "analyzer/cfamily/front_end.h"

namespace platlint {

bool cFamilyFrontEndBuilt() { return false; }

std::string loadCFamilyFrontEnd() { return "platlint was built without the C/C++ front end"; }

std::string clangResourceDir() { return {}; }

std::shared_ptr<const CompileCommands> loadCompileCommands(const std::string&) { return nullptr; }

CFamilyResult analyzeCFamilyFile(const std::string&, const std::string&, const CFamilyOptions&) {
  throw std::logic_error("platlint was built without the C/C++ front end");
}

}  // namespace platlint
