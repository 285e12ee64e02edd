#pragma once
// Every key a configuration file may hold, declared once. The table drives reading a file
// (config_file.cpp dispatches each key to its descriptor), the suggestion for a misspelt key,
// `platlint config --show`, the cache fingerprint of a file's settings, and the settings
// reference in docs/configuration.md (`platlint config --reference`, kept equal by a test).
//
// Adding a setting: its field in FileSettings (analyzer/lint/file_settings.h), its descriptor in
// settings_table.cpp, and the code that uses it.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzer/lint/file_settings.h"
#include "analyzer/workspace/config_file.h"

namespace platlint {

class SettingsReader;
struct TomlValue;  // settings_reader.h: a value in the file, with its position

// What `config --show` knows about the file it describes.
struct ShownSettings {
  const ProjectConfig* config;  // null: no configuration file
  const FileSettings& settings;  // the file's effective settings
  const std::vector<std::string>& matchedPerFilePatterns;  // the per-file-* globs that match it
  const std::string& path;
};

struct SettingDescriptor {
  std::string_view key;      // as written in the file: "command-wrappers"
  std::string_view type;     // for the reference: "list of dotted function names"
  std::string_view defaultValue;  // for the reference: "none"
  std::string_view summary;  // for the reference (Markdown): what it does
  std::string_view example;  // for the reference: TOML, as under [tool.platlint]
  // Reads the value of `key` into `out` (the per-file keys into out.fileSettings).
  void (*read)(const SettingsReader& reader, std::string_view key, const TomlValue& value, ProjectConfig& out);
  // What `config --show` prints for it: TOML, empty for nothing. A value printed as a table
  // (`[severity]`) starts with a blank line; the others come first.
  std::string (*show)(const ShownSettings& shown);
  // Its part of the cache fingerprint, under `fingerprintKey`: a canonical rendering of the value
  // in FileSettings (sorted where order does not matter). Null for keys that act through the
  // resolved rule selection or discovery, which the fingerprint covers as a whole.
  std::string_view fingerprintKey;
  nlohmann::ordered_json (*fingerprint)(const FileSettings& settings);
};

std::span<const SettingDescriptor> settingDescriptors();
const SettingDescriptor* findSetting(std::string_view key);

// " (did you mean `x`?)" for a key that is a known one misspelt, else "; platlint knows ...".
std::string unknownSettingHint(const std::string& key);

// A stable serialisation of everything in `settings` that can change a file's result, for keying
// cached results: equal fingerprints give equal results for equal bytes. Independent of how the
// configuration was spelt (it lists the enabled rules, not the selectors) and of where it came from.
std::string settingsFingerprint(const FileSettings& settings);

// The settings reference (Markdown) generated into docs/configuration.md.
std::string settingsReference();

// TOML as `config --show` prints it: a basic string (its escapes are JSON's for everything we
// print), and a list of them.
std::string tomlString(std::string_view s);
std::string tomlList(const std::vector<std::string>& items);

}  // namespace platlint
