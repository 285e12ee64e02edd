#include "analyzer/cfamily/cfamily_run.h"

#include <stdexcept>

#include "analyzer/cfamily/front_end.h"

namespace platlint {

CFamilyRun::CFamilyRun(const CFamilyRequest& request) : built_(cFamilyFrontEndBuilt()) {
  options_.extraArgs = splitCommandLine(request.cArgs);
  databaseDir_ = findCompilationDatabaseDir(request.compileCommandsDir, request.paths);
  if (!request.compileCommandsDir.empty() && databaseDir_.empty()) {
    throw std::invalid_argument("--compile-commands: no compile_commands.json in '" + request.compileCommandsDir + "'");
  }
  discover_ = !databaseDir_.empty() || !request.cArgs.empty();
}

// Loading the front end (Clang and LLVM), the compilation database, finding Clang's resource
// directory and asking python3-config (a process, and behind pyenv shims a dozen more) cost tens
// of milliseconds: a run without C or C++ files must not pay them.
void CFamilyRun::prepare() const {
  std::call_once(prepared_, [this] {
    unusable_ = loadCFamilyFrontEnd();
    if (!unusable_.empty()) return;
    if (!databaseDir_.empty()) {
      try {
        options_.compileCommands = loadCompileCommands(databaseDir_);
      } catch (const std::runtime_error& e) {
        databaseError_ = "cannot load " + databaseDir_ + "/compile_commands.json: " + e.what() +
                         "; C/C++ files were analysed with --c-args only";
      }
    }
    options_.resourceDir = clangResourceDir();
    options_.pythonIncludeDirs = pythonIncludeDirectories();
  });
}

FileResult CFamilyRun::analyze(const std::string& path, const std::string& bytes, const FileSettings& settings) const {
  if (built_) prepare();
  if (!built_ || !unusable_.empty()) {
    ++skipped_;
    FileResult skipped;
    skipped.path = path;
    return skipped;
  }
  ++analyzed_;
  // The file's own settings (nearest configuration, per-file-ignores) choose rules, targets and levels.
  CFamilyOptions options = options_;
  options.settings = settings;
  return analyzeCFamilyFile(path, bytes, options);
}

std::vector<std::string> CFamilyRun::notices() const {
  std::vector<std::string> out;
  if (const size_t n = skipped_.load(); n > 0) {
    out.push_back(std::to_string(n) + (n == 1 ? " C/C++ file was" : " C/C++ files were") + " skipped: " +
                  (built_ ? unusable_ : "this platlint was built without the C/C++ front end (Clang LibTooling)"));
  }
  if (!databaseError_.empty()) out.push_back(databaseError_);
  if (analyzed_.load() > 0 && options_.resourceDir.empty()) {
    out.push_back("Clang's resource directory (its <stddef.h>) was not found; C/C++ files may report missing headers");
  }
  return out;
}

}  // namespace platlint
