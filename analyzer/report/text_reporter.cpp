#include "analyzer/report/text_reporter.h"

#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "analyzer/base/line_safe.h"
#include "analyzer/lint/rule.h"
#include "analyzer/report/target_suggestions.h"
#include "analyzer/report/text_layout.h"

namespace platlint {

std::string messageWithPlatforms(const Diagnostic& d) {
  if (d.breaksOn.empty() || !splitMessage(d.message).platforms.empty()) return d.message;
  return d.message + platformNote(d.breaksOn);
}

namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kGutter = "\x1b[1;34m";  // line numbers and the frame's bars, as Ruff and rustc

// The fewest columns wrapped text gets on a line, however narrow the terminal: a few words.
constexpr size_t kMinimumWidth = 20;

// Related locations a full finding lists before "and N more"; --format concise lists all of them.
constexpr size_t kMaxNotes = 8;

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

std::string_view ruleId(const Diagnostic& d) { return d.rule ? d.rule->id : std::string_view("PORT???"); }

// ":line:col", or nothing for a finding on a path as a whole.
std::string lineAndColumn(const TextRange& range) {
  if (range.start.line == 0) return {};
  return ':' + std::to_string(range.start.line) + ':' + std::to_string(range.start.column);
}

// "12:5: PORT401 ...", "other.py:3:1: ...", "docs/: ...": where a related finding is, and what it says.
std::string relatedPlace(const RelatedLocation& r) {
  std::string out;
  if (!r.path.empty()) out += lineSafePath(r.path) + (r.range.start.line > 0 ? ":" : "");
  if (r.range.start.line > 0) out += std::to_string(r.range.start.line) + ':' + std::to_string(r.range.start.column);
  return out + ": " + lineSafeText(r.message);
}

// What the summary line counts while the findings are written.
struct Tally {
  size_t errors = 0, warnings = 0, notes = 0;
  size_t fixable = 0, hiddenFixable = 0;
  size_t filesWithFindings = 0, analysed = 0, unanalysed = 0;
  size_t otherPaths = 0;  // directories and files that were not analysed, with findings on the path (PORT808-810)
  size_t suppressed = 0;  // by comments; counted, not shown
};

// True when --fix (with this run's --unsafe-fixes) would fix `d`: the `[*]` marker.
bool countFix(const Diagnostic& d, const ReportOptions& options, Tally& tally) {
  if (!d.fix || d.fix->edits.empty()) return false;
  const bool applies = fixApplies(*d.fix, options.unsafeFixes);
  (applies ? tally.fixable : tally.hiddenFixable)++;
  return applies;
}

// --format concise: one line per finding, the format scripts and editors parse.
void writeConciseFinding(std::ostream& out, const std::string& path, const Diagnostic& d, bool fixable, bool color) {
  styled(out, color, kBold, lineSafePath(path));
  out << lineAndColumn(d.range) << ": ";
  styled(out, color, levelColor(d.level), ruleId(d));
  if (fixable) {
    out << ' ';
    styled(out, color, kBold, "[*]");
  }
  out << ' ' << lineSafeText(messageWithPlatforms(d)) << '\n';
  // Indented and without the path, so that tools parsing `path:line:col:` see one finding.
  for (const RelatedLocation& r : d.related) out << "    also at " << relatedPlace(r) << '\n';
}

// The full format: a header, the code frame, the advice and the related places.
class FullWriter {
 public:
  FullWriter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options), color_(options.color) {}

