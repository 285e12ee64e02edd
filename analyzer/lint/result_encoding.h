#pragma once
// A FileResult as bytes and back, for results kept on disk: the result cache's entries and a run's
// spilled results (file_results.h). A compact binary form, read field by field with every length
// and value checked, so that damaged bytes decode to nothing rather than to a wrong result.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "analyzer/lint/diagnostic.h"

namespace platlint {

class RuleCatalog;

// Where a result's facts lie in its bytes: from their count to the end of the last.
struct FactsPlace {
  size_t begin = 0;
  size_t end = 0;
};

// Everything but the path, which `withPath` adds (a cached result depends on content, not on where
// it lives; a spilled one is a file's).
std::string encodeResultBody(const FileResult& result, bool withPath);
// Findings name their rules by id, looked up in `catalog`; nullopt for an unknown rule, a value out
// of range, or bytes left over or missing. `facts`, when given, is set to where the facts lie.
std::optional<FileResult> decodeResultBody(std::string_view bytes, const RuleCatalog& catalog, bool withPath,
                                           FactsPlace* facts = nullptr);
// A spilled result (file_results.h) made of a cache entry's bytes: `body` (encoded without its
// path, its facts at `facts`) with `path` and without facts, which a run keeps apart for the
// project checks. The bytes encodeResultBody(result, true) gives that result, spliced from the
// entry's rather than encoded again.
std::string spilledFromEntry(std::string_view body, const FactsPlace& facts, std::string_view path);

}  // namespace platlint
