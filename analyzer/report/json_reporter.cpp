#include "analyzer/report/json_reporter.h"

#include <nlohmann/json.hpp>

#include <sstream>

#include "analyzer/report/json_stream.h"
#include "analyzer/report/platform_json.h"

#ifndef PLATLINT_VERSION
#error "PLATLINT_VERSION must be defined by the build"
#endif

namespace platlint {
namespace {

using Json = nlohmann::ordered_json;  // ordered: the key order is part of the stable output

Json position(SourcePosition pos) { return Json{{"line", pos.line}, {"column", pos.column}}; }

Json fixJson(const Fix& fix) {
  Json j;
  j["description"] = fix.description;
  j["safety"] = fix.safety == FixSafety::Safe ? "safe" : "unsafe";
  if (fix.placed) {
    Json edits = Json::array();
    for (const PlacedEdit& e : *fix.placed) {
      edits.push_back(Json{{"start", position(e.range.start)}, {"end", position(e.range.end)}, {"content", e.content}});
    }
    j["edits"] = std::move(edits);
  }
  return j;
}

}  // namespace

const char* noticeKindName(FileNotice::Kind kind) {
  switch (kind) {
    case FileNotice::Kind::Unreadable: return "unreadable-file";
    case FileNotice::Kind::Binary: return "binary-file";
    case FileNotice::Kind::Decoding: return "decoding-error";
    case FileNotice::Kind::SyntaxError: return "syntax-error";
    case FileNotice::Kind::Internal: return "internal-error";
    case FileNotice::Kind::Timeout: return "file-timeout";
    case FileNotice::Kind::TooLarge: return "file-too-large";
  }
  return "unknown";
}

namespace {

Json findingJson(const FileResult& file, const Diagnostic& d) {
  Json f;
  f["rule"] = d.rule ? d.rule->id : "";
  f["name"] = d.rule ? d.rule->name : "";
  f["level"] = levelName(d.level);
  f["message"] = d.message;
  f["path"] = file.path;
  f["start"] = position(d.range.start);
  f["end"] = position(d.range.end);
  f["breaks_on"] = platformList(d.breaksOn);
  f["language"] = file.language;
  if (d.fix) f["fix"] = fixJson(*d.fix);
  if (!d.related.empty()) {
    Json related = Json::array();
    for (const RelatedLocation& r : d.related) {
      Json place{{"start", position(r.range.start)}, {"end", position(r.range.end)}, {"message", r.message}};
      if (!r.path.empty()) place["path"] = r.path;  // another path than the finding's (PORT809)
      related.push_back(std::move(place));
    }
    f["related"] = std::move(related);
  }
  if (d.suppression) {
    f["suppression"] = Json{{"line", d.suppression->directiveLine},
                            {"scope", d.suppression->fileLevel ? "file" : "line"},
                            {"justification", d.suppression->justification}};
  }
  return f;
}

Json noticeJson(const FileResult& file, const FileNotice& n) {
  const bool wholeFile = n.position.line == 0;
  Json j;
  j["path"] = file.path;
  j["kind"] = noticeKindName(n.kind);
  j["level"] = levelName(n.level);
  j["message"] = n.message;
  j["line"] = wholeFile ? 0u : n.position.line;
  j["column"] = wholeFile ? 0u : n.position.column;
  return j;
}

// The findings that are (or are not) suppressed, as the elements of one array.
void writeFindings(JsonStream& json, const Report& report, bool suppressed) {
  json.beginArray();
  report.files.forEach(
      [&](const ResultSummary& s) { return (suppressed ? s.suppressedCount() : s.shownCount()) > 0; },
      [&](const FileResult& file) {
        for (const Diagnostic& d : file.diagnostics) {
          if (d.suppressed() == suppressed) json.value(findingJson(file, d));
        }
      });
  json.end();
}

}  // namespace

void writeJson(const Report& report, std::ostream& out) {
  const ResultTotals totals = report.files.totals();
  JsonStream json(out);
  json.beginObject();
  json.key("version");
  json.value(PLATLINT_VERSION);
  json.key("files_analysed");
  json.value(totals.analysed);
  json.key("findings");
  writeFindings(json, report, false);
  json.key("suppressed");  // hidden by suppression comments; not in the exit status
  writeFindings(json, report, true);
  json.key("guarded");  // hidden by platform guards or `try`; --ignore-guards shows them
  json.value(totals.guarded);
  json.key("notices");
  json.beginArray();
  report.files.forEach([](const ResultSummary& s) { return s.notices > 0; },
                       [&](const FileResult& file) {
                         for (const FileNotice& n : file.notices) json.value(noticeJson(file, n));
                       });
  json.end();
  json.key("run_notices");
  json.value(report.runNotices);
  if (report.baseline) {
    Json fixedFindings = Json::array();
    for (const BaselineEntry& e : report.baseline->fixed) {
      fixedFindings.push_back(Json{{"rule", e.rule}, {"path", e.path}, {"line", e.line}, {"message", e.message}});
    }
    json.key("baseline");
    json.value(Json{{"file", report.baseline->file},
                    {"unchanged", report.baseline->unchanged},
                    {"fixed", std::move(fixedFindings)}});
  }
  json.end();
  out << '\n';
}

std::string renderJson(const Report& report) {
  std::ostringstream out;
  writeJson(report, out);
  return std::move(out).str();
}

const Reporter& jsonReporter() {
  static const Reporter reporter("json", "a stable schema for scripts", false,
                                 [](const Report& report, const ReportOptions&, std::ostream& out) { writeJson(report, out); });
  return reporter;
}

}  // namespace platlint
