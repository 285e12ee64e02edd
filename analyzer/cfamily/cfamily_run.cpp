#include "analyzer/cfamily/cfamily_run.h"

#include <filesystem>
#include <stdexcept>

#include "analyzer/cfamily/front_end.h"

namespace platlint {

namespace fs = std::filesystem;

CFamilyRun::CFamilyRun(const CFamilyRequest& request) : built_(cFamilyFrontEndBuilt()) {
  options_.extraArgs = splitCommandLine(request.cArgs);
  databaseDir_ = findCompilationDatabaseDir(request.compileCommandsDir, request.paths);
  if (!request.compileCommandsDir.empty() && databaseDir_.empty()) {
    throw std::invalid_argument("--compile-commands (or `compile-commands` of the configuration): no compile_commands.json in '" +
                                request.compileCommandsDir + "'");
  }
  discover_ = !databaseDir_.empty() || !request.cArgs.empty();
  std::error_code ec;
  for (const std::string& path : request.paths) {
    if (!fs::is_directory(path, ec)) namedFiles_.insert(fs::absolute(path, ec).lexically_normal().string());
  }
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
  // The file's own settings (nearest configuration, per-file-ignores) choose rules, targets and levels.
  CFamilyOptions options = options_;
  options.settings = settings;
  std::error_code ec;
  options.namedOnCommandLine = namedFiles_.contains(fs::absolute(path, ec).lexically_normal().string());
  CFamilyResult outcome = analyzeCFamilyFile(path, bytes, options);
  if (outcome.file.analyzed) ++analyzed_;
  if (outcome.grouped != CFamilyResult::Grouped::No) {
    const std::lock_guard lock(groupsMutex_);
    Group& group = groups_[{outcome.grouped, outcome.platform}];
    if (group.files++ == 0) group.firstError = std::move(outcome.firstError);
  }
  return std::move(outcome.file);
}

namespace {

std::string cFiles(size_t n) { return std::to_string(n) + (n == 1 ? " C/C++ file" : " C/C++ files"); }

}  // namespace

std::vector<std::string> CFamilyRun::notices() const {
  std::vector<std::string> out;
  if (const size_t n = skipped_.load() + (built_ ? 0 : undiscovered_); n > 0) {
    out.push_back(std::to_string(n) + (n == 1 ? " C/C++ file was" : " C/C++ files were") + " skipped: " +
                  (built_ ? unusable_ : "this platlint was built without the C/C++ front end (Clang LibTooling)"));
  }
  // Without the front end, flags would not bring them in: the notice above (or none) says why.
  if (undiscovered_ > 0 && built_) {
    out.push_back(cFiles(undiscovered_) + " skipped: no compile flags; pass --c-args or --compile-commands, "
                  "or set c-args in pyproject ([tool.platlint])");
  }
  const std::lock_guard lock(groupsMutex_);
  // psutil has files for six systems that are no target: one line for them all.
  size_t otherPlatformFiles = 0;
  std::string otherPlatforms;
  for (const auto& [key, group] : groups_) {
    const auto& [kind, platform] = key;
    const std::string files = cFiles(group.files) + (platform.empty() ? "" : " for " + platform);
    switch (kind) {
      case CFamilyResult::Grouped::NotInDatabase:
        out.push_back(files + " skipped: not in compile_commands.json (" + databaseDir_ +
                      "); with a compilation database only the sources it lists are compiled");
        break;
      case CFamilyResult::Grouped::OtherPlatform:
        otherPlatformFiles += group.files;
        otherPlatforms += (otherPlatforms.empty() ? "" : ", ") + platform + " " + std::to_string(group.files);
        break;
      case CFamilyResult::Grouped::ForeignHeaders:
        out.push_back(files + " analysed without their headers, which are not on this machine (first: " +
                      group.firstError + "); findings there may be incomplete");
        break;
      case CFamilyResult::Grouped::No: break;
    }
  }
  if (otherPlatformFiles > 0) {
    out.push_back(cFiles(otherPlatformFiles) + " skipped: their paths name a platform that is not a target (" +
                  otherPlatforms + "); `c-platform-from-path = false` analyses them");
  }
  if (!databaseError_.empty()) out.push_back(databaseError_);
  if (analyzed_.load() > 0 && options_.resourceDir.empty()) {
    out.push_back("Clang's resource directory (its <stddef.h>) was not found; C/C++ files may report missing headers");
  }
  return out;
}

}  // namespace platlint
