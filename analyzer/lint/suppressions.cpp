#include "analyzer/lint/suppressions.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <tuple>

#include "analyzer/base/text_case.h"
#include "analyzer/lint/findings.h"
#include "analyzer/lint/suppression_rules.h"

namespace platlint {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\f'; }
bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && (isSpace(s.back()) || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

void skipSpaces(std::string_view& s) {
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
}

// Consumes `word` (ASCII, any case) at the start of `s` when a non-word character or the end follows.
bool consumeWord(std::string_view& s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (lowerAscii(s[i]) != word[i]) return false;
  }
  if (s.size() > word.size() && (isWordChar(s[word.size()]) || s[word.size()] == '-')) return false;
  s.remove_prefix(word.size());
  return true;
}

bool isDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "PORT" followed by a digit somewhere: the comment mentions a platlint rule.
bool mentionsRule(std::string_view s) {
  for (size_t at = s.find("PORT"); at != std::string_view::npos; at = s.find("PORT", at + 1)) {
    if (at + 4 < s.size() && s[at + 4] >= '0' && s[at + 4] <= '9') return true;
  }
  return false;
}

// The rule ids a comment mentions, "PORT101, PORT203", for a corrected directive.
std::string mentionedRules(std::string_view s) {
  std::string out;
  for (size_t at = s.find("PORT"); at != std::string_view::npos; at = s.find("PORT", at + 1)) {
    size_t end = at + 4;
    while (end < s.size() && std::isdigit(static_cast<unsigned char>(s[end]))) ++end;
    if (end == at + 4) continue;
    out += (out.empty() ? "" : ", ") + std::string(s.substr(at, end - at));
  }
  return out;
}

// What a code in a directive means, or why it is not valid. Line directives take rule ids;
// file directives also take family prefixes (PORT4, PORT40).
std::optional<std::string> codeProblem(const RuleCatalog& catalog, std::string_view code,
                                       SuppressionDirective::Scope scope) {
  const bool shaped = code.starts_with("PORT") && isDigits(code.substr(4)) && code.size() <= 7;
  if (!shaped) {
    return "`" + std::string(code) + "` is not a platlint rule id (write `PORT101`" +
           (scope == SuppressionDirective::Scope::File ? std::string(" or a family such as `PORT4`") : std::string()) +
           ")";
  }
  if (code.size() == 7) {
    if (!catalog.find(code)) return "`" + std::string(code) + "` names no platlint rule (see `platlint rule`)";
    return std::nullopt;
  }
  if (scope == SuppressionDirective::Scope::Line) {
    return "`" + std::string(code) +
           "` is a prefix: a line suppression names rule ids (`PORT101`); only `# platlint: ignore-file[...]` "
           "takes families";
  }
  const auto rules = catalog.rules();
  if (std::none_of(rules.begin(), rules.end(), [&](const RuleMeta* r) { return r->id.starts_with(code); })) {
    return "`" + std::string(code) + "` matches no platlint rule (see `platlint rule`)";
  }
  return std::nullopt;
}

// Everything about one comment line needed to parse the directives in it.
struct CommentSite {
  const SourceFile& file;
  const RuleCatalog& catalog;  // what rule ids exist
  uint32_t startByte;  // of the comment
  uint32_t line;
  uint32_t lastLine;   // see SuppressionDirective::lastLine
  bool ownLine;        // nothing but whitespace before the comment
};

class DirectiveParser {
 public:
  DirectiveParser(const CommentSite& site, FileSuppressions& out) : site_(site), out_(out) {}

  // `segment` is one `#...` part of the comment, at byte `offset` within it.
  void parse(std::string_view segment, uint32_t offset) {
    segment_ = trimmed(segment);
    offset_ = offset;
    std::string_view rest = segment_.substr(1);  // after '#'
    skipSpaces(rest);
    if (consumeWord(rest, "noqa")) {
      parseNoqa(rest);
    } else if (consumeWord(rest, "platlint")) {
      parsePlatlint(rest);
    }
  }

