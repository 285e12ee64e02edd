#include "analyzer/app/target_placement.h"

#include <filesystem>
#include <utility>

namespace platlint {

std::vector<PlacedSuggestion> placeSuggestions(std::vector<TargetSuggestion> suggestions, ConfigResolver& resolver) {
  namespace fs = std::filesystem;
  std::vector<PlacedSuggestion> placed;
  for (TargetSuggestion& s : suggestions) {
    const fs::path absolute(s.absolute);
    // The parent of "/x/a/b/" (a trailing separator: an empty file name) is "/x/a/b" itself.
    const fs::path directory = absolute.parent_path();
    const fs::path component = s.isDirectory() ? directory : absolute;
    PlacedSuggestion p;
    p.tableHeader = "[tool.platlint.per-file-target]";
    std::string glob = s.path;
    if (const auto config = resolver.configForDirectory(directory.string())) {
      p.configFile = shownPath(config->path);
      if (config->table.empty()) p.tableHeader = "[per-file-target]";
      glob = component.lexically_relative(config->directory).generic_string();
      if (s.isDirectory()) glob += "/";
    }
    // A directory's glob names everything below it (`nova/tests/*`, as in .gitignore).
    p.glob = s.isDirectory() ? (glob == "./" ? std::string("*") : glob + "*") : glob;
    p.suggestion = std::move(s);
    placed.push_back(std::move(p));
  }
  return placed;
}

}  // namespace platlint
