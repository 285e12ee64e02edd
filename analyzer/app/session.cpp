#include "analyzer/app/session.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <unordered_set>

#include "analyzer/app/file_analysis.h"
#include "analyzer/base/cancellation.h"
#include "analyzer/base/line_safe.h"
#include "analyzer/base/parallel.h"
#include "analyzer/cfamily/cfamily_run.h"
#include "analyzer/lint/engine.h"
#include "analyzer/lint/findings.h"
#include "analyzer/lint/project_checks.h"
#include "analyzer/lint/result_cache.h"
#include "analyzer/lint/suppressions.h"
#include "analyzer/workspace/discovery.h"

namespace platlint {

namespace fs = std::filesystem;

Session::Session(const RuleCatalog& catalog, SessionOptions options)
    : catalog_(catalog),
      options_(std::move(options)),
      resolver_(options_.resolver ? options_.resolver : std::make_shared<ConfigResolver>(catalog, options_.settings)) {
  if (options_.buffer) options_.paths = {options_.buffer->path};
  if (options_.paths.empty()) options_.paths = {"."};
}

Session::~Session() = default;

namespace {

// Files from this size on are analysed one at a time (see Session::analyze).
constexpr std::uintmax_t kLargeFileBytes = 1024 * 1024;

// What of an outcome besides its result the run must act on after the analysis.
bool hasSideEffects(const FileOutcome& outcome) {
  return !outcome.messages.empty() || !outcome.diff.empty() || outcome.fixesApplied > 0 || outcome.writeFailed ||
         outcome.fixedBuffer;
}

// The facts a file keeps once analysed: all of them, or only the kinds the project checks read,
// with the help mentions (some four a file) moved to one set of words for the whole run.
class KeptFacts {
 public:
  KeptFacts(const RuleCatalog& catalog, bool all) : all_(all) {
    for (size_t k = 0; k < kFactKindCount; ++k) read_[k] = all || anyCheckReadsFacts(catalog, static_cast<FactKind>(k));
  }
  // Thread-safe.
  void apply(std::vector<Fact>& facts) {
    if (all_) return;
    const bool gather = read_[static_cast<size_t>(FactKind::HelpMention)];
    std::unique_lock lock(mentionsMutex_, std::defer_lock);
    std::erase_if(facts, [&](Fact& f) {
      if (f.kind == FactKind::HelpMention && gather) {
        if (!lock.owns_lock()) lock.lock();
        mentions_.insert(std::move(f.name));
        return true;
      }
      return !read_[static_cast<size_t>(f.kind)];
    });
    facts.shrink_to_fit();
  }
  std::unordered_set<std::string> takeMentions() { return std::move(mentions_); }

 private:
  bool all_;
  bool read_[kFactKindCount] = {};
  std::mutex mentionsMutex_;
  std::unordered_set<std::string> mentions_;
};

}  // namespace

std::optional<size_t> Session::addPathResult(FileResults& results, std::vector<ProjectFile>& projectFiles,
                                             const std::string& display) {
  // The command's filter decides for such paths as for the files: a shard, the changed files.
  std::vector<std::string> kept{display};
  if (filter_) filter_(kept);
  if (kept.empty()) return std::nullopt;
  std::shared_ptr<const FileSettings> settings;
  try {
    settings = resolver_->resolve(display).settings;
  } catch (const ConfigError&) {
    return std::nullopt;  // reported by discovery already, for the files below the same configuration
  }
  FileResult result;
  result.path = display;
  result.pathOnly = true;
  result.language.clear();
  results.push_back(std::move(result));
  projectFiles.push_back(ProjectFile{display, {}, {}});
  settings_.push_back(std::move(settings));
  return results.size() - 1;
}

// The results sorted by path (the project checks may have appended results of paths), each with
// what the project checks found in it and its suppressions applied; settings_ in the same order.
// A file's project data is freed as its result is taken. `withComments[i]`: whether the result of
// file i has suppression comments (results appended after those files are taken as having them).
FileResults Session::inPathOrder(FileResults& results, std::vector<ProjectFile>& projectFiles,
                                 const std::vector<char>& withComments) {
  std::vector<size_t> order(projectFiles.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return projectFiles[a].path < projectFiles[b].path; });
  FileResults sorted = results.emptyLike();
  std::vector<std::shared_ptr<const FileSettings>> sortedSettings;
  sortedSettings.reserve(order.size());
  for (const size_t i : order) {
    ProjectFile project = std::move(projectFiles[i]);
    sortedSettings.push_back(std::move(settings_[i]));
    // Most results stay as they are: without a finding to add, a fact to keep or a suppression
    // comment, applySuppressions() changes nothing.
    if (project.findings.empty() && !options_.allFacts && i < withComments.size() && !withComments[i]) {
      sorted.push_back(results, i);
      continue;
    }
    FileResult result = results.take(i);
    if (!project.findings.empty()) {
      for (Diagnostic& d : project.findings) result.diagnostics.push_back(std::move(d));
      orderFindings(result.diagnostics);
    }
    if (options_.allFacts) result.facts = std::move(project.facts);
    applySuppressions(result, *sortedSettings.back());
    sorted.push_back(std::move(result));
  }
  settings_ = std::move(sortedSettings);
  return sorted;
}

