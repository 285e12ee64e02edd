#include "analyzer/fixer.h"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "analyzer/engine.h"
#include "analyzer/semantic_model.h"
#include "analyzer/source_file.h"
#include "analyzer/suppressions.h"
#include "analyzer/syntax.h"

namespace platlint {
namespace {

// The line ending the file uses (its first one), "\n" when it has none.
std::string_view lineEnding(std::string_view text) {
  const size_t at = text.find_first_of("\r\n");
  if (at == std::string_view::npos) return "\n";
  if (text[at] == '\n') return "\n";
  return at + 1 < text.size() && text[at + 1] == '\n' ? "\r\n" : "\r";
}

bool isDocstring(Node statement) {
  if (!statement.is("expression_statement") || statement.namedChildCount() != 1) return false;
  const Node expr = statement.namedChild(0);
  return expr.is("string") || expr.is("concatenated_string");
}

bool isImport(Node statement) {
  return statement.is("import_statement") || statement.is("import_from_statement") ||
         statement.is("future_import_statement");
}

enum class ImportState { Present, Missing, Conflict };

// What a file imports at module level, and where new imports go.
class ImportPlan {
 public:
  // Parses `file` itself.
  explicit ImportPlan(const SourceFile& file) : text_(file.text()), eol_(lineEnding(file.text())) {
    const std::string crAsNewline = loneCarriageReturnsAsNewlines(text_);
    const std::string_view parsedText = crAsNewline.empty() ? text_ : std::string_view(crAsNewline);
    PythonParser parser;
    const TreePtr tree = parser.parse(parsedText);
    if (!tree) throw std::runtime_error("the parser gave up on this file");
    const SyntaxTree syntax(tree.get(), parsedText);
    init(SemanticModel(file, syntax.root()), syntax.root());
  }
  // From the analysis that already has the file's tree and model.
  ImportPlan(const SourceFile& file, const SemanticModel& model, Node root)
      : text_(file.text()), eol_(lineEnding(file.text())) {
    init(model, root);
  }

 private:
  void init(const SemanticModel& model, Node root) {
    for (const Import& imp : model.imports()) {
      const Node parent = imp.node.parent();
      const bool moduleLevel = parent && parent.is("module");
      if (imp.localName != imp.qualifiedName) {
        // `import x as os`, `from x import os`: inserting `import os` would rebind the name.
        otherBindings_.push_back(imp.localName);
      } else if (moduleLevel) {
        present_.push_back(imp.localName);
      }
    }
    findInsertionPoint(root);
  }

 public:
  ImportState state(const std::string& module) const {
    if (std::find(present_.begin(), present_.end(), module) != present_.end()) return ImportState::Present;
    if (std::find(otherBindings_.begin(), otherBindings_.end(), module) != otherBindings_.end()) {
      return ImportState::Conflict;
    }
    return ImportState::Missing;
  }

  uint32_t offset() const { return offset_; }

  // The insertion of `import NAME` for the missing ones of `modules` (empty replacement if none).
  Edit insertion(std::vector<std::string> modules) const {
    std::sort(modules.begin(), modules.end());
    modules.erase(std::unique(modules.begin(), modules.end()), modules.end());
    std::string lines;
    for (const std::string& m : modules) {
      if (state(m) != ImportState::Missing) continue;
      if (!lines.empty()) lines += eol_;
      lines += "import " + m;
    }
    Edit e;
    e.startByte = e.endByte = offset_;
    if (!lines.empty()) e.replacement = newlineBefore_ ? std::string(eol_) + lines + newlineAfter() : lines + newlineAfter();
    return e;
  }

 private:
  std::string newlineAfter() const { return newlineBefore_ && !newlineAfter_ ? std::string() : std::string(eol_); }

