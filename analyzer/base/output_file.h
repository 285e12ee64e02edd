#pragma once
// Writing report files so that readers (CI upload steps, IDEs watching the file) never see a
// half-written file, and a failed run never destroys the previous output.
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace platlint {

enum class Durability {
  Durable,  // flushed to disk before and after the rename: reports and fixed source files
  Fast,     // atomic but not flushed: cache entries, which are cheap to lose after a crash
};

// A file written under a temporary name in the directory of `path` and renamed over `path` by
// commit(); destroyed uncommitted (an error, an exception), it is removed and `path` is untouched.
// An existing file keeps its permission bits; a new one gets 0666 minus the umask. Every member
// throws std::runtime_error naming the path and the system error.
class AtomicFile {
 public:
  AtomicFile(const std::string& path, Durability durability);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();
  void write(std::string_view content);
  // Durable: flushed to disk before and after the rename.
  void commit();

 private:
  std::string target_;
  std::string directory_;
  std::string temporary_;
  Durability durability_;
  int fd_ = -1;
  bool committed_ = false;
};

// Writes `content` to a temporary file in the directory of `path`, flushes it to disk and renames
// it over `path`. An existing file keeps its permission bits; a new one gets 0666 minus the umask.
// Throws std::runtime_error naming the path and the system error; on failure the temporary file
// is removed and `path` is untouched.
void writeFileAtomically(const std::string& path, std::string_view content,
                         Durability durability = Durability::Durable);

// A command's output: to standard output when `path` is empty, else atomically to `path`. Prints
// "platlint: error: ..." on stderr and returns false when it cannot be written.
bool writeOutput(const std::string& path, std::string_view content);

// A command's output written as it is produced, so that a report of a large tree is never held
// whole in memory: to standard output when `path` is empty, else to an AtomicFile for `path` that
// finish() commits. Nothing reaches `path` unless finish() succeeds.
class OutputStream : public std::ostream {
 public:
  explicit OutputStream(const std::string& path);
  // Writes what is left and commits the file; on any failure since construction prints
  // "platlint: error: ..." on stderr and returns false.
  bool finish();

 private:
  class Buffer : public std::streambuf {
   public:
    int overflow(int ch) override;
    std::streamsize xsputn(const char* data, std::streamsize count) override;
    int sync() override;
    static constexpr size_t kChunk = 1 << 16;
    AtomicFile* file_ = nullptr;  // null: standard output
    std::string pending_;
    std::string error_;  // the first failure
  };
  std::optional<AtomicFile> file_;
  Buffer buffer_;
};

}  // namespace platlint
