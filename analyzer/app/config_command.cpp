#include "analyzer/app/config_command.h"

#include <filesystem>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "analyzer/workspace/config_resolver.h"

namespace platlint {
namespace {

// A TOML basic string (its escapes are JSON's for everything we print).
std::string tomlString(std::string_view s) { return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

template <typename Range>
std::string list(const Range& items) {
  std::string out = "[";
  for (const auto& item : items) out += (out.size() > 1 ? ", " : "") + tomlString(item);
  return out + "]";
}

std::string platforms(PlatformSet set) {
  std::vector<std::string> names;
  for (Platform p : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
    if (set.contains(p)) names.emplace_back(platformName(p));
  }
  return list(names);
}

void print(std::ostream& out, const ResolvedSettings& resolved, const std::string& path, const ConfigShowOptions& options) {
  const FileSettings& s = *resolved.settings;
  const ProjectConfig* c = resolved.config.get();
  out << "# Effective platlint configuration for " << path << '\n';
  if (c) {
    out << "# from " << shownPath(c->path) << (c->table.empty() ? "" : " " + c->table)
        << (options.configPath.empty() ? "" : " (--config)") << '\n';
  } else {
    out << "# from no configuration file" << (options.isolated ? " (--isolated)" : "") << ": built-in defaults\n";
  }
  out << "# options given to `platlint check` (--select, --ignore, --target, ...) override these\n\n";

  out << "target = " << platforms(s.targets) << '\n';
  if (c) {
    if (c->select) out << "select = " << list(*c->select) << '\n';
    if (!c->extendSelect.empty()) out << "extend-select = " << list(c->extendSelect) << '\n';
    if (!c->ignore.empty()) out << "ignore = " << list(c->ignore) << '\n';
    if (c->exclude) out << "exclude = " << list(*c->exclude) << '\n';
    if (!c->extendExclude.empty()) out << "extend-exclude = " << list(c->extendExclude) << '\n';
  }
  out << "command-wrappers = " << list(s.commandWrappers) << "  # in addition to the built-in ones\n";
  if (!s.linuxOnlyPaths.empty()) {
    out << "\n[linux-only-paths]\n";
    for (const ConfiguredPath& p : s.linuxOnlyPaths) out << tomlString(p.prefix) << " = " << tomlString(p.advice) << '\n';
  }
  if (!s.environmentSwitches.empty()) {
    out << "\n[environment-switches]\n";
    for (const ConfiguredVariable& v : s.environmentSwitches) out << tomlString(v.name) << " = " << tomlString(v.effect) << '\n';
  }
  if (c && !c->perFileIgnores.empty()) {
    out << "\n[per-file-ignores]  # patterns marked * match " << path << '\n';
    for (const auto& [glob, selectors] : c->perFileIgnores) {
      bool matched = false;
      for (const std::string& p : resolved.perFileIgnorePatterns) matched = matched || p == glob;
      out << tomlString(glob) << " = " << list(selectors) << (matched ? "  # *" : "") << '\n';
    }
  }
  if (!s.severity.empty()) {
    out << "\n[severity]\n";
    for (const auto& [selector, level] : s.severity) out << selector << " = " << tomlString(levelName(level)) << '\n';
  }

  std::vector<std::string> enabled, disabled;
  for (const RuleMeta* r : s.rules.catalog().rules()) (s.rules.enabled(*r) ? enabled : disabled).emplace_back(r->id);
  out << "\n# Resolved for " << path << ":\n";
  out << "# enabled rules (" << enabled.size() << "): " << list(enabled) << '\n';
  out << "# disabled rules (" << disabled.size() << "): " << list(disabled) << '\n';
  std::string levels;
  for (const RuleMeta* r : s.rules.catalog().rules()) {
    if (s.rules.enabled(*r) && s.levelOf(*r) != r->level) {
      levels += (levels.empty() ? "" : ", ") + std::string(r->id) + " = " + levelName(s.levelOf(*r));
    }
  }
  out << "# levels changed from the rules' defaults: " << (levels.empty() ? "none" : levels) << '\n';
  out << "# platform guards: " << (s.applyGuards ? "applied" : "ignored (--ignore-guards)") << '\n';
  out << "# settings fingerprint: " << s.fingerprint() << '\n';
}

}  // namespace

int runConfigShow(const RuleCatalog& catalog, const ConfigShowOptions& options) {
  if (!options.show) {
    std::cerr << "platlint: error: `platlint config` needs --show (platlint config --show [PATH])\n";
    return 2;
  }
  std::error_code ec;
  if (!std::filesystem::exists(options.path, ec)) {
    std::cerr << "platlint: error: " << options.path << ": no such file or directory\n";
    return 2;
  }
  try {
    CommandLineSettings cli;
    cli.configFile = options.configPath;
    cli.isolated = options.isolated;
    ConfigResolver resolver(catalog, cli);
    const ResolvedSettings resolved = resolver.resolve(options.path);
    std::ostringstream text;
    print(text, resolved, options.path, options);
    std::cout << text.str();
  } catch (const ConfigError& e) {
    std::cerr << "platlint: error: " << e.what() << '\n';
    return 2;
  }
  return 0;
}

}  // namespace platlint
