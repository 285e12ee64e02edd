#include "analyzer/workspace/config_file.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

#include "analyzer/lint/rule_selection.h"

namespace platlint {
namespace {

// Reads one table of settings, naming each key as the user wrote it (`tool.platlint.select`).
class SettingsReader {
 public:
  SettingsReader(const RuleCatalog& catalog, std::string shownPath, std::string prefix)
      : catalog_(catalog), file_(std::move(shownPath)), prefix_(std::move(prefix)) {}

  [[noreturn]] void fail(const toml::source_region& where, std::string_view key, const std::string& message) const {
    std::string text = file_;
    if (where.begin.line > 0) text += ":" + std::to_string(where.begin.line);
    text += ": `" + prefix_ + std::string(key) + "`: " + message;
    throw ConfigError(text);
  }

  void read(const toml::table& table, ProjectConfig& out) const {
    for (auto&& [k, node] : table) {
      const std::string key(k.str());
      const toml::source_region& where = node.source();
      if (key == "target") {
        out.target = targets(node, key);
      } else if (key == "select") {
        out.select = selectors(node, key);
      } else if (key == "extend-select") {
        out.extendSelect = selectors(node, key);
      } else if (key == "ignore") {
        out.ignore = selectors(node, key);
      } else if (key == "per-file-ignores") {
        for (auto&& [glob, value] : table_(node, key)) {
          const std::string sub = key + "." + quotedKey(glob.str());
          if (glob.str().empty()) fail(value.source(), sub, "the file pattern is empty");
          out.perFileIgnores.emplace_back(std::string(glob.str()), selectors(value, sub));
        }
      } else if (key == "exclude") {
        out.exclude = strings(node, key);
      } else if (key == "extend-exclude") {
        out.extendExclude = strings(node, key);
      } else if (key == "severity") {
        for (auto&& [selector, value] : table_(node, key)) {
          const std::string sub = key + "." + quotedKey(selector.str());
          checkSelector(value.source(), sub, std::string(selector.str()));
          out.severity.emplace_back(std::string(selector.str()), level(value, sub));
        }
      } else if (key == "command-wrappers") {
        for (const auto& [pattern, line] : stringsWithLines(node, key)) {
          if (!isWrapperPattern(pattern)) {
            fail(line, key, "'" + pattern + "' is not a dotted function name (such as `nova.privsep.utils.execute`; "
                            "`*` stands for any number of components, as in `*.utils.execute`)");
          }
          out.commandWrappers.push_back(pattern);
        }
      } else if (key == "linux-only-paths") {
        for (auto& [path, advice, line] : namedEntries(node, key)) {
          if (path.size() < 2 || path.front() != '/' || path.find_first_of(" \t\n") != std::string::npos) {
            fail(line, key, "'" + path + "' is not an absolute POSIX path such as `/var/lib/libvirt`");
          }
          while (path.size() > 1 && path.back() == '/') path.pop_back();
          out.linuxOnlyPaths.push_back({path, advice});
        }
      } else if (key == "environment-switches") {
        for (auto& [name, effect, line] : namedEntries(node, key)) {
          if (!isVariableName(name)) {
            fail(line, key, "'" + name + "' is not an environment variable name (letters, digits and `_`, "
                            "optionally ending in `*` for a prefix)");
          }
          out.environmentSwitches.push_back({name, effect});
        }
      } else if (key == "tool" && prefix_.empty()) {
        fail(where, key, "platlint.toml holds its settings at the top level; `[tool.platlint]` belongs in pyproject.toml");
      } else {
        fail(where, key, "unknown setting" + suggestion(key));
      }
    }
  }

 private:
  static std::string quotedKey(std::string_view key) {
    const bool bare = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    });
    return bare ? std::string(key) : "\"" + std::string(key) + "\"";
  }

  static std::string suggestion(const std::string& key) {
    static constexpr std::string_view kKnown[] = {
        "target", "select", "extend-select", "ignore", "per-file-ignores", "exclude", "extend-exclude",
        "severity", "command-wrappers", "linux-only-paths", "environment-switches"};
    std::string normalized = key;
    std::replace(normalized.begin(), normalized.end(), '_', '-');
    for (std::string_view k : kKnown) {
      if (normalized == k || normalized + "s" == k || normalized == std::string(k) + "s") {
        return " (did you mean `" + std::string(k) + "`?)";
      }
    }
    std::string list;
    for (std::string_view k : kKnown) list += (list.empty() ? "" : ", ") + std::string(k);
    return "; platlint knows " + list;
  }

  const toml::table& table_(const toml::node& node, std::string_view key) const {
    if (const toml::table* t = node.as_table()) return *t;
    fail(node.source(), key, "expected a table");
  }

