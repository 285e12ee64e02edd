#pragma once
// One analysis of a project, the same for every command that analyses: `check` (also with --fix
// and --diff), `inventory`, the fixture runner. Its stages, in order:
//   settings (ConfigResolver: each file's configuration and the command line's)
//   → discovery (paths, .gitignore, `exclude` of the command line and of the configuration, then
//     the command's own filter: shards, review mode)
//   → per-file analysis on a pool of workers (result cache, engine or C/C++ front end, fixes)
//   → project checks (PORT390; PORT808-810 over every path of the tree) → suppressions.
// What becomes of the results (reports, CI stages, the inventory) is the command's business.
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/app/file_analysis.h"
#include "analyzer/base/profile.h"
#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/file_results.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/project_check.h"
#include "analyzer/lint/project_tree.h"
#include "analyzer/lint/rule_catalog.h"
#include "analyzer/workspace/config_resolver.h"

namespace platlint {

class CFamilyRun;
class DocumentationIndex;
class Engine;
struct CFamilyRequest;

struct SessionOptions {
  std::vector<std::string> paths;  // empty: "."
  CommandLineSettings settings;    // the command line's share of every file's settings
  std::vector<std::string> exclude;
  bool respectGitignore = true;
  bool followSymlinks = false;
  bool cFamily = true;               // C and C++ files go to the C/C++ front end (else: not discovered)
  std::string compileCommandsDir;    // --compile-commands
  std::string cArgs;                 // --c-args
  std::vector<std::string> docPaths;  // --doc-path: more documentation for the project checks
  std::string documentationRoot;      // the project's documentation; empty: that of the project `paths` are in
  unsigned jobs = 0;                 // worker threads; 0: one per core
  std::string cacheDir;              // empty: no result cache
  bool fix = false;                  // apply fixes and write the files
  bool diff = false;                 // compute the fixes' diff, write nothing
  bool projectChecks = true;         // run the catalogue's project checks (PORT390, PORT808-810)
  bool treeChecks = true;            // with projectChecks: also those over the tree's names (PORT808-810)
  // With projectChecks: the project's documentation read before (ProjectDocumentation::known), instead
  // of reading it for this run (the language server's, per workspace folder).
  std::function<const DocumentationIndex&()> documentation;
  // With projectChecks: only the checks over the tree's names, whatever the selection and targets
  // (the inventory's section of tree problems).
  bool treeInventory = false;
  bool unsafeFixes = false;
  bool parseOnly = false;            // read, decode and parse only (bench/)
  bool everyCheck = false;           // run every check whatever the selection, for their facts (inventory)
  // False: once analysed, a file keeps only the facts a project check reads (`check`, whose report
  // shows none: on a large tree the others would be most of what the run holds per file).
  bool allFacts = true;
  // Results kept in a temporary file, not in memory (FileResults::spilled): `check`, whose report
  // reads them once or twice in order, so that a large tree's run does not grow with its findings.
  bool spillResults = false;
  std::optional<std::chrono::milliseconds> fileTimeout;
  uint64_t maxFileBytes = 0;  // a larger file is skipped with a notice (FileNotice::Kind::TooLarge); 0: no limit
  bool profile = false;
  bool failOnEmpty = false;          // no file found under `paths`: an error (CI), not a warning
  // An unsaved buffer analysed as the file buffer->path (which need not exist) instead of discovering
  // `paths`: `check --stdin-filename`, the language server. Configuration, per-file settings and
  // excludes are those of that path; with `fix` its fixed text is SessionResults::fixedBuffer.
  std::optional<UnsavedBuffer> buffer;
  // What a long-lived caller (the language server) keeps from one session to the next, so that an
  // analysis does only the work that depends on the text: the configuration resolved per directory
  // (made with `settings`; the caller drops it when a configuration file changes) and, with one job,
  // the engine (its dispatch table and parser). Null: the session's own.
  std::shared_ptr<ConfigResolver> resolver;
  Engine* engine = nullptr;
  // Set from another thread when the results are no longer wanted (the language server: a newer
  // edit, a cancelled request): a file being analysed gives up (FileResult::analyzed false).
  const std::atomic<bool>* cancelled = nullptr;
};

struct SessionResults {
  FileResults files;  // in path order
  std::vector<std::shared_ptr<const FileSettings>> settings;  // of files[i]
  std::vector<std::string> problems;  // paths that could not be discovered: the run fails (exit 2)
  std::vector<std::string> notices;   // about the run, not one file (problems first)
  std::string diff;                   // with `diff`: the unified diff of every fix
  size_t fixesApplied = 0;
  bool writeFailed = false;           // --fix could not write a file
  bool interrupted = false;           // a stop signal ended the run: no project checks, no suppressions
  std::optional<std::string> fixedBuffer;  // with SessionOptions::buffer and fix: the fixed text (if not excluded)
};

class Session {
 public:
  // Throws std::exception (std::invalid_argument, ConfigError) for a bad selector or --config file.
  Session(const RuleCatalog& catalog, SessionOptions options);
  ~Session();

  // Discovers the files and resolves their settings; `filter` may drop files first. False, after
  // printing why, for a path that does not exist, no file found with `failOnEmpty` (without it, a
  // warning), unusable C/C++ options or a configuration error.
  bool discover(const std::function<void(std::vector<std::string>&)>& filter = {});
  // The discovered files, until analyze() hands them over to their results.
  const std::vector<std::string>& files() const { return files_; }

  // Analyses the discovered files, then runs the project checks and applies suppressions.
  // Messages about files (fixes written, write failures) go to stderr as they are met.
  SessionResults analyze();

  const RuleCatalog& catalog() const { return catalog_; }
  // The configuration of the run's files, resolved per directory.
  ConfigResolver& resolver() { return *resolver_; }
  Profile* profile() { return options_.profile ? &profile_ : nullptr; }
  unsigned jobs() const;

 private:
  const RuleCatalog& catalog_;
  SessionOptions options_;
  std::shared_ptr<ConfigResolver> resolver_;
  std::unique_ptr<CFamilyRun> cfamily_;
  std::optional<size_t> addPathResult(FileResults& results, std::vector<ProjectFile>& projectFiles,
                                      const std::string& display);
  FileResults inPathOrder(FileResults& results, std::vector<ProjectFile>& projectFiles,
                          const std::vector<char>& withComments);
  CFamilyRequest cFamilyRequest();
  // No file under the paths (before the command's filter): warns, or with failOnEmpty errs (false).
  bool reportNothingFound(bool cFamilyIncluded) const;

  std::vector<std::string> files_;
  ProjectTree tree_;  // every path, for the checks over the tree's names
  std::function<void(std::vector<std::string>&)> filter_;  // the command's, from discover()
  std::vector<std::string> problems_;
  std::vector<std::shared_ptr<const FileSettings>> settings_;
  Profile profile_;
};

}  // namespace platlint
