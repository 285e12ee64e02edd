// PORT419: an API of a third-party library that exists on some platforms only, as the library
// documents it (analyzer/semantic/third_party_availability.h). psutil is what code uses to stay
// portable, and most of it is; the few methods it lacks somewhere are attributes that are simply
// not there, so the call raises AttributeError, which `except psutil.Error` does not catch.
#include <initializer_list>
#include <string>
#include <string_view>

#include "analyzer/lint/rule.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/semantic/third_party_availability.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "third-party"};

constexpr RuleMeta kThirdPartyApi{
    "PORT419", "third-party-platform-only-api", Level::Warning,
    "Uses an API of a third-party library that exists on some platforms only, such as psutil's "
    "Process.io_counters() or sensors_temperatures()",
    "Finds uses of the APIs a curated table lists with the platforms their library documents: psutil's "
    "`Process.io_counters()`, `memory_maps()`, `cpu_affinity()` and `ionice()` (not on macOS), `rlimit()` and "
    "`cpu_num()` (Linux and FreeBSD), `num_fds()` (not on Windows), `num_handles()` (Windows only), "
    "`sensors_temperatures()` and `sensors_fans()` (not on macOS or Windows), `win_service_iter()`/"
    "`win_service_get()` (Windows only) and the `RLIMIT_*` and `IOPRIO_CLASS_*` constants (Linux). A method is "
    "recognised through `psutil.Process`, or by its name on any object in a file that imports psutil "
    "(`proc.cpu_affinity()`: the names are psutil's own), except the generic `uids()`, `gids()` and "
    "`terminal()`. A use under a check that the attribute is there (`if hasattr(psutil.Process, "
    "\"cpu_num\"):`, `if hasattr(proc, \"ionice\"):`, an early exit when it is not), under a platform guard, "
    "or in a `try` that catches `AttributeError` is not reported.",
    "psutil is the portable way to ask about processes and the system, and code that uses it is often "
    "believed portable as a whole. But psutil defines some methods only on the platforms whose kernel "
    "answers them: on the others the attribute does not exist, and the call raises `AttributeError`. That is "
    "not a `psutil.Error`, so the `except psutil.Error` (or `except psutil.AccessDenied`) that handles a "
    "process vanishing does not catch it, and a monitoring loop or a CLI tool written on Linux stops on "
    "macOS at its first call. psutil's own scripts test `hasattr` first and say the platform is not "
    "supported.",
    "import psutil\n\nfor proc in psutil.process_iter():\n    try:\n        print(proc.pid, proc.io_counters())\n"
    "    except psutil.Error:\n        pass",
    "import sys\n\nimport psutil\n\nif not hasattr(psutil.Process, \"io_counters\"):\n"
    "    sys.exit(\"platform not supported\")\nfor proc in psutil.process_iter():\n    try:\n"
    "        print(proc.pid, proc.io_counters())\n    except psutil.Error:\n        pass",
    PlatformSet::all(), kTags};

constexpr const RuleMeta* kRules[] = {&kThirdPartyApi};
constexpr std::string_view kNodeKinds[] = {"attribute"};

// The platforms a set names, for a message ("macos and windows").
std::string named(PlatformSet platforms) {
  std::string out;
  for (const Platform p : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
    if (!platforms.contains(p)) continue;
    if (!out.empty()) out += " and ";
    out += platformName(p);
  }
  return out;
}

// True when `attribute` is written, not read (`psutil.Process.cpu_num = fake`, `del x.ionice`).
bool isAssigned(Node attribute) {
  const Node parent = attribute.parent();
  return parent && (parent.is("assignment") || parent.is("augmented_assignment")) &&
         parent.field("left") == attribute;
}

class ThirdPartyApiCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT419 third-party platform-only APIs"; }
  std::span<const std::string_view> nodeKinds() const override { return kNodeKinds; }
  std::span<const std::string_view> failureExceptions() const override { return kMissingApiErrors; }

  void visit(Node attribute, RuleContext& ctx) const override {
    if (!ctx.enabled(kThirdPartyApi) || isAssigned(attribute)) return;
    const SemanticModel& model = ctx.model();
    const Node parent = attribute.parent();
    // `psutil.Process.cpu_num` inside `psutil.Process.cpu_num(p)`: the outermost attribute decides.
    if (parent && parent.is("attribute") && parent.field("object") == attribute) return;
    const std::string_view qualified = model.qualifiedName(attribute);
    const ThirdPartyApi* api = nullptr;
    if (!qualified.empty()) {
      api = thirdPartyApi(qualified);
    } else if (parent && parent.is("call") && parent.field("function") == attribute) {
      api = thirdPartyMethod(attribute.field("attribute").text(), model);
    }
    if (!api) return;
    const PlatformSet missing = ~api->platforms;
    const std::string_view name = api->name;
    const std::string shown = name.ends_with('*') ? std::string(qualified) : std::string(name);
    const std::string member = shown.substr(shown.rfind('.') + 1);
    const std::string owner = shown.substr(0, shown.rfind('.'));
    ctx.recordPlatformApi(attribute, shown, kThirdPartyApi, missing);
    ctx.report(kThirdPartyApi, attribute,
               "uses `" + shown + "`, which psutil has only on " + std::string(api->availability) + ": on " +
                   named(missing) + " it does not exist and using it raises `AttributeError` (not a `psutil.Error`); " +
                   "check `hasattr(" + owner + ", \"" + member + "\")` first and say the platform is not supported, " +
                   "or guard it",
               missing);
  }
};

}  // namespace

const Check& thirdPartyApiCheck() {
  static const ThirdPartyApiCheck check;
  return check;
}

}  // namespace platlint
