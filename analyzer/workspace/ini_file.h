#pragma once
// A small reader of the INI files other tools keep their settings in (setup.cfg, tox.ini,
// .flake8, .isort.cfg), as Python's configparser reads them: `[section]`, `key = value` or
// `key: value`, comments starting with `#` or `;`, indented lines continuing a value. Keys are
// lower case with `_` read as `-` (flake8 accepts both spellings). Nothing here is validated:
// these files belong to other tools.
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace platlint {

struct IniFile {
  std::map<std::string, std::map<std::string, std::string>> sections;

  bool has(const std::string& section) const { return sections.count(section) != 0; }
  // The value of `key` in `section` (key spelt with `-`), or null.
  const std::string* value(const std::string& section, const std::string& key) const;
};

IniFile parseIni(std::string_view text);
// nullopt when the file cannot be read.
std::optional<IniFile> readIniFile(const std::string& path);

}  // namespace platlint