 private:
  TextRange range() const {
    TextRange r;
    r.startByte = site_.startByte + offset_;
    r.endByte = r.startByte + static_cast<uint32_t>(segment_.size());
    r.start = site_.file.position(r.startByte);
    r.end = site_.file.position(r.endByte);
    return r;
  }

  void malformed(std::string message) { out_.malformed.push_back({range(), std::move(message)}); }

  std::string quotedSegment() const { return "`" + std::string(segment_) + "`"; }

  // `justification` is what follows the codes; a reason after `--`.
  bool takeReason(std::string_view after, std::string& reason, bool strict) {
    after = trimmed(after);
    if (after.empty()) return true;
    if (after.starts_with("--")) {
      reason = std::string(trimmed(after.substr(2)));
      if (reason.empty() && strict) {
        malformed(quotedSegment() + " has `--` but no reason after it; write `-- why this is fine`");
        return false;
      }
      return true;
    }
    if (strict) {
      malformed(quotedSegment() + " has text after `]` that is not a reason; write `-- why this is fine`");
      return false;
    }
    return true;  // a noqa may be followed by prose, as in flake8
  }

  void parseNoqa(std::string_view rest) {
    std::string_view afterSpaces = rest;
    skipSpaces(afterSpaces);
    if (afterSpaces.empty() || afterSpaces.front() != ':') {
      // A bare `# noqa` (or `# noqa E501`) belongs to another linter; only a mention of a platlint
      // rule shows the author meant platlint, and then the missing colon must not fail silently.
      if (mentionsRule(afterSpaces)) {
        malformed(quotedSegment() + " is not a suppression: the rule ids need a colon, `# noqa: " +
                  mentionedRules(afterSpaces) + "` (flake8 and Ruff read this comment as a blanket `# noqa`)");
      } else {
        out_.bareNoqaLines.push_back(site_.line);
      }
      return;
    }
    std::string_view list = afterSpaces.substr(1);
    SuppressionDirective d;
    d.scope = SuppressionDirective::Scope::Line;
    bool ours = false;
    bool valid = true;
    // Codes as flake8 and Ruff read them: letters then digits, separated by commas or spaces.
    for (;;) {
      std::string_view probe = list;
      while (!probe.empty() && (isSpace(probe.front()) || probe.front() == ',')) probe.remove_prefix(1);
      size_t n = 0;
      while (n < probe.size() && std::isupper(static_cast<unsigned char>(probe[n]))) ++n;
      size_t m = n;
      while (m < probe.size() && std::isdigit(static_cast<unsigned char>(probe[m]))) ++m;
      if (n == 0 || m == n || (m < probe.size() && isWordChar(probe[m]))) break;
      const std::string_view code = probe.substr(0, m);
      list = probe.substr(m);
      if (!code.starts_with("PORT")) continue;  // another linter's code
      ours = true;
      if (const auto problem = codeProblem(site_.catalog, code, d.scope)) {
        malformed(*problem + " in " + quotedSegment());
        valid = false;
      } else {
        d.codes.emplace_back(code);
      }
    }
    if (!ours) {
      if (mentionsRule(list)) malformed(quotedSegment() + " names no rule id platlint can read; write `# noqa: PORT101`");
      return;
    }
    takeReason(list, d.justification, false);
    if (valid || !d.codes.empty()) add(std::move(d));
  }

