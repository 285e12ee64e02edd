#pragma once
// The shell-words lexer of the PORT5xx matcher: what a POSIX shell would make of a command line.
#include <string>
#include <string_view>
#include <vector>

namespace platlint {

// Splits a shell command line into words, the way a POSIX shell would for simple commands:
// whitespace separates, quotes group and are removed. Control operators (`|`, `||`, `&&`, `;`, `&`,
// newline) end a segment. When `complete` is false the last, possibly truncated word is dropped.
std::vector<std::vector<std::string>> shellSegments(std::string_view commandLine, bool complete);

}  // namespace platlint
