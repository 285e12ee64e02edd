#include "analyzer/syntax/source_file.h"

#include <algorithm>
#include <stdexcept>

#include "analyzer/base/text_case.h"

namespace platlint {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
size_t utf8SequenceLength(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  size_t len = 0;
  uint32_t min = 0;
  if (b < 0x80) return 1;
  if ((b & 0xE0) == 0xC0) { len = 2; min = 0x80; }
  else if ((b & 0xF0) == 0xE0) { len = 3; min = 0x800; }
  else if ((b & 0xF8) == 0xF0) { len = 4; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  uint32_t cp = b & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// What follows `coding[:=]` in a declaration: spaces and tabs, then the name, `[-\w.]+`.
std::string_view encodingNameAfter(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
  size_t end = i;
  const auto nameChar = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
  };
  while (end < rest.size() && nameChar(rest[end])) ++end;
  return rest.substr(i, end - i);
}

// The declaration on one line (PEP 263's `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`): a comment whose
// first `coding:` or `coding=` followed by a name gives the name. Written out rather than with
// std::regex, which cost some 2% of a parse-only run.
std::string_view declarationOnLine(std::string_view line) {
  size_t hash = line.find_first_not_of(" \t\f");
  if (hash == std::string_view::npos || line[hash] != '#') return {};
  // `.` does not match a carriage return: the search ends there.
  const std::string_view comment = line.substr(hash + 1, line.find('\r', hash) - hash - 1);
  for (size_t at = comment.find("coding"); at != std::string_view::npos; at = comment.find("coding", at + 1)) {
    const size_t mark = at + 6;
    if (mark >= comment.size() || (comment[mark] != ':' && comment[mark] != '=')) continue;
    const std::string_view name = encodingNameAfter(comment.substr(mark + 1));
    if (!name.empty()) return name;
  }
  return {};
}

// PEP 263: a coding declaration on line 1 or 2. Returns the lower-cased encoding name or "".
std::string declaredEncoding(std::string_view text) {
  size_t start = 0;
  for (int line = 0; line < 2 && start < text.size(); ++line) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view l = text.substr(start, end - start);
    if (const std::string_view name = declarationOnLine(l); !name.empty()) return toLower(name);
    // Only a comment or blank first line lets the declaration sit on line 2.
    if (l.find_first_not_of(" \t\f\r") != std::string_view::npos && l.find_first_not_of(" \t\f\r") != l.find('#')) break;
    start = end + 1;
  }
  return {};
}

bool isLatin1Name(std::string_view enc) {
  return enc == "latin-1" || enc == "latin1" || enc == "iso-8859-1" || enc == "iso8859-1" ||
         enc == "iso_8859_1" || enc == "l1" || enc.starts_with("latin-1-") || enc.starts_with("iso-8859-1-");
}

std::string latin1ToUtf8(std::string_view in) {
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (char ch : in) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

}  // namespace

bool looksBinary(std::string_view bytes) {
  return bytes.substr(0, 8192).find('\0') != std::string_view::npos;
}

SourceFile::SourceFile(std::string displayPath, std::string bytes) : path_(std::move(displayPath)) {
  std::string_view view(bytes);
  if (view.starts_with(kUtf8Bom)) {
    view.remove_prefix(kUtf8Bom.size());
    hadBom_ = true;
  }
  const std::string encoding = declaredEncoding(view);
  if (isLatin1Name(encoding)) {
    latin1_ = true;
    text_ = latin1ToUtf8(view);
  } else {
    text_.assign(view);
    for (size_t i = 0; i < text_.size();) {
      const size_t len = utf8SequenceLength(text_, i);
      if (len == 0) {
        // Keep the byte (tree-sitter tolerates it) but say where the file stops being UTF-8.
        const size_t line = 1 + static_cast<size_t>(std::count(text_.begin(), text_.begin() + static_cast<long>(i), '\n'));
        decodeProblems_.push_back("invalid UTF-8 at line " + std::to_string(line) +
                                  (encoding.empty() ? "" : " (declared encoding '" + encoding + "' is not supported)"));
        break;
      }
      i += len;
    }
  }
  lineStarts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i) {
    // '\r\n' and a lone '\r' both end a line, as in Python.
    if (text_[i] == '\n' || (text_[i] == '\r' && (i + 1 >= text_.size() || text_[i + 1] != '\n'))) {
      lineStarts_.push_back(i + 1);
    }
  }
}

std::string SourceFile::encodeForWrite(std::string_view text) const {
  std::string out;
  if (hadBom_) out.assign(kUtf8Bom);
  if (!latin1_) return out.append(text);
  out.reserve(out.size() + text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.push_back(text[i]);
    } else if ((c == 0xC2 || c == 0xC3) && i + 1 < text.size() &&
               (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
      out.push_back(static_cast<char>(((c & 0x03) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F)));
      ++i;
    } else {
      throw std::runtime_error("the text has a character that Latin-1 (the file's declared encoding) cannot represent");
    }
  }
  return out;
}

SourcePosition SourceFile::position(uint32_t byteOffset) const {
  byteOffset = std::min<uint32_t>(byteOffset, static_cast<uint32_t>(text_.size()));
  const auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), byteOffset);
  const auto lineIndex = static_cast<uint32_t>(it - lineStarts_.begin() - 1);
  uint32_t column = 1;
  for (uint32_t i = lineStarts_[lineIndex]; i < byteOffset; ++i) {
    // Count code points: every byte that is not a UTF-8 continuation byte starts one.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {lineIndex + 1, column};
}

std::string_view SourceFile::lineText(uint32_t line) const {
  if (line == 0 || line > lineStarts_.size()) return {};
  const uint32_t start = lineStarts_[line - 1];
  uint32_t end = line < lineStarts_.size() ? lineStarts_[line] : static_cast<uint32_t>(text_.size());
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(start, end - start);
}

}  // namespace platlint