  std::vector<std::pair<std::string, toml::source_region>> stringsWithLines(const toml::node& node,
                                                                            std::string_view key) const {
    const toml::array* array = node.as_array();
    if (!array) fail(node.source(), key, "expected an array of strings, such as [\"a\", \"b\"]");
    std::vector<std::pair<std::string, toml::source_region>> out;
    for (const toml::node& item : *array) {
      const auto value = item.value<std::string>();
      if (!item.is_string() || !value) fail(item.source(), key, "expected a string, found " + typeName(item));
      out.emplace_back(*value, item.source());
    }
    return out;
  }

  std::vector<std::string> strings(const toml::node& node, std::string_view key) const {
    std::vector<std::string> out;
    for (auto& [value, line] : stringsWithLines(node, key)) out.push_back(std::move(value));
    return out;
  }

  void checkSelector(const toml::source_region& where, std::string_view key, const std::string& selector) const {
    try {
      validateSelector(catalog_, selector);
    } catch (const std::invalid_argument& e) {
      fail(where, key, e.what());
    }
  }

  std::vector<std::string> selectors(const toml::node& node, std::string_view key) const {
    std::vector<std::string> out;
    for (auto& [value, where] : stringsWithLines(node, key)) {
      checkSelector(where, key, value);
      out.push_back(std::move(value));
    }
    return out;
  }

  PlatformSet targets(const toml::node& node, std::string_view key) const {
    std::vector<std::pair<std::string, toml::source_region>> names;
    if (node.is_string()) {
      names.emplace_back(*node.value<std::string>(), node.source());
    } else {
      names = stringsWithLines(node, key);
    }
    if (names.empty()) fail(node.source(), key, "names no platform (expected linux, macos, windows or all)");
    PlatformSet set;
    for (const auto& [name, where] : names) {
      const auto p = platformNamed(name);
      if (!p) fail(where, key, "unknown platform '" + name + "' (expected linux, macos, windows or all)");
      set = set | *p;
    }
    return set;
  }

  Level level(const toml::node& node, std::string_view key) const {
    const auto value = node.value<std::string>();
    if (node.is_string() && value) {
      if (*value == "error") return Level::Error;
      if (*value == "warning") return Level::Warning;
      if (*value == "note") return Level::Note;
      fail(node.source(), key, "unknown level '" + *value + "' (expected \"error\", \"warning\" or \"note\")");
    }
    fail(node.source(), key, "expected a level, \"error\", \"warning\" or \"note\", found " + typeName(node));
  }

  struct NamedEntry {
    std::string name;
    std::string text;
    toml::source_region where;
  };

  // An array of names, or a table of name = "explanation".
  std::vector<NamedEntry> namedEntries(const toml::node& node, std::string_view key) const {
    std::vector<NamedEntry> out;
    if (const toml::table* t = node.as_table()) {
      for (auto&& [name, value] : *t) {
        const auto text = value.value<std::string>();
        if (!value.is_string() || !text) {
          fail(value.source(), std::string(key) + "." + quotedKey(name.str()),
               "expected a string that explains it, found " + typeName(value));
        }
        out.push_back({std::string(name.str()), *text, value.source()});
      }
      return out;
    }
    if (!node.is_array()) {
      fail(node.source(), key, "expected an array of strings, or a table of name = \"explanation\"");
    }
    for (auto& [value, where] : stringsWithLines(node, key)) out.push_back({std::move(value), {}, where});
    return out;
  }

  static bool isIdentifier(std::string_view s) {
    return !s.empty() && !std::isdigit(static_cast<unsigned char>(s.front())) &&
           std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
  }

  static bool isWrapperPattern(std::string_view pattern) {
    if (pattern.empty()) return false;
    bool named = false;
    for (size_t start = 0;;) {
      const size_t dot = pattern.find('.', start);
      const std::string_view part = pattern.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
      if (part != "*" && !isIdentifier(part)) return false;
      named = named || part != "*";
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    return named;
  }

  static bool isVariableName(std::string_view name) {
    if (name.ends_with('*')) name.remove_suffix(1);
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
  }

  static std::string typeName(const toml::node& node) {
    switch (node.type()) {
      case toml::node_type::table: return "a table";
      case toml::node_type::array: return "an array";
      case toml::node_type::string: return "a string";
      case toml::node_type::integer: return "an integer";
      case toml::node_type::floating_point: return "a number";
      case toml::node_type::boolean: return "a boolean";
      default: return "a date or time";
    }
  }

  const RuleCatalog& catalog_;
  std::string file_;
  std::string prefix_;
};

}  // namespace

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
