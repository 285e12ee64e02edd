#pragma once
// A unified diff of two texts (`platlint check --diff`), as `diff -u` / `git diff` print it:
// `--- a/PATH`, `+++ b/PATH`, hunks with three lines of context. Lines end at '\n' (a '\r'
// before it is part of the line, so CRLF files diff as CRLF); Myers' O((N+M)D) algorithm.
#include <string>
#include <string_view>

namespace platlint {

// Empty when the texts are equal.
std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view path, int context = 3);

}  // namespace platlint
