#pragma once
// Runs the checks of a rule catalogue over one file: decode, parse, build the semantic model, one tree walk that
// dispatches each node to the checks that asked for its kind. A pure function of (bytes,
// settings); callers can run it on many threads, each with its own Engine, and pass each file's
// own settings (FileSettings) to analyze().
#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/fix_placement.h"
#include "analyzer/base/profile.h"
#include "analyzer/lint/rule.h"
#include "analyzer/lint/rule_selection.h"
#include "analyzer/syntax/incremental_parse.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

class Engine {
 public:
  // `targets`: the platforms the code must run on; a finding is kept only where it breaks on one.
  // `applyGuards` false reports findings in platform-guarded code too (an audit of everything).
  // These make the settings analyze(path, bytes) uses.
  // The selection's catalogue (RuleSelection::catalog) is the set of checks this engine runs.
  explicit Engine(RuleSelection selection, PlatformSet targets = PlatformSet::all(), bool applyGuards = true);
  FileResult analyze(const std::string& displayPath, std::string bytes);
  // --file-timeout: a file whose analysis takes longer is skipped with a Timeout notice.
  void setFileTimeout(std::chrono::milliseconds budget) { fileTimeout_ = budget; }
  // An analysis that sees `*cancelled` true gives up as a timed-out one does, without the notice
  // (FileResult::analyzed false, nothing reported). Null: never.
  void setCancellation(const std::atomic<bool>* cancelled) { cancelled_ = cancelled; }
  // With the file's own settings. Suppression comments are parsed into the result but not
  // applied: that is applySuppressions(), once every finding of the file exists. With
  // `importPlan`, also where new imports would go in this text (set when the file was analysed),
  // so that --fix need not parse it again. With `previousParse` (a buffer being edited: the language
  // server), the text is parsed from the tree of the buffer's last analysis (incremental_parse.h),
  // which then keeps this one's; the result is the same.
  FileResult analyze(const std::string& displayPath, std::string bytes, const FileSettings& settings,
                     std::optional<ImportPlan>* importPlan = nullptr, PreviousParse* previousParse = nullptr);
  const FileSettings& defaultSettings() const { return defaults_; }
  // Phase times of every analyze() go to `profile` (this engine's thread's own); null: none.
  void setProfile(Profile* profile) { profile_ = profile; }
  // Only decode and parse (the floor the benchmark compares against); no findings.
  void setParseOnly(bool parseOnly) { parseOnly_ = parseOnly; }
  // Run every check, also those none of whose rules the settings enable: their facts are recorded
  // (findings of rules that are off are still dropped). For `platlint inventory`.
  void setEveryCheck(bool everyCheck) { everyCheck_ = everyCheck; }

 private:
  FileSettings defaults_;
  std::optional<std::chrono::milliseconds> fileTimeout_;
  const std::atomic<bool>* cancelled_ = nullptr;
  PythonParser parser_;
  std::vector<std::vector<size_t>> dispatch_;  // by TSSymbol: indexes into the catalogue's checks
  Profile* profile_ = nullptr;
  bool parseOnly_ = false;
  bool everyCheck_ = false;
};

}  // namespace platlint
