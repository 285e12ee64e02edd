#include <doctest/doctest.h>

#include <unistd.h>

#include <string>

#include "analyzer/server/code_actions.h"
#include "analyzer/server/file_uri.h"
#include "analyzer/server/message_transport.h"
#include "analyzer/server/text_document.h"

using platlint::FrameReader;
using platlint::IncomingFrame;
using platlint::LspPosition;
using platlint::PositionEncoding;
using platlint::TextDocument;

TEST_CASE("text document: UTF-16 and UTF-8 positions of byte offsets, both ways") {
  // "é" is 2 bytes and 1 UTF-16 unit, "😀" 4 bytes and 2 units (a surrogate pair).
  const TextDocument doc("file:///x.py", "a = \"é😀\"\nb\r\nc", 1);
  CHECK(doc.offsetOf({0, 5}, PositionEncoding::Utf16) == 5);   // after the quote
  CHECK(doc.offsetOf({0, 6}, PositionEncoding::Utf16) == 7);   // after é
  CHECK(doc.offsetOf({0, 8}, PositionEncoding::Utf16) == 11);  // after 😀
  CHECK(doc.offsetOf({0, 7}, PositionEncoding::Utf16) == 7);   // inside the pair: its start
  CHECK(doc.offsetOf({0, 11}, PositionEncoding::Utf8) == 11);
  CHECK(doc.offsetOf({0, 99}, PositionEncoding::Utf16) == 12);  // past the end: the line's end
  CHECK(doc.offsetOf({1, 1}, PositionEncoding::Utf16) == 14);
  CHECK(doc.offsetOf({2, 0}, PositionEncoding::Utf16) == 16);   // after "\r\n"
  CHECK(doc.offsetOf({9, 0}, PositionEncoding::Utf16) == 17);   // past the last line: the end
  const LspPosition afterEmoji = doc.positionOf(11, PositionEncoding::Utf16);
  CHECK(afterEmoji.line == 0);
  CHECK(afterEmoji.character == 8);
  CHECK(doc.positionOf(11, PositionEncoding::Utf8).character == 11);
  CHECK(doc.positionOf(9, PositionEncoding::Utf16).character == 6);  // inside 😀: its start
  CHECK(doc.positionOf(16, PositionEncoding::Utf16).line == 2);
}

TEST_CASE("text document: incremental and full changes") {
  TextDocument doc("file:///x.py", "x = \"😀\"\nopen('/proc/mounts')\n", 1);
  doc.replace({1, 6}, {1, 18}, "/etc/x", PositionEncoding::Utf16, 2);
  CHECK(doc.text() == "x = \"😀\"\nopen('/etc/x')\n");
  doc.replace({0, 5}, {0, 7}, "", PositionEncoding::Utf16, 3);  // removes the emoji (two units)
  CHECK(doc.text() == "x = \"\"\nopen('/etc/x')\n");
  doc.replace({2, 0}, {2, 0}, "y = 1\n", PositionEncoding::Utf16, 4);
  CHECK(doc.text() == "x = \"\"\nopen('/etc/x')\ny = 1\n");
  CHECK(doc.version() == 4);
  doc.replaceAll("z\n", 5);
  CHECK(doc.text() == "z\n");
  CHECK(doc.positionOf(2, PositionEncoding::Utf16).line == 1);
}

TEST_CASE("file URIs: percent-decoding and encoding") {
  CHECK(platlint::pathFromFileUri("file:///home/a%20b/x.py") == "/home/a b/x.py");
  CHECK(platlint::pathFromFileUri("file://localhost/x.py") == "/x.py");
  CHECK_FALSE(platlint::pathFromFileUri("untitled:Untitled-1").has_value());
  CHECK(platlint::fileUriFromPath("/home/a b/é.py") == "file:///home/a%20b/%C3%A9.py");
}

TEST_CASE("code action kinds: a requested kind covers its sub-kinds") {
  const nlohmann::json noFilter = nlohmann::json::object();
  CHECK(platlint::kindRequested(noFilter, "quickfix"));
  const nlohmann::json source = {{"only", {"source"}}};
  CHECK(platlint::kindRequested(source, platlint::kFixAllKind));
  CHECK_FALSE(platlint::kindRequested(source, "quickfix"));
  const nlohmann::json fixAll = {{"only", {"source.fixAll"}}};
  CHECK(platlint::kindRequested(fixAll, platlint::kFixAllKind));
  const nlohmann::json other = {{"only", {"source.organizeImports"}}};
  CHECK_FALSE(platlint::kindRequested(other, platlint::kFixAllKind));
}

namespace {

// The frames a reader makes of `bytes` written to a pipe (then closed).
std::vector<IncomingFrame> framesOf(const std::string& bytes) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  REQUIRE(write(fds[1], bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  close(fds[1]);
  FrameReader reader(fds[0]);
  std::vector<IncomingFrame> frames;
  for (;;) {
    frames.push_back(reader.next());
    if (frames.back().kind == IncomingFrame::Kind::EndOfStream) break;
  }
  close(fds[0]);
  return frames;
}

}  // namespace

TEST_CASE("message framing: Content-Length frames, bad headers skipped, a cut frame is the end") {
  const auto frames = framesOf(
      "Content-Length: 2\r\n\r\n{}"
      "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 3\r\n\r\n[1]"
      "X-Other: 1\r\n\r\n"
      "Content-Length: nine\r\n\r\n"
      "Content-Length: 10\r\n\r\n{\"a\"");
  REQUIRE(frames.size() == 5);
  CHECK(frames[0].kind == IncomingFrame::Kind::Message);
  CHECK(frames[0].body == "{}");
  CHECK(frames[1].body == "[1]");
  CHECK(frames[2].kind == IncomingFrame::Kind::Malformed);
  CHECK(frames[3].kind == IncomingFrame::Kind::Malformed);
  CHECK(frames[4].kind == IncomingFrame::Kind::EndOfStream);
}
