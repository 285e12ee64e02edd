#include "analyzer/report/sarif_writer.h"

#include <filesystem>
#include <map>
#include <sstream>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzer/lint/fingerprints.h"
#include "analyzer/report/json_reporter.h"
#include "analyzer/report/json_stream.h"
#include "analyzer/report/rule_docs.h"
#include "analyzer/report/platform_json.h"

#ifndef PLATLINT_VERSION
#error "PLATLINT_VERSION must be defined by the build"
#endif

namespace platlint {
namespace {

using Json = nlohmann::ordered_json;  // ordered: identical input gives byte-identical logs

constexpr const char* kSchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr const char* kInformationUri = "https://github.com/platlint/platlint";
constexpr const char* kBaseId = "SRCROOT";

// Notification descriptors, in tool.driver.notifications order; notifications refer to them by
// id and index. File notice kinds first (in enum order), then the one for run-level problems.
constexpr FileNotice::Kind kNoticeKinds[] = {FileNotice::Kind::Unreadable, FileNotice::Kind::Binary,
                                             FileNotice::Kind::Decoding, FileNotice::Kind::SyntaxError,
                                             FileNotice::Kind::Internal, FileNotice::Kind::Timeout,
                                             FileNotice::Kind::TooLarge};
constexpr const char* kRunNoticeId = "run-problem";
constexpr const char* kTruncatedNoticeId = "results-truncated";

const char* noticeDescription(FileNotice::Kind kind) {
  switch (kind) {
    case FileNotice::Kind::Unreadable: return "A file could not be read";
    case FileNotice::Kind::Binary: return "A file looks binary and was skipped";
    case FileNotice::Kind::Decoding: return "A file is not valid in its declared encoding";
    case FileNotice::Kind::SyntaxError: return "A file has syntax errors; findings may be incomplete";
    case FileNotice::Kind::Internal: return "platlint failed while analysing a file; it was skipped";
    case FileNotice::Kind::Timeout: return "A file took longer than its time budget (--file-timeout) and was skipped";
    case FileNotice::Kind::TooLarge: return "A file is larger than --max-file-size and was skipped";
  }
  return "";
}

// What the user can do about it: GitHub code scanning requires help on every descriptor.
const char* noticeHelp(FileNotice::Kind kind) {
  switch (kind) {
    case FileNotice::Kind::Unreadable: return "Check the file's permissions, or exclude it with --exclude.";
    case FileNotice::Kind::Binary: return "The file has NUL bytes, so it is not Python source; exclude it with --exclude.";
    case FileNotice::Kind::Decoding:
      return "Save the file as UTF-8 (or declare Latin-1 with a PEP 263 coding line); the rest was analysed.";
    case FileNotice::Kind::SyntaxError:
      return "Fix the syntax error; platlint analysed the file as far as the parser recovered, or skipped it "
             "when it nests deeper than the parser handles.";
    case FileNotice::Kind::Internal: return "Report the file to the platlint maintainers; the other files were analysed.";
    case FileNotice::Kind::Timeout: return "Raise --file-timeout, or exclude the file (often generated code).";
    case FileNotice::Kind::TooLarge:
      return "Such a file is almost always generated code; exclude it, or raise --max-file-size (0: no limit) to "
             "analyse it.";
  }
  return "";
}

size_t noticeIndex(FileNotice::Kind kind) {
  for (size_t i = 0; i < std::size(kNoticeKinds); ++i) {
    if (kNoticeKinds[i] == kind) return i;
  }
  return 0;
}

Json text(std::string_view s) { return Json{{"text", s}}; }

Json ruleDescriptor(const RuleMeta& rule) {
  Json tags = Json::array();
  for (std::string_view tag : rule.tags) tags.push_back(tag);

  std::string full(rule.whatItDoes);
  if (!rule.whyBad.empty()) full.append("\n\n").append(rule.whyBad);

  Json d;
  d["id"] = rule.id;
  d["name"] = rule.name;
  d["shortDescription"] = text(rule.shortDescription);
  d["fullDescription"] = text(full);
  d["help"] = Json{{"text", ruleHelpText(rule)}, {"markdown", ruleHelpMarkdown(rule)}};
  d["helpUri"] = ruleHelpUri(rule);
  d["defaultConfiguration"] = Json{{"level", levelName(rule.level)}};
  d["properties"] = Json{{"tags", std::move(tags)},
                         {"precision", rulePrecision(rule)},
                         {"problem.severity", problemSeverity(rule.level)},
                         {"breaks_on", platformList(rule.breaksOn)}};
  return d;
}

// Every URI is relative to SRCROOT (code scanning rejects absolute file: URIs outside the
// checkout); an absolute display path (a file outside the working directory) becomes "../...".
Json artifactLocation(const std::string& path) {
  if (!path.empty() && path.front() == '/') {
    const std::filesystem::path relative =
        std::filesystem::path(path).lexically_relative(std::filesystem::current_path());
    if (!relative.empty()) return Json{{"uri", percentEncodePath(relative.generic_string())}, {"uriBaseId", kBaseId}};
  }
  return Json{{"uri", percentEncodePath(path)}, {"uriBaseId", kBaseId}};
}

Json region(const TextRange& range) {
  Json r;
  r["startLine"] = range.start.line;
  r["startColumn"] = range.start.column;
  // A default (unset) end before the start would make the region invalid; leave it open instead.
  if (std::tie(range.end.line, range.end.column) >= std::tie(range.start.line, range.start.column)) {
    r["endLine"] = range.end.line;
    r["endColumn"] = range.end.column;
  }
  return r;
}

// A place in a file, or the file (or directory) as a whole when the range has no line (a finding on
// a path: PORT808-810), which SARIF says with an artifactLocation and no region.
Json physicalLocation(const std::string& path, const TextRange& range) {
  Json physical{{"artifactLocation", artifactLocation(path)}};
  if (range.start.line > 0) physical["region"] = region(range);
  return physical;
}

// The findings folded into `d` (lint/root_causes.h), or the other paths of a finding on a path, each
// a location with its own message.
Json relatedLocations(const Diagnostic& d, const std::string& path) {
  Json out = Json::array();
  for (size_t i = 0; i < d.related.size(); ++i) {
    const RelatedLocation& r = d.related[i];
    out.push_back(Json{{"id", i + 1},
                       {"physicalLocation", physicalLocation(r.path.empty() ? path : r.path, r.range)},
                       {"message", text(r.message)}});
  }
  return out;
}

// A region for a replacement: always with its end, so an empty region is an insertion point.
Json deletedRegion(const TextRange& range) {
  return Json{{"startLine", range.start.line},
              {"startColumn", range.start.column},
              {"endLine", range.end.line},
              {"endColumn", range.end.column}};
}

Json sarifFix(const Fix& fix, const std::string& path) {
  Json replacements = Json::array();
  for (const PlacedEdit& e : *fix.placed) {
    Json r{{"deletedRegion", deletedRegion(e.range)}};
    if (!e.content.empty()) r["insertedContent"] = text(e.content);
    replacements.push_back(std::move(r));
  }
  Json change{{"artifactLocation", artifactLocation(path)}, {"replacements", std::move(replacements)}};
  Json f;
  f["description"] = text(fix.description);
  f["artifactChanges"] = Json::array({std::move(change)});
  f["properties"] = Json{{"safety", fix.safety == FixSafety::Safe ? "safe" : "unsafe"}};
  return f;
}

// An in-source suppression (a `# noqa`/`# platlint:` comment), located at the comment.
Json sarifSuppression(const SuppressionMark& mark, const std::string& path) {
  Json s{{"kind", "inSource"}, {"status", "accepted"}};
  if (!mark.justification.empty()) s["justification"] = mark.justification;
  Json physical{{"artifactLocation", artifactLocation(path)}, {"region", Json{{"startLine", mark.directiveLine}}}};
  s["location"] = Json{{"physicalLocation", std::move(physical)}};
  return s;
}

// POSIX shell quoting, so commandLine can be pasted back into a shell.
std::string shellQuote(const std::string& arg) {
  if (!arg.empty() && arg.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                            "0123456789-_./=:,+@%") == std::string::npos) {
    return arg;
  }
  std::string out = "'";
  for (char c : arg) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

Json invocation(const Report& report, const SelectedResults& selected) {
  Json notifications = Json::array();
  report.files.forEach([](const ResultSummary& s) { return s.notices > 0; }, [&](const FileResult& file) {
    for (const FileNotice& n : file.notices) {
      Json physical{{"artifactLocation", artifactLocation(file.path)}};
      if (n.position.line > 0) {
        physical["region"] = Json{{"startLine", n.position.line}, {"startColumn", n.position.column}};
      }
      Json notification;
      notification["level"] = levelName(n.level);
      notification["message"] = text(n.message);
      notification["locations"] = Json::array({Json{{"physicalLocation", std::move(physical)}}});
      notification["descriptor"] = Json{{"id", noticeKindName(n.kind)}, {"index", noticeIndex(n.kind)}};
      notifications.push_back(std::move(notification));
    }
  });
  for (const std::string& message : report.runNotices) {
    Json notification;
    notification["level"] = "error";
    notification["message"] = text(message);
    notification["descriptor"] = Json{{"id", kRunNoticeId}, {"index", std::size(kNoticeKinds)}};
    notifications.push_back(std::move(notification));
  }
  if (selected.kept < selected.total) {
    Json notification;
    notification["level"] = "warning";
    notification["message"] = text("only " + std::to_string(selected.kept) + " of " + std::to_string(selected.total) +
                                   " results are in this log (errors first): GitHub code scanning rejects a run with "
                                   "more; narrow the paths or rules, or use the JSON output for all of them");
    notification["descriptor"] = Json{{"id", kTruncatedNoticeId}, {"index", std::size(kNoticeKinds) + 1}};
    notifications.push_back(std::move(notification));
  }

  Json inv;
  // File notices mean some input was bad, not that platlint failed. Run notices (a path that does
  // not exist, git unavailable) make the CLI exit with status 2, and the log says the same.
  inv["executionSuccessful"] = report.runNotices.empty();
  if (!report.commandLine.empty()) {
    std::string commandLine;
    for (const std::string& arg : report.commandLine) {
      if (!commandLine.empty()) commandLine += ' ';
      commandLine += shellQuote(arg);
    }
    inv["commandLine"] = commandLine;
    inv["arguments"] =
        Json(std::vector<std::string>(report.commandLine.begin() + 1, report.commandLine.end()));
  }
  if (!report.workingDirectory.empty()) {
    inv["workingDirectory"] = Json{{"uri", fileUriForDirectory(report.workingDirectory)}};
  }
  inv["toolExecutionNotifications"] = std::move(notifications);
  return inv;
}

Json notificationDescriptors() {
  Json list = Json::array();
  for (FileNotice::Kind kind : kNoticeKinds) {
    list.push_back(Json{{"id", noticeKindName(kind)},
                        {"shortDescription", text(noticeDescription(kind))},
                        {"fullDescription", text(std::string(noticeDescription(kind)) + ". " + noticeHelp(kind))},
                        {"help", text(noticeHelp(kind))}});
  }
  constexpr const char* kRunProblem = "A problem not tied to one file (e.g. git unavailable)";
  constexpr const char* kRunProblemHelp = "Check the paths and the environment the notification names.";
  list.push_back(Json{{"id", kRunNoticeId},
                      {"shortDescription", text(kRunProblem)},
                      {"fullDescription", text(std::string(kRunProblem) + ". " + kRunProblemHelp)},
                      {"help", text(kRunProblemHelp)}});
  constexpr const char* kTruncated = "The log holds fewer results than were found (code scanning's limit)";
  constexpr const char* kTruncatedHelp = "Fix or suppress findings, or split the run with --shard, to stay under 25,000 results.";
  list.push_back(Json{{"id", kTruncatedNoticeId},
                      {"shortDescription", text(kTruncated)},
                      {"fullDescription", text(std::string(kTruncated) + ". " + kTruncatedHelp)},
                      {"help", text(kTruncatedHelp)}});
  return list;
}

}  // namespace

std::string percentEncodePath(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size());
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved || c == '/') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::string fileUriForDirectory(std::string_view absoluteDirectory) {
  std::string uri = "file://" + percentEncodePath(absoluteDirectory);
  if (uri.back() != '/') uri += '/';
  return uri;
}

