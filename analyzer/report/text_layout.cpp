#include "analyzer/report/text_layout.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "analyzer/base/line_safe.h"
#include "analyzer/lint/fingerprints.h"
#include "analyzer/report/report.h"

namespace platlint {
namespace {

// The verbs that open the advice of the rules' messages ("...; use `os.devnull`", "...; LVM is
// Linux-only: guard it with ..."). A clause that opens otherwise ("; it suppresses nothing", "; there
// is no portable equivalent") stays part of the summary.
constexpr std::string_view kAdviceVerbs[] = {
    "add",     "ask",     "assign",   "build",  "call",    "catch",   "check",   "choose",    "compare", "compute",
    "configure", "copy",  "create",   "derive", "do",      "document", "drop",   "fall",      "find",    "format",
    "give",    "guard",   "handle",   "import", "inspect", "install", "join",    "keep",      "leave",   "let",
    "limit",   "load",    "lock",     "log",    "look",    "make",    "move",    "overwrite", "parse",   "pass",
    "prefer",  "read",    "remove",   "rename", "replace", "resolve", "run",     "set",       "shorten", "strip",
    "sum",     "take",    "test",     "treat",  "use",     "verify",  "watch",   "write",
};

bool isAdviceVerb(std::string_view word) { return std::ranges::find(kAdviceVerbs, word) != std::end(kAdviceVerbs); }

constexpr std::string_view kBreaksOn = " (breaks on ";
constexpr std::string_view kEveryPlatform = " (on every platform)";

// The next code point of `text` at `i` (advancing `i`); an invalid byte is U+FFFD.
char32_t nextCodePoint(std::string_view text, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char first = byte(i);
  const int length = first < 0x80 ? 1 : (first >> 5) == 0x6 ? 2 : (first >> 4) == 0xE ? 3 : (first >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return first < 0x80 ? first : 0xFFFD;
  }
  char32_t cp = length == 1 ? first : first & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += length;
  return cp;
}

struct CodePointRange {
  char32_t first, last;
};

// Zero-width: combining marks, zero-width spaces and joiners, variation selectors.
constexpr CodePointRange kZeroWidth[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A}, {0x064B, 0x065F},
    {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
    {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF}, {0xFE00, 0xFE0F},
    {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF},
};

// East Asian Wide and Fullwidth, and the emoji terminals draw two columns wide.
constexpr CodePointRange kWide[] = {
    {0x1100, 0x115F},  {0x231A, 0x231B},  {0x2329, 0x232A},  {0x23E9, 0x23EC},  {0x2614, 0x2615},
    {0x2648, 0x2653},  {0x26AA, 0x26AB},  {0x26BD, 0x26BE},  {0x26C4, 0x26C5},  {0x26F2, 0x26F5},
    {0x2705, 0x2705},  {0x270A, 0x270B},  {0x2728, 0x2728},  {0x274C, 0x274C},  {0x2753, 0x2755},
    {0x2795, 0x2797},  {0x2B1B, 0x2B1C},  {0x2E80, 0x303E},  {0x3041, 0x33FF},  {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},  {0xA000, 0xA4CF},  {0xA960, 0xA97F},  {0xAC00, 0xD7A3},  {0xF900, 0xFAFF},
    {0xFE10, 0xFE19},  {0xFE30, 0xFE6F},  {0xFF00, 0xFF60},  {0xFFE0, 0xFFE6},  {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x3FFFD},
};

template <size_t N>
bool inRanges(const CodePointRange (&ranges)[N], char32_t cp) {
  return std::any_of(std::begin(ranges), std::end(ranges), [cp](const CodePointRange& r) { return cp >= r.first && cp <= r.last; });
}

size_t codePointWidth(char32_t cp) {
  if (inRanges(kZeroWidth, cp)) return 0;
  return inRanges(kWide, cp) ? 2 : 1;
}

bool isControl(char32_t cp) { return cp < 0x20 || cp == 0x7F; }

// The code points of `line` (1-based columns) covered by `range` on line `number`.
std::pair<uint32_t, uint32_t> columnsOnLine(const TextRange& range, uint32_t number, std::string_view line,
                                            uint32_t lastLine) {
  const ExpandedLine expanded = expandedLine(line);
  const auto lineEnd = static_cast<uint32_t>(expanded.columnStarts.size());  // one past the last code point
  const size_t indent = line.find_first_not_of(" \t\f");
  const uint32_t first = number == range.start.line ? range.start.column
                                                    : static_cast<uint32_t>(indent == std::string_view::npos ? 1 : indent + 1);
  const uint32_t last = number == range.end.line && number == lastLine ? range.end.column : lineEnd;
  return {first, std::max(last, first)};
}

}  // namespace

MessageParts splitMessage(std::string_view message) {
  MessageParts parts{message, {}, {}};
  if (message.ends_with(kEveryPlatform)) {
    parts.platforms = message.substr(message.size() - kEveryPlatform.size() + 1);
    parts.summary = message.substr(0, message.size() - kEveryPlatform.size());
  } else if (const size_t at = message.rfind(kBreaksOn); at != std::string_view::npos && message.ends_with(')')) {
    const std::string_view platforms = message.substr(at + kBreaksOn.size(), message.size() - 1 - at - kBreaksOn.size());
    if (platforms.find_first_of("()") == std::string_view::npos) {
      parts.platforms = message.substr(at + 1);
      parts.summary = message.substr(0, at);
    }
  }
  const std::string_view text = parts.summary;
  bool inCode = false;
  int depth = 0;
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    const char c = text[i];
    if (c == '`') inCode = !inCode;
    if (inCode) continue;
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') --depth;
    if (depth != 0 || (c != ';' && c != ':') || text[i + 1] != ' ') continue;
    const std::string_view rest = text.substr(i + 2);
    if (!isAdviceVerb(rest.substr(0, rest.find(' ')))) continue;
    parts.summary = text.substr(0, i);
    parts.help = rest;
    break;
  }
  return parts;
}

