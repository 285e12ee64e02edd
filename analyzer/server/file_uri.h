#pragma once
// `file://` URIs (RFC 8089, percent-encoded as VS Code and Neovim write them) and file paths.
#include <optional>
#include <string>

namespace platlint {

// "/home/a b/x.py" for "file:///home/a%20b/x.py"; nullopt for another scheme (untitled:, ...).
std::optional<std::string> pathFromFileUri(const std::string& uri);
// "file:///home/a%20b/x.py" for "/home/a b/x.py" (an absolute path).
std::string fileUriFromPath(const std::string& path);

}  // namespace platlint
