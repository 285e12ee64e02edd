#pragma once
// A compilation database (compile_commands.json) for the C/C++ front end. Files the build does
// not list (headers, sources of other configurations) get the command of their nearest listed
// neighbour, as clangd does.
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include <clang/Tooling/CompilationDatabase.h>

namespace platlint {

class CompileCommands {
 public:
  // Throws std::runtime_error when DIR/compile_commands.json cannot be loaded.
  explicit CompileCommands(const std::string& directory);
  const std::string& directory() const { return directory_; }
  // The command that compiles `absolutePath`, or nullopt when the database is empty.
  std::optional<clang::tooling::CompileCommand> commandFor(const std::string& absolutePath) const;
  // Whether the database itself lists `absolutePath` (a command for it is not inferred).
  bool lists(const std::string& absolutePath) const;

 private:
  std::string directory_;
  // Lookups are serialised: Clang does not promise that a database is safe to query from
  // several threads at once, and a lookup costs little next to a parse.
  mutable std::mutex mutex_;
  std::unique_ptr<clang::tooling::CompilationDatabase> database_;
  std::set<std::string> listed_;  // absolute and lexically normal
};

}  // namespace platlint
