#include "analyzer/workspace/ini_file.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace platlint {
namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string normalizedKey(std::string_view key) {
  std::string out;
  for (char c : trimmed(key)) out += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

const std::string* IniFile::value(const std::string& section, const std::string& key) const {
  const auto s = sections.find(section);
  if (s == sections.end()) return nullptr;
  const auto v = s->second.find(key);
  return v == s->second.end() ? nullptr : &v->second;
}

IniFile parseIni(std::string_view text) {
  IniFile ini;
  std::map<std::string, std::string>* section = nullptr;
  std::string* lastValue = nullptr;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(pos, end - pos);
    pos = end + 1;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    const std::string_view line = trimmed(raw);
    if (line.empty() || line.front() == '#' || line.front() == ';') continue;
    const bool indented = std::isspace(static_cast<unsigned char>(raw.front()));
    if (indented && lastValue) {
      *lastValue += "\n" + std::string(line);
      continue;
    }
    if (line.front() == '[' && line.back() == ']') {
      section = &ini.sections[std::string(trimmed(line.substr(1, line.size() - 2)))];
      lastValue = nullptr;
      continue;
    }
    const size_t separator = line.find_first_of("=:");
    if (!section || separator == std::string_view::npos) {
      lastValue = nullptr;
      continue;
    }
    std::string_view value = trimmed(line.substr(separator + 1));
    // An inline comment, as flake8 writes them (`max-line-length = 79  # hacking`).
    if (const size_t hash = value.find(" #"); hash != std::string_view::npos) value = trimmed(value.substr(0, hash));
    lastValue = &((*section)[normalizedKey(line.substr(0, separator))] = std::string(value));
  }
  return ini;
}

std::optional<IniFile> readIniFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return parseIni(bytes.str());
}

}  // namespace platlint
