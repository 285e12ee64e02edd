#include "analyzer/base/spill_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace platlint {
namespace {

std::string temporaryDirectory() {
  const char* tmpdir = std::getenv("TMPDIR");
  return tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
}

SpillError spillError(const std::string& what) {
  return SpillError(what + " the temporary file of results in " + temporaryDirectory() + ": " +
                            std::strerror(errno));
}

}  // namespace

SpillFile::SpillFile() {
  std::string name = temporaryDirectory() + "/platlint-results-XXXXXX";
  fd_ = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd_ < 0) throw spillError("cannot create");
  ::unlink(name.c_str());
}

SpillFile::~SpillFile() {
  if (fd_ >= 0) ::close(fd_);
}

SpillFile::Span SpillFile::append(std::string_view bytes) {
  const std::lock_guard lock(appendMutex_);
  const Span span{end_, bytes.size()};
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::pwrite(fd_, bytes.data() + written, bytes.size() - written,
                               static_cast<off_t>(end_ + written));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw spillError("cannot write to");
    written += static_cast<size_t>(n);
  }
  end_ += bytes.size();
  return span;
}

std::string SpillFile::read(Span span) const {
  std::string bytes(span.size, '\0');
  size_t done = 0;
  while (done < span.size) {
    const ssize_t n = ::pread(fd_, bytes.data() + done, span.size - done, static_cast<off_t>(span.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw spillError("cannot read back");
    done += static_cast<size_t>(n);
  }
  return bytes;
}

}  // namespace platlint
