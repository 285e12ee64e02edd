#pragma once
// One output format of `platlint check --format`. Each format is a Reporter in the layer that knows
// its shape (text, JSON and SARIF here, GitHub and Gerrit in analyzer/ci/); analyzer/app/output_formats.h
// lists them, and the command line and runCheck know formats only through that list.
#include <cstddef>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

#include "analyzer/report/report.h"

namespace platlint {

// What a reporter may need beyond the report: the command line's choices and what --fix did.
struct ReportOptions {
  bool color = false;                      // ANSI escapes; the caller decides (tty, NO_COLOR, FORCE_COLOR, --color)
  size_t width = 0;                        // columns to wrap text output to; 0: do not wrap
  bool unsafeFixes = false;                // --unsafe-fixes: unsafe fixes count as fixable
  size_t fixesApplied = 0;                 // findings --fix fixed in this run
  std::string sarifCategory = "platlint";  // --sarif-category (see sarif_code_scanning.h)
};

class Reporter {
 public:
  using Render = std::string (*)(const Report& report, const ReportOptions& options);
  // A format whose output grows with the findings writes them as it goes (JSON, SARIF): a report
  // of a large tree is then never held whole in memory.
  using Write = void (*)(const Report& report, const ReportOptions& options, std::ostream& out);
  // `noticesOnStdout`: a reader of this output on standard output already sees the file and
  // run notices in it (a person at a terminal, the Actions log). Otherwise, and whenever the report
  // goes to a file, runCheck also prints the notices to stderr, where someone watching the run sees them.
  constexpr Reporter(std::string_view formatName, std::string_view helpText, bool noticesOnStdout, Render renderReport)
      : name_(formatName), description_(helpText), showsNoticesOnStdout_(noticesOnStdout), render_(renderReport) {}
  constexpr Reporter(std::string_view formatName, std::string_view helpText, bool noticesOnStdout, Write writeReport)
      : name_(formatName), description_(helpText), showsNoticesOnStdout_(noticesOnStdout), write_(writeReport) {}

  // The --format value, lower case, e.g. "sarif".
  std::string_view name() const { return name_; }
  // A few words for --help, e.g. "Actions workflow commands".
  std::string_view description() const { return description_; }
  bool showsNoticesOnStdout() const { return showsNoticesOnStdout_; }
  void write(const Report& report, const ReportOptions& options, std::ostream& out) const {
    if (write_) {
      write_(report, options, out);
    } else {
      out << render_(report, options);
    }
  }
  std::string render(const Report& report, const ReportOptions& options) const {
    if (render_) return render_(report, options);
    std::ostringstream out;
    write_(report, options, out);
    return std::move(out).str();
  }

 private:
  std::string_view name_;
  std::string_view description_;
  bool showsNoticesOnStdout_;
  Render render_ = nullptr;
  Write write_ = nullptr;
};

}  // namespace platlint
