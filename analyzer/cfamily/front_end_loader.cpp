// front_end.h for a platlint whose C/C++ front end is the module platlint-cfamily.so: found next
// to the executable (a build tree), in ../lib/platlint from it (an installation, a .deb, a wheel),
// or where this build put it, and loaded on first use.
#include <dlfcn.h>

#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "analyzer/cfamily/front_end_module.h"
#include "platlint_build_id.h"

namespace platlint {
namespace {

namespace fs = std::filesystem;

struct LoadedModule {
  const CFamilyModule* module = nullptr;
  std::string error;
};

LoadedModule load() {
  constexpr std::string_view kFileName = "platlint-cfamily.so";
  std::vector<fs::path> candidates;
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    candidates.push_back(self.parent_path() / kFileName);  // the build tree: beside the program
    candidates.push_back(self.parent_path() / PLATLINT_CFAMILY_FROM_BIN / kFileName);  // installed
  }
#ifdef PLATLINT_CFAMILY_MODULE
  candidates.emplace_back(PLATLINT_CFAMILY_MODULE);  // the build tree's, for test programs elsewhere in it
#endif
  LoadedModule out;
  for (const fs::path& candidate : candidates) {
    if (!fs::exists(candidate, ec)) continue;
    // RTLD_NOW: a missing symbol is an error here, not a crash in the middle of a file.
    void* handle = ::dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      out.error = std::string("cannot load the C/C++ front end: ") + ::dlerror();
      return out;
    }
    using Entry = const CFamilyModule* (*)();
    const auto entry = reinterpret_cast<Entry>(::dlsym(handle, "platlint_cfamily_module"));
    const CFamilyModule* module = entry ? entry() : nullptr;
    if (!module || std::string_view(module->buildId) != PLATLINT_BUILD_ID) {
      ::dlclose(handle);
      out.error = "the C/C++ front end " + candidate.string() + " comes from another build of platlint; rebuild it";
      return out;
    }
    out.module = module;  // never unloaded: results hold its objects (compilation databases)
    return out;
  }
  out.error = "the C/C++ front end (" + std::string(kFileName) + ") was not found next to platlint or in " +
              std::string(PLATLINT_CFAMILY_FROM_BIN) + " from it";
  return out;
}

const LoadedModule& loaded() {
  static const LoadedModule module = load();
  return module;
}

const CFamilyModule& module() {
  if (!loaded().module) throw std::logic_error(loaded().error);
  return *loaded().module;
}

}  // namespace

bool cFamilyFrontEndBuilt() { return true; }

std::string loadCFamilyFrontEnd() { return loaded().error; }

std::string clangResourceDir() { return module().clangResourceDir(); }

std::shared_ptr<const CompileCommands> loadCompileCommands(const std::string& directory) {
  return module().loadCompileCommands(directory);
}

CFamilyResult analyzeCFamilyFile(const std::string& path, const std::string& bytes, const CFamilyOptions& options) {
  return module().analyzeFile(path, bytes, options);
}

}  // namespace platlint
