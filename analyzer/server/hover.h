#pragma once
// textDocument/hover over a finding: its message and the rule's documentation (`platlint rule`'s
// Markdown), for every unsuppressed finding under the position.
#include <optional>

#include <nlohmann/json.hpp>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/server/text_document.h"

namespace platlint {

std::optional<nlohmann::json> hoverAt(const FileResult& result, const TextDocument& document, LspPosition position,
                                      PositionEncoding encoding);

}  // namespace platlint
