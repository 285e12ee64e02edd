#include "analyzer/ci/ci_reporters.h"

#include <nlohmann/json.hpp>

#include "analyzer/report/rule_docs.h"

namespace platlint {
namespace {

using Json = nlohmann::ordered_json;

const char* githubCommand(Level level) {
  switch (level) {
    case Level::Error: return "error";
    case Level::Warning: return "warning";
    case Level::Note: return "notice";
  }
  return "warning";
}

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}


}  // namespace

std::string escapeGithubData(std::string_view text) { return escape(text, false); }
std::string escapeGithubProperty(std::string_view text) { return escape(text, true); }

std::string renderGithubCommands(const Report& report) {
  std::string out;
  const auto wanted = [](const ResultSummary& s) { return s.shownCount() + s.notices > 0; };
  report.files.forEach(wanted, [&](const FileResult& file) {
    const std::string path = escapeGithubProperty(file.path);
    for (const Diagnostic& d : file.diagnostics) {
      if (d.suppressed()) continue;
      out += "::";
      out += githubCommand(d.level);
      out += " file=" + path;
      if (d.hasRegion()) out += ",line=" + std::to_string(d.range.start.line) + ",col=" + std::to_string(d.range.start.column);
      if (d.hasRegion() && d.range.end.line >= d.range.start.line) {
        out += ",endLine=" + std::to_string(d.range.end.line) + ",endColumn=" + std::to_string(d.range.end.column);
      }
      if (d.rule) out += ",title=" + escapeGithubProperty(std::string(d.rule->id) + " (" + std::string(d.rule->name) + ")");
      out += "::" + escapeGithubData(d.message) + "\n";
    }
    for (const FileNotice& n : file.notices) {
      out += "::";
      out += githubCommand(n.level);
      out += " file=" + path;
      if (n.position.line > 0) {
        out += ",line=" + std::to_string(n.position.line) + ",col=" + std::to_string(n.position.column);
      }
      out += ",title=platlint::" + escapeGithubData(n.message) + "\n";
    }
  });
  for (const std::string& notice : report.runNotices) out += "::error title=platlint::" + escapeGithubData(notice) + "\n";
  return out;
}

std::string renderGerritComments(const Report& report) {
  Json files = Json::object();
  report.files.forEach([](const ResultSummary& s) { return s.shownCount() > 0; }, [&](const FileResult& file) {
    Json comments = Json::array();
    for (const Diagnostic& d : file.diagnostics) {
      if (d.suppressed()) continue;
      const bool hasEnd = d.range.end.line >= d.range.start.line;
      const uint32_t endLine = hasEnd ? d.range.end.line : d.range.start.line;
      const uint32_t endColumn = hasEnd ? d.range.end.column : d.range.start.column;
      std::string message;
      if (d.rule) message = std::string(d.rule->id) + " (" + std::string(d.rule->name) + "): ";
      message += d.message;
      if (d.rule) message += "\n\n" + ruleHelpUri(*d.rule);
      Json c;
      if (d.hasRegion()) {  // else a comment on the file as a whole (a finding on the path)
        c["line"] = endLine;
        c["range"] = Json{{"start_line", d.range.start.line},
                          {"start_character", d.range.start.column - 1},
                          {"end_line", endLine},
                          {"end_character", endColumn - 1}};
      }
      c["message"] = std::move(message);
      comments.push_back(std::move(c));
    }
    if (!comments.empty()) files[file.path] = std::move(comments);
  });
  return files.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

const Reporter& githubReporter() {
  // The Actions log shows the notices as annotations already.
  static const Reporter reporter("github", "Actions workflow commands", true,
                                 [](const Report& report, const ReportOptions&) { return renderGithubCommands(report); });
  return reporter;
}

const Reporter& gerritReporter() {
  static const Reporter reporter("gerrit", "Zuul file comments", false,
                                 [](const Report& report, const ReportOptions&) { return renderGerritComments(report); });
  return reporter;
}

}  // namespace platlint
