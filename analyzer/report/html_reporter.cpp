#include "analyzer/report/html_reporter.h"

#include <filesystem>
#include <set>
#include <nlohmann/json.hpp>
#include <string_view>

#include "analyzer/base/unified_diff.h"
#include "analyzer/lint/fix_placement.h"
#include "analyzer/lint/rule.h"
#include "analyzer/report/rule_docs.h"
#include "analyzer/report/target_suggestions.h"
#include "analyzer/report/text_layout.h"
#include "analyzer/report/platform_json.h"
#include "html_page.inc"  // kHtmlTemplate, kHtmlStyle, kHtmlScript: analyzer/report/html/, embedded by CMake

namespace platlint {
namespace {

using Json = nlohmann::ordered_json;

std::string htmlEscaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '@': out += "&#64;"; break;  // no placeholder of the template can appear in the title
      default: out += c;
    }
  }
  return out;
}

// JSON that can sit inside <script>: `<` only ever occurs inside strings, where \u003c means the same.
std::string scriptSafeJson(const Json& data) {
  const std::string text = data.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size() + text.size() / 64);
  for (const char c : text) {
    if (c == '<') {
      out += "\\u003c";
    } else {
      out += c;
    }
  }
  return out;
}

void replaceOnce(std::string& page, std::string_view placeholder, std::string_view value) {
  const size_t at = page.find(placeholder);
  if (at != std::string::npos) page.replace(at, placeholder.size(), value);
}

std::string htmlPage(std::string_view title, const Json& data) {
  std::string page(kHtmlTemplate);
  replaceOnce(page, "@PLATLINT_TITLE@", htmlEscaped(title));
  replaceOnce(page, "/*@PLATLINT_STYLE@*/", kHtmlStyle);
  replaceOnce(page, "/*@PLATLINT_SCRIPT@*/", kHtmlScript);
  // Last: the report's text must not be searched for placeholders.
  replaceOnce(page, "@PLATLINT_DATA@", scriptSafeJson(data));
  return page;
}

// The lines of `frame` as [number, text, caret start, caret end] (display columns).
Json frameJson(const CodeFrame& frame) {
  Json lines = Json::array();
  for (const FrameLine& l : frame.lines) lines.push_back(Json::array({l.number, l.line.text, l.caretStart, l.caretEnd}));
  return Json{{"lines", std::move(lines)}, {"elided", frame.elided}};
}

// The fix as a unified diff of the file (hunks only, one line of context), from its placed edits.
std::string fixDiff(const SourceFile& source, const Fix& fix) {
  if (!fix.placed) return {};
  std::vector<Edit> edits;
  for (const PlacedEdit& e : *fix.placed) edits.push_back({e.range.startByte, e.range.endByte, e.content});
  const std::string diff = unifiedDiff(source.text(), applyEdits(source.text(), std::move(edits)), source.path(), 1);
  const size_t firstHunk = diff.find("\n@@");
  return firstHunk == std::string::npos ? diff : diff.substr(firstHunk + 1);
}

Json fixJson(const Fix& fix, const ReportOptions& options, const SourceFile* source) {
  Json j{{"description", fix.description},
         {"safety", fix.safety == FixSafety::Safe ? "safe" : "unsafe"},
         {"applies", fixApplies(fix, options.unsafeFixes)}};
  if (source) {
    if (std::string diff = fixDiff(*source, fix); !diff.empty()) j["diff"] = std::move(diff);
  }
  return j;
}

std::string relatedText(const RelatedLocation& r, const std::string& path) {
  std::string place = r.path.empty() ? path : r.path;
  if (r.range.start.line != 0) place += ':' + std::to_string(r.range.start.line) + ':' + std::to_string(r.range.start.column);
  return place + ": " + r.message;
}

