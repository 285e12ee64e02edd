#include "analyzer/lint/engine.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "analyzer/base/cancellation.h"
#include "analyzer/lint/findings.h"
#include "analyzer/lint/root_causes.h"
#include "analyzer/lint/fix_placement.h"
#include "analyzer/semantic/guard_analysis.h"
#include "analyzer/semantic/handled_failures.h"
#include "analyzer/semantic/platform_condition.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/source_file.h"
#include "analyzer/syntax/tree_arena.h"
#include "analyzer/lint/suppressions.h"
#include "analyzer/lint/syntax_error_rule.h"

namespace platlint {
namespace {

// The lines a person counts (`wc -l`, plus a last line without a newline): SourceFile also counts
// the empty line after the final newline.
uint32_t linesOfText(const SourceFile& file) {
  if (file.text().empty()) return 0;
  const char last = file.text().back();
  return file.lineCount() - (last == '\n' || last == '\r' ? 1 : 0);
}

class FileContext final : public RuleContext {
 public:
  FileContext(const SemanticModel& model, const SourceFile& file, const FileSettings& settings,
              std::vector<Diagnostic>& out, std::vector<Fact>& facts)
      : model_(model), guards_(model), file_(file), settings_(settings), out_(out), facts_(facts) {}

  const SemanticModel& model() const override { return model_; }
  const SourceFile& file() const override { return file_; }
  const FileSettings& settings() const override { return settings_; }
  bool enabled(const RuleMeta& rule) const override { return settings_.rules.enabled(rule); }
  void report(const RuleMeta& rule, Node node, std::string message) override {
    add(rule, node, std::move(message), rule.breaksOn, std::nullopt);
  }
  void report(const RuleMeta& rule, Node node, std::string message, PlatformSet breaksOn) override {
    add(rule, node, std::move(message), breaksOn, std::nullopt);
  }
  void report(const RuleMeta& rule, Node node, std::string message, Fix fix) override {
    add(rule, node, std::move(message), rule.breaksOn, std::move(fix));
  }
  void report(const RuleMeta& rule, Node node, std::string message, Fix fix, PlatformSet breaksOn) override {
    add(rule, node, std::move(message), breaksOn, std::move(fix));
  }
  void reportChecked(const RuleMeta& rule, Node node, std::string message, PlatformSet breaksOn,
                     std::string_view checkedValue) override {
    add(rule, node, std::move(message), breaksOn, std::nullopt, checkedValue);
  }
  void relate(Node node, std::string message) override {
    if (!lastKept_) return;
    out_.back().related.push_back({rangeOf(node), std::move(message)});
  }
  // Runs `check` on `node`; the findings it reports are guarded by the `try` statements that catch
  // its failureExceptions().
  void visitWith(const Check& check, Node node) {
    check_ = &check;
    check.visit(node, *this);
  }
  void record(Fact fact, Node node) override {
    fact.startByte = node.startByte();
    fact.endByte = node.endByte();
    fact.start = file_.position(fact.startByte);
    fact.end = file_.position(fact.endByte);
    fact.reachableOn = guards_.reachableOn(node);
    facts_.push_back(std::move(fact));
  }
  bool handled(const RuleMeta& rule, Node node, PlatformSet breaksOn, std::string_view checkedValue) const override {
    return keptFor(rule, node, breaksOn, checkedValue).empty();
  }
  uint32_t guardedCount() const { return static_cast<uint32_t>(guarded_.size()); }

 protected:
  std::shared_ptr<void>& stateSlot(const void* key) override { return states_[key]; }

 private:
  // The platforms a finding is kept on: where it breaks, on a target, the code runs there (its
  // platform guards allow it) and the code does not handle the failure (a `try` around it, an
  // existence check before it). Empty: dropped.
  PlatformSet keptFor(const RuleMeta& rule, Node node, PlatformSet breaksOn, std::string_view checkedValue) const {
    breaksOn = keptOn(settings_, breaksOn, [&] { return guards_.reachableOn(node); });
    const FailureKind failure{check_->failureExceptions(), check_->existenceCheckAnswers(rule), check_->failsWhereEvaluated()};
    if (breaksOn.empty() ||
        (settings_.applyGuards && failureHandled(node, failure, breaksOn, guards_, model_, checkedValue))) {
      return PlatformSet::none();
    }
    return breaksOn;
  }
  TextRange rangeOf(Node node) const {
    return {node.startByte(), node.endByte(), file_.position(node.startByte()), file_.position(node.endByte())};
  }
  void add(const RuleMeta& rule, Node node, std::string message, PlatformSet breaksOn, std::optional<Fix> fix,
           std::string_view checkedValue = {}) {
    lastKept_ = false;
    if (!settings_.rules.enabled(rule)) return;
    const PlatformSet unguarded = breaksOn & settings_.targets;
    breaksOn = keptFor(rule, node, breaksOn, checkedValue);
    if (breaksOn.empty()) {
      if (!unguarded.empty()) guarded_.insert({&rule, node.startByte(), node.endByte()});
      return;
    }
    Diagnostic d = makeFinding(rule, settings_, rangeOf(node), std::move(message) + platformNote(breaksOn),
                               breaksOn);
    d.fix = std::move(fix);
    out_.push_back(std::move(d));
    lastKept_ = true;
    // Code that works only on Linux, reached through a check that let other platforms in.
    if (unguarded == kNotLinux) {
      if (const Node check = guards_.checkThatLetThrough(node, unguarded)) relate(check, letThroughNote(check));
    }
  }

