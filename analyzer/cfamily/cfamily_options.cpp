#include "analyzer/cfamily/cfamily_options.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <system_error>

namespace platlint {
namespace fs = std::filesystem;

std::vector<std::string> splitCommandLine(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  bool inWord = false;
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote == '\'') {
      if (c == '\'') quote = 0;
      else word += c;
    } else if (quote == '"') {
      if (c == '"') {
        quote = 0;
      } else if (c == '\\' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == '\\')) {
        word += text[++i];
      } else {
        word += c;
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      inWord = true;
    } else if (c == '\\' && i + 1 < text.size()) {
      word += text[++i];
      inWord = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (inWord) words.push_back(std::move(word));
      word.clear();
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote != 0) throw std::invalid_argument("unterminated quote in --c-args (or `c-args` of the configuration)");
  if (inWord) words.push_back(std::move(word));
  return words;
}

std::string findCompilationDatabaseDir(const std::string& explicitDir, const std::vector<std::string>& paths) {
  std::error_code ec;
  const auto has = [&](const fs::path& dir) { return fs::is_regular_file(dir / "compile_commands.json", ec); };
  if (!explicitDir.empty()) return has(explicitDir) ? fs::absolute(explicitDir, ec).lexically_normal().string() : std::string();
  // The working directory's database describes the working directory's project: it is not used
  // for a tree elsewhere (checking /usr/lib/python3.11 from inside a C project must not compile
  // that tree's C files with this project's flags).
  const fs::path cwd = fs::current_path(ec);
  const auto insideCwd = [&](const std::string& p) {
    const fs::path relative = fs::weakly_canonical(fs::absolute(p, ec), ec).lexically_relative(cwd);
    return !relative.empty() && *relative.begin() != "..";
  };
  std::vector<fs::path> candidates;
  if (paths.empty() || std::any_of(paths.begin(), paths.end(), insideCwd)) candidates = {".", "build"};
  for (const std::string& p : paths) {
    if (!fs::is_directory(p, ec)) continue;
    candidates.emplace_back(p);
    candidates.emplace_back(fs::path(p) / "build");
  }
  for (const fs::path& dir : candidates) {
    if (has(dir)) return fs::absolute(dir, ec).lexically_normal().string();
  }
  return {};
}

std::vector<std::string> pythonIncludeDirectories() {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen("python3-config --includes 2>/dev/null", "r"), ::pclose);
  if (!pipe) return {};
  std::string output;
  std::array<char, 512> buffer{};
  while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe.get())) output += buffer.data();
  std::vector<std::string> dirs;
  std::vector<std::string> words;
  try {
    words = splitCommandLine(output);
  } catch (const std::invalid_argument&) {
    return {};
  }
  std::error_code ec;
  for (const std::string& w : words) {
    if (w.size() > 2 && w.starts_with("-I") && fs::is_directory(w.substr(2), ec)) {
      const std::string dir = w.substr(2);
      if (std::find(dirs.begin(), dirs.end(), dir) == dirs.end()) dirs.push_back(dir);
    }
  }
  return dirs;
}

}  // namespace platlint