// `c-args` and `compile-commands` describe the project's build, not one file: they come from the
// configuration of the first path, and the command line's options replace them.
CFamilyRequest Session::cFamilyRequest() {
  CFamilyRequest request{options_.compileCommandsDir, options_.cArgs, options_.paths};
  std::error_code ec;
  const fs::path first = options_.paths.front();
  const fs::path directory = fs::is_directory(first, ec) ? first : first.parent_path();
  std::shared_ptr<const ProjectConfig> config;
  try {
    config = resolver_->configForDirectory(directory.empty() ? "." : directory.string());
  } catch (const ConfigError&) {
    return request;  // reported with the files' settings
  }
  if (!config) return request;
  if (request.cArgs.empty() && config->cArgs) request.cArgs = *config->cArgs;
  if (request.compileCommandsDir.empty() && !config->compileCommands.empty()) {
    request.compileCommandsDir = (fs::path(config->directory) / config->compileCommands).lexically_normal().string();
  }
  return request;
}

bool Session::reportNothingFound(bool cFamilyIncluded) const {
  std::string paths;
  for (const std::string& p : options_.paths) paths += (paths.empty() ? "" : ", ") + lineSafePath(p);
  const std::string what = cFamilyIncluded ? "Python, C or C++ files" : "Python files";
  if (options_.failOnEmpty) {
    std::cerr << "platlint: error: no " << what << " found under " << paths << " (--fail-on-empty)\n";
    return false;
  }
  std::cerr << "platlint: warning: no " << what << " found under " << paths
            << " (--fail-on-empty makes this an error)\n";
  return true;
}

unsigned Session::jobs() const { return options_.jobs == 0 ? defaultJobs() : options_.jobs; }

