#pragma once
// Findings as LSP diagnostics: range in the negotiated position encoding, severity from the level,
// `code` the rule id with `codeDescription.href` its documentation page (SARIF's helpUri), `source`
// "platlint", the message with the platforms it breaks on (also `data.platforms`), and the related
// places of a folded root cause as `relatedInformation`. Suppressed findings are left out.
#include <nlohmann/json.hpp>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/server/text_document.h"

namespace platlint {

nlohmann::json lspRange(const TextDocument& document, uint32_t startByte, uint32_t endByte, PositionEncoding encoding);

// One diagnostic; `path` is the document's file, to which related places without a path belong.
nlohmann::json lspDiagnostic(const Diagnostic& finding, const TextDocument& document, PositionEncoding encoding);

// Every unsuppressed finding of `result`, and its notices that are not findings (the file could not
// be decoded, took too long, an internal error) as diagnostics on their line.
nlohmann::json lspDiagnostics(const FileResult& result, const TextDocument& document, PositionEncoding encoding);

// Whether an LSP range [start, end] touches [startByte, endByte) of the document (an empty range,
// the cursor, touches what it sits in or at the end of).
bool touches(const TextDocument& document, const nlohmann::json& range, PositionEncoding encoding, uint32_t startByte,
             uint32_t endByte);

LspPosition lspPositionFromJson(const nlohmann::json& position);

}  // namespace platlint
