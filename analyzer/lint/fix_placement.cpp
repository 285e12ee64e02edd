#include "analyzer/lint/fix_placement.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "analyzer/base/text_case.h"
#include "analyzer/lint/fix_line_length.h"
#include "analyzer/lint/import_sections.h"
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

bool isImport(Node statement) { return statement.is("import_statement") || statement.is("import_from_statement"); }

// `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`): imports for type checkers only.
bool isTypeCheckingBlock(Node statement) {
  if (!statement.is("if_statement")) return false;
  const Node condition = statement.field("condition");
  if (!condition) return false;
  const std::string_view t = condition.text();
  return t == "TYPE_CHECKING" || t.ends_with(".TYPE_CHECKING");
}

// A `try` whose body only imports (`try: import json` / `except ImportError: ...`).
bool isImportTry(Node statement) {
  if (!statement.is("try_statement")) return false;
  const Node body = statement.field("body");
  if (!body || body.namedChildCount() == 0) return false;
  for (uint32_t i = 0; i < body.namedChildCount(); ++i) {
    const Node c = body.namedChild(i);
    if (!isImport(c) && !c.is("comment") && !c.is("pass_statement")) return false;
  }
  return true;
}

// The module an import names first: `import a.b, c` -> "a.b", `from .x import y` -> ".x".
std::string_view importedModule(Node statement) {
  if (statement.is("import_from_statement")) {
    const Node module = statement.field("module_name");
    return module ? module.text() : std::string_view();
  }
  const Node name = statement.field("name");
  if (!name) return {};
  if (name.is("aliased_import")) {
    const Node dotted = name.field("name");
    return dotted ? dotted.text() : std::string_view();
  }
  return name.text();
}

size_t lineStart(std::string_view text, size_t pos) {
  while (pos > 0 && text[pos - 1] != '\n' && text[pos - 1] != '\r') --pos;
  return pos;
}

// Whether the line starting at `start` holds only a comment.
bool commentLine(std::string_view text, size_t start) {
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) ++start;
  return start < text.size() && text[start] == '#';
}

// Whether the line ending just before `start` is empty or blank (or there is none).
bool blankOrNoLineBefore(std::string_view text, size_t start) {
  if (start == 0) return true;
  size_t end = start - 1;
  if (text[end] == '\n' && end > 0 && text[end - 1] == '\r') --end;
  const size_t begin = lineStart(text, end);
  return text.substr(begin, end - begin).find_first_not_of(" \t\f") == std::string_view::npos;
}

}  // namespace

ImportPlan::ImportPlan(const SourceFile& file, const SemanticModel& model, Node root,
                       const std::vector<std::string>& firstParty, bool sortedByModule)
    : eol_(lineEnding(file.text())), interleaved_(sortedByModule) {
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
  planPlaces(file.text(), root, firstParty);
}

ImportState ImportPlan::state(const std::string& module) const {
  if (std::find(present_.begin(), present_.end(), module) != present_.end()) return ImportState::Present;
  if (std::find(otherBindings_.begin(), otherBindings_.end(), module) != otherBindings_.end()) {
    return ImportState::Conflict;
  }
  return ImportState::Missing;
}

std::vector<Edit> ImportPlan::insertions(std::vector<std::string> modules) const {
  std::sort(modules.begin(), modules.end(), [](const std::string& a, const std::string& b) {
    return std::pair(toLower(a), a) < std::pair(toLower(b), b);
  });
  modules.erase(std::unique(modules.begin(), modules.end()), modules.end());
  std::vector<std::pair<Point, std::vector<std::string>>> byPlace;
  for (const std::string& m : modules) {
    if (state(m) != ImportState::Missing) continue;
    const Point at = pointFor(m);
    const auto same = std::find_if(byPlace.begin(), byPlace.end(), [&](const auto& p) { return p.first.offset == at.offset; });
    if (same != byPlace.end()) {
      same->second.push_back(m);
    } else {
      byPlace.emplace_back(at, std::vector<std::string>{m});
    }
  }
  std::vector<Edit> edits;
  for (const auto& [at, names] : byPlace) edits.push_back(Edit{at.offset, at.offset, render(at, names)});
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.startByte < b.startByte; });
  return edits;
}

std::string ImportPlan::render(const Point& at, const std::vector<std::string>& modules) const {
  std::string lines;
  for (const std::string& m : modules) lines += (lines.empty() ? "" : eol_) + "import " + m;
  std::string out;
  if (at.newlineBefore) out += eol_;
  if (at.blankBefore) out += eol_;
  out += lines;
  if (at.newlineAfter) out += eol_;
  if (at.blankAfter) out += eol_;
  return out;
}

ImportPlan::Point ImportPlan::pointFor(const std::string& module) const {
  if (group_.empty()) return fallback_;
  const std::string key = toLower(module);
  if (interleaved_) {
    // `import x` sorts before `from x import y`.
    for (const GroupMember& m : group_) {
      if (m.key > key || (m.key == key && !m.straight)) return m.before;
    }
    return group_.back().after;
  }
  const GroupMember* lastStraight = nullptr;
  for (const GroupMember& m : group_) {
    if (!m.straight) continue;
    if (m.key > key) return m.before;
    lastStraight = &m;
  }
  if (lastStraight) return lastStraight->after;
  return group_.front().before;  // only `from x import y` lines: before them
}

