#include "analyzer/server/code_actions.h"

#include <algorithm>
#include <regex>

#include "analyzer/lint/rule.h"
#include "analyzer/server/lsp_diagnostics.h"

namespace platlint {
namespace {

nlohmann::json textEdit(const TextDocument& document, uint32_t startByte, uint32_t endByte, std::string text,
                        PositionEncoding encoding) {
  return {{"range", lspRange(document, startByte, endByte, encoding)}, {"newText", std::move(text)}};
}

// `edits` is an array: a one-element braced list (`{edit}`) is the element itself for clang and
// an array for g++, so callers build it with json::array().
nlohmann::json workspaceEdit(const TextDocument& document, nlohmann::json edits) {
  return {{"changes", {{document.uri(), std::move(edits)}}}};
}

std::optional<nlohmann::json> fixAction(const Diagnostic& finding, const TextDocument& document,
                                        PositionEncoding encoding) {
  if (!finding.fix || !finding.fix->placed) return std::nullopt;
  const Fix& fix = *finding.fix;
  nlohmann::json edits = nlohmann::json::array();
  for (const PlacedEdit& e : *fix.placed) edits.push_back(textEdit(document, e.range.startByte, e.range.endByte, e.content, encoding));
  const bool safe = fix.safety == FixSafety::Safe;
  return nlohmann::json{{"title", fix.description + (safe ? " (safe fix)" : " (unsafe fix: review the change)")},
                        {"kind", "quickfix"},
                        {"diagnostics", nlohmann::json::array({lspDiagnostic(finding, document, encoding)})},
                        {"isPreferred", safe},
                        {"edit", workspaceEdit(document, std::move(edits))}};
}

// Where the line that starts at `lineStart` ends, before its line break.
uint32_t lineEnd(const std::string& text, uint32_t lineStart) {
  size_t end = text.find_first_of("\r\n", lineStart);
  return static_cast<uint32_t>(end == std::string::npos ? text.size() : end);
}

// The edit that makes the line of `finding` suppress its rule: into the line's directive when it
// has one that can take another id, else a new `# noqa:` comment at the end of the line.
std::optional<nlohmann::json> suppressionEdit(const Diagnostic& finding, const FileResult& result,
                                              const TextDocument& document, PositionEncoding encoding) {
  const std::string id(finding.rule->id);
  const std::string& text = document.text();
  const uint32_t line = finding.range.start.line;
  for (const SuppressionDirective& d : result.suppressions.directives) {
    if (d.scope != SuppressionDirective::Scope::Line || d.line != line) continue;
    const std::string written = text.substr(d.range.startByte, d.range.endByte - d.range.startByte);
    // `# noqa: PORT101, E501` with nothing after its codes: the id goes at its end.
    static const std::regex noqaList(R"(#\s*[nN][oO][qQ][aA]\s*:[\sA-Z0-9,]*[A-Z0-9])");
    if (std::regex_match(written, noqaList)) return textEdit(document, d.range.endByte, d.range.endByte, ", " + id, encoding);
    // `# platlint: ignore[PORT101] -- reason`: the id goes before the bracket.
    if (const size_t bracket = written.find(']'); written.find("ignore[") != std::string::npos && bracket != std::string::npos) {
      const auto at = static_cast<uint32_t>(d.range.startByte + bracket);
      return textEdit(document, at, at, ", " + id, encoding);
    }
  }
  const LspPosition start = document.positionOf(finding.range.startByte, PositionEncoding::Utf8);
  const auto lineStart = static_cast<uint32_t>(document.offsetOf({start.line, 0}, PositionEncoding::Utf8));
  const uint32_t end = lineEnd(text, lineStart);
  // A comment after a line continuation would end the statement there.
  if (end > lineStart && text[end - 1] == '\\') return std::nullopt;
  return textEdit(document, end, end, "  # noqa: " + id, encoding);
}

std::optional<nlohmann::json> suppressAction(const Diagnostic& finding, const FileResult& result,
                                             const TextDocument& document, PositionEncoding encoding) {
  if (!finding.rule || !finding.hasRegion()) return std::nullopt;
  std::optional<nlohmann::json> edit = suppressionEdit(finding, result, document, encoding);
  if (!edit) return std::nullopt;
  return nlohmann::json{{"title", "Suppress " + std::string(finding.rule->id) + " on this line"},
                        {"kind", "quickfix"},
                        {"diagnostics", nlohmann::json::array({lspDiagnostic(finding, document, encoding)})},
                        {"edit", workspaceEdit(document, nlohmann::json::array({*edit}))}};
}

}  // namespace

nlohmann::json quickFixActions(const FileResult& result, const TextDocument& document, const nlohmann::json& range,
                               PositionEncoding encoding) {
  nlohmann::json fixes = nlohmann::json::array();
  nlohmann::json suppressions = nlohmann::json::array();
  for (const Diagnostic& d : result.diagnostics) {
    if (d.suppressed() || !d.hasRegion() || !touches(document, range, encoding, d.range.startByte, d.range.endByte)) continue;
    if (auto action = fixAction(d, document, encoding)) fixes.push_back(std::move(*action));
    if (auto action = suppressAction(d, result, document, encoding)) suppressions.push_back(std::move(*action));
  }
  // Fixes first: an editor offers the first action as the default.
  for (auto& s : suppressions) fixes.push_back(std::move(s));
  return fixes;
}

std::optional<nlohmann::json> fixAllAction(const TextDocument& document, const std::string& fixedText,
                                           PositionEncoding encoding) {
  const std::string& text = document.text();
  if (fixedText == text) return std::nullopt;
  // The edit spans whole lines from the first that differs to the last, so that the client keeps
  // the rest of the buffer (and its cursor, folds and marks) as it is.
  size_t prefix = 0;
  const size_t shorter = std::min(text.size(), fixedText.size());
  while (prefix < shorter && text[prefix] == fixedText[prefix]) ++prefix;
  while (prefix > 0 && text[prefix - 1] != '\n') --prefix;
  size_t suffix = 0;
  while (suffix < shorter - prefix && text[text.size() - 1 - suffix] == fixedText[fixedText.size() - 1 - suffix]) ++suffix;
  while (suffix > 0 && text[text.size() - suffix] != '\n') --suffix;
  nlohmann::json edit = textEdit(document, static_cast<uint32_t>(prefix), static_cast<uint32_t>(text.size() - suffix),
                                 fixedText.substr(prefix, fixedText.size() - suffix - prefix), encoding);
  return nlohmann::json{{"title", "Fix all safely fixable platlint findings"},
                        {"kind", kFixAllKind},
                        {"edit", workspaceEdit(document, nlohmann::json::array({edit}))}};
}

bool kindRequested(const nlohmann::json& context, std::string_view kind) {
  if (!context.is_object() || !context.contains("only") || !context["only"].is_array()) return true;
  for (const auto& wanted : context["only"]) {
    if (!wanted.is_string()) continue;
    const std::string w = wanted.get<std::string>();
    if (kind == w || (kind.starts_with(w) && kind.size() > w.size() && kind[w.size()] == '.')) return true;
  }
  return false;
}

}  // namespace platlint