  void parsePlatlint(std::string_view rest) {
    skipSpaces(rest);
    if (rest.empty() || rest.front() != ':') {
      if (consumeWord(rest, "ignore") || consumeWord(rest, "ignore-file") || rest.starts_with("ignore")) {
        malformed(quotedSegment() + " is not a suppression: write `# platlint: ignore[" +
                  (mentionsRule(rest) ? mentionedRules(rest) : std::string("PORT101")) + "]`");
      }
      return;  // prose that mentions platlint
    }
    rest.remove_prefix(1);
    skipSpaces(rest);
    size_t n = 0;
    while (n < rest.size() && (std::isalpha(static_cast<unsigned char>(rest[n])) || rest[n] == '-')) ++n;
    const std::string_view verb = rest.substr(0, n);
    rest.remove_prefix(n);
    SuppressionDirective d;
    if (verb == "ignore") {
      d.scope = SuppressionDirective::Scope::Line;
    } else if (verb == "ignore-file") {
      d.scope = SuppressionDirective::Scope::File;
    } else {
      malformed(quotedSegment() + " is not a platlint directive: write `# platlint: ignore[PORT101]` or, on a line "
                                  "of its own, `# platlint: ignore-file[PORT4]`");
      return;
    }
    const std::string named = mentionsRule(rest) ? mentionedRules(rest) : verb == "ignore" ? "PORT101" : "PORT4";
    const std::string example = "`# platlint: " + std::string(verb) + "[" + named + "]`";
    if (rest.empty() || rest.front() != '[') {
      malformed(quotedSegment() + " names no rules: write " + example);
      return;
    }
    const size_t close = rest.find(']');
    if (close == std::string_view::npos) {
      malformed(quotedSegment() + " has no closing `]`: write " + example);
      return;
    }
    std::string_view list = rest.substr(1, close - 1);
    const std::string_view after = rest.substr(close + 1);
    bool valid = true;
    while (!trimmed(list).empty()) {
      const size_t comma = list.find(',');
      const std::string_view code = trimmed(list.substr(0, comma));
      list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
      if (code.empty()) continue;
      if (const auto problem = codeProblem(site_.catalog, code, d.scope)) {
        malformed(*problem + " in " + quotedSegment());
        valid = false;
      } else {
        d.codes.emplace_back(code);
      }
    }
    if (d.codes.empty()) {
      if (valid) malformed(quotedSegment() + " names no rules: write " + example);
      return;
    }
    if (!takeReason(after, d.justification, true)) return;
    if (d.scope == SuppressionDirective::Scope::File && !site_.ownLine) {
      malformed(quotedSegment() + " follows code; a file-level suppression must be on a line of its own");
      return;
    }
    add(std::move(d));
  }

  void add(SuppressionDirective d) {
    d.line = site_.line;
    d.lastLine = d.scope == SuppressionDirective::Scope::Line ? site_.lastLine : site_.line;
    d.range = range();
    d.text = std::string(segment_);
    out_.directives.push_back(std::move(d));
  }

