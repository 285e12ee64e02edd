#include "analyzer/lint/fix_line_length.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "analyzer/lint/fix_placement.h"

namespace platlint {
namespace {

// Characters as pycodestyle counts them: code points (UTF-8 continuation bytes do not count).
uint32_t width(std::string_view s) {
  return static_cast<uint32_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

struct Bracket {
  size_t at;  // byte offset in the line
  size_t id;  // which opening, to tell brackets at equal depth apart
};

// A comma of the line outside strings and comments, inside the bracket `bracket`.
struct Comma {
  size_t at;
  Bracket bracket;
};

// The commas inside brackets the line opens, outside strings. nullopt when the line does not scan
// as complete code (a string it starts but does not end) or has a comment: a comment may be a
// directive for its line (`# noqa`, `# type: ignore`, a suppression) that a wrap would move.
std::optional<std::vector<Comma>> commasInBrackets(std::string_view line) {
  std::vector<Comma> commas;
  std::vector<Bracket> open;
  size_t ids = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '#') return std::nullopt;
    if (c == '\'' || c == '"') {
      const bool triple = line.compare(i, 3, std::string(3, c)) == 0;
      const size_t quoteLength = triple ? 3 : 1;
      size_t j = i + quoteLength;
      bool closed = false;
      while (j < line.size()) {
        if (line[j] == '\\') {
          j += 2;
          continue;
        }
        if (line.compare(j, quoteLength, std::string(quoteLength, c)) == 0) {
          closed = true;
          break;
        }
        ++j;
      }
      if (!closed) return std::nullopt;
      i = j + quoteLength - 1;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      open.push_back({i, ids++});
    } else if (c == ')' || c == ']' || c == '}') {
      if (!open.empty()) open.pop_back();  // else: a bracket opened on an earlier line closes
    } else if (c == ',' && !open.empty()) {
      commas.push_back({i, open.back()});
    }
  }
  return commas;
}

std::string_view trimmedRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string_view trimmedLeft(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

}  // namespace

std::optional<std::string> wrapLine(std::string_view line, uint32_t limit, std::string_view eol) {
  if (width(line) <= limit) return std::string(line);
  const auto commas = commasInBrackets(line);
  if (!commas || commas->empty()) return std::nullopt;
  // Every bracket that has a comma: break after the last comma inside it that keeps the piece
  // within the limit, then again in the continuation, aligned one past the bracket. The
  // outermost bracket that works is tried first, where a reader (and black) splits a call:
  // `open(path(a, b), "w",\n     encoding=...)` rather than `open(path(a,\n          b), ...)`.
  std::vector<Bracket> brackets;
  for (const Comma& c : *commas) {
    if (std::none_of(brackets.begin(), brackets.end(), [&](const Bracket& b) { return b.id == c.bracket.id; })) {
      brackets.push_back(c.bracket);
    }
  }
  std::sort(brackets.begin(), brackets.end(), [](const Bracket& a, const Bracket& b) { return a.at < b.at; });
  for (const Bracket& bracket : brackets) {
    const uint32_t indent = width(line.substr(0, bracket.at)) + 1;
    if (indent >= limit) continue;
    std::string out;
    size_t pieceStart = 0;    // in `line`
    uint32_t pieceIndent = 0;  // the piece's leading width in the result (0: the original line)
    bool fits = true;
    while (true) {
      const std::string_view rest = line.substr(pieceStart);
      if (pieceIndent + width(rest) <= limit) break;
      // The last comma of this bracket, after the piece's start, that keeps the piece within.
      std::optional<size_t> cut;
      for (const Comma& c : *commas) {
        if (c.bracket.id != bracket.id || c.at < pieceStart) continue;
        const std::string_view piece = trimmedRight(line.substr(pieceStart, c.at + 1 - pieceStart));
        if (pieceIndent + width(piece) > limit) break;
        if (trimmedLeft(line.substr(c.at + 1)).empty()) break;  // nothing after it to move
        cut = c.at;
      }
      if (!cut) {
        fits = false;
        break;
      }
      out += std::string(trimmedRight(line.substr(pieceStart, *cut + 1 - pieceStart)));
      out += eol;
      out += std::string(indent, ' ');
      size_t next = *cut + 1;
      while (next < line.size() && (line[next] == ' ' || line[next] == '\t')) ++next;
      pieceStart = next;
      pieceIndent = indent;
    }
    if (!fits) continue;
    out += std::string(line.substr(pieceStart));
    return out;
  }
  return std::nullopt;
}

void fitLineLength(Fix& fix, std::string_view text, uint32_t limit, std::string_view eol) {
  if (limit == 0 || fix.edits.empty()) return;
  std::vector<Edit> edits = fix.edits;
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.startByte < b.startByte; });
  for (const Edit& e : edits) {
    if (e.endByte < e.startByte || e.endByte > text.size()) return;
  }
  // The lines the edits touch, whole.
  size_t begin = edits.front().startByte;
  while (begin > 0 && text[begin - 1] != '\n' && text[begin - 1] != '\r') --begin;
  size_t end = std::max_element(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
                 return a.endByte < b.endByte;
               })->endByte;
  while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
  const auto lines = [](std::string_view s) {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (i == s.size() || s[i] == '\n' || s[i] == '\r') {
        out.push_back(s.substr(start, i - start));
        if (i + 1 < s.size() && s[i] == '\r' && s[i + 1] == '\n') ++i;
        start = i + 1;
      }
    }
    return out;
  };
  const std::string_view before = text.substr(begin, end - begin);
  const auto beforeLines = lines(before);
  if (std::any_of(beforeLines.begin(), beforeLines.end(), [&](std::string_view l) { return width(l) > limit; })) {
    return;  // already too long: not the fix's doing
  }
  for (Edit& e : edits) {
    e.startByte -= static_cast<uint32_t>(begin);
    e.endByte -= static_cast<uint32_t>(begin);
  }
  std::string after;
  try {
    after = applyEdits(before, edits);
  } catch (const std::logic_error&) {
    return;  // overlapping edits: left to the fixer to refuse
  }
  const auto afterLines = lines(after);
  if (std::none_of(afterLines.begin(), afterLines.end(), [&](std::string_view l) { return width(l) > limit; })) return;
  std::string wrapped;
  for (size_t i = 0; i < afterLines.size(); ++i) {
    const auto line = wrapLine(afterLines[i], limit, eol);
    if (!line) {
      fix.safety = FixSafety::Unsafe;
      fix.description += " (would exceed line length " + std::to_string(limit) + ")";
      return;
    }
    if (i > 0) wrapped += eol;
    wrapped += *line;
  }
  fix.edits = {Edit{static_cast<uint32_t>(begin), static_cast<uint32_t>(end), std::move(wrapped)}};
}

}  // namespace platlint
