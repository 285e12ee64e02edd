#include "analyzer/server/lsp_diagnostics.h"

#include <filesystem>

#include "analyzer/lint/rule.h"
#include "analyzer/report/rule_docs.h"
#include "analyzer/report/text_reporter.h"
#include "analyzer/server/file_uri.h"

namespace platlint {
namespace {

// LSP's DiagnosticSeverity: 1 error, 2 warning, 3 information.
int severityOf(Level level) {
  switch (level) {
    case Level::Error: return 1;
    case Level::Warning: return 2;
    case Level::Note: return 3;
  }
  return 2;
}

nlohmann::json platformNames(PlatformSet platforms) {
  nlohmann::json names = nlohmann::json::array();
  for (const Platform p : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
    if (platforms.contains(p)) names.push_back(platformName(p));
  }
  return names;
}

nlohmann::json position(LspPosition p) { return {{"line", p.line}, {"character", p.character}}; }

// A related place in another file: its range is in that file's text, which the server has not read;
// the start of its line is where the editor can take the reader.
nlohmann::json lineRange(uint32_t line) {
  const nlohmann::json start = position({line > 0 ? line - 1 : 0, 0});
  return {{"start", start}, {"end", start}};
}

nlohmann::json relatedInformation(const Diagnostic& finding, const TextDocument& document, PositionEncoding encoding) {
  nlohmann::json related = nlohmann::json::array();
  for (const RelatedLocation& r : finding.related) {
    nlohmann::json location;
    if (r.path.empty()) {
      location = {{"uri", document.uri()}, {"range", lspRange(document, r.range.startByte, r.range.endByte, encoding)}};
    } else {
      const std::filesystem::path absolute = std::filesystem::absolute(r.path).lexically_normal();
      location = {{"uri", fileUriFromPath(absolute.string())}, {"range", lineRange(r.range.start.line)}};
    }
    related.push_back({{"location", location}, {"message", r.message}});
  }
  return related;
}

}  // namespace

LspPosition lspPositionFromJson(const nlohmann::json& p) {
  return {p.at("line").get<uint32_t>(), p.at("character").get<uint32_t>()};
}

nlohmann::json lspRange(const TextDocument& document, uint32_t startByte, uint32_t endByte, PositionEncoding encoding) {
  return {{"start", position(document.positionOf(startByte, encoding))},
          {"end", position(document.positionOf(endByte, encoding))}};
}

nlohmann::json lspDiagnostic(const Diagnostic& finding, const TextDocument& document, PositionEncoding encoding) {
  nlohmann::json out;
  out["range"] = finding.hasRegion() ? lspRange(document, finding.range.startByte, finding.range.endByte, encoding)
                                     : lineRange(1);
  out["severity"] = severityOf(finding.level);
  out["source"] = "platlint";
  out["message"] = messageWithPlatforms(finding);
  nlohmann::json data = {{"platforms", platformNames(finding.breaksOn)}, {"fixable", finding.fix.has_value()}};
  if (finding.rule) {
    out["code"] = std::string(finding.rule->id);
    out["codeDescription"] = {{"href", ruleHelpUri(*finding.rule)}};
    data["rule"] = std::string(finding.rule->name);
  }
  out["data"] = std::move(data);
  if (!finding.related.empty()) out["relatedInformation"] = relatedInformation(finding, document, encoding);
  return out;
}

nlohmann::json lspDiagnostics(const FileResult& result, const TextDocument& document, PositionEncoding encoding) {
  nlohmann::json out = nlohmann::json::array();
  for (const Diagnostic& d : result.diagnostics) {
    if (!d.suppressed()) out.push_back(lspDiagnostic(d, document, encoding));
  }
  for (const FileNotice& n : result.notices) {
    if (n.kind == FileNotice::Kind::SyntaxError) continue;  // PORT000 reports it, or the settings turned it off
    out.push_back({{"range", lineRange(n.position.line)},
                   {"severity", severityOf(n.level)},
                   {"source", "platlint"},
                   {"message", n.message}});
  }
  return out;
}

bool touches(const TextDocument& document, const nlohmann::json& range, PositionEncoding encoding, uint32_t startByte,
             uint32_t endByte) {
  const size_t from = document.offsetOf(lspPositionFromJson(range.at("start")), encoding);
  const size_t to = document.offsetOf(lspPositionFromJson(range.at("end")), encoding);
  return from <= endByte && to >= startByte;
}

}  // namespace platlint
