#pragma once
// The contract for checks decided over the whole project once every file has its result (PORT390:
// a switch that no documentation of the project mentions; PORT808-810: names in the tree that cannot
// be checked out on Windows or macOS). File checks record facts (fact.h); a project check reads them
// across files, or the paths of the tree (project_tree.h), and reports through ProjectContext, which
// applies the rule selection, targets, guards and levels of each file's settings like RuleContext does.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/project_tree.h"
#include "analyzer/lint/rule.h"

namespace platlint {

class DocumentationIndex;
struct FileSettings;

// What the project checks see of an analysed file: its path and the facts it recorded (`check`
// keeps only the kinds some check reads), and what they found in it.
struct ProjectFile {
  std::string path;
  std::vector<Fact> facts;
  std::vector<Diagnostic> findings;  // ordered like the engine's once the checks have run
};

class ProjectContext {
 public:
  virtual ~ProjectContext() = default;
  virtual size_t fileCount() const = 0;
  virtual const ProjectFile& file(size_t index) const = 0;
  virtual const FileSettings& settings(size_t index) const = 0;
  // The project's documentation (README, docs/, --doc-path) plus the help texts the files record;
  // built on first use.
  virtual const DocumentationIndex& documentation() = 0;
  // Reports `rule` in file `index` at the position of `at`, on the platforms the code there runs on.
  virtual void report(size_t index, const RuleMeta& rule, const Fact& at, std::string message) = 0;
  // The same, where the finding breaks on `breaksOn` rather than the rule's platforms, with other
  // places that belong to it (RelatedLocation::path set for a place in another file).
  virtual void report(size_t index, const RuleMeta& rule, const Fact& at, std::string message, PlatformSet breaksOn,
                      std::vector<RelatedLocation> related) = 0;
  // The paths the run was given (files and directories, as on the command line).
  virtual const std::vector<std::string>& runPaths() const = 0;
  // Every path of the analysed tree (empty unless some check readsTree()).
  virtual const ProjectTree& tree() const = 0;
  // Reports `rule` on a path of the tree (a file, analysed or not, or a directory) as a whole,
  // without a region, with the settings of that path; `related` are other paths that belong to it.
  virtual void reportPath(const std::string& display, const RuleMeta& rule, std::string message,
                          std::vector<RelatedLocation> related = {}) = 0;
};

class ProjectCheck {
 public:
  virtual ~ProjectCheck() = default;
  virtual std::span<const RuleMeta* const> rules() const = 0;
  virtual std::string_view name() const = 0;
  // Cheap test of the files' facts: whether run() could report anything (so that the
  // documentation is not read for a project that has nothing to judge).
  virtual bool applies(const ProjectContext& ctx) const = 0;
  // Whether the check reads ProjectContext::tree(): discovery then lists every path, and
  // `platlint inventory` runs it for its section of tree problems.
  virtual bool readsTree() const { return false; }
  // Whether the check reads the files' facts of `kind` (directly or through documentation(), which
  // reads the help mentions): `check` keeps only such facts of each file once it is analysed.
  virtual bool readsFacts(FactKind /*kind*/) const { return false; }
  virtual void run(ProjectContext& ctx) const = 0;
};

}  // namespace platlint
