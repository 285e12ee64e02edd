#include "analyzer/base/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <stdexcept>
#include <vector>

namespace platlint {
namespace {

[[noreturn]] void fail(const std::string& what, const std::string& path, int error) {
  throw std::runtime_error(what + " " + path + ": " + std::strerror(error));
}

// Removes the temporary file unless the rename succeeded, whichever way we leave the function.
class TempFile {
 public:
  explicit TempFile(std::string path) : path_(std::move(path)) {}
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(path_.c_str());
  }
  int& fd() { return fd_; }
  const std::string& path() const { return path_; }
  void committed() { committed_ = true; }

 private:
  std::string path_;
  int fd_ = -1;
  bool committed_ = false;
};

// Why no temporary file could be made in `dir`, the directory of `path`: the file is written
// beside its target and renamed, so this is why `path` cannot be written. "No such file or
// directory" alone would be wrong for a directory that exists but takes no new files (/proc).
[[noreturn]] void failToCreateIn(const std::string& dir, const std::string& path, int error) {
  struct stat info {};
  if (::stat(dir.c_str(), &info) != 0) {
    throw std::runtime_error("cannot write " + path + ": the directory " + dir + " does not exist");
  }
  if (!S_ISDIR(info.st_mode)) throw std::runtime_error("cannot write " + path + ": " + dir + " is not a directory");
  throw std::runtime_error("cannot write " + path + ": no file can be created in " + dir + " (" +
                           std::strerror(error) + ")");
}

mode_t readUmask() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

mode_t newFileMode() {
  // umask can only be read by setting it. Worker threads write cache entries concurrently, so it
  // is read exactly once (a function-local static is initialised under a lock): two threads
  // interleaving umask(0) calls could otherwise leave the process with a umask of 0.
  static const mode_t mask = readUmask();
  return 0666 & ~mask;
}

}  // namespace

void writeFileAtomically(const std::string& path, std::string_view content, Durability durability) {
  const size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  if (base.empty()) fail("cannot write", path, EISDIR);

  // Same directory, so rename() stays within one file system and is atomic.
  std::string tmpl = (dir == "/" ? "" : dir) + "/." + base + ".tmp-XXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  const int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) failToCreateIn(dir, path, errno);
  TempFile tmp(name.data());
  tmp.fd() = fd;

  struct stat existing {};
  const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : newFileMode();
  if (::fchmod(fd, mode) != 0) fail("cannot set permissions of", tmp.path(), errno);

  const char* data = content.data();
  size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot write", tmp.path(), errno);
    }
    data += n;
    left -= static_cast<size_t>(n);
  }
  if (durability == Durability::Durable && ::fsync(fd) != 0) fail("cannot flush", tmp.path(), errno);
  const int closing = fd;
  tmp.fd() = -1;
  if (::close(closing) != 0) fail("cannot close", tmp.path(), errno);

  if (::rename(tmp.path().c_str(), path.c_str()) != 0) fail("cannot replace", path, errno);
  tmp.committed();
  if (durability == Durability::Fast) return;

  // Make the rename itself durable; a failure here leaves a complete file, so it is not an error.
  const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    ::fsync(dirFd);
    ::close(dirFd);
  }
}

bool writeOutput(const std::string& path, std::string_view content) {
  if (path.empty()) {
    std::cout << content << std::flush;
    if (std::cout) return true;
    std::cerr << "platlint: error: cannot write to standard output\n";
    return false;
  }
  try {
    writeFileAtomically(path, content);
    return true;
  } catch (const std::exception& e) {
    std::cerr << "platlint: error: " << e.what() << '\n';
    return false;
  }
}

}  // namespace platlint
