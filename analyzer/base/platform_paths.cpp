#include "analyzer/base/platform_paths.h"

#include <algorithm>
#include <string>

namespace platlint {
namespace {

std::optional<PathPlatform> platformOfWord(std::string_view word) {
  std::string w(word);
  for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (w == "linux") return PathPlatform{"linux", PlatformSet(Platform::Linux)};
  if (w == "windows" || w == "win32") return PathPlatform{"windows", PlatformSet(Platform::Windows)};
  if (w == "osx" || w == "darwin" || w == "macos") return PathPlatform{"macos", PlatformSet(Platform::MacOS)};
  for (std::string_view other : {"bsd", "freebsd", "netbsd", "openbsd", "sunos", "solaris", "aix"}) {
    if (w == other) return PathPlatform{other, PlatformSet::none()};
  }
  return std::nullopt;
}

}  // namespace

std::optional<PathPlatform> platformNamedByPath(std::string_view path) {
  std::optional<PathPlatform> found;
  bool conflicting = false;
  const auto consider = [&](std::string_view word) {
    const auto p = platformOfWord(word);
    if (!p) return;
    if (found && found->platforms != p->platforms) conflicting = true;
    if (!found) found = p;
  };
  const size_t lastSlash = path.rfind('/');
  const std::string_view directories = lastSlash == std::string_view::npos ? std::string_view() : path.substr(0, lastSlash);
  std::string_view name = lastSlash == std::string_view::npos ? path : path.substr(lastSlash + 1);
  name = name.substr(0, name.rfind('.'));
  for (size_t start = 0; start < directories.size();) {
    const size_t end = std::min(directories.find('/', start), directories.size());
    consider(directories.substr(start, end - start));
    start = end + 1;
  }
  for (size_t start = 0; start <= name.size();) {
    size_t end = name.find_first_of("_-.", start);
    if (end == std::string_view::npos) end = name.size();
    consider(name.substr(start, end - start));
    start = end + 1;
  }
  if (conflicting) return std::nullopt;
  return found;
}

std::optional<PlatformSet> platformsNamedByPath(std::string_view path) {
  const auto named = platformNamedByPath(path);
  if (!named) return std::nullopt;
  return named->platforms;
}

}  // namespace platlint