size_t displayWidth(std::string_view text) {
  size_t width = 0;
  for (size_t i = 0; i < text.size();) width += codePointWidth(nextCodePoint(text, i));
  return width;
}

std::vector<std::string> wrapText(std::string_view text, size_t firstWidth, size_t width) {
  if (width == 0) return {std::string(text)};
  std::vector<std::string> lines(1);
  size_t used = 0;
  for (size_t i = 0; i < text.size();) {
    const size_t end = std::min(text.find(' ', i), text.size());
    const std::string_view word = text.substr(i, end - i);
    i = end + 1;
    if (word.empty()) continue;
    const size_t wordWidth = displayWidth(word);
    const size_t limit = lines.size() == 1 ? firstWidth : width;
    // A first word too wide for a short first line starts on the next one (which is wider).
    const bool leaveFirstEmpty = lines.size() == 1 && used == 0 && wordWidth > firstWidth && firstWidth < width;
    if ((used > 0 && used + 1 + wordWidth > limit) || leaveFirstEmpty) {
      lines.emplace_back();
      used = 0;
    }
    if (used > 0) {
      lines.back() += ' ';
      ++used;
    }
    lines.back() += word;
    used += wordWidth;
  }
  return lines;
}

size_t ExpandedLine::displayColumn(uint32_t column) const {
  const size_t index = std::min<size_t>(column == 0 ? 0 : column - 1, columnStarts.size() - 1);
  return columnStarts[index];
}

ExpandedLine expandedLine(std::string_view line) {
  constexpr size_t kTabStop = 4;
  ExpandedLine out;
  size_t column = 0;
  for (size_t i = 0; i < line.size();) {
    const size_t start = i;
    const char32_t cp = nextCodePoint(line, i);
    out.columnStarts.push_back(column);
    if (cp == '\t') {
      const size_t spaces = kTabStop - column % kTabStop;
      out.text.append(spaces, ' ');
      column += spaces;
    } else if (isControl(cp)) {
      const std::string escaped = lineSafeText(line.substr(start, i - start));
      out.text += escaped;
      column += escaped.size();
    } else if (cp == 0xFFFD && line.substr(start, i - start) != "\xEF\xBF\xBD") {
      out.text += "\xEF\xBF\xBD";
      column += 1;
    } else {
      out.text += line.substr(start, i - start);
      column += codePointWidth(cp);
    }
  }
  out.columnStarts.push_back(column);
  return out;
}

std::optional<CodeFrame> codeFrame(const SourceFile& source, const TextRange& range, std::string_view lineHash) {
  const uint32_t startLine = range.start.line;
  if (startLine == 0 || startLine > source.lineCount()) return std::nullopt;
  const std::string_view first = source.lineText(startLine);
  if (!lineHash.empty()) {
    // Fingerprints hash the file's bytes; a Latin-1 file's decoded line is re-encoded to compare.
    const std::string raw = source.declaredLatin1() ? source.encodeForWrite(first) : std::string(first);
    if (normalizedLineHash(raw) != lineHash) return std::nullopt;
  }
  if (range.start.column > expandedLine(first).columnStarts.size()) return std::nullopt;

  // A range that ends at the start of a line ends with the line before it.
  uint32_t endLine = std::min(range.end.line, source.lineCount());
  if (endLine > startLine && range.end.column <= 1 && range.end.line <= source.lineCount()) --endLine;
  endLine = std::max(endLine, startLine);
  CodeFrame frame;
  const uint32_t lastShown = std::min(endLine, startLine + kMaxFrameLines - 1);
  frame.elided = lastShown < endLine;
  for (uint32_t number = startLine; number <= lastShown; ++number) {
    const std::string_view text = source.lineText(number);
    const auto [from, to] = columnsOnLine(range, number, text, endLine);
    FrameLine line{number, expandedLine(text), 0, 0};
    line.caretStart = line.line.displayColumn(from);
    // At least one caret on the first line (an empty range is a point); none on a blank line within.
    line.caretEnd = std::max(line.line.displayColumn(to), line.caretStart + (number == startLine ? 1 : 0));
    frame.lines.push_back(std::move(line));
  }
  return frame;
}

ReportedSource::ReportedSource(const Report& report, const std::string& path)
    : workingDirectory_(report.workingDirectory), buffers_(report.buffers), path_(path) {}

const SourceFile* ReportedSource::get() {
  if (!tried_) {
    tried_ = true;
    if (auto buffer = buffers_.find(path_); buffer != buffers_.end()) {
      source_.emplace(path_, buffer->second);
      return &*source_;
    }
    std::filesystem::path file(path_);
    if (file.is_relative() && !workingDirectory_.empty()) file = std::filesystem::path(workingDirectory_) / file;
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    if (in) bytes << in.rdbuf();
    if (in && !in.bad()) source_.emplace(path_, std::move(bytes).str());
  }
  return source_ ? &*source_ : nullptr;
}

std::string plural(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace platlint
