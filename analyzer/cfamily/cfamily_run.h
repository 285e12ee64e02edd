#pragma once
// The C/C++ part of one `platlint check` run: whether C and C++ files take part, the options
// the front end gets for each of them, and the run notices about them.
//
// C and C++ files are looked for in directories only when the user gave the means to compile
// them: a compilation database (--compile-commands DIR, or compile_commands.json in the working
// directory, in a directory argument, or in its build/) or fixed flags (--c-args). Without
// them most real sources do not parse (missing -I and -D), and a Python project's incidental
// C files would turn into noise. C and C++ files named on the command line are always analysed.
#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "analyzer/cfamily/cfamily_options.h"
#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/file_settings.h"

namespace platlint {

struct CFamilyRequest {
  std::string compileCommandsDir;  // --compile-commands, else `compile-commands` of the configuration
  std::string cArgs;               // --c-args, else `c-args` of the configuration (one shell-like line)
  std::vector<std::string> paths;  // the paths given to `check`
};

class CFamilyRun {
 public:
  // Throws std::invalid_argument for unusable options (no database in --compile-commands DIR,
  // unbalanced quotes in --c-args). A database that cannot be loaded is a run notice.
  explicit CFamilyRun(const CFamilyRequest& request);

  // Whether directories are searched for C and C++ files.
  bool discover() const { return discover_; }
  // True for the files this front end analyses (by extension), whoever discovered them.
  bool handles(const std::string& path) const { return isCFamilyPath(path); }
  // The result for a file handles() accepts. When the front end is not built, the file is
  // skipped (not analysed, no notice of its own) and counted for notices(). Safe to call from
  // several threads at once.
  FileResult analyze(const std::string& path, const std::string& bytes, const FileSettings& settings) const;
  // Said once per run, after the files: skipped files (and why, and what would include them),
  // files of other platforms whose headers are missing, a missing Clang resource directory.
  std::vector<std::string> notices() const;
  // The C and C++ files discovery met but left out because discover() is false.
  void setUndiscovered(size_t count) { undiscovered_ = count; }

 private:
  void prepare() const;

  std::string databaseDir_;  // where compile_commands.json is; empty: none
  std::set<std::string> namedFiles_;  // the files named on the command line, absolute and normal
  // Completed by prepare() on the first C/C++ file (then only read).
  mutable CFamilyOptions options_;
  mutable std::string unusable_;       // why the front end cannot be loaded; empty: it can
  mutable std::string databaseError_;  // why the compilation database cannot be loaded
  mutable std::once_flag prepared_;
  bool discover_ = false;
  bool built_ = false;
  mutable std::atomic<size_t> skipped_{0};
  mutable std::atomic<size_t> analyzed_{0};
  size_t undiscovered_ = 0;
  // Files whose outcome is said once for all like it (CFamilyResult::Grouped): (kind, platform)
  // -> how many, and the first error of the first one.
  struct Group {
    size_t files = 0;
    std::string firstError;
  };
  mutable std::mutex groupsMutex_;
  mutable std::map<std::pair<CFamilyResult::Grouped, std::string>, Group> groups_;
};

}  // namespace platlint
