#include "analyzer/workspace/project_style.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <optional>

#include <toml++/toml.h>

#include "analyzer/workspace/config_resolver.h"
#include "analyzer/workspace/ini_file.h"
#include "analyzer/workspace/parent_directory.h"

namespace platlint {
namespace {

namespace fs = std::filesystem;

std::string join(const std::string& directory, const std::string& name) {
  return (directory == "/" ? "" : directory) + "/" + name;
}

bool isFile(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

std::optional<uint32_t> lengthValue(std::string_view text) {
  uint32_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value == 0) return std::nullopt;
  return value;
}

using Found = ProjectStyleFinder::LineLength;

// `table.line-length` of a TOML file (`table` empty: the top level), its default when the table
// exists without it; nullopt when the table is absent or the file is not TOML.
std::optional<Found> tomlLineLength(const std::string& path, std::string_view table, uint32_t toolDefault,
                                    const std::string& tool) {
  if (!isFile(path)) return std::nullopt;
  toml::table document;
  try {
    document = toml::parse_file(path);
  } catch (const toml::parse_error&) {
    return std::nullopt;
  }
  const toml::table* t = table.empty() ? &document : document.at_path(table).as_table();
  if (!t) return std::nullopt;
  const std::string where = shownPath(path) + (table.empty() ? std::string() : " [" + std::string(table) + "]");
  if (const auto value = (*t)["line-length"].value<int64_t>(); value && *value > 0 && *value < 100000) {
    return Found{static_cast<uint32_t>(*value), where + " line-length"};
  }
  return Found{toolDefault, where + " (" + tool + "'s default)"};
}

std::optional<Found> iniLineLength(const std::string& path) {
  if (!isFile(path)) return std::nullopt;
  const auto ini = readIniFile(path);
  if (!ini) return std::nullopt;
  for (const char* section : {"flake8", "pycodestyle", "pep8"}) {
    if (const std::string* value = ini->value(section, "max-line-length")) {
      if (const auto length = lengthValue(*value)) {
        return Found{*length, shownPath(path) + " [" + section + "] max-line-length"};
      }
    }
  }
  for (const char* section : {"flake8", "pycodestyle", "pep8", "hacking"}) {
    if (ini->has(section)) return Found{79, shownPath(path) + " [" + section + "] (flake8's default)"};
  }
  return std::nullopt;
}

std::optional<Found> lineLengthIn(const std::string& directory) {
  const std::string pyproject = join(directory, "pyproject.toml");
  if (auto f = tomlLineLength(pyproject, "tool.ruff", 88, "ruff")) return f;
  if (auto f = tomlLineLength(join(directory, "ruff.toml"), "", 88, "ruff")) return f;
  if (auto f = tomlLineLength(join(directory, ".ruff.toml"), "", 88, "ruff")) return f;
  if (auto f = tomlLineLength(pyproject, "tool.black", 88, "black")) return f;
  for (const char* name : {"setup.cfg", "tox.ini", ".flake8"}) {
    if (auto f = iniLineLength(join(directory, name))) return f;
  }
  return std::nullopt;
}

bool truthy(std::string_view value) { return value == "true" || value == "True" || value == "1" || value == "yes"; }

// Whether the directory's configuration sorts imports by module name: nullopt when it has no
// isort or hacking configuration.
std::optional<bool> importsSortedByModuleIn(const std::string& directory) {
  const auto fromSettings = [](bool force, std::string_view profile) {
    return force || profile == "google" || profile == "open_stack";
  };
  const std::string pyproject = join(directory, "pyproject.toml");
  if (isFile(pyproject)) {
    try {
      const toml::table document = toml::parse_file(pyproject);
      if (const toml::table* isort = document.at_path("tool.isort").as_table()) {
        return fromSettings((*isort)["force_sort_within_sections"].value_or(false),
                            (*isort)["profile"].value_or(std::string_view()));
      }
    } catch (const toml::parse_error&) {
    }
  }
  for (const char* name : {".isort.cfg", "setup.cfg", "tox.ini"}) {
    const std::string path = join(directory, name);
    if (!isFile(path)) continue;
    const auto ini = readIniFile(path);
    if (!ini) continue;
    if (ini->has("hacking")) return true;
    for (const char* section : {"settings", "isort", "tool:isort"}) {
      if (!ini->has(section)) continue;
      const std::string* force = ini->value(section, "force-sort-within-sections");
      const std::string* profile = ini->value(section, "profile");
      return fromSettings(force && truthy(*force), profile ? std::string_view(*profile) : std::string_view());
    }
  }
  return std::nullopt;
}

bool isProjectRoot(const std::string& directory) {
  std::error_code ec;
  for (const char* marker : {"pyproject.toml", "setup.py", "setup.cfg", "tox.ini", ".git"}) {
    if (fs::exists(join(directory, marker), ec)) return true;
  }
  return false;
}

// The packages and modules directly in `directory`.
void addModulesIn(const std::string& directory, std::vector<std::string>& out) {
  std::error_code ec;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    std::error_code typeError;
    if (it->is_directory(typeError)) {
      if (isFile(join(p.string(), "__init__.py"))) out.push_back(name);
    } else if (p.extension() == ".py" && name != "setup.py" && name != "conftest.py") {
      out.push_back(p.stem().string());
    }
  }
}

}  // namespace

