#pragma once
// Bytes a run has to keep but not in memory: an anonymous temporary file (removed as soon as it is
// opened, so nothing is left behind when the process ends, however it ends) that records are
// appended to and read back from by where they were put.
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>

namespace platlint {

// The temporary file cannot be created, written or read back (a full disk, an unwritable TMPDIR).
struct SpillError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class SpillFile {
 public:
  struct Span {
    uint64_t offset = 0;
    uint64_t size = 0;
  };
  // In $TMPDIR, else /tmp. Throws SpillError naming the directory and the system error.
  SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;
  ~SpillFile();
  // Thread-safe. Throws SpillError when the file cannot be written.
  Span append(std::string_view bytes);
  // Thread-safe. Throws SpillError when the bytes cannot be read back.
  std::string read(Span span) const;

 private:
  int fd_ = -1;
  std::mutex appendMutex_;
  uint64_t end_ = 0;
};

}  // namespace platlint