  void finding(const std::string& path, const Diagnostic& d, bool fixable, ReportedSource& source) {
    const std::string message = lineSafeText(messageWithPlatforms(d));
    const MessageParts parts = splitMessage(message);
    const std::optional<CodeFrame> frame =
        d.hasRegion() && source.get() ? codeFrame(*source.get(), d.range, d.lineHash) : std::nullopt;
    const size_t gutter = frame ? std::to_string(frame->lines.back().number).size() : 1;
    pad_ = std::string(gutter, ' ');

    header(path, d, fixable, parts);
    if (frame) writeFrame(*frame, d.level);
    if (!parts.help.empty()) aside("help", capitalized(parts.help));
    if (d.fix && !d.fix->edits.empty()) {
      aside("fix", fixable ? lineSafeText(d.fix->description)
                           : lineSafeText(d.fix->description) + " (unsafe: applied with --unsafe-fixes)");
    }
    for (size_t i = 0; i < d.related.size() && i < kMaxNotes; ++i) aside("note", "also at " + relatedPlace(d.related[i]));
    if (d.related.size() > kMaxNotes) {
      aside("note", "and " + plural(d.related.size() - kMaxNotes, "more place", "more places") +
                        " (--format concise lists them all)");
    }
    out_ << '\n';
  }

 private:
  void header(const std::string& path, const Diagnostic& d, bool fixable, const MessageParts& parts) {
    const std::string shownPath = lineSafePath(path);
    const std::string where = lineAndColumn(d.range);
    const std::string name = d.rule ? " [" + std::string(d.rule->name) + "]" : std::string();
    const std::string level = std::string(" ") + levelName(d.level) + ": ";
    std::string text(parts.summary);
    if (!parts.platforms.empty()) text += " " + std::string(parts.platforms);
    const size_t prefix = displayWidth(shownPath) + where.size() + 2 + ruleId(d).size() + (fixable ? 4 : 0) + displayWidth(name) + level.size();
    // A header too long to leave room for the message starts the message on the next line.
    const bool messageBelow = options_.width > 0 && prefix + kMinimumWidth > options_.width;
    std::vector<std::string> lines = wrap(text, messageBelow ? 4 : prefix, 4);
    if (messageBelow) lines.insert(lines.begin(), std::string());

    styled(out_, color_, kBold, shownPath);
    out_ << where << ": ";
    styled(out_, color_, levelColor(d.level), ruleId(d));
    if (fixable) {
      out_ << ' ';
      styled(out_, color_, kBold, "[*]");
    }
    out_ << name << ' ';
    styled(out_, color_, levelColor(d.level), std::string(levelName(d.level)) + ":");
    out_ << (lines.front().empty() ? "" : " ") << lines.front() << '\n';
    for (size_t i = 1; i < lines.size(); ++i) out_ << "    " << lines[i] << '\n';
  }

  void writeFrame(const CodeFrame& frame, Level level) {
    bar();
    out_ << '\n';
    const size_t gutter = pad_.size();
    for (const FrameLine& line : frame.lines) {
      const std::string number = std::to_string(line.number);
      styled(out_, color_, kGutter, std::string(gutter - number.size(), ' ') + number + " |");
      out_ << ' ' << trimmedRight(line.line.text) << '\n';
      if (line.caretEnd == line.caretStart) continue;
      bar();
      out_ << ' ' << std::string(line.caretStart, ' ');
      styled(out_, color_, levelColor(level), std::string(line.caretEnd - line.caretStart, '^'));
      out_ << '\n';
    }
    if (frame.elided) {
      bar();
      out_ << " ...\n";
    }
  }

  // " = help: text", wrapped under its first word.
  void aside(std::string_view label, const std::string& text) {
    const std::string lead = pad_ + " = ";
    const size_t indent = lead.size() + label.size() + 2;
    const std::vector<std::string> lines = wrap(text, indent, indent);
    out_ << lead;
    styled(out_, color_, kBold, std::string(label) + ":");
    out_ << ' ' << lines.front() << '\n';
    for (size_t i = 1; i < lines.size(); ++i) out_ << std::string(indent, ' ') << lines[i] << '\n';
  }

  void bar() { styled(out_, color_, kGutter, pad_ + " |"); }