  // Why a platform check did not keep Linux-only code from the platforms it breaks on.
  std::string letThroughNote(Node check) const {
    const ConditionValue c = evaluatePlatformCondition(check, model_);
    const std::string_view text = check.text();
    const std::string shown = text.size() <= 60 && text.find('\n') == std::string_view::npos
                                  ? "`" + std::string(text) + "`"
                                  : std::string("this platform check");
    const std::string singled = c.whenTrue.empty() ? std::string("a system other than linux, macos and windows")
                                                   : c.whenTrue.describe();
    const PlatformSet others = c.whenFalse & ~PlatformSet(Platform::Linux);
    return shown + " singles out " + singled + ": " + others.describe() + (others == kNotLinux ? " take" : " takes") +
           " the Linux branch, which this code assumes";
  }

  const SemanticModel& model_;
  const GuardAnalysis guards_;
  const SourceFile& file_;
  const FileSettings& settings_;
  std::vector<Diagnostic>& out_;
  std::vector<Fact>& facts_;
  const Check* check_ = nullptr;                          // the check being run
  // Findings dropped only for their guards or `try` handlers; a set, as several checks may
  // report one finding.
  std::set<std::tuple<const RuleMeta*, uint32_t, uint32_t>> guarded_;
  bool lastKept_ = false;  // the last report() was kept: relate() adds to it
  std::map<const void*, std::shared_ptr<void>> states_;  // fileState()
};

// A file that parses with errors: a PORT000 finding on the error's first line, or, the rule turned
// off for the file, a notice (the user still learns why findings may be missing).
void reportSyntaxError(Node error, const SourceFile& file, const FileSettings& settings, FileResult& result) {
  const std::string_view text = file.text();
  const uint32_t start = std::min(error.startByte(), static_cast<uint32_t>(text.size()));
  // An ERROR node can span many lines; the finding marks its first only.
  const size_t lineEnd = std::min(text.find('\n', start), text.size());
  const uint32_t end = std::max(start, std::min<uint32_t>(error.endByte(), static_cast<uint32_t>(lineEnd)));
  const std::string what = error.isMissing() ? "syntax error: missing `" + std::string(error.kind()) + "`"
                                             : std::string("syntax error");
  const RuleMeta& rule = syntaxErrorRule();
  if (!settings.rules.enabled(rule)) {
    result.notices.push_back({FileNotice::Kind::SyntaxError, Level::Warning,
                              what + "; the rest of the file was analysed as far as the parser recovered",
                              file.position(start)});
    return;
  }
  const TextRange range{start, end, file.position(start), file.position(end)};
  result.diagnostics.push_back(makeFinding(
      rule, settings, range,
      what + "; the rest of the file was analysed as far as the parser recovered, so findings near it may be "
             "missing",
      PlatformSet::all()));
}

// The first ERROR or MISSING node in document order, found without recursion.
Node firstSyntaxError(Node root) {
  Node n = root;
  while (n) {
    if (n.is("ERROR") || n.isMissing()) return n;
    Node next;
    for (uint32_t i = 0; i < n.childCount(); ++i) {
      const Node c = n.child(i);
      if (c.hasError() || c.isMissing()) {
        next = c;
        break;
      }
    }
    if (!next) return n;
    n = next;
  }
  return n;
}

// tree-sitter-python's external scanner keeps its indentation stack in tree-sitter's 1 KiB
// serialisation buffer and corrupts memory beyond about 510 levels. Real code never nests that
// deep, so such files are refused before parsing. The estimate counts every increase of
// indentation (lines inside brackets included), so it can only over-estimate.
constexpr size_t kMaxIndentLevels = 400;

size_t estimatedIndentLevels(std::string_view text) {
  std::vector<uint32_t> stack{0};
  size_t deepest = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    uint32_t width = 0;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) {
      width += text[pos] == '\t' ? 8 - width % 8 : 1;
      ++pos;
    }
    const bool blank = pos >= text.size() || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '#';
    if (!blank) {
      while (stack.size() > 1 && width < stack.back()) stack.pop_back();
      if (width > stack.back()) stack.push_back(width);
      deepest = std::max(deepest, stack.size() - 1);
    }
    // Not find_first_of("\n\r"), which calls memchr on the two-character set for every byte.
    while (pos < text.size() && text[pos] != '\n' && text[pos] != '\r') ++pos;
    if (pos >= text.size()) break;
    ++pos;
  }
  return deepest;
}

