#include "analyzer/lint/syntax_error_rule.h"

#include <algorithm>

namespace platlint {
namespace {

constexpr std::string_view kSyntaxTags[] = {"syntax", "correctness"};

constexpr RuleMeta kSyntaxError{
    "PORT000", "syntax-error", Level::Error,
    "A Python file does not parse, so platlint analysed it only as far as the parser recovered",
    "Reports the first syntax error of a Python file, where the parser met it. The parser recovers and "
    "platlint still analyses the rest of the file, but code near the error may be read wrongly or "
    "not at all, so findings there can be missing. Like any error-level finding it makes `check` exit "
    "1, so that CI does not pass a file it could not read. Turn it off with `--ignore PORT000` (a "
    "notice on standard error then says the file has a syntax error).",
    "A file that does not parse does not run on any platform; and a linter that prints a syntax error "
    "only as a notice lets CI pass with the file half analysed. Unfinished edits and merge-conflict markers "
    "are the usual causes. The parser is tolerant: it accepts some code Python rejects, such as Python 2's "
    "`print \"x\"` and `except E, e:`, and those are not reported.",
    "def cpus(:\n    return os.cpu_count()",
    "def cpus():\n    return os.cpu_count()",
    PlatformSet::all(), kSyntaxTags};

}  // namespace

const RuleMeta& syntaxErrorRule() { return kSyntaxError; }

bool hasSyntaxError(const FileResult& result) {
  return std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& d) { return d.rule == &kSyntaxError; }) ||
         std::any_of(result.notices.begin(), result.notices.end(),
                     [](const FileNotice& n) { return n.kind == FileNotice::Kind::SyntaxError; });
}

}  // namespace platlint
