// The full text output's pieces: the advice split off a message, display widths, wrapping, code frames.
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "analyzer/lint/fingerprints.h"
#include "analyzer/report/text_layout.h"

namespace platlint {
namespace {

TextRange rangeOf(uint32_t line, uint32_t column, uint32_t endLine, uint32_t endColumn) {
  TextRange r;
  r.start = {line, column};
  r.end = {endLine, endColumn};
  return r;
}

// The caret line a frame line gets: spaces then carets.
std::string carets(const FrameLine& line) {
  return std::string(line.caretStart, ' ') + std::string(line.caretEnd - line.caretStart, '^');
}

TEST_CASE("text layout: the advice after a semicolon and an imperative verb is the help") {
  const MessageParts parts = splitMessage(
      "uses `/proc/mounts`, which exists only on Linux; use `os.path.ismount()` or `psutil.disk_partitions()` "
      "(breaks on macos, windows)");
  CHECK(parts.summary == "uses `/proc/mounts`, which exists only on Linux");
  CHECK(parts.help == "use `os.path.ismount()` or `psutil.disk_partitions()`");
  CHECK(parts.platforms == "(breaks on macos, windows)");
}

TEST_CASE("text layout: a finding that matters everywhere says so instead of listing every platform") {
  const MessageParts parts = splitMessage("`verify=False` turns off TLS certificate verification; keep the default (on every platform)");
  CHECK(parts.summary == "`verify=False` turns off TLS certificate verification");
  CHECK(parts.help == "keep the default");
  CHECK(parts.platforms == "(on every platform)");
  CHECK(platformNote(PlatformSet::all()) == " (on every platform)");
  CHECK(platformNote(kNotLinux) == " (breaks on macos, windows)");
}

TEST_CASE("text layout: a clause that is not advice stays in the summary") {
  // "; it suppresses nothing" explains; "; there is no ..." is not an instruction.
  const MessageParts noqa = splitMessage("`# noqa PORT101` is not a suppression; it suppresses nothing");
  CHECK(noqa.summary == "`# noqa PORT101` is not a suppression; it suppresses nothing");
  CHECK(noqa.help.empty());
  CHECK(noqa.platforms.empty());
  const MessageParts later = splitMessage("lists `/dev/disk`; there is no portable equivalent; guard it (breaks on windows)");
  CHECK(later.summary == "lists `/dev/disk`; there is no portable equivalent");
  CHECK(later.help == "guard it");
}

TEST_CASE("text layout: advice after an explanation and a colon is the help") {
  const MessageParts parts = splitMessage(
      "runs `vgs`, which exists only on Linux; LVM is Linux-only: guard it with `sys.platform == \"linux\"` "
      "(breaks on macos, windows)");
  CHECK(parts.summary == "runs `vgs`, which exists only on Linux; LVM is Linux-only");
  CHECK(parts.help == "guard it with `sys.platform == \"linux\"`");
  // A colon in code or in parentheses is not one: "(macOS: `ioreg`)", "`# noqa: PORT101`".
  CHECK(splitMessage("needs `# noqa: use` (macOS: use `x`)").help.empty());
}

TEST_CASE("text layout: a semicolon inside code or parentheses does not split") {
  const MessageParts parts = splitMessage("calls `f(); use()` (a; use b) here; pass `x` (breaks on linux)");
  CHECK(parts.summary == "calls `f(); use()` (a; use b) here");
  CHECK(parts.help == "pass `x`");
}

TEST_CASE("text layout: display width counts wide characters twice and combining marks not at all") {
  CHECK(displayWidth("abc") == 3);
  CHECK(displayWidth("\xC3\xBC") == 1);              // ü
  CHECK(displayWidth("\xE6\x97\xA5\xE6\x9C\xAC") == 4);  // 日本
  CHECK(displayWidth("e\xCC\x81") == 1);             // e + combining acute
  CHECK(displayWidth("\xF0\x9F\x98\x80") == 2);      // 😀
}

TEST_CASE("text layout: wrapping breaks at spaces within the width") {
  CHECK(wrapText("one two three four", 9, 9) == std::vector<std::string>{"one two", "three", "four"});
  CHECK(wrapText("one two three", 3, 20) == std::vector<std::string>{"one", "two three"});
  CHECK(wrapText("averyveryverylongword x", 5, 5) == std::vector<std::string>{"averyveryverylongword", "x"});
  CHECK(wrapText("unchanged  text", 0, 0) == std::vector<std::string>{"unchanged  text"});
  CHECK(wrapText("`a.long.name()` x", 5, 20) == std::vector<std::string>{"", "`a.long.name()` x"});
}

TEST_CASE("text layout: the caret sits under the range after tabs and UTF-8") {
  // Columns are code points: `open` starts at column 7 after a tab and the two-byte "ü" and the wide "日".
  const SourceFile source("t.py", "x = 1\n\t\xC3\xBC\xE6\x97\xA5 = open(p)\n");
  const std::optional<CodeFrame> frame = codeFrame(source, rangeOf(2, 7, 2, 11), "");
  REQUIRE(frame);
  REQUIRE(frame->lines.size() == 1);
  const FrameLine& line = frame->lines[0];
  CHECK(line.number == 2);
  CHECK(line.line.text == "    \xC3\xBC\xE6\x97\xA5 = open(p)");
  // Tab: 4 columns, ü: 1, 日: 2, " = ": 3.
  CHECK(carets(line) == "          ^^^^");
  CHECK_FALSE(frame->elided);
}

TEST_CASE("text layout: control characters are escaped and the caret follows") {
  const SourceFile source("t.py", "s = \"\x1b\" + open(p)\n");
  // `open` is code point 11; the escape takes four columns for one code point.
  const std::optional<CodeFrame> frame = codeFrame(source, rangeOf(1, 11, 1, 15), "");
  REQUIRE(frame);
  CHECK(frame->lines[0].line.text == "s = \"\\x1b\" + open(p)");
  CHECK(carets(frame->lines[0]) == std::string(13, ' ') + "^^^^");
}

TEST_CASE("text layout: a multi-line range is underlined to each line's end, at most three lines") {
  const SourceFile source("t.py", "call(\n    a,\n\n    b,\n    c)\n");
  const std::optional<CodeFrame> three = codeFrame(source, rangeOf(1, 1, 3, 1), "");
  REQUIRE(three);
  REQUIRE(three->lines.size() == 2);  // ends at the start of line 3: the range is lines 1 and 2
  CHECK(carets(three->lines[0]) == "^^^^^");
  CHECK(carets(three->lines[1]) == "    ^^");
  CHECK_FALSE(three->elided);

  const std::optional<CodeFrame> five = codeFrame(source, rangeOf(1, 1, 5, 7), "");
  REQUIRE(five);
  REQUIRE(five->lines.size() == kMaxFrameLines);
  CHECK(five->lines[2].caretStart == five->lines[2].caretEnd);  // the blank line gets no caret
  CHECK(five->elided);
}

TEST_CASE("text layout: an empty range gets one caret") {
  const SourceFile source("t.py", "f(a)\n");
  const std::optional<CodeFrame> frame = codeFrame(source, rangeOf(1, 4, 1, 4), "");
  REQUIRE(frame);
  CHECK(carets(frame->lines[0]) == "   ^");
}

TEST_CASE("text layout: no frame when the file no longer has the finding's text") {
  const SourceFile source("t.py", "import os\nopen(p)\n");
  CHECK_FALSE(codeFrame(source, rangeOf(7, 1, 7, 5), ""));          // the line is gone
  CHECK_FALSE(codeFrame(source, rangeOf(2, 40, 2, 44), ""));        // past its end
  CHECK_FALSE(codeFrame(source, rangeOf(2, 1, 2, 5), normalizedLineHash("fopen(p)")));  // another text
  CHECK(codeFrame(source, rangeOf(2, 1, 2, 5), normalizedLineHash("  open(p)")));       // re-indented: same
}

TEST_CASE("text layout: a Latin-1 file's line is compared as its bytes") {
  const SourceFile source("t.py", "# -*- coding: latin-1 -*-\ns = '\xE9'; open(p)\n");
  CHECK(codeFrame(source, rangeOf(2, 11, 2, 15), normalizedLineHash("s = '\xE9'; open(p)")));
}

}  // namespace
}  // namespace platlint
