#include "analyzer/report/text_reporter.h"

#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "analyzer/base/line_safe.h"

namespace platlint {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";

std::string_view levelColor(Level level) {
  switch (level) {
    case Level::Error: return "\x1b[1;31m";
    case Level::Warning: return "\x1b[1;33m";
    case Level::Note: return "\x1b[1;36m";
  }
  return "";
}

// Writes `text` wrapped in `style` when colouring, plain otherwise.
void styled(std::ostream& out, bool color, std::string_view style, std::string_view text) {
  if (color) {
    out << style << text << kReset;
  } else {
    out << text;
  }
}

std::string plural(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string baselineSummary(const BaselineComparison& comparison) {
  std::string out = "Baseline " + comparison.file + ": " + std::to_string(comparison.unchanged) +
                    (comparison.unchanged == 1 ? " known finding" : " known findings") + " not shown";
  if (comparison.fixed.empty()) return out + ".\n";
  out += "; " + std::to_string(comparison.fixed.size()) + " fixed since:\n";
  for (const BaselineEntry& e : comparison.fixed) {
    out += "  " + e.path + ':' + std::to_string(e.line) + ": " + e.rule + ' ' + e.message + '\n';
  }
  return out;
}

}  // namespace

void writeText(std::ostream& out, const Report& report, const ReportOptions& options) {
  const bool color = options.color;
  size_t errors = 0, warnings = 0, notes = 0;
  size_t fixable = 0, hiddenFixable = 0;
  size_t filesWithFindings = 0, analysed = 0, unanalysed = 0;
  size_t otherPaths = 0;  // directories and files that were not analysed, with findings on the path (PORT808-810)
  size_t suppressed = 0;  // by comments; counted, not shown

  for (const FileResult& file : report.files) {
    if (!file.pathOnly) (file.analyzed ? analysed : unanalysed)++;
    bool anyShown = false;
    for (const Diagnostic& d : file.diagnostics) {
      if (d.suppressed()) {
        ++suppressed;
        continue;
      }
      anyShown = true;
      const Level level = d.level;
      (level == Level::Error ? errors : level == Level::Warning ? warnings : notes)++;
      styled(out, color, kBold, lineSafePath(file.path));
      if (d.hasRegion()) out << ':' << d.range.start.line << ':' << d.range.start.column;
      out << ": ";
      styled(out, color, levelColor(level), d.rule ? d.rule->id : std::string_view("PORT???"));
      if (d.fix && !d.fix->edits.empty()) {
        if (fixApplies(*d.fix, options.unsafeFixes)) {
          ++fixable;
          out << ' ';
          styled(out, color, kBold, "[*]");
        } else {
          ++hiddenFixable;
        }
      }
      out << ' ' << lineSafeText(d.message) << '\n';
      // Indented and without the path, so that tools parsing `path:line:col:` see one finding.
      for (const RelatedLocation& r : d.related) {
        out << "    also at ";
        if (!r.path.empty()) out << lineSafePath(r.path) << (r.range.start.line > 0 ? ":" : "");
        if (r.range.start.line > 0) out << r.range.start.line << ':' << r.range.start.column;
        out << ": " << lineSafeText(r.message) << '\n';
      }
    }
    if (anyShown) (file.pathOnly ? otherPaths : filesWithFindings)++;
  }

  // Notices after the findings so the findings stay one contiguous, grep-able block.
  for (const FileResult& file : report.files) {
    for (const FileNotice& n : file.notices) {
      styled(out, color, kBold, lineSafePath(file.path));
      if (n.position.line > 0) out << ':' << n.position.line << ':' << n.position.column;
      out << ": notice: " << lineSafeText(n.message) << '\n';
    }
  }
  for (const std::string& notice : report.runNotices) out << "notice: " << lineSafeText(notice) << '\n';

  // "; 3 fixed", "; 2 fixable with --fix, 1 more fixable with --unsafe-fixes"
  std::string fixes;
  if (options.fixesApplied > 0) fixes += std::to_string(options.fixesApplied) + " fixed";
  if (fixable > 0) {
    fixes += fixes.empty() ? "" : ", ";
    fixes += std::to_string(fixable) + (options.fixesApplied > 0 ? " more" : "") + " fixable with --fix";
  }
  if (hiddenFixable > 0) {
    const bool more = !fixes.empty();
    fixes += more ? ", " : "";
    fixes += std::to_string(hiddenFixable) + (more ? " more" : "") + " fixable with --unsafe-fixes";
  }
  if (!fixes.empty()) fixes = "; " + fixes;
  if (suppressed > 0) fixes += "; " + std::to_string(suppressed) + " suppressed";
  if (const size_t guarded = report.guardedCount(); guarded > 0) {
    fixes += "; " + std::to_string(guarded) + " more inside platform guards (--ignore-guards shows them)";
  }

  const size_t total = errors + warnings + notes;
  if (total == 0) {
    out << "No findings in " << plural(analysed, "file", "files") << fixes << ".\n";
  } else {
    std::string breakdown;
    auto add = [&](size_t n, std::string_view one, std::string_view many) {
      if (n == 0) return;
      if (!breakdown.empty()) breakdown += ", ";
      breakdown += plural(n, one, many);
    };
    add(errors, "error", "errors");
    add(warnings, "warning", "warnings");
    add(notes, "note", "notes");
    out << "Found " << plural(total, "finding", "findings") << " (" << breakdown << ") in "
        << filesWithFindings << " of " << plural(analysed, "file", "files")
        << (otherPaths > 0 ? " and " + plural(otherPaths, "other path", "other paths") : std::string()) << fixes << ".\n";
  }
  if (unanalysed > 0) {
    out << plural(unanalysed, "file", "files") << " could not be analysed.\n";
  }
  if (report.baseline) out << baselineSummary(*report.baseline);
}

const Reporter& textReporter() {
  static const Reporter reporter("text", "a line per finding and a summary, the default", true,
                                 [](const Report& report, const ReportOptions& options) {
                                   std::ostringstream out;
                                   writeText(out, report, options);
                                   return std::move(out).str();
                                 });
  return reporter;
}

}  // namespace platlint
