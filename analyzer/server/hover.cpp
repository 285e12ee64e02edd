#include "analyzer/server/hover.h"

#include "analyzer/lint/rule.h"
#include "analyzer/report/rule_docs.h"
#include "analyzer/report/text_reporter.h"
#include "analyzer/server/lsp_diagnostics.h"

namespace platlint {

std::optional<nlohmann::json> hoverAt(const FileResult& result, const TextDocument& document, LspPosition position,
                                      PositionEncoding encoding) {
  const size_t offset = document.offsetOf(position, encoding);
  std::string markdown;
  std::optional<nlohmann::json> range;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.suppressed() || !d.rule || !d.hasRegion() || offset < d.range.startByte || offset > d.range.endByte) continue;
    if (!markdown.empty()) markdown += "\n\n---\n\n";
    markdown += "**" + std::string(d.rule->id) + " " + std::string(d.rule->name) + "**: " + messageWithPlatforms(d) +
                "\n\n" + ruleHelpMarkdown(*d.rule) + "\n\n[" + std::string(d.rule->id) + " documentation](" +
                ruleHelpUri(*d.rule) + ")";
    if (!range) range = lspRange(document, d.range.startByte, d.range.endByte, encoding);
  }
  if (markdown.empty()) return std::nullopt;
  return nlohmann::json{{"contents", {{"kind", "markdown"}, {"value", markdown}}}, {"range", *range}};
}

}  // namespace platlint