void ImportPlan::planPlaces(std::string_view text, Node root, const std::vector<std::string>& firstParty) {
  // After the statement's line when only blanks or a comment follow it; right after the
  // statement otherwise (`import os; x = 1` becomes `import os` / `import NAME; x = 1`).
  const auto after = [&](Node statement) {
    Point p;
    size_t pos = statement.endByte();
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\f')) ++pos;
    if (pos < text.size() && text[pos] == '#') {
      while (pos < text.size() && text[pos] != '\n' && text[pos] != '\r') ++pos;
    }
    if (pos >= text.size()) {
      p.offset = static_cast<uint32_t>(text.size());
      p.newlineBefore = true;
      p.newlineAfter = false;  // keep a file without a final newline that way
    } else if (text[pos] == '\n' || text[pos] == '\r') {
      pos += text.compare(pos, 2, "\r\n") == 0 ? 2 : 1;
      p.offset = static_cast<uint32_t>(pos);
    } else {
      p.offset = statement.endByte();
      p.newlineBefore = true;
      p.newlineAfter = false;
    }
    return p;
  };
  // At the start of the statement's line, above the comments directly over it that follow
  // `previous` (a file's leading comments, its header, stay first).
  const auto before = [&](Node statement, Node previous) {
    size_t start = lineStart(text, statement.startByte());
    if (previous) {
      while (start > previous.endByte()) {
        const size_t above = lineStart(text, start - 1);
        if (above < previous.endByte() || !commentLine(text, above)) break;
        start = above;
      }
    }
    Point p;
    p.offset = static_cast<uint32_t>(start);
    return p;
  };

  // The leading block: docstring, comments, imports and the `try`/`if TYPE_CHECKING:` blocks
  // among them, up to the first other statement.
  Node docstring, lastFuture, firstOther, previous;
  std::vector<std::pair<Node, Node>> imports;  // (import, the statement before it)
  Node firstOtherImport;  // the first import that is neither future nor stdlib
  Node firstOtherImportPrevious;
  Node firstBlock;  // the first `try` or `if TYPE_CHECKING:` block of imports
  Node firstBlockPrevious;
  bool first = true;
  for (uint32_t i = 0; i < root.namedChildCount(); ++i) {
    const Node c = root.namedChild(i);
    if (c.is("comment")) continue;
    const bool wasFirst = first;
    first = false;
    if (wasFirst && isDocstring(c)) {
      docstring = c;
    } else if (c.is("future_import_statement")) {
      lastFuture = c;
    } else if (isImport(c)) {
      imports.emplace_back(c, previous);
      const ImportSection section = importSection(importedModule(c), firstParty);
      if (section != ImportSection::StandardLibrary && section != ImportSection::Future && !firstOtherImport) {
        firstOtherImport = c;
        firstOtherImportPrevious = previous;
      }
    } else if (isImportTry(c) || isTypeCheckingBlock(c)) {
      if (!firstBlock) {
        firstBlock = c;
        firstBlockPrevious = previous;
      }
    } else {
      firstOther = c;
      break;
    }
    previous = c;
  }

  for (const auto& [statement, before_] : imports) {
    if (firstOtherImport && statement.startByte() >= firstOtherImport.startByte()) break;
    const std::string_view module = importedModule(statement);
    if (importSection(module, firstParty) != ImportSection::StandardLibrary) continue;
    const bool straight = statement.is("import_statement");
    if (straight && !group_.empty() && !group_.back().straight) interleaved_ = true;
    group_.push_back({toLower(module), straight, before(statement, before_), after(statement)});
  }
  if (firstBlock && (!firstOtherImport || firstBlock.startByte() < firstOtherImport.startByte())) {
    firstOtherImport = firstBlock;
    firstOtherImportPrevious = firstBlockPrevious;
  }
  if (firstOtherImport) {
    // A group of its own before the third-party, first-party and relative imports, apart from
    // the code above it (a docstring, `from __future__`) by a blank line; a comment above stays.
    fallback_ = before(firstOtherImport, firstOtherImportPrevious);
    fallback_.blankAfter = true;
    fallback_.blankBefore = !blankOrNoLineBefore(text, fallback_.offset) &&
                            !commentLine(text, lineStart(text, fallback_.offset - 1));
    return;
  }
  if (lastFuture || docstring) {
    fallback_ = after(lastFuture ? lastFuture : docstring);
    fallback_.blankBefore = bool(lastFuture);  // a group of its own after `from __future__`
    return;
  }
  if (firstOther) {
    fallback_.offset = static_cast<uint32_t>(lineStart(text, firstOther.startByte()));
    return;
  }
  // Only comments (or nothing): at the end.
  fallback_.offset = static_cast<uint32_t>(text.size());
  fallback_.newlineBefore = !text.empty() && text.back() != '\n' && text.back() != '\r';
  fallback_.newlineAfter = true;
}

void placeFixes(FileResult& result, const SourceFile& file, const ImportPlan& plan, uint32_t lineLength) {
  const std::string_view eol = lineEnding(file.text());
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
    fitLineLength(*d.fix, file.text(), lineLength, eol);
    for (const Edit& insertion : plan.insertions(d.fix->requiredImports)) placed.push_back(place(insertion));
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

std::vector<Edit> importInsertions(const std::string& bytes, const std::vector<std::string>& modules,
                                   const std::vector<std::string>& firstParty, bool sortedByModule) {
  const SourceFile file("<insertion>", bytes);
  const std::string crAsNewline = loneCarriageReturnsAsNewlines(file.text());
  const std::string_view parsedText = crAsNewline.empty() ? file.text() : std::string_view(crAsNewline);
  PythonParser parser;
  const TreePtr tree = parser.parse(parsedText);
  if (!tree) throw std::runtime_error("the parser gave up on this file");
  const SyntaxTree syntax(tree.get(), parsedText);
  return ImportPlan(file, SemanticModel(file, syntax.root()), syntax.root(), firstParty, sortedByModule).insertions(modules);
}

}  // namespace platlint