  // `text` in lines that fit the width after `firstIndent` columns on the first line and
  // `indent` on the others; one line when the output is not wrapped.
  std::vector<std::string> wrap(std::string_view text, size_t firstIndent, size_t indent) const {
    const size_t width = options_.width;
    if (width == 0) return {std::string(text)};
    return wrapText(text, std::max(width > firstIndent ? width - firstIndent : 0, kMinimumWidth),
                    std::max(width > indent ? width - indent : 0, kMinimumWidth));
  }

  static std::string capitalized(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
  }

  static std::string_view trimmedRight(std::string_view text) {
    const size_t end = text.find_last_not_of(' ');
    return end == std::string_view::npos ? std::string_view() : text.substr(0, end + 1);
  }

  std::ostream& out_;
  const ReportOptions& options_;
  bool color_;
  std::string pad_;  // the gutter's width in spaces
};

enum class TextStyle { Full, Concise };

// The counts come from the results' summaries; only files with findings to show are read.
void writeFindings(std::ostream& out, const Report& report, const ReportOptions& options, TextStyle style, Tally& tally) {
  const ResultTotals totals = report.files.totals();
  tally.errors = totals.shown[static_cast<size_t>(Level::Error)];
  tally.warnings = totals.shown[static_cast<size_t>(Level::Warning)];
  tally.notes = totals.shown[static_cast<size_t>(Level::Note)];
  tally.suppressed = totals.suppressedCount();
  tally.analysed = totals.analysed;
  tally.unanalysed = totals.unanalysed;
  tally.filesWithFindings = totals.filesWithFindings;
  tally.otherPaths = totals.pathsWithFindings;
  FullWriter full(out, options);
  report.files.forEach([](const ResultSummary& s) { return s.shownCount() > 0; }, [&](const FileResult& file) {
    ReportedSource source(report, file.path);
    for (const Diagnostic& d : file.diagnostics) {
      if (d.suppressed()) continue;
      const bool fixable = countFix(d, options, tally);
      if (style == TextStyle::Concise) {
        writeConciseFinding(out, file.path, d, fixable, options.color);
      } else {
        full.finding(file.path, d, fixable, source);
      }
    }
  });
}

// `text` wrapped to `width` (0: one line), its later lines indented by two.
void writeWrapped(std::ostream& out, const std::string& text, size_t width) {
  const std::vector<std::string> lines =
      width == 0 ? std::vector<std::string>{text}
                 : wrapText(text, std::max(width, kMinimumWidth), std::max(width - std::min<size_t>(width, 2), kMinimumWidth));
  for (size_t i = 0; i < lines.size(); ++i) out << (i == 0 ? "" : "  ") << lines[i] << '\n';
}

// A first run on a code base that grew on Linux finds most of its findings in components that are
// Linux-only on purpose; the user who does not know --suggest-targets learns of it here.
void writeComponentsHint(std::ostream& out, const Report& report, size_t width) {
  const std::vector<TargetSuggestion> components = suggestTargets(report.files, report.workingDirectory);
  if (components.empty()) return;
  size_t held = 0;
  for (const TargetSuggestion& c : components) held += c.findings;
  const bool one = components.size() == 1;
  const std::string hint = plural(components.size(), "component", "components") + (one ? " looks" : " look") +
                           " Linux-only by design and " + (one ? "holds " : "hold ") + std::to_string(held) +
                           " of these findings: --suggest-targets lists " + (one ? "it" : "them") +
                           ", with the per-file-target entries that would declare " + (one ? "it." : "them.");
  writeWrapped(out, hint, width);
}