  const CommentSite& site_;
  FileSuppressions& out_;
  std::string_view segment_;
  uint32_t offset_ = 0;
};

bool isStatementOrClause(Node n) {
  const std::string_view k = n.kind();
  return k.ends_with("_statement") || k == "function_definition" || k == "class_definition" ||
         k == "decorated_definition" || k.ends_with("_clause");
}

// The last line a directive on `comment`'s line covers: when the comment sits on the first line
// of a statement that goes on, the statement's last line, or for a compound statement the last
// line of its header (up to the `:` before its body).
uint32_t coveredThrough(Node comment, const SourceFile& file, uint32_t line) {
  Node s = comment.parent();
  while (s && !isStatementOrClause(s)) s = s.parent();
  if (!s || file.position(s.startByte()).line != line) return line;
  if (s.is("decorated_definition")) {
    if (const Node def = s.field("definition")) s = def;
  }
  uint32_t headerEnd = 0;
  for (uint32_t i = 0; i < s.childCount(); ++i) {
    const Node c = s.child(i);
    if (c.is(":")) headerEnd = c.endByte();
    if (c.is("block")) break;
  }
  const uint32_t end = headerEnd > 0 ? headerEnd : s.endByte();
  return std::max(line, file.position(end > 0 ? end - 1 : 0).line);
}

bool onItsOwnLine(const SourceFile& file, uint32_t startByte, uint32_t line) {
  const std::string_view text = file.lineText(line);
  const SourcePosition pos = file.position(startByte);
  // Columns are code points; anything before the comment that is not blank counts as code.
  size_t column = 1;
  for (char c : text) {
    if (column >= pos.column) break;
    if (!isSpace(c)) return false;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
  }
  return true;
}

bool covers(const SuppressionDirective& d, const Diagnostic& diag) {
  if (d.scope == SuppressionDirective::Scope::File) return true;
  const uint32_t first = diag.range.start.line;
  const uint32_t last = std::max(first, diag.range.end.line);
  return (d.line >= first && d.line <= last) || (first >= d.line && first <= d.lastLine);
}

bool names(const SuppressionDirective& d, const std::string& code, const RuleMeta& rule) {
  return d.scope == SuppressionDirective::Scope::File ? rule.id.starts_with(code) : rule.id == code;
}

// Whether a code of a directive could suppress anything here: some rule it names is enabled.
bool namesEnabledRule(const std::string& code, const FileSettings& settings) {
  for (const RuleMeta* r : settings.rules.catalog().rules()) {
    if (r->id.starts_with(code) && settings.rules.enabled(*r)) return true;
  }
  return false;
}

// Marks `diag` suppressed by the first directive that covers and names it; every such directive
// counts as used.
void suppress(Diagnostic& diag, const std::vector<SuppressionDirective>& directives,
              std::vector<std::vector<bool>>* used) {
  for (size_t i = 0; i < directives.size(); ++i) {
    const SuppressionDirective& d = directives[i];
    if (!covers(d, diag)) continue;
    for (size_t c = 0; c < d.codes.size(); ++c) {
      if (!names(d, d.codes[c], *diag.rule)) continue;
      if (used) (*used)[i][c] = true;
      if (!diag.suppression) {
        diag.suppression = SuppressionMark{d.line, d.scope == SuppressionDirective::Scope::File, d.justification};
      }
    }
  }
}

// Whether some line has a `#` followed, on that line, by "noqa" or "platlint" in any case. A comment
// node runs from its `#` to the end of its line, so without such a line no comment can hold a
// directive and the tree need not be walked (most files have none).
bool mayHoldDirective(std::string_view text) {
  for (size_t hash = text.find('#'); hash != std::string_view::npos;) {
    size_t eol = text.find('\n', hash);
    if (eol == std::string_view::npos) eol = text.size();
    for (size_t i = hash + 1; i < eol; ++i) {
      const char c = lowerAscii(text[i]);
      if (c != 'n' && c != 'p') continue;
      const std::string_view word = c == 'n' ? "noqa" : "platlint";
      if (i + word.size() > eol) continue;
      bool same = true;
      for (size_t k = 1; k < word.size() && same; ++k) {
        same = lowerAscii(text[i + k]) == word[k];
      }
      if (same) return true;
    }
    hash = text.find('#', eol);
  }
  return false;
}

}  // namespace

FileSuppressions parseSuppressions(Node root, const SourceFile& file, const RuleCatalog& catalog) {
  FileSuppressions out;
  if (!mayHoldDirective(root.source())) return out;
  static const TSSymbol commentSymbol = ts_language_symbol_for_name(pythonLanguage(), "comment", 7, true);
  const SyntaxTree& tree = *root.tree();
  for (uint32_t i = root.index(); i < tree.subtreeEnd(root); ++i) {
    if (tree.symbolAt(i) != commentSymbol) continue;
    const Node comment = tree.node(i);
    const std::string_view text = comment.text();
    // Cheap filter first: most comments are prose.
    const auto contains = [&](std::string_view word) {
      return std::search(text.begin(), text.end(), word.begin(), word.end(), [](char a, char b) {
               return lowerAscii(a) == b;
             }) != text.end();
    };
    if (!contains("noqa") && !contains("platlint")) continue;
    const uint32_t line = file.position(comment.startByte()).line;
    const CommentSite site{file, catalog, comment.startByte(), line, coveredThrough(comment, file, line),
                           onItsOwnLine(file, comment.startByte(), line)};
    DirectiveParser parser(site, out);
    // `# type: ignore  # noqa: PORT101`: each `#` after a blank and before a word starts a part
    // that may hold a directive; `-- see #123` stays inside its reason.
    const auto startsPart = [&](size_t at) {
      if (at == 0) return true;
      if (!isSpace(text[at - 1])) return false;
      size_t j = at + 1;
      while (j < text.size() && isSpace(text[j])) ++j;
      return j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]));
    };
    for (size_t at = 0; at < text.size();) {
      size_t end = text.find('#', at + 1);
      while (end != std::string_view::npos && !startsPart(end)) end = text.find('#', end + 1);
      if (end == std::string_view::npos) end = text.size();
      parser.parse(text.substr(at, end - at), static_cast<uint32_t>(at));
      at = end;
    }
  }
  return out;
}

