#include "analyzer/cfamily/compile_commands.h"

#include <filesystem>
#include <stdexcept>

#include <clang/Tooling/JSONCompilationDatabase.h>

namespace platlint {
namespace {

std::string normal(const std::string& path) { return std::filesystem::path(path).lexically_normal().string(); }

}  // namespace

CompileCommands::CompileCommands(const std::string& directory) : directory_(directory) {
  std::string error;
  std::unique_ptr<clang::tooling::CompilationDatabase> json = clang::tooling::JSONCompilationDatabase::loadFromFile(
      directory + "/compile_commands.json", error, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!json) throw std::runtime_error(error);
  for (const std::string& file : json->getAllFiles()) listed_.insert(normal(file));
  database_ = clang::tooling::inferMissingCompileCommands(std::move(json));
}

bool CompileCommands::lists(const std::string& absolutePath) const { return listed_.contains(normal(absolutePath)); }

std::optional<clang::tooling::CompileCommand> CompileCommands::commandFor(const std::string& absolutePath) const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<clang::tooling::CompileCommand> commands = database_->getCompileCommands(absolutePath);
  if (commands.empty()) return std::nullopt;
  return std::move(commands.front());
}

}  // namespace platlint
