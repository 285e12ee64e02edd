#pragma once
// JSON-RPC over a byte stream, framed as the Language Server Protocol frames it: a header of
// `Content-Length: N` (and optionally `Content-Type`) lines ended by an empty line, then N bytes of
// JSON. Reads and writes file descriptors directly, so that a client that goes away is an end of
// stream or a failed write, never a signal or a hang.
#include <cstddef>
#include <mutex>
#include <string>

namespace platlint {

struct IncomingFrame {
  enum class Kind { Message, Malformed, EndOfStream };
  Kind kind = Kind::EndOfStream;
  std::string body;     // Message: the JSON text
  std::string problem;  // Malformed: why (the frame was skipped; reading goes on with the next)
};

class FrameReader {
 public:
  explicit FrameReader(int fd) : fd_(fd) {}
  // Blocks for the next frame. A header without a usable Content-Length is Malformed (its body, if
  // any, cannot be found, so the reader resynchronises at the next header); a stream that ends
  // inside a frame is EndOfStream.
  IncomingFrame next();

 private:
  bool fill();                     // false at the end of the stream or on an error
  bool readLine(std::string& line);  // one header line without its CR LF

  int fd_;
  std::string buffer_;
  size_t position_ = 0;
};

// Largest body accepted: a frame announcing more is skipped as Malformed.
inline constexpr size_t kMaxFrameBytes = size_t{256} << 20;

class FrameWriter {
 public:
  explicit FrameWriter(int fd) : fd_(fd) {}
  // Writes one framed message; thread-safe. False once the peer has gone (every later call too).
  bool write(const std::string& json);
  bool broken() {
    const std::lock_guard lock(mutex_);
    return broken_;
  }

 private:
  int fd_;
  std::mutex mutex_;
  bool broken_ = false;
};

}  // namespace platlint
