#pragma once
// The pieces of the full text output (`--format text`) that do not depend on the report: where a
// message's advice starts, how wide text is on a terminal, word wrapping, counted nouns, and the code
// frame that shows a finding's source lines with a caret under its range; and the reading of a
// reported file's source, which the HTML report shares.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/syntax/source_file.h"

namespace platlint {

struct Report;

// A finding's message as the text output shows it. Messages say what is wrong, then, after "; "
// (or an explanation and ": "), what to do instead, and end with platformNote()'s " (breaks on macos,
// windows)" or " (on every platform)". The
// advice is split off only where that structure is certain: the first "; " or ": " outside code
// spans and brackets that is followed by an imperative verb of the advice ("use", "pass", "guard",
// ...). Otherwise `help` is empty and `summary` is the whole message without its platforms.
struct MessageParts {
  std::string_view summary;   // "uses `/proc/mounts`, which exists only on Linux"
  std::string_view help;      // "use `os.path.ismount()` or `psutil.disk_partitions()`", or empty
  std::string_view platforms;  // "(breaks on macos, windows)", "(on every platform)", or empty when it does not say
};
MessageParts splitMessage(std::string_view message);

// Columns a terminal gives UTF-8 `text`: East Asian wide characters take two, combining marks none.
// Tabs count as one; code frames expand them first (expandedLine).
size_t displayWidth(std::string_view text);

// `text` broken at spaces into lines of at most `width` columns (the first line `firstWidth`); a
// word longer than a line gets one of its own, and the first line stays empty when a narrower first
// line cannot hold the first word. `width` 0: one line, unchanged.
std::vector<std::string> wrapText(std::string_view text, size_t firstWidth, size_t width);

// "1 file", "3 files": `n` and the word for it.
std::string plural(size_t n, std::string_view one, std::string_view many);

// One source line as a code frame shows it: tabs expanded to the next multiple of 4 columns, control
// characters escaped (line_safe.h), and for each code point where it starts on the screen.
struct ExpandedLine {
  std::string text;
  std::vector<size_t> columnStarts;  // [i]: display column of code point i (0-based); back(): the width
  // The display column of 1-based code-point `column`, clamped to the end of the line.
  size_t displayColumn(uint32_t column) const;
};
ExpandedLine expandedLine(std::string_view line);

// The source a finding points at, when the file still holds it: its lines and caret ranges.
struct FrameLine {
  uint32_t number = 0;
  ExpandedLine line;
  size_t caretStart = 0;  // display columns
  size_t caretEnd = 0;    // exclusive; equal to caretStart only on a blank line inside the range
};
struct CodeFrame {
  std::vector<FrameLine> lines;
  bool elided = false;  // the range continues beyond the last line shown
};

// The frame of `range` in `source`, or nullopt when the file no longer has that text: the line is
// gone, the column is past its end, or (given `lineHash`, Diagnostic::lineHash) the start line's
// content differs from what was analysed. A range over more than kMaxFrameLines lines shows its first
// lines, each underlined to its end.
inline constexpr uint32_t kMaxFrameLines = 3;
std::optional<CodeFrame> codeFrame(const SourceFile& source, const TextRange& range, std::string_view lineHash);

// The source text of one reported file, read when a reporter first needs it (the text reporter's
// code frames, the HTML report's frames and fix diffs): findings may come from the result cache,
// which keeps no text. nullptr when the file cannot be read any more.
// A file analysed from an editor's buffer (`check --stdin-filename`) is taken from
// Report::buffers, not the disk.
class ReportedSource {
 public:
  ReportedSource(const Report& report, const std::string& path);
  const SourceFile* get();

 private:
  const std::string& workingDirectory_;
  const std::map<std::string, std::string>& buffers_;
  const std::string& path_;
  bool tried_ = false;
  std::optional<SourceFile> source_;
};

}  // namespace platlint