  void findInsertionPoint(Node root) {
    Node after;  // the docstring or last import of the leading block
    Node firstOther;
    bool first = true;
    for (uint32_t i = 0; i < root.namedChildCount(); ++i) {
      const Node c = root.namedChild(i);
      if (c.is("comment")) continue;
      if ((first && isDocstring(c)) || isImport(c)) {
        after = c;
        first = false;
        continue;
      }
      firstOther = c;
      break;
    }
    if (after) {
      // After the statement's line when only blanks or a comment follow it; right after the
      // statement otherwise (`import os; x = 1` becomes `import os` / `import NAME; x = 1`).
      size_t pos = after.endByte();
      while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t' || text_[pos] == '\f')) ++pos;
      if (pos < text_.size() && text_[pos] == '#') {
        while (pos < text_.size() && text_[pos] != '\n' && text_[pos] != '\r') ++pos;
      }
      if (pos >= text_.size()) {
        offset_ = static_cast<uint32_t>(text_.size());
        newlineBefore_ = true;
        newlineAfter_ = false;  // keep a file without a final newline that way
      } else if (text_[pos] == '\n' || text_[pos] == '\r') {
        pos += text_.compare(pos, 2, "\r\n") == 0 ? 2 : 1;
        offset_ = static_cast<uint32_t>(pos);
      } else {
        offset_ = after.endByte();
        newlineBefore_ = true;
        newlineAfter_ = false;
      }
      return;
    }
    if (firstOther) {
      size_t pos = firstOther.startByte();
      while (pos > 0 && text_[pos - 1] != '\n' && text_[pos - 1] != '\r') --pos;
      offset_ = static_cast<uint32_t>(pos);
      return;
    }
    // Only comments (or nothing): at the end.
    offset_ = static_cast<uint32_t>(text_.size());
    newlineBefore_ = !text_.empty() && text_.back() != '\n' && text_.back() != '\r';
    newlineAfter_ = true;
  }

  std::string_view text_;
  std::string_view eol_;
  std::vector<std::string> present_;
  std::vector<std::string> otherBindings_;
  uint32_t offset_ = 0;
  bool newlineBefore_ = false;  // the import starts a new line after existing text
  bool newlineAfter_ = true;    // the import line ends with a line ending
};

bool overlaps(const Edit& a, const Edit& b) { return a.startByte < b.endByte && b.startByte < a.endByte; }

struct Selection {
  std::vector<Edit> edits;
  std::vector<std::string> imports;
  size_t fixes = 0;
};

// Takes fixes in text order, skipping any whose edits overlap one already taken, that would
// cut through the import insertion point, or that need a module whose name the file binds to
// something else.
Selection selectFixes(std::vector<const Fix*> fixes, const ImportPlan& plan) {
  auto firstStart = [](const Fix* f) {
    uint32_t s = UINT32_MAX;
    for (const Edit& e : f->edits) s = std::min(s, e.startByte);
    return s;
  };
  std::stable_sort(fixes.begin(), fixes.end(), [&](const Fix* a, const Fix* b) { return firstStart(a) < firstStart(b); });
  Selection sel;
  Edit insertionPoint;
  insertionPoint.startByte = insertionPoint.endByte = plan.offset();
  for (const Fix* fix : fixes) {
    if (fix->edits.empty()) continue;
    bool ok = std::none_of(fix->requiredImports.begin(), fix->requiredImports.end(),
                           [&](const std::string& m) { return plan.state(m) == ImportState::Conflict; });
    for (size_t i = 0; ok && i < fix->edits.size(); ++i) {
      const Edit& e = fix->edits[i];
      if (e.endByte < e.startByte || overlaps(e, insertionPoint)) ok = false;
      for (size_t j = 0; ok && j < i; ++j) ok = !overlaps(e, fix->edits[j]);
      for (const Edit& taken : sel.edits) ok = ok && !overlaps(e, taken);
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
  if (!result.analyzed) return false;
  return std::none_of(result.notices.begin(), result.notices.end(), [](const FileNotice& n) {
    return n.kind == FileNotice::Kind::SyntaxError || n.kind == FileNotice::Kind::Decoding;
  });
}

bool hasSyntaxError(const FileResult& result) {
  return !result.analyzed || std::any_of(result.notices.begin(), result.notices.end(), [](const FileNotice& n) {
           return n.kind == FileNotice::Kind::SyntaxError;
         });
}

std::vector<const Fix*> applicableFixes(const FileResult& result, bool unsafeFixes) {
  std::vector<const Fix*> fixes;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.fix && !d.fix->edits.empty() && !d.suppressed() && fixApplies(*d.fix, unsafeFixes)) fixes.push_back(&*d.fix);
  }
  return fixes;
}

}  // namespace

std::string applyEdits(std::string_view text, std::vector<Edit> edits) {
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.startByte != b.startByte ? a.startByte < b.startByte : a.endByte < b.endByte;
  });
  std::string out;
  out.reserve(text.size() + 64);
  size_t pos = 0;
  for (const Edit& e : edits) {
    if (e.startByte < pos || e.endByte > text.size() || e.endByte < e.startByte) {
      throw std::logic_error("overlapping or out-of-range edits");
    }
    out.append(text.substr(pos, e.startByte - pos));
    out.append(e.replacement);
    pos = e.endByte;
  }
  out.append(text.substr(pos));
  return out;
}