void writeSarif(const Report& report, const SarifOptions& options, std::ostream& out) {
  Json rules = Json::array();
  std::map<std::string_view, size_t> ruleIndex;
  for (const RuleMeta* rule : report.rules) {
    ruleIndex.emplace(rule->id, rules.size());
    rules.push_back(ruleDescriptor(*rule));
  }
  const SelectedResults selected = selectResults(report, options.maxResults);

  Json driver;
  driver["name"] = "platlint";
  driver["version"] = PLATLINT_VERSION;
  driver["semanticVersion"] = PLATLINT_VERSION;
  driver["informationUri"] = kInformationUri;
  driver["rules"] = std::move(rules);
  driver["notifications"] = notificationDescriptors();

  // replace (JsonStream): a non-UTF-8 message must not abort the log (URIs are already pure ASCII).
  JsonStream json(out);
  json.beginObject();
  json.key("$schema");
  json.value(kSchemaUri);
  json.key("version");
  json.value("2.1.0");
  json.key("runs");
  json.beginArray();
  json.beginObject();
  json.key("tool");
  json.value(Json{{"driver", std::move(driver)}});
  json.key("invocations");
  json.value(Json::array({invocation(report, selected)}));
  json.key("automationDetails");
  json.value(Json{{"id", automationId(options.category)}});
  if (!report.workingDirectory.empty()) {
    json.key("originalUriBaseIds");
    json.value(Json{{kBaseId, Json{{"uri", fileUriForDirectory(report.workingDirectory)}}}});
  }
  json.key("results");
  json.beginArray();
  SelectedFindings selecting(selected);
  report.files.forEach([](const ResultSummary& s) { return s.hasFindings(); }, [&](const FileResult& file) {
    for (const Diagnostic& d : file.diagnostics) {
      if (!selecting.keep(d)) continue;
      const std::string_view id = d.rule ? d.rule->id : std::string_view();
      Json r;
      r["ruleId"] = id;
      if (auto it = ruleIndex.find(id); it != ruleIndex.end()) r["ruleIndex"] = it->second;
      r["level"] = levelName(d.level);
      r["message"] = text(d.message);
      r["locations"] = Json::array({Json{{"physicalLocation", physicalLocation(file.path, d.range)}}});
      if (!d.related.empty()) r["relatedLocations"] = relatedLocations(d, file.path);
      r["fingerprints"] = Json{{"platlint/v1", findingFingerprint(d, file.path)}};
      if (!d.githubLineHash.empty()) r["partialFingerprints"] = Json{{"primaryLocationLineHash", d.githubLineHash}};
      // Only new findings are written when a baseline hides the others (see docs/baseline.md).
      if (report.baseline) r["baselineState"] = "new";
      // A suppressed finding offers no quick fix: it is not fixed by --fix either.
      if (d.fix && d.fix->placed && !d.fix->placed->empty() && !d.suppressed()) r["fixes"] = Json::array({sarifFix(*d.fix, file.path)});
      r["properties"] = Json{{"breaks_on", platformList(d.breaksOn)}, {"language", file.language}};
      if (d.suppression) r["suppressions"] = Json::array({sarifSuppression(*d.suppression, file.path)});
      json.value(r);
    }
  });
  json.end();
  json.key("columnKind");
  json.value("unicodeCodePoints");
  // Findings the platform guards or `try` handlers hid (--ignore-guards reports them): not results.
  json.key("properties");
  json.value(Json{{"platlint/guarded", report.guardedCount()}});
  json.end();  // the run
  json.end();  // runs
  json.end();  // the log
  out << '\n';
}

std::string renderSarif(const Report& report, const SarifOptions& options) {
  std::ostringstream out;
  writeSarif(report, options, out);
  return std::move(out).str();
}

const Reporter& sarifReporter() {
  static const Reporter reporter("sarif", "SARIF 2.1.0 for code scanning and IDEs", false,
                                 [](const Report& report, const ReportOptions& options, std::ostream& out) {
                                   writeSarif(report, SarifOptions{.category = options.sarifCategory}, out);
                                 });
  return reporter;
}

}  // namespace platlint
