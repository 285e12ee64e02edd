#pragma once
// Stable identities for findings, computed from the file's bytes right after analysis (a pure
// function of the bytes, so it can run on any thread and its results can be cached with the
// FileResult). A finding keeps its identity when lines are inserted above it or its indentation
// changes: the identity is rule + file + the content of its first line + which of the equal
// (rule, line content) findings in the file it is.
#include <string>
#include <string_view>

#include "analyzer/lint/diagnostic.h"

namespace platlint {

// Fills Diagnostic::lineHash, ::lineOccurrence and ::githubLineHash for every finding of `file`.
// `bytes` are the file's contents the findings were computed from.
void fingerprintFindings(FileResult& file, std::string_view bytes);

// xxh64 (16 hex digits) of a source line with all whitespace removed, so re-indenting or
// reformatting spaces keeps the hash.
std::string normalizedLineHash(std::string_view line);

// The SARIF `fingerprints["platlint/v1"]` value: rule id, path, line hash and occurrence.
std::string findingFingerprint(const Diagnostic& d, std::string_view path);

}  // namespace platlint
