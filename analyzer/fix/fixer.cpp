#include "analyzer/fix/fixer.h"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "analyzer/lint/engine.h"
#include "analyzer/lint/fix_placement.h"
#include "analyzer/syntax/source_file.h"
#include "analyzer/lint/suppressions.h"
#include "analyzer/lint/syntax_error_rule.h"

namespace platlint {
namespace {

bool overlaps(const Edit& a, const Edit& b) { return a.startByte < b.endByte && b.startByte < a.endByte; }

struct Selection {
  std::vector<Edit> edits;
  std::vector<std::string> imports;
  size_t fixes = 0;
};

// Takes fixes in text order, skipping any whose edits overlap one already taken, that would
// cut through a point where one of its imports goes, or that need a module whose name the file
// binds to something else.
Selection selectFixes(std::vector<const Fix*> fixes, const ImportPlan& plan) {
  auto firstStart = [](const Fix* f) {
    uint32_t s = UINT32_MAX;
    for (const Edit& e : f->edits) s = std::min(s, e.startByte);
    return s;
  };
  std::stable_sort(fixes.begin(), fixes.end(), [&](const Fix* a, const Fix* b) { return firstStart(a) < firstStart(b); });
  Selection sel;
  for (const Fix* fix : fixes) {
    if (fix->edits.empty()) continue;
    bool ok = std::none_of(fix->requiredImports.begin(), fix->requiredImports.end(),
                           [&](const std::string& m) { return plan.state(m) == ImportState::Conflict; });
    std::vector<std::string> imports = sel.imports;
    imports.insert(imports.end(), fix->requiredImports.begin(), fix->requiredImports.end());
    const std::vector<Edit> insertions = ok ? plan.insertions(imports) : std::vector<Edit>();
    for (size_t i = 0; ok && i < fix->edits.size(); ++i) {
      const Edit& e = fix->edits[i];
      if (e.endByte < e.startByte) ok = false;
      for (size_t j = 0; ok && j < i; ++j) ok = !overlaps(e, fix->edits[j]);
      for (const Edit& taken : sel.edits) ok = ok && !overlaps(e, taken);
    }
    // No edit, this fix's or one taken before, may cut through a point where an import goes.
    for (const Edit& insertion : insertions) {
      for (const Edit& e : fix->edits) ok = ok && !overlaps(e, insertion);
      for (const Edit& taken : sel.edits) ok = ok && !overlaps(taken, insertion);
    }
    if (!ok) continue;
    sel.edits.insert(sel.edits.end(), fix->edits.begin(), fix->edits.end());
    sel.imports.insert(sel.imports.end(), fix->requiredImports.begin(), fix->requiredImports.end());
    ++sel.fixes;
  }
  return sel;
}

// Whether --fix may touch the file: it was decoded and parsed cleanly.
bool fixableFile(const FileResult& result) {
  if (!result.analyzed || hasSyntaxError(result)) return false;
  return std::none_of(result.notices.begin(), result.notices.end(),
                      [](const FileNotice& n) { return n.kind == FileNotice::Kind::Decoding; });
}

// A pass left the file unparsable (or unreadable): it is undone.
bool brokenByFixes(const FileResult& result) { return !result.analyzed || hasSyntaxError(result); }

std::vector<const Fix*> applicableFixes(const FileResult& result, bool unsafeFixes) {
  std::vector<const Fix*> fixes;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.fix && !d.fix->edits.empty() && !d.suppressed() && fixApplies(*d.fix, unsafeFixes)) fixes.push_back(&*d.fix);
  }
  return fixes;
}

}  // namespace

FixOutcome fixFile(Engine& engine, const std::string& displayPath, std::string bytes, bool unsafeFixes) {
  return fixFile(engine, engine.defaultSettings(), displayPath, std::move(bytes), unsafeFixes);
}

FixOutcome fixFile(Engine& engine, const FileSettings& settings, const std::string& displayPath, std::string bytes,
                   bool unsafeFixes) {
  // Each analysis also gives the import plan of the text it analysed, for the next pass.
  std::optional<ImportPlan> plan;
  const auto analyze = [&](const std::string& b) {
    plan.reset();
    FileResult r = engine.analyze(displayPath, b, settings, &plan);
    applySuppressions(r, settings);
    return r;
  };
  FixOutcome outcome;
  outcome.result = analyze(bytes);
  if (looksBinary(bytes)) {
    outcome.fixedBytes = std::move(bytes);
    return outcome;
  }
  {
    const SourceFile original(displayPath, bytes);
    outcome.originalText = std::string(original.text());
  }
  outcome.fixedText = outcome.originalText;
  outcome.fixedBytes = bytes;
  if (!fixableFile(outcome.result)) return outcome;

  for (int pass = 1;; ++pass) {
    const std::vector<const Fix*> fixes = applicableFixes(outcome.result, unsafeFixes);
    if (fixes.empty()) break;
    if (pass > kMaxFixPasses) {
      outcome.problems.push_back("fixes did not converge after " + std::to_string(kMaxFixPasses) +
                                 " passes; the remaining ones were not applied");
      break;
    }
    if (!plan) break;
    const SourceFile file(displayPath, outcome.fixedBytes);
    Selection sel = selectFixes(fixes, *plan);
    if (sel.fixes == 0) break;
    for (Edit& insertion : plan->insertions(sel.imports)) sel.edits.push_back(std::move(insertion));
    std::string text = applyEdits(file.text(), std::move(sel.edits));
    std::string newBytes;
    try {
      newBytes = file.encodeForWrite(text);
    } catch (const std::runtime_error& e) {
      outcome.problems.push_back(std::string("fixes not applied: ") + e.what());
      break;
    }
    FileResult next = analyze(newBytes);
    if (brokenByFixes(next)) {
      outcome.problems.push_back("fixes would have introduced a syntax error; " +
                                 std::string(pass == 1 ? "nothing was changed" : "only the earlier passes were kept"));
      break;
    }
    outcome.fixesApplied += sel.fixes;
    outcome.fixedText = std::move(text);
    outcome.fixedBytes = std::move(newBytes);
    outcome.result = std::move(next);
  }
  return outcome;
}

}  // namespace platlint
