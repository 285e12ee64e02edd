#include "analyzer/report/json_reporter.h"

#include <nlohmann/json.hpp>

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
  }
  return "unknown";
}

std::string renderJson(const Report& report) {
  size_t analysed = 0;
  Json findings = Json::array();
  Json suppressed = Json::array();
  Json notices = Json::array();
  for (const FileResult& file : report.files) {
    if (file.analyzed) analysed++;
    for (const Diagnostic& d : file.diagnostics) {
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
        suppressed.push_back(std::move(f));
        continue;
      }
      findings.push_back(std::move(f));
    }
    for (const FileNotice& n : file.notices) {
      const bool wholeFile = n.position.line == 0;
      Json j;
      j["path"] = file.path;
      j["kind"] = noticeKindName(n.kind);
      j["level"] = levelName(n.level);
      j["message"] = n.message;
      j["line"] = wholeFile ? 0u : n.position.line;
      j["column"] = wholeFile ? 0u : n.position.column;
      notices.push_back(std::move(j));
    }
  }

  Json root;
  root["version"] = PLATLINT_VERSION;
  root["files_analysed"] = analysed;
  root["findings"] = std::move(findings);
  root["suppressed"] = std::move(suppressed);  // hidden by suppression comments; not in the exit status
  root["guarded"] = report.guardedCount();     // hidden by platform guards or `try`; --ignore-guards shows them
  root["notices"] = std::move(notices);
  root["run_notices"] = report.runNotices;
  if (report.baseline) {
    Json fixedFindings = Json::array();
    for (const BaselineEntry& e : report.baseline->fixed) {
      fixedFindings.push_back(Json{{"rule", e.rule}, {"path", e.path}, {"line", e.line}, {"message", e.message}});
    }
    root["baseline"] = Json{{"file", report.baseline->file},
                            {"unchanged", report.baseline->unchanged},
                            {"fixed", std::move(fixedFindings)}};
  }
  // replace: a non-UTF-8 file name must not abort the whole report.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

const Reporter& jsonReporter() {
  static const Reporter reporter("json", "a stable schema for scripts", false,
                                 [](const Report& report, const ReportOptions&) { return renderJson(report); });
  return reporter;
}

}  // namespace platlint
