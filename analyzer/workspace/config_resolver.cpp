#include "analyzer/workspace/config_resolver.h"

#include <algorithm>
#include <filesystem>

#include "analyzer/base/glob_match.h"
#include "analyzer/workspace/parent_directory.h"

namespace platlint {
namespace {

namespace fs = std::filesystem;

std::string absoluteLexical(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(path.empty() ? "." : path), ec);
  if (ec) p = fs::path(path);
  std::string s = p.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

// `path` relative to `directory` when below it.
std::optional<std::string> below(const std::string& path, const std::string& directory) {
  if (directory == "/") return path.substr(1);
  if (path.size() > directory.size() && path.compare(0, directory.size(), directory) == 0 && path[directory.size()] == '/') {
    return path.substr(directory.size() + 1);
  }
  return std::nullopt;
}

// A configuration glob against a '/'-separated relative path: a pattern without '/' matches any
// component (`tests`, `conftest.py`), one with '/' the path or one of its leading directories
// (`nova/tests/*` covers everything below nova/tests), as in .gitignore.
bool globCovers(std::string pattern, const std::string& relative) {
  while (pattern.starts_with("./")) pattern.erase(0, 2);
  while (pattern.size() > 1 && pattern.back() == '/') pattern.pop_back();
  const GlobPattern glob(pattern);
  if (pattern.find('/') == std::string::npos) {
    for (size_t start = 0; start <= relative.size();) {
      const size_t slash = relative.find('/', start);
      const size_t end = slash == std::string::npos ? relative.size() : slash;
      if (glob.matches(std::string_view(relative).substr(start, end - start))) return true;
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
    return false;
  }
  for (size_t slash = relative.find('/'); slash != std::string::npos; slash = relative.find('/', slash + 1)) {
    if (glob.matches(std::string_view(relative).substr(0, slash))) return true;
  }
  return glob.matches(relative);
}

std::string relativeForGlobs(const std::string& absolute, const ProjectConfig& config) {
  if (auto rel = below(absolute, config.directory)) return *rel;
  return shownPath(absolute);
}

}  // namespace

std::span<const char* const> configurationFileNames() {
  static constexpr const char* kNames[] = {".platlint.toml", "platlint.toml", "pyproject.toml", "ruff.toml", ".ruff.toml",
                                           "setup.cfg",      "tox.ini",       ".flake8",        ".isort.cfg", "setup.py"};
  return kNames;
}

std::string configurationStamp(const std::string& directory) {
  std::string stamp;
  std::error_code ec;
  for (std::string dir = absoluteLexical(directory);; dir = parentDirectory(dir)) {
    for (const char* name : configurationFileNames()) {
      const std::string path = (dir == "/" ? "" : dir) + "/" + name;
      const auto size = fs::file_size(path, ec);
      if (ec) continue;
      const auto written = fs::last_write_time(path, ec).time_since_epoch().count();
      stamp += path + ':' + std::to_string(size) + ':' + std::to_string(written) + '\n';
    }
    if (dir == "/" || fs::exists(dir + "/.git", ec)) break;
  }
  return stamp;
}

std::string shownPath(const std::string& absolutePath) {
  static const std::string cwd = absoluteLexical(".");
  if (absolutePath == cwd) return ".";
  if (auto rel = below(absolutePath, cwd)) return *rel;
  return absolutePath;
}

ConfigResolver::ConfigResolver(const RuleCatalog& catalog, CommandLineSettings commandLine)
    : catalog_(catalog), commandLine_(std::move(commandLine)) {
  // An unknown selector on the command line fails here, before any file, not at the first one.
  RuleSelection(catalog_, {SelectorLayer{commandLine_.select, commandLine_.extendSelect, commandLine_.ignore}});
  if (commandLine_.isolated && !commandLine_.configFile.empty()) {
    throw ConfigError("--config and --isolated contradict each other: --isolated ignores every configuration file");
  }
  if (!commandLine_.configFile.empty()) {
    const std::string absolute = absoluteLexical(commandLine_.configFile);
    std::error_code ec;
    if (!fs::is_regular_file(absolute, ec)) throw ConfigError(commandLine_.configFile + ": no such configuration file");
    auto config = loadConfigFile(catalog_, absolute, commandLine_.configFile);
    if (!config) throw ConfigError(commandLine_.configFile + ": has no [tool.platlint] table");
    explicit_ = std::make_shared<const ProjectConfig>(std::move(*config));
  }
}

std::shared_ptr<const ProjectConfig> ConfigResolver::searchLocked(const std::string& directory) {
  if (const auto it = byDirectory_.find(directory); it != byDirectory_.end()) return it->second;
  std::shared_ptr<const ProjectConfig> found;
  std::error_code ec;
  for (const char* name : {".platlint.toml", "platlint.toml", "pyproject.toml"}) {
    const std::string candidate = (directory == "/" ? "" : directory) + "/" + name;
    if (!fs::is_regular_file(candidate, ec)) continue;
    if (auto config = loadConfigFile(catalog_, candidate, shownPath(candidate))) {
      found = std::make_shared<const ProjectConfig>(std::move(*config));
      break;
    }
  }
  if (!found && directory != "/" && !fs::exists(directory + "/.git", ec)) found = searchLocked(parentDirectory(directory));
  byDirectory_.emplace(directory, found);
  return found;
}

std::shared_ptr<const ProjectConfig> ConfigResolver::configForDirectory(const std::string& directory) {
  if (commandLine_.isolated) return nullptr;
  if (explicit_) return explicit_;
  const std::lock_guard lock(mutex_);
  return searchLocked(absoluteLexical(directory));
}

std::shared_ptr<const ProjectStyle> ConfigResolver::styleLocked(const std::string& directory) {
  if (const auto it = styles_.find(directory); it != styles_.end()) return it->second;
  auto style = std::make_shared<ProjectStyle>(styleFinder_.find(directory));
  // --isolated: no configuration file counts, the other tools' neither.
  if (commandLine_.isolated) {
    style->lineLength = ProjectStyle{}.lineLength;
    style->lineLengthSource = "default (--isolated)";
  }
  // Directories of one project share one style, and so their settings.
  for (const auto& [dir, known] : styles_) {
    if (known->lineLength == style->lineLength && known->lineLengthSource == style->lineLengthSource &&
        known->firstParty == style->firstParty && known->importsSortedByModule == style->importsSortedByModule) {
      styles_.emplace(directory, known);
      return known;
    }
  }
  styles_.emplace(directory, style);
  return style;
}

std::shared_ptr<const FileSettings> ConfigResolver::settingsLocked(const std::shared_ptr<const ProjectConfig>& config,
                                                                   const PerFileMatches& matches,
                                                                   const std::shared_ptr<const ProjectStyle>& style) {
  const auto key = std::make_tuple(config.get(), matches, style.get());
  if (const auto it = settings_.find(key); it != settings_.end()) return it->second;
  auto s = std::make_shared<FileSettings>(config ? config->fileSettings : FileSettings{});
  std::vector<SelectorLayer> layers;
  if (config) layers.push_back({config->select, config->extendSelect, config->ignore});
  layers.push_back({commandLine_.select, commandLine_.extendSelect, commandLine_.ignore});
  if (!matches.ignores.empty()) {
    SelectorLayer layer;
    for (size_t i : matches.ignores) {
      const auto& selectors = config->perFileIgnores[i].second;
      layer.ignore.insert(layer.ignore.end(), selectors.begin(), selectors.end());
    }
    layers.push_back(std::move(layer));
  }
  s->rules = RuleSelection(catalog_, layers);
  if (commandLine_.targets) s->targets = *commandLine_.targets;
  // `--target` replaces the project's targets; what a file runs on narrows whichever applies.
  for (size_t i : matches.targets) s->targets = s->targets & config->perFileTargets[i].second;
  s->applyGuards = commandLine_.applyGuards;
  if (config && config->lineLength) {
    s->lineLength = *config->lineLength;
    s->lineLengthSource = shownPath(config->path) + (config->table.empty() ? "" : " " + config->table) + " line-length";
  } else {
    s->lineLength = style->lineLength;
    s->lineLengthSource = style->lineLengthSource;
  }
  s->firstPartyModules = style->firstParty;
  s->importsSortedByModule = style->importsSortedByModule;
  std::shared_ptr<const FileSettings> result = std::move(s);
  settings_.emplace(key, result);
  return result;
}

ResolvedSettings ConfigResolver::resolve(const std::string& path) {
  const std::string absolute = absoluteLexical(path);
  std::error_code ec;
  const std::string directory = fs::is_directory(absolute, ec) ? absolute : parentDirectory(absolute);
  ResolvedSettings out;
  out.config = configForDirectory(directory);
  PerFileMatches matched;
  if (out.config) {
    const std::string relative = relativeForGlobs(absolute, *out.config);
    const auto match = [&](const auto& entries, std::vector<size_t>& indices) {
      for (size_t i = 0; i < entries.size(); ++i) {
        if (!globCovers(entries[i].first, relative)) continue;
        indices.push_back(i);
        out.perFilePatterns.push_back(entries[i].first);
      }
    };
    match(out.config->perFileIgnores, matched.ignores);
    match(out.config->perFileTargets, matched.targets);
  }
  const std::lock_guard lock(mutex_);
  out.settings = settingsLocked(out.config, matched, styleLocked(directory));
  return out;
}

bool ConfigResolver::excluded(const std::string& absolutePath) {
  std::shared_ptr<const ProjectConfig> config;
  try {
    config = configForDirectory(parentDirectory(absoluteLexical(absolutePath)));
  } catch (const ConfigError& e) {
    const std::lock_guard lock(mutex_);
    if (std::find(errors_.begin(), errors_.end(), e.what()) == errors_.end()) errors_.push_back(e.what());
    return false;
  }
  if (!config) return false;
  const std::string relative = relativeForGlobs(absoluteLexical(absolutePath), *config);
  const auto covers = [&](const std::string& glob) { return globCovers(glob, relative); };
  if (!commandLine_.excludeGiven && config->exclude && std::any_of(config->exclude->begin(), config->exclude->end(), covers)) {
    return true;
  }
  return std::any_of(config->extendExclude.begin(), config->extendExclude.end(), covers);
}

std::vector<std::string> ConfigResolver::errors() const {
  const std::lock_guard lock(mutex_);
  return errors_;
}

}  // namespace platlint