Edit importInsertion(const std::string& bytes, const std::vector<std::string>& modules) {
  const SourceFile file("<insertion>", bytes);
  return ImportPlan(file).insertion(modules);
}

FixOutcome fixFile(Engine& engine, const std::string& displayPath, std::string bytes, bool unsafeFixes) {
  return fixFile(engine, engine.defaultSettings(), displayPath, std::move(bytes), unsafeFixes);
}

FixOutcome fixFile(Engine& engine, const FileSettings& settings, const std::string& displayPath, std::string bytes,
                   bool unsafeFixes) {
  const auto analyze = [&](const std::string& b) {
    FileResult r = engine.analyze(displayPath, b, settings);
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
    const SourceFile file(displayPath, outcome.fixedBytes);
    const ImportPlan plan(file);
    Selection sel = selectFixes(fixes, plan);
    if (sel.fixes == 0) break;
    const Edit imports = plan.insertion(sel.imports);
    if (!imports.replacement.empty()) sel.edits.push_back(imports);
    std::string text = applyEdits(file.text(), std::move(sel.edits));
    std::string newBytes;
    try {
      newBytes = file.encodeForWrite(text);
    } catch (const std::runtime_error& e) {
      outcome.problems.push_back(std::string("fixes not applied: ") + e.what());
      break;
    }
    FileResult next = analyze(newBytes);
    if (hasSyntaxError(next)) {
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

void placeFixes(FileResult& result, const SourceFile& file, const SemanticModel& model, Node root) {
  if (std::none_of(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& d) { return d.fix.has_value(); })) {
    return;
  }
  const ImportPlan plan(file, model, root);
  auto place = [&](const Edit& e) {
    PlacedEdit p;
    p.range.startByte = e.startByte;
    p.range.endByte = e.endByte;
    p.range.start = file.position(e.startByte);
    p.range.end = file.position(e.endByte);
    p.content = e.replacement;
    return p;
  };
  for (Diagnostic& d : result.diagnostics) {
    if (!d.fix || d.fix->edits.empty()) continue;
    std::vector<PlacedEdit> placed;
    // A module name the file binds to something else: the replacement would mean another thing.
    if (std::any_of(d.fix->requiredImports.begin(), d.fix->requiredImports.end(),
                    [&](const std::string& m) { return plan.state(m) == ImportState::Conflict; })) {
      continue;
    }
    const Edit imports = plan.insertion(d.fix->requiredImports);
    if (!imports.replacement.empty()) placed.push_back(place(imports));
    std::vector<Edit> edits = d.fix->edits;
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.startByte < b.startByte; });
    for (const Edit& e : edits) placed.push_back(place(e));
    std::stable_sort(placed.begin(), placed.end(),
                     [](const PlacedEdit& a, const PlacedEdit& b) { return a.range.startByte < b.range.startByte; });
    d.fix->placed = std::move(placed);
  }
}

}  // namespace platlint
