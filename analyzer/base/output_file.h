#pragma once
// Writing report files so that readers (CI upload steps, IDEs watching the file) never see a
// half-written file, and a failed run never destroys the previous output.
#include <string>
#include <string_view>

namespace platlint {

enum class Durability {
  Durable,  // flushed to disk before and after the rename: reports and fixed source files
  Fast,     // atomic but not flushed: cache entries, which are cheap to lose after a crash
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

}  // namespace platlint
