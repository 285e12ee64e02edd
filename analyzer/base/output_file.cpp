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

AtomicFile::AtomicFile(const std::string& path, Durability durability)
    : target_(path), durability_(durability) {
  const size_t slash = path.rfind('/');
  directory_ = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  if (base.empty()) fail("cannot write", path, EISDIR);

  // Same directory, so rename() stays within one file system and is atomic.
  std::string tmpl = (directory_ == "/" ? "" : directory_) + "/." + base + ".tmp-XXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  fd_ = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd_ < 0) failToCreateIn(directory_, path, errno);
  temporary_ = name.data();

  struct stat existing {};
  const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : newFileMode();
  if (::fchmod(fd_, mode) != 0) fail("cannot set permissions of", temporary_, errno);
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temporary_.c_str());
}

void AtomicFile::write(std::string_view content) {
  const char* data = content.data();
  size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(fd_, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot write", temporary_, errno);
    }
    data += n;
    left -= static_cast<size_t>(n);
  }
}

void AtomicFile::commit() {
  if (durability_ == Durability::Durable && ::fsync(fd_) != 0) fail("cannot flush", temporary_, errno);
  const int closing = fd_;
  fd_ = -1;
  if (::close(closing) != 0) fail("cannot close", temporary_, errno);

  if (::rename(temporary_.c_str(), target_.c_str()) != 0) fail("cannot replace", target_, errno);
  committed_ = true;
  if (durability_ == Durability::Fast) return;

  // Make the rename itself durable; a failure here leaves a complete file, so it is not an error.
  const int dirFd = ::open(directory_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    ::fsync(dirFd);
    ::close(dirFd);
  }
}

void writeFileAtomically(const std::string& path, std::string_view content, Durability durability) {
  AtomicFile file(path, durability);
  file.write(content);
  file.commit();
}

int OutputStream::Buffer::overflow(int ch) {
  if (ch == traits_type::eof()) return sync() == 0 ? traits_type::not_eof(ch) : traits_type::eof();
  const char c = static_cast<char>(ch);
  return xsputn(&c, 1) == 1 ? ch : traits_type::eof();
}

std::streamsize OutputStream::Buffer::xsputn(const char* data, std::streamsize count) {
  pending_.append(data, static_cast<size_t>(count));
  if (pending_.size() >= kChunk) return sync() == 0 ? count : 0;
  return count;
}

int OutputStream::Buffer::sync() {
  try {
    if (file_) {
      file_->write(pending_);
    } else {
      std::cout << pending_;
      if (!std::cout) throw std::runtime_error("cannot write to standard output");
    }
  } catch (const std::exception& e) {
    if (error_.empty()) error_ = e.what();
    pending_.clear();
    return -1;
  }
  pending_.clear();
  return 0;
}

OutputStream::OutputStream(const std::string& path) : std::ostream(nullptr) {
  try {
    if (!path.empty()) file_.emplace(path, Durability::Durable);
  } catch (const std::exception& e) {
    buffer_.error_ = e.what();
  }
  buffer_.file_ = file_ ? &*file_ : nullptr;
  rdbuf(&buffer_);
  if (!buffer_.error_.empty()) setstate(std::ios::badbit);
}

bool OutputStream::finish() {
  if (buffer_.error_.empty() && buffer_.sync() == 0) {
    try {
      if (file_) {
        file_->commit();
      } else {
        std::cout.flush();
        if (!std::cout) throw std::runtime_error("cannot write to standard output");
      }
      return true;
    } catch (const std::exception& e) {
      buffer_.error_ = e.what();
    }
  }
  std::cerr << "platlint: error: " << buffer_.error_ << '\n';
  return false;
}

bool writeOutput(const std::string& path, std::string_view content) {
  OutputStream out(path);
  out << content;
  return out.finish();
}

}  // namespace platlint