ProjectStyle findProjectStyle(const std::string& directory) { return ProjectStyleFinder().find(directory); }

const ProjectStyleFinder::DirectoryFacts& ProjectStyleFinder::factsOf(const std::string& directory) {
  if (const auto it = facts_.find(directory); it != facts_.end()) return it->second;
  DirectoryFacts facts;
  facts.lineLength = lineLengthIn(directory);
  facts.importsSortedByModule = importsSortedByModuleIn(directory);
  facts.projectRoot = isProjectRoot(directory);
  facts.package = isFile(join(directory, "__init__.py"));
  std::error_code ec;
  facts.gitTop = fs::exists(join(directory, ".git"), ec);
  return facts_.emplace(directory, std::move(facts)).first->second;
}

const std::vector<std::string>& ProjectStyleFinder::modulesOfRoot(const std::string& root) {
  if (const auto it = rootModules_.find(root); it != rootModules_.end()) return it->second;
  std::vector<std::string> modules;
  addModulesIn(root, modules);
  addModulesIn(join(root, "src"), modules);
  return rootModules_.emplace(root, std::move(modules)).first->second;
}

ProjectStyle ProjectStyleFinder::find(const std::string& directory) {
  ProjectStyle style;
  std::optional<Found> length;
  std::optional<bool> sortedByModule;
  std::optional<std::string> root;
  std::string package;  // the top-level package `directory` is in
  for (std::string dir = directory, below = directory;; below = dir, dir = parentDirectory(dir)) {
    const DirectoryFacts& facts = factsOf(dir);
    if (!length) length = facts.lineLength;
    if (!sortedByModule) sortedByModule = facts.importsSortedByModule;
    if (!root && facts.projectRoot) root = dir;
    if (package.empty() && !facts.package && dir != below) package = below.substr(below.find_last_of('/') + 1);
    if (dir == "/" || facts.gitTop) break;
    if (length && sortedByModule && root && !package.empty()) break;
  }
  if (length) {
    style.lineLength = length->length;
    style.lineLengthSource = length->source;
  }
  style.importsSortedByModule = sortedByModule.value_or(false);
  if (root) style.firstParty = modulesOfRoot(*root);
  if (!package.empty() && factsOf(directory).package) style.firstParty.push_back(package);
  std::sort(style.firstParty.begin(), style.firstParty.end());
  style.firstParty.erase(std::unique(style.firstParty.begin(), style.firstParty.end()), style.firstParty.end());
  return style;
}

}  // namespace platlint