void writeSummary(std::ostream& out, const Report& report, const ReportOptions& options, const Tally& tally,
                  TextStyle style) {
  // "; 3 fixed", "; 2 fixable with --fix, 1 more fixable with --unsafe-fixes"
  std::string fixes;
  if (options.fixesApplied > 0) fixes += std::to_string(options.fixesApplied) + " fixed";
  if (tally.fixable > 0) {
    fixes += fixes.empty() ? "" : ", ";
    fixes += std::to_string(tally.fixable) + (options.fixesApplied > 0 ? " more" : "") + " fixable with --fix";
  }
  if (tally.hiddenFixable > 0) {
    const bool more = !fixes.empty();
    fixes += more ? ", " : "";
    fixes += std::to_string(tally.hiddenFixable) + (more ? " more" : "") + " fixable with --unsafe-fixes";
  }
  if (!fixes.empty()) fixes = "; " + fixes;
  if (tally.suppressed > 0) fixes += "; " + std::to_string(tally.suppressed) + " suppressed";
  if (const size_t guarded = report.guardedCount(); guarded > 0) {
    fixes += "; " + std::to_string(guarded) + " more inside platform guards (--ignore-guards shows them)";
  }

  std::string summary;
  const size_t total = tally.errors + tally.warnings + tally.notes;
  if (total == 0) {
    summary = "No findings in " + plural(tally.analysed, "file", "files") + fixes + ".";
  } else {
    std::string breakdown;
    auto add = [&](size_t n, std::string_view one, std::string_view many) {
      if (n == 0) return;
      if (!breakdown.empty()) breakdown += ", ";
      breakdown += plural(n, one, many);
    };
    add(tally.errors, "error", "errors");
    add(tally.warnings, "warning", "warnings");
    add(tally.notes, "note", "notes");
    summary = "Found " + plural(total, "finding", "findings") + " (" + breakdown + ") in " +
              std::to_string(tally.filesWithFindings) + " of " + plural(tally.analysed, "file", "files") +
              (tally.otherPaths > 0 ? " and " + plural(tally.otherPaths, "other path", "other paths") : std::string()) +
              fixes + ".";
  }
  // Concise output stays one line for scripts that read the summary.
  const size_t width = style == TextStyle::Full ? options.width : 0;
  writeWrapped(out, summary, width);
  if (style == TextStyle::Full && total > 0) writeComponentsHint(out, report, width);
  if (tally.unanalysed > 0) {
    out << plural(tally.unanalysed, "file", "files") << " could not be analysed.\n";
  }
  if (report.baseline) out << baselineSummary(*report.baseline);
}

void writeReport(std::ostream& out, const Report& report, const ReportOptions& options, TextStyle style) {
  Tally tally;
  writeFindings(out, report, options, style, tally);

  // Notices after the findings so the findings stay one contiguous, grep-able block.
  const bool color = options.color;
  report.files.forEach([](const ResultSummary& s) { return s.notices > 0; }, [&](const FileResult& file) {
    for (const FileNotice& n : file.notices) {
      styled(out, color, kBold, lineSafePath(file.path));
      if (n.position.line > 0) out << ':' << n.position.line << ':' << n.position.column;
      out << ": notice: " << lineSafeText(n.message) << '\n';
    }
  });
  for (const std::string& notice : report.runNotices) out << "notice: " << lineSafeText(notice) << '\n';
  writeSummary(out, report, options, tally, style);
}

}  // namespace

void writeText(std::ostream& out, const Report& report, const ReportOptions& options) {
  writeReport(out, report, options, TextStyle::Full);
}

void writeConciseText(std::ostream& out, const Report& report, const ReportOptions& options) {
  writeReport(out, report, options, TextStyle::Concise);
}

const Reporter& textReporter() {
  static const Reporter reporter("text", "each finding with its source line, a caret under it and the advice, the default", true,
                                 [](const Report& report, const ReportOptions& options) {
                                   std::ostringstream out;
                                   writeText(out, report, options);
                                   return std::move(out).str();
                                 });
  return reporter;
}

const Reporter& conciseReporter() {
  static const Reporter reporter("concise", "one line per finding, for scripts and editors", true,
                                 [](const Report& report, const ReportOptions& options) {
                                   std::ostringstream out;
                                   writeConciseText(out, report, options);
                                   return std::move(out).str();
                                 });
  return reporter;
}

}  // namespace platlint
