#pragma once
// `platlint merge-sarif OUT IN...`: joins the SARIF logs of `platlint check --shard K/N` runs into
// one log with one run, as if one platlint had analysed every shard's files: rules de-duplicated
// (by id), results re-indexed to the merged rule list and sorted by location, each shard's
// invocation kept (SARIF allows several per run) so every notification survives.
#include <string>
#include <vector>

namespace platlint {

// The merged log. Throws std::runtime_error naming the input and the problem when an input is not
// a platlint SARIF 2.1.0 log, or the inputs come from different platlint versions.
std::string mergeSarifLogs(const std::vector<std::string>& inputPaths);

}  // namespace platlint
