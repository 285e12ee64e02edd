// PORT413: strftime formats whose directives only some C libraries know. Python hands the format of
// `time.strftime()`, `date/datetime/time.strftime()` and logging's `datefmt` to the platform's C
// strftime, so a directive one C library adds (glibc's and macOS's `%-d`, `%k`, `%s`; glibc's `%P`;
// the Windows C runtime's `%#d`) raises `ValueError` or prints something else elsewhere.
//
// Windows (CPython's time_strftime, Modules/timemodule.c): the UCRT's strftime calls the invalid
// parameter handler for a directive it does not know, and Python turns that into `ValueError:
// Invalid format string`. The UCRT knows the C99 set (%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j
// %m %M %n %p %r %R %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %%), the E and O modifiers and its own
// `#` flag. macOS's strftime (FreeBSD's, from tzcode) knows the `-`, `_` and `0` padding flags, %k,
// %l and %s, and prints any other character after `%` as it is (`%P` -> "P", `%#d` -> "#d"). glibc
// knows all of those but `#`, which it reads as "swap the case" and ignores for numbers (`%#d` ->
// "05"). `strptime` is not checked: `_strptime` is Python code, the same on every platform.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/rule.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "stdlib", "datetime"};
constexpr std::string_view kValueErrors[] = {"ValueError"};


constexpr RuleMeta kStrftimeDirective{
    "PORT413", "platform-strftime-directive", Level::Warning,
    "Formats a date with a strftime directive that only some platforms' C libraries know",
    "Finds the format of `time.strftime()`, of the `strftime()` method of dates, times and datetimes (any "
    "`.strftime(...)` call) and of logging's `datefmt=` (`logging.Formatter`, `logging.basicConfig`) when it "
    "is a literal, the literal start of an f-string or a name assigned once, and the format specification of "
    "an f-string replacement field (`f\"{when:%-d}\"`, which calls `strftime` for dates), and reports the "
    "directives that "
    "are not portable: the padding flags of glibc and macOS (`%-d`, `%-I`, `%_H`, `%0e`), the space-padded "
    "hours `%k` and `%l`, seconds since the epoch `%s`, glibc's lower-case `%P` and upper-case flag `%^`, "
    "and the Windows C runtime's `#` flag (`%#d`, `%#I`). A call inside a `try` that catches `ValueError`, "
    "or inside such a handler (the usual `try: d.strftime(\"%-d\") except ValueError: d.strftime(\"%#d\")`), "
    "and a call under a platform guard are not reported. `strptime` is not checked: Python parses dates "
    "with its own code, the same on every platform.",
    "Python passes the format to the platform's C `strftime`. The Windows C runtime knows the C99 "
    "directives, its own `#` flag and nothing else: `%-d`, `%k`, `%l`, `%s`, `%P` make "
    "`strftime` raise `ValueError: Invalid format string` there. macOS's `strftime` prints an unknown "
    "directive as it is (`%P` gives `P`), and neither glibc nor macOS knows `#` as a padding flag: `%#d` is "
    "`05` on Linux and `#d` on macOS. `%s` also ignores the datetime's time zone where it works.",
    "label = when.strftime(\"%B %-d, %Y at %-I:%M %p\")\nstamp = now.strftime(\"%s\")",
    "label = f\"{when:%B} {when.day}, {when.year} at {when.hour % 12 or 12}:{when:%M %p}\"\n"
    "stamp = str(int(now.timestamp()))",
    PlatformSet::all(), kTags};

constexpr const RuleMeta* kRules[] = {&kStrftimeDirective};

// What a day, month or hour directive formats, for the advice: the attribute to format yourself.
std::string_view numberFor(char conversion) {
  switch (conversion) {
    case 'd': case 'e': return "`d.day`";
    case 'm': return "`d.month`";
    case 'H': case 'k': return "`d.hour`";
    case 'I': case 'l': return "`d.hour % 12 or 12`";
    case 'M': return "`d.minute`";
    case 'S': return "`d.second`";
    case 'j': return "`d.timetuple().tm_yday`";
    default: return "the number";
  }
}

struct DirectiveProblem {
  std::string directive;  // as written: "%-d"
  PlatformSet breaksOn;
  std::string why;  // completes "`%-d` is ..."
};

// The problem of the directive that starts at `format[at]` == '%', given its flag (0 for none) and
// conversion character; nullopt for a portable one.
std::optional<DirectiveProblem> problemOf(std::string directive, char flag, char conversion) {
  if (flag == '-' || flag == '_' || flag == '0') {
    return DirectiveProblem{std::move(directive), kWindowsOnly,
                            "a padding flag of glibc and macOS that the Windows C runtime rejects (`ValueError`); "
                            "format " + std::string(numberFor(conversion)) + " yourself"};
  }
  if (flag == '#') {
    return DirectiveProblem{std::move(directive), kNotWindows,
                            "the Windows C runtime's no-padding flag: glibc ignores it for numbers (zero-padded) and "
                            "macOS prints it as it is; format " + std::string(numberFor(conversion)) + " yourself"};
  }
  if (flag == '^') {
    return DirectiveProblem{std::move(directive), kNotLinux,
                            "glibc's upper-case flag: Windows rejects it (`ValueError`) and macOS prints it as it is; "
                            "call `.upper()` on the result"};
  }
  switch (conversion) {
    case 'k':
    case 'l':
      return DirectiveProblem{std::move(directive), kWindowsOnly,
                              "a space-padded hour of glibc and macOS that the Windows C runtime rejects (`ValueError`); "
                              "use `f\"{" + std::string(conversion == 'k' ? "d.hour" : "d.hour % 12 or 12") + ":2d}\"`"};
    case 's':
      return DirectiveProblem{std::move(directive), kWindowsOnly,
                              "seconds since the epoch, a glibc and macOS extension that the Windows C runtime rejects "
                              "(`ValueError`) and that ignores the datetime's time zone; use `int(d.timestamp())`"};
    case 'P':
      return DirectiveProblem{std::move(directive), kNotLinux,
                              "glibc's lower-case am/pm: Windows rejects it (`ValueError`) and macOS prints `P`; use "
                              "`d.strftime(\"%p\").lower()`"};
    default:
      return std::nullopt;
  }
}

