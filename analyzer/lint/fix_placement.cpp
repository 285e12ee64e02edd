#include "analyzer/lint/fix_placement.h"

#include <algorithm>
#include <stdexcept>

#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/source_file.h"

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

// What a file imports at module level, and where new imports go.

}  // namespace

ImportPlan::ImportPlan(const SourceFile& file, const SemanticModel& model, Node root) : eol_(lineEnding(file.text())) {
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
  findInsertionPoint(file.text(), root);
}

ImportState ImportPlan::state(const std::string& module) const {
  if (std::find(present_.begin(), present_.end(), module) != present_.end()) return ImportState::Present;
  if (std::find(otherBindings_.begin(), otherBindings_.end(), module) != otherBindings_.end()) {
    return ImportState::Conflict;
  }
  return ImportState::Missing;
}

Edit ImportPlan::insertion(std::vector<std::string> modules) const {
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
  if (!lines.empty())
    e.replacement = newlineBefore_ ? std::string(eol_) + lines + newlineAfter() : lines + newlineAfter();
  return e;
}

std::string ImportPlan::newlineAfter() const { return newlineBefore_ && !newlineAfter_ ? std::string() : eol_; }

void ImportPlan::findInsertionPoint(std::string_view text, Node root) {
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
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\f')) ++pos;
    if (pos < text.size() && text[pos] == '#') {
      while (pos < text.size() && text[pos] != '\n' && text[pos] != '\r') ++pos;
    }
    if (pos >= text.size()) {
      offset_ = static_cast<uint32_t>(text.size());
      newlineBefore_ = true;
      newlineAfter_ = false;  // keep a file without a final newline that way
    } else if (text[pos] == '\n' || text[pos] == '\r') {
      pos += text.compare(pos, 2, "\r\n") == 0 ? 2 : 1;
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
    while (pos > 0 && text[pos - 1] != '\n' && text[pos - 1] != '\r') --pos;
    offset_ = static_cast<uint32_t>(pos);
    return;
  }
  // Only comments (or nothing): at the end.
  offset_ = static_cast<uint32_t>(text.size());
  newlineBefore_ = !text.empty() && text.back() != '\n' && text.back() != '\r';
  newlineAfter_ = true;
}

void placeFixes(FileResult& result, const SourceFile& file, const ImportPlan& plan) {
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
  const std::string crAsNewline = loneCarriageReturnsAsNewlines(file.text());
  const std::string_view parsedText = crAsNewline.empty() ? file.text() : std::string_view(crAsNewline);
  PythonParser parser;
  const TreePtr tree = parser.parse(parsedText);
  if (!tree) throw std::runtime_error("the parser gave up on this file");
  const SyntaxTree syntax(tree.get(), parsedText);
  return ImportPlan(file, SemanticModel(file, syntax.root()), syntax.root()).insertion(modules);
}

}  // namespace platlint
