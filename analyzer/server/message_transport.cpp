#include "analyzer/server/message_transport.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <optional>
#include <string_view>

namespace platlint {
namespace {

bool startsWithNoCase(const std::string& text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace

bool FrameReader::fill() {
  // What was read is dropped, so that the buffer holds at most one frame and a read's worth.
  if (position_ > 0) {
    buffer_.erase(0, position_);
    position_ = 0;
  }
  char chunk[65536];
  for (;;) {
    const ssize_t n = ::read(fd_, chunk, sizeof chunk);
    if (n > 0) {
      buffer_.append(chunk, static_cast<size_t>(n));
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    return false;
  }
}

bool FrameReader::readLine(std::string& line) {
  for (;;) {
    const size_t end = buffer_.find('\n', position_);
    if (end != std::string::npos) {
      line.assign(buffer_, position_, end - position_);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      position_ = end + 1;
      return true;
    }
    if (!fill()) return false;
  }
}

IncomingFrame FrameReader::next() {
  IncomingFrame frame;
  std::string line;
  std::optional<size_t> length;
  bool badLength = false;
  bool sawHeader = false;
  for (;;) {
    if (!readLine(line)) return frame;  // EndOfStream
    if (line.empty()) {
      if (!sawHeader) continue;  // stray blank lines between frames
      break;
    }
    sawHeader = true;
    if (startsWithNoCase(line, "content-length:")) {
      std::string_view value = std::string_view(line).substr(15);
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      size_t parsed = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
      if (ec != std::errc() || end != value.data() + value.size()) {
        badLength = true;
      } else {
        length = parsed;
      }
    }
  }
  if (!length || badLength) {
    frame.kind = IncomingFrame::Kind::Malformed;
    frame.problem = "a message header without a valid Content-Length";
    return frame;
  }
  if (*length > kMaxFrameBytes) {
    // Skipped without being kept, so that the next frame is read where it starts.
    size_t left = *length;
    while (left > 0) {
      if (position_ == buffer_.size() && !fill()) return frame;
      const size_t take = std::min(left, buffer_.size() - position_);
      position_ += take;
      left -= take;
    }
    frame.kind = IncomingFrame::Kind::Malformed;
    frame.problem = "a message of " + std::to_string(*length) + " bytes, more than the server accepts";
    return frame;
  }
  while (buffer_.size() - position_ < *length) {
    if (!fill()) return frame;  // EndOfStream inside the body
  }
  frame.kind = IncomingFrame::Kind::Message;
  frame.body.assign(buffer_, position_, *length);
  position_ += *length;
  return frame;
}

bool FrameWriter::write(const std::string& json) {
  const std::lock_guard lock(mutex_);
  if (broken_) return false;
  const std::string data = "Content-Length: " + std::to_string(json.size()) + "\r\n\r\n" + json;
  size_t written = 0;
  while (written < data.size()) {
    const ssize_t n = ::write(fd_, data.data() + written, data.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      broken_ = true;  // EPIPE (SIGPIPE is ignored by the server) or another failure: the client is gone
      return false;
    }
    written += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace platlint