void applySuppressions(FileResult& result, const FileSettings& settings) {
  const RuleMeta& unused = unusedSuppressionRule();
  const RuleMeta& malformed = malformedSuppressionRule();
  auto& diags = result.diagnostics;
  diags.erase(std::remove_if(diags.begin(), diags.end(),
                             [&](const Diagnostic& d) { return d.rule == &unused || d.rule == &malformed; }),
              diags.end());
  for (Diagnostic& d : diags) d.suppression.reset();

  const auto& directives = result.suppressions.directives;
  if (settings.rules.enabled(malformed)) {
    for (const MalformedDirective& m : result.suppressions.malformed) {
      diags.push_back(makeFinding(malformed, settings, m.range,
                                       m.message + "; it suppresses nothing"));
    }
  }
  std::vector<std::vector<bool>> used;
  for (const SuppressionDirective& d : directives) used.emplace_back(d.codes.size(), false);
  for (Diagnostic& d : diags) {
    if (d.rule) suppress(d, directives, &used);
  }

  if (settings.rules.enabled(unused)) {
    const size_t before = diags.size();
    for (size_t i = 0; i < directives.size(); ++i) {
      const SuppressionDirective& d = directives[i];
      std::vector<std::string> stale;
      for (size_t c = 0; c < d.codes.size(); ++c) {
        if (!used[i][c] && !unused.id.starts_with(d.codes[c]) && namesEnabledRule(d.codes[c], settings)) {
          stale.push_back(d.codes[c]);
        }
      }
      if (stale.empty()) continue;
      const std::string where = d.scope == SuppressionDirective::Scope::File ? "in this file"
                                : d.lastLine > d.line                       ? "in this statement"
                                                                            : "on this line";
      std::string list;
      for (const std::string& s : stale) list += (list.empty() ? "`" : ", `") + s + "`";
      const bool all = stale.size() == d.codes.size();
      diags.push_back(makeFinding(
          unused, settings, d.range,
          all ? "unused suppression: `" + d.text + "` suppresses no finding " + where + "; remove it"
              : "unused suppression: " + list + " in `" + d.text + "` suppresses no finding " + where +
                    "; remove " + (stale.size() == 1 ? "it" : "them")));
    }
    // A PORT901 finding can itself be suppressed (`# noqa: PORT901`, `ignore-file[PORT9]`).
    for (size_t k = before; k < diags.size(); ++k) suppress(diags[k], directives, nullptr);
  }

  orderFindings(diags);
}

size_t findingsOnBareNoqaLines(const FileResult& result) {
  const std::vector<uint32_t>& lines = result.suppressions.bareNoqaLines;
  if (lines.empty()) return 0;
  return static_cast<size_t>(std::count_if(result.diagnostics.begin(), result.diagnostics.end(), [&](const Diagnostic& d) {
    return !d.suppressed() && d.hasRegion() && std::find(lines.begin(), lines.end(), d.range.start.line) != lines.end();
  }));
}

}  // namespace platlint