FileNotice timeoutNotice(std::chrono::milliseconds budget) {
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%gs", static_cast<double>(budget.count()) / 1000.0);
  return {FileNotice::Kind::Timeout, Level::Error,
          "skipped: analysis took longer than the per-file time budget (--file-timeout " + std::string(seconds) + ")", {0, 0}};
}

}  // namespace

Engine::Engine(RuleSelection selection, PlatformSet targets, bool applyGuards) {
  defaults_.rules = std::move(selection);
  defaults_.targets = targets;
  defaults_.applyGuards = applyGuards;
  const uint32_t symbolCount = ts_language_symbol_count(pythonLanguage());
  dispatch_.resize(symbolCount);
  const auto checks = defaults_.rules.catalog().checks();
  for (size_t index = 0; index < checks.size(); ++index) {
    // A node type can have several symbol ids (aliases); the check is subscribed to each of them.
    const SymbolSet kinds(checks[index]->nodeKinds());
    for (TSSymbol s = 0; s < symbolCount; ++s) {
      if (kinds.contains(s)) dispatch_[s].push_back(index);
    }
  }
}

FileResult Engine::analyze(const std::string& displayPath, std::string bytes) {
  return analyze(displayPath, std::move(bytes), defaults_);
}

FileResult Engine::analyze(const std::string& displayPath, std::string bytes, const FileSettings& settings,
                           std::optional<ImportPlan>* importPlan, PreviousParse* previousParse) {
  FileResult result;
  result.path = displayPath;
  Deadline deadline = fileTimeout_ ? Deadline::after(*fileTimeout_) : Deadline();
  deadline.cancelWhen(cancelled_);
  // Over budget, cancelled, or the run is stopping: the file is skipped as a whole, nothing half-analysed.
  auto giveUp = [&] {
    result.diagnostics.clear();
    result.notices.clear();
    if (!stopRequested() && !deadline.cancelled()) result.notices.push_back(timeoutNotice(*fileTimeout_));
    return std::move(result);
  };
  if (looksBinary(bytes)) {
    result.notices.push_back({FileNotice::Kind::Binary, Level::Warning,
                              "skipped: the file contains NUL bytes and looks binary", {0, 0}});
    return result;
  }
  PhaseTimer decoding(profile_, Phase::Decode);
  const SourceFile file(displayPath, std::move(bytes));
  result.lines = linesOfText(file);
  for (const std::string& problem : file.decodeProblems()) {
    result.notices.push_back({FileNotice::Kind::Decoding, Level::Warning, problem, {0, 0}});
  }
  if (estimatedIndentLevels(file.text()) > kMaxIndentLevels) {
    result.notices.push_back({FileNotice::Kind::SyntaxError, Level::Error,
                              "skipped: indentation nests more than " + std::to_string(kMaxIndentLevels) +
                                  " levels deep, beyond what the Python parser handles safely",
                              {0, 0}});
    return result;
  }
  decoding.stop();
  if (deadline.shouldStop()) return giveUp();
  PhaseTimer parsing(profile_, Phase::Parse);
  const std::string crAsNewline = loneCarriageReturnsAsNewlines(file.text());
  const std::string_view parsedText = crAsNewline.empty() ? file.text() : std::string_view(crAsNewline);
  // A one-shot parse of all but a large file allocates from this thread's arena, with a parser made
  // in it (tree_arena.h): once the table is built, the tree is left to the arena, which takes the
  // whole file's memory back at once, instead of being freed subtree by subtree. A large file's tree
  // is released while its table is built instead, which keeps the worker's peak lower.
  const bool inArena = !previousParse && parsedText.size() < SyntaxTree::kReleaseWhileFlatteningFrom;
  std::optional<TreeArenaScope> arena;
  std::optional<PythonParser> fileParser;
  if (inArena) {
    arena.emplace();
    fileParser.emplace();
  }
  TreePtr tree = previousParse ? previousParse->parse(parser_, parsedText, deadline)
                               : (inArena ? *fileParser : parser_).parse(parsedText, deadline);
  const auto endArena = [&] {
    if (!inArena) return;
    (void)tree.release();
    fileParser.reset();
    arena.reset();
  };
  parsing.stop();
  if (!tree && deadline.shouldStop()) return giveUp();
  if (parseOnly_) {
    endArena();
    result.analyzed = true;
    return result;
  }
  if (!tree) {
    result.notices.push_back({FileNotice::Kind::SyntaxError, Level::Error, "the parser gave up on this file", {0, 0}});
    return result;
  }
  if (deadline.shouldStop()) return giveUp();
  PhaseTimer modelling(profile_, Phase::SemanticModel);
  // The analysis reads only the flattened table: tree-sitter's tree, three times its size, is freed
  // while the table is built rather than after the walk.
  const SyntaxTree syntax = inArena ? SyntaxTree(tree.get(), parsedText) : SyntaxTree(std::move(tree), parsedText);
  endArena();
  const Node root = syntax.root();
  if (root.hasError()) reportSyntaxError(firstSyntaxError(root), file, settings, result);

  const SemanticModel model(file, root);
  result.suppressions = parseSuppressions(root, file, defaults_.rules.catalog());
  FileContext ctx(model, file, settings, result.diagnostics, result.facts);
  modelling.stop();
  if (deadline.shouldStop()) return giveUp();
  PhaseTimer checking(profile_, Phase::Rules);
  // The clock is read every 1024 nodes.
  size_t visited = 0;
  bool stopped = false;
  const auto stopping = [&] {
    if (!stopped && ++visited % 1024 == 0) stopped = deadline.shouldStop();
    return stopped;
  };
  // Checks none of whose rules is enabled for this file are not run.
  const auto checks = defaults_.rules.catalog().checks();
  std::vector<char> active(checks.size());
  for (size_t i = 0; i < checks.size(); ++i) {
    const auto rules = checks[i]->rules();
    active[i] = everyCheck_ ||
                std::any_of(rules.begin(), rules.end(), [&](const RuleMeta* r) { return settings.rules.enabled(*r); });
  }
  // The nodes some check subscribes to, in document order.
  const auto subscribed = [&](uint32_t i) {
    const TSSymbol symbol = syntax.symbolAt(i);
    return symbol < dispatch_.size() && !dispatch_[symbol].empty();
  };
  if (profile_) {
    if (profile_->checks.size() < checks.size()) profile_->checks.resize(checks.size());
    for (size_t i = 0; i < checks.size(); ++i) profile_->checks[i].name = checks[i]->name();
    for (uint32_t i = 0; i < syntax.size(); ++i) {
      if (!subscribed(i)) continue;
      if (stopping()) break;
      for (const size_t index : dispatch_[syntax.symbolAt(i)]) {
        if (!active[index]) continue;
        const uint64_t start = wallNs();
        ctx.visitWith(*checks[index], syntax.node(i));
        Profile::CheckTime& time = profile_->checks[index];
        time.ns += wallNs() - start;
        ++time.visits;
      }
    }
  } else {
    for (uint32_t i = 0; i < syntax.size(); ++i) {
      if (!subscribed(i)) continue;
      if (stopping()) break;
      for (const size_t index : dispatch_[syntax.symbolAt(i)]) {
        if (active[index]) ctx.visitWith(*checks[index], syntax.node(i));
      }
    }
  }
  if (stopped) return giveUp();
  result.guarded = ctx.guardedCount();
  foldRootCauses(result.diagnostics, defaults_.rules.catalog().rootCauses(), root);
  orderFindings(result.diagnostics);
  // Checks record in walk order; several checks may record at one node.
  std::stable_sort(result.facts.begin(), result.facts.end(), [](const Fact& a, const Fact& b) {
    return std::tie(a.startByte, a.kind) < std::tie(b.startByte, b.kind);
  });
  const bool hasFix =
      std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& d) { return d.fix.has_value(); });
  if (hasFix || importPlan) {
    ImportPlan plan(file, model, root, settings.firstPartyModules, settings.importsSortedByModule);
    placeFixes(result, file, plan, settings.lineLength);
    if (importPlan) importPlan->emplace(std::move(plan));
  }
  result.analyzed = true;
  return result;
}

}  // namespace platlint