bool Session::discover(const std::function<void(std::vector<std::string>&)>& filter) {
  if (options_.cFamily) {
    try {
      cfamily_ = std::make_unique<CFamilyRun>(cFamilyRequest());
    } catch (const std::invalid_argument& e) {
      std::cerr << "platlint: error: " << e.what() << '\n';
      return false;
    }
  }
  PhaseTimer discovering(profile(), Phase::Discovery);
  DiscoveryOptions discovery;
  discovery.excludeGlobs = options_.exclude;
  discovery.respectGitignore = options_.respectGitignore;
  discovery.followSymlinks = options_.followSymlinks;
  discovery.excludedByConfiguration = [&](const std::string& path) { return resolver_->excluded(path); };
  discovery.includeCFamily = cfamily_ && cfamily_->discover();
  discovery.countCFamily = cfamily_ != nullptr;
  discovery.collectTree = options_.projectChecks && options_.treeChecks && anyCheckReadsTree(catalog_);
  DiscoveredFiles found = options_.buffer ? discoverBuffer(options_.buffer->path, discovery)
                                          : discoverFiles(options_.paths, discovery);
  // A mistyped path fails the run before any analysis: a report of the other paths would read as success.
  for (const std::string& unusable : found.unusablePaths) std::cerr << "platlint: error: " << unusable << '\n';
  if (!found.unusablePaths.empty()) return false;
  // An excluded buffer has no findings; that is no reason for a warning.
  if (options_.buffer && !found.files.empty()) options_.buffer->path = found.files.front();
  if (found.files.empty() && !options_.buffer && !reportNothingFound(discovery.includeCFamily)) return false;
  files_ = std::move(found.files);
  tree_ = std::move(found.tree);
  problems_ = std::move(found.problems);
  if (cfamily_) cfamily_->setUndiscovered(found.cFamilyLeftOut);
  filter_ = filter;
  if (filter) filter(files_);
  // Each file's settings, resolved after every filter that removes files.
  std::vector<std::string> errors = resolver_->errors();
  try {
    for (const std::string& path : files_) settings_.push_back(resolver_->resolve(path).settings);
  } catch (const ConfigError& e) {
    // Walking a directory met the same file already (excluded() recorded its error): say it once.
    if (std::find(errors.begin(), errors.end(), e.what()) == errors.end()) errors.emplace_back(e.what());
  }
  for (const std::string& e : errors) std::cerr << "platlint: error: " << e << '\n';
  return errors.empty();
}

