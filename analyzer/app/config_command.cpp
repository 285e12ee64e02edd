#include "analyzer/app/config_command.h"

#include <filesystem>
#include <iostream>
#include <sstream>

#include "analyzer/workspace/config_resolver.h"
#include "analyzer/workspace/settings_table.h"

namespace platlint {
namespace {

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

  const ShownSettings shown{c, s, resolved.perFilePatterns, path};
  for (const SettingDescriptor& setting : settingDescriptors()) out << setting.show(shown);

  std::vector<std::string> enabled, disabled;
  for (const RuleMeta* r : s.rules.catalog().rules()) (s.rules.enabled(*r) ? enabled : disabled).emplace_back(r->id);
  out << "\n# Resolved for " << path << ":\n";
  out << "# enabled rules (" << enabled.size() << "): " << tomlList(enabled) << '\n';
  out << "# disabled rules (" << disabled.size() << "): " << tomlList(disabled) << '\n';
  std::string levels;
  for (const RuleMeta* r : s.rules.catalog().rules()) {
    if (s.rules.enabled(*r) && s.levelOf(*r) != r->level) {
      levels += (levels.empty() ? "" : ", ") + std::string(r->id) + " = " + levelName(s.levelOf(*r));
    }
  }
  out << "# levels changed from the rules' defaults: " << (levels.empty() ? "none" : levels) << '\n';
  out << "# platform guards: " << (s.applyGuards ? "applied" : "ignored (--ignore-guards)") << '\n';
  out << "# settings fingerprint: " << settingsFingerprint(s) << '\n';
}

}  // namespace

int runConfigShow(const RuleCatalog& catalog, const ConfigShowOptions& options) {
  if (options.reference) {
    std::cout << settingsReference();
    return 0;
  }
  if (!options.show) {
    std::cerr << "platlint: error: `platlint config` needs --show (platlint config --show [PATH]) or --reference\n";
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
