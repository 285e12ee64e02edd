#pragma once
// A FileResult as bytes and back, for results kept on disk: the result cache's entries and a run's
// spilled results (file_results.h). A compact binary form, read field by field with every length
// and value checked, so that damaged bytes decode to nothing rather than to a wrong result.
#include <optional>
#include <string>
#include <string_view>

#include "analyzer/lint/diagnostic.h"

namespace platlint {

class RuleCatalog;

// Everything but the path, which `withPath` adds (a cached result depends on content, not on where
// it lives; a spilled one is a file's).
std::string encodeResultBody(const FileResult& result, bool withPath);
// Findings name their rules by id, looked up in `catalog`; nullopt for an unknown rule, a value out
// of range, or bytes left over or missing.
std::optional<FileResult> decodeResultBody(std::string_view bytes, const RuleCatalog& catalog, bool withPath);

}  // namespace platlint
