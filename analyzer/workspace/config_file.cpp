#include "analyzer/workspace/config_file.h"

#include <fstream>
#include <sstream>

#include <toml++/toml.h>

#include "analyzer/workspace/settings_reader.h"

namespace platlint {

std::optional<PlatformSet> platformNamed(std::string_view n) {
  if (n == "linux") return PlatformSet(Platform::Linux);
  if (n == "macos" || n == "darwin") return PlatformSet(Platform::MacOS);
  if (n == "windows" || n == "win32") return PlatformSet(Platform::Windows);
  if (n == "all") return PlatformSet::all();
  return std::nullopt;
}

std::optional<ProjectConfig> parseConfigText(const RuleCatalog& catalog, const std::string& text,
                                             const std::string& shownPath, bool isPyproject) {
  toml::table document;
  try {
    document = toml::parse(text, shownPath);
  } catch (const toml::parse_error& e) {
    std::string message = shownPath;
    if (e.source().begin.line > 0) message += ":" + std::to_string(e.source().begin.line);
    throw ConfigError(message + ": invalid TOML: " + std::string(e.description()));
  }
  ProjectConfig config;
  if (isPyproject) {
    const toml::node* tool = document.get("tool");
    const toml::table* toolTable = tool ? tool->as_table() : nullptr;
    const toml::node* section = toolTable ? toolTable->get("platlint") : nullptr;
    if (!section) return std::nullopt;
    const toml::table* settings = section->as_table();
    if (!settings) {
      throw ConfigError(shownPath + ":" + std::to_string(section->source().begin.line) +
                        ": `tool.platlint`: expected a table ([tool.platlint])");
    }
    config.table = "[tool.platlint]";
    SettingsReader(catalog, shownPath, "tool.platlint.").read(*settings, config);
  } else {
    SettingsReader(catalog, shownPath, "").read(document, config);
  }
  return config;
}

std::optional<ProjectConfig> loadConfigFile(const RuleCatalog& catalog, const std::string& file,
                                            const std::string& shownPath) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  if (!in || in.bad()) throw ConfigError(shownPath + ": cannot read the configuration file");
  const std::string name = file.substr(file.find_last_of('/') + 1);
  std::optional<ProjectConfig> config = parseConfigText(catalog, std::move(bytes).str(), shownPath, name == "pyproject.toml");
  if (config) {
    config->path = file;
    config->directory = file.find('/') == std::string::npos ? "." : file.substr(0, file.find_last_of('/'));
    if (config->directory.empty()) config->directory = "/";
  }
  return config;
}

}  // namespace platlint
