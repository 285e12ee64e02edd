#pragma once
// textDocument/codeAction for the findings of one buffer:
//   - a `quickfix` per fixable finding in the range (its fix as placed for an editor: the imports
//     it needs, then its edits), titled with the fix's description and whether it is safe;
//   - `source.fixAll.platlint`: every safe fix, as `check --fix` applies them (the caller runs the
//     fixer and passes the fixed text);
//   - a `quickfix` "Suppress PORTxxx on this line" that writes `# noqa: PORTxxx`, or adds the id to
//     the line's `# noqa:` list or `# platlint: ignore[...]` directive (analyzer/lint/suppressions.h).
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/server/text_document.h"

namespace platlint {

inline constexpr const char* kFixAllKind = "source.fixAll.platlint";

// The quick fixes and suppressions for the unsuppressed findings that touch `range`.
nlohmann::json quickFixActions(const FileResult& result, const TextDocument& document, const nlohmann::json& range,
                               PositionEncoding encoding);

// The fix-all action turning the document into `fixedText` (one edit over the lines that differ);
// nullopt when nothing changes.
std::optional<nlohmann::json> fixAllAction(const TextDocument& document, const std::string& fixedText,
                                           PositionEncoding encoding);

// Whether the client's `context.only` (absent: every kind) asks for actions of `kind`: a listed kind
// covers itself and its sub-kinds ("source" covers "source.fixAll.platlint").
bool kindRequested(const nlohmann::json& context, std::string_view kind);

}  // namespace platlint