SessionResults Session::analyze() {
  std::optional<ResultCache> cache;
  if (!options_.cacheDir.empty() && !options_.fix && !options_.diff && !options_.parseOnly) {
    cache.emplace(catalog_, options_.cacheDir, "");  // entries are keyed by each file's settings fingerprint
  }
  FileAnalysisOptions perFile;
  perFile.fix = options_.fix;
  perFile.diff = options_.diff;
  perFile.unsafeFixes = options_.unsafeFixes;
  perFile.cache = cache ? &*cache : nullptr;
  perFile.cfamily = cfamily_.get();
  perFile.buffer = options_.buffer ? &*options_.buffer : nullptr;
  perFile.maxFileBytes = options_.maxFileBytes;
  perFile.spilled = options_.spillResults;

  // Each worker has its own engine (tree-sitter parsers are per thread) and its own profile;
  // outcomes land in the slot of their file, so the order is discovery order for any number of jobs.
  struct Worker {
    std::optional<Engine> own;  // unless the caller lends its engine (SessionOptions::engine, one job)
    Engine* engine = nullptr;
    Profile profile;
  };
  // Each file's result lands in its slot, its path and the facts the project checks read in its
  // ProjectFile; the rest of an outcome (messages, a diff, a fixed buffer), which few files have, is
  // kept aside: the run holds as little as it can per file.
  FileResults results =
      options_.spillResults ? FileResults::spilled(catalog_, files_.size()) : FileResults::inMemory(files_.size());
  std::vector<ProjectFile> projectFiles(files_.size());
  // Written by the workers, one byte per file: a std::vector<bool> shares bytes between files.
  std::vector<char> withComments(files_.size(), 0);
  std::map<size_t, FileOutcome> sideEffects;
  std::mutex sideEffectsMutex;
  KeptFacts keptFacts(catalog_, options_.allFacts);
  std::vector<std::unique_ptr<Worker>> workers;
  std::mutex workersMutex;
  const std::vector<std::uintmax_t> sizes = jobs() > 1 ? fileSizes(files_) : std::vector<std::uintmax_t>{};
  const std::vector<size_t> order = jobs() > 1 ? largestFirst(sizes) : std::vector<size_t>{};
  // Analysing a file takes up to some 35 times its size in memory (a 6 MB module of string
  // literals: 211 MB, tree-sitter's parse of it), and largestFirst starts the largest files together: one large file at a
  // time keeps the run's peak that of its largest file, not the sum of the largest `jobs` ones.
  std::mutex oneLargeFile;
  Profile* const runProfile = profile();
  parallelFor(
      files_.size(), jobs(),
      [&](unsigned) {
        auto worker = std::make_unique<Worker>();
        if (options_.engine && jobs() == 1) {
          worker->engine = options_.engine;
        } else {
          worker->engine = &worker->own.emplace(RuleSelection(catalog_));
        }
        worker->engine->setProfile(runProfile ? &worker->profile : nullptr);
        worker->engine->setParseOnly(options_.parseOnly);
        worker->engine->setEveryCheck(options_.everyCheck);
        worker->engine->setCancellation(options_.cancelled);
        if (options_.fileTimeout) worker->engine->setFileTimeout(*options_.fileTimeout);
        Worker* raw = worker.get();
        const std::lock_guard lock(workersMutex);
        workers.push_back(std::move(worker));
        return raw;
      },
      [&](Worker* worker, size_t position) {
        if (stopRequested()) return;  // the results will be thrown away
        const size_t index = order.empty() ? position : order[position];
        const std::string& path = files_[index];
        std::unique_lock largeFile(oneLargeFile, std::defer_lock);
        if (!sizes.empty() && sizes[index] >= kLargeFileBytes) largeFile.lock();
        FileOutcome outcome;
        try {
          outcome = analyzeFile(*worker->engine, path, *settings_[index], perFile,
                                runProfile ? &worker->profile : nullptr);
        } catch (const std::exception& e) {
          // One file's internal failure must not lose the others' results.
          outcome = FileOutcome{};
          outcome.result.path = path;
          outcome.result.notices.push_back({FileNotice::Kind::Internal, Level::Error,
                                            std::string("internal error while analysing this file: ") + e.what(), {0, 0}});
        }
        keptFacts.apply(outcome.result.facts);
        withComments[index] = !outcome.result.suppressions.directives.empty() ||
                              !outcome.result.suppressions.malformed.empty();
        projectFiles[index].path = outcome.result.path;
        projectFiles[index].facts = std::move(outcome.result.facts);
        // A cache hit's spilled form has no facts either: they are the ProjectFile's now.
        results.set(index, std::move(outcome.result), outcome.spilled);
        std::string().swap(files_[index]);  // the result has its own copy of the path
        if (hasSideEffects(outcome)) {
          const std::lock_guard lock(sideEffectsMutex);
          sideEffects.emplace(index, std::move(outcome));
        }
      });
  for (const auto& worker : workers) profile_.merge(worker->profile);
  files_ = {};
  if (cache && !stopRequested()) {
    PhaseTimer storing(runProfile, Phase::CacheStore);
    cache->saveIndex(options_.paths);
  }

  SessionResults out;
  out.problems = problems_;
  out.notices = problems_;
  for (auto& [index, outcome] : sideEffects) {  // in discovery order
    for (const std::string& message : outcome.messages) std::cerr << "platlint: " << message << '\n';
    out.diff += outcome.diff;
    out.fixesApplied += outcome.fixesApplied;
    out.writeFailed = out.writeFailed || outcome.writeFailed;
    if (outcome.fixedBuffer) out.fixedBuffer = std::move(outcome.fixedBuffer);
  }
  sideEffects.clear();
  if (cfamily_) {
    for (std::string& notice : cfamily_->notices()) out.notices.push_back(std::move(notice));
  }
  if (stopRequested()) {
    out.interrupted = true;
    return out;
  }

  const auto settingsOf = [&](size_t i) -> const FileSettings& { return *settings_[i]; };
  // The project checks need every file's facts (PORT390: the whole project's documentation).
  if (options_.projectChecks) {
    PhaseTimer documentation(runProfile, Phase::Documentation);
    ProjectPaths paths{&tree_,
                       [&](const std::string& display) { return addPathResult(results, projectFiles, display); },
                       options_.treeInventory};
    runProjectChecks(catalog_, projectFiles, settingsOf,
                     ProjectDocumentation{options_.paths, options_.docPaths, options_.documentationRoot,
                                          options_.documentation, keptFacts.takeMentions()},
                     paths);
  }
  // Suppressions are applied once every finding of every file exists.
  PhaseTimer suppressing(runProfile, Phase::Suppression);
  out.files = inPathOrder(results, projectFiles, withComments);
  out.settings = settings_;
  return out;
}

}  // namespace platlint
