#pragma once
// Reads the values of one table of settings (toml++), naming each key as the user wrote it
// (`tool.platlint.select`) in its errors. The table of settings (settings_table.h) says which key
// takes which reader; only workspace/ sources include this header.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "analyzer/lint/rule_selection.h"
#include "analyzer/workspace/config_file.h"

namespace platlint {

struct TomlValue {
  const toml::node& node;
};

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

  // "pyproject.toml:12": where a value was written, for messages after the file was read.
  std::string origin(const toml::source_region& where) const {
    return where.begin.line > 0 ? file_ + ":" + std::to_string(where.begin.line) : file_;
  }

  // Every key of `table` into `out`, through the table of settings (settings_table.cpp).
  void read(const toml::table& table, ProjectConfig& out) const;

  // The value readers the settings use.
  static std::string quotedKey(std::string_view key) {
    const bool bare = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    });
    return bare ? std::string(key) : "\"" + std::string(key) + "\"";
  }

  const toml::table& table(const toml::node& node, std::string_view key) const {
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


 private:
  const RuleCatalog& catalog_;
  std::string file_;
  std::string prefix_;
};


}  // namespace platlint