// The non-portable directives of a format whose text is known up to `format.size()` (all of it when
// complete, the literal start of an f-string otherwise: a directive cut off there is not judged).
std::vector<DirectiveProblem> nonPortableDirectives(std::string_view format) {
  std::vector<DirectiveProblem> found;
  for (size_t i = 0; i + 1 < format.size(); ++i) {
    if (format[i] != '%') continue;
    size_t at = i + 1;
    if (format[at] == '%') {
      i = at;  // "%%" is a literal percent sign
      continue;
    }
    char flag = 0;
    if (std::string_view("-_0^#").find(format[at]) != std::string_view::npos) {
      flag = format[at];
      if (++at >= format.size()) break;
    }
    if (format[at] == 'E' || format[at] == 'O') {  // C99 modifiers: every C library accepts them
      if (++at >= format.size()) break;
    }
    if (auto problem = problemOf(std::string(format.substr(i, at + 1 - i)), flag, format[at])) {
      found.push_back(std::move(*problem));
    }
    i = at;
  }
  return found;
}

// The expression that holds the strftime format of `call`, or null when it is no strftime call.
Node formatArgument(Node call, const SemanticModel& model) {
  const Node function = skipParentheses(call.field("function"));
  if (!function) return {};
  const CallArguments args = argumentsOf(call);
  const std::string_view callee = model.qualifiedName(function);
  // `datetime.date.strftime(d, fmt)`: the method through its class takes the object first.
  if (callee == "datetime.datetime.strftime" || callee == "datetime.date.strftime" ||
      callee == "datetime.time.strftime") {
    return args.argument(1, "format");
  }
  if (callee == "time.strftime" || (function.is("attribute") && function.field("attribute").text() == "strftime")) {
    return args.argument(0, "format");
  }
  // logging formats `datefmt` with time.strftime.
  if (callee == "logging.Formatter") return args.argument(1, "datefmt");
  if (callee == "logging.basicConfig") return args.keyword("datefmt");
  return {};
}

// Inside the handler of a `try` that catches ValueError, in the same function: the fallback of the
// usual `try: d.strftime("%-d") except ValueError: d.strftime("%#d")`.
bool insideValueErrorHandler(Node node) {
  for (Node n = node.parent(); n; n = n.parent()) {
    if (n.is("function_definition") || n.is("class_definition") || n.is("lambda")) return false;
    if (n.is("except_clause") && handlerCatches(n, kValueErrors)) return true;
  }
  return false;
}

std::string describe(const std::vector<DirectiveProblem>& problems) {
  std::string out;
  for (size_t i = 0; i < problems.size(); ++i) {
    if (i > 0) out += "; ";
    out += "`" + problems[i].directive + "` is " + problems[i].why;
  }
  return out;
}

class StrftimeDirectiveCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT413 strftime directives"; }
  // Windows rejects the glibc directives with ValueError: a `try` that catches it has a fallback.
  std::span<const std::string_view> failureExceptions() const override { return kValueErrors; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"call", "format_specifier"};
    return kinds;
  }
  void visit(Node node, RuleContext& ctx) const override {
    if (!ctx.enabled(kStrftimeDirective)) return;
    // `f"{when:%-d}"` formats a date with strftime too (date.__format__).
    if (node.is("format_specifier")) return report(node, node.text(), ctx);
    const Node format = formatArgument(node, ctx.model());
    if (!format) return;
    const auto value = ctx.model().stringValue(format);
    if (value) report(format, value->value, ctx);
  }

 private:
  static void report(Node format, std::string_view text, RuleContext& ctx) {
    std::vector<DirectiveProblem> problems = nonPortableDirectives(text);
    if (problems.empty() || insideValueErrorHandler(format)) return;
    PlatformSet breaksOn;
    // One mention per directive: "%-d %-m %-d" names %-d once.
    std::vector<DirectiveProblem> distinct;
    for (DirectiveProblem& p : problems) {
      breaksOn = breaksOn | p.breaksOn;
      bool seen = false;
      for (const DirectiveProblem& d : distinct) seen = seen || d.directive == p.directive;
      if (!seen) distinct.push_back(std::move(p));
    }
    ctx.report(kStrftimeDirective, format, "strftime hands its format to the platform's C library: " + describe(distinct),
               breaksOn);
  }
};

}  // namespace

const Check& strftimeDirectiveCheck() {
  static const StrftimeDirectiveCheck check;
  return check;
}

}  // namespace platlint