Json findingJson(const Diagnostic& d, size_t fileIndex, const std::string& path, const ReportOptions& options,
                 ReportedSource& reported) {
  const MessageParts parts = splitMessage(d.message);
  // The frame proves the file still holds what was analysed; only then is a diff of it true.
  const SourceFile* source = d.hasRegion() ? reported.get() : nullptr;
  const std::optional<CodeFrame> frame = source ? codeFrame(*source, d.range, d.lineHash) : std::nullopt;
  Json f;
  f["rule"] = d.rule ? d.rule->id : "";
  f["level"] = levelName(d.level);
  f["file"] = fileIndex;
  f["start"] = Json::array({d.range.start.line, d.range.start.column});
  f["breaks_on"] = platformList(d.breaksOn);
  f["summary"] = parts.summary;
  if (!parts.help.empty()) f["help"] = parts.help;
  if (frame) f["frame"] = frameJson(*frame);
  if (d.fix && !d.fix->edits.empty()) f["fix"] = fixJson(*d.fix, options, frame ? source : nullptr);
  if (!d.related.empty()) {
    Json related = Json::array();
    for (const RelatedLocation& r : d.related) related.push_back(relatedText(r, path));
    f["related"] = std::move(related);
  }
  return f;
}

Json usedRulesJson(const Report& report, const std::set<std::string_view>& used) {
  Json rules = Json::object();
  for (const RuleMeta* rule : report.rules) {
    if (!used.contains(rule->id)) continue;
    rules[std::string(rule->id)] = Json{{"name", rule->name},
                                        {"short", rule->shortDescription},
                                        {"family", std::string(rule->id.substr(0, 5)) + "xx"},
                                        {"url", ruleHelpUri(*rule)}};
  }
  return rules;
}

std::string projectName(const std::string& workingDirectory) {
  const std::string name = std::filesystem::path(workingDirectory).filename().string();
  return name.empty() ? workingDirectory : name;
}

}  // namespace

std::string renderHtml(const Report& report, const ReportOptions& options) {
  Json files = Json::array();
  Json findings = Json::array();
  std::set<std::string_view> usedRules;
  size_t analysed = 0, notices = 0;
  for (const FileResult& file : report.files) {
    if (file.analyzed) ++analysed;
    notices += file.notices.size();
    const size_t index = files.size();
    files.push_back(Json{{"path", file.path},
                         {"lines", file.lines},
                         {"kind", file.pathOnly ? "path" : file.analyzed ? "analysed" : "skipped"}});
    ReportedSource source(report, file.path);
    for (const Diagnostic& d : file.diagnostics) {
      if (d.suppressed()) continue;
      if (d.rule) usedRules.insert(d.rule->id);
      findings.push_back(findingJson(d, index, file.path, options, source));
    }
  }
  Json data;
  data["kind"] = "check";
  data["project"] = projectName(report.workingDirectory);
  data["version"] = PLATLINT_VERSION;
  data["files_analysed"] = analysed;
  data["suppressed"] = report.suppressedCount();
  data["guarded"] = report.guardedCount();
  data["notices"] = notices + report.runNotices.size();
  if (report.baseline) {
    data["baseline"] = Json{{"file", report.baseline->file},
                            {"unchanged", report.baseline->unchanged},
                            {"fixed", report.baseline->fixed.size()}};
  }
  data["rules"] = usedRulesJson(report, usedRules);
  Json components = Json::array();
  for (const TargetSuggestion& s : suggestTargets(report.files, report.workingDirectory)) {
    components.push_back(suggestionJson(s));
  }
  data["components"] = std::move(components);
  data["files"] = std::move(files);
  data["findings"] = std::move(findings);
  return htmlPage("platlint report: " + data["project"].get<std::string>(), data);
}

std::string renderInventoryHtml(const Inventory& inventory) {
  Json data;
  data["kind"] = "inventory";
  data["project"] = inventory.root;
  data["version"] = PLATLINT_VERSION;
  data["inventory"] = Json::parse(renderInventoryJson(inventory));
  return htmlPage("platlint inventory: " + inventory.root, data);
}

const Reporter& htmlReporter() {
  static const Reporter reporter("html", "a self-contained page with a portability map", false, renderHtml);
  return reporter;
}

}  // namespace platlint
