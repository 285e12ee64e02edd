// PORT901 unused-suppression and PORT902 malformed-suppression: the linter's own rules, about its
// suppression comments. Their findings come from applySuppressions(); every RuleCatalog has them.
#include "analyzer/lint/suppression_rules.h"

namespace platlint {
namespace {

constexpr std::string_view kSuppressionTags[] = {"suppression", "maintainability"};

constexpr RuleMeta kUnusedSuppression{
    "PORT901", "unused-suppression", Level::Warning,
    "A suppression comment names a rule that reports nothing where it applies",
    "Finds `# noqa: PORTxxx`, `# platlint: ignore[PORTxxx]` and `# platlint: ignore-file[PORTx]` directives, "
    "and rule ids within them, that suppress no finding: the code was fixed or moved, or the directive "
    "names the wrong rule. Only rules that are enabled for the file are considered, so a directive for a "
    "rule the configuration turns off is left alone. Off by default, like Ruff's RUF100: enable it with "
    "`--report-unused-suppressions`, `--extend-select PORT901` or `extend-select = [\"PORT901\"]`.",
    "A stale suppression hides the next real finding on that line: when someone later adds a Linux-only "
    "call there, nobody is told. It also documents a problem that no longer exists, on every platform.",
    "import os\n\ndef cpus():\n    return os.cpu_count()  # noqa: PORT102",
    "import os\n\ndef cpus():\n    return os.cpu_count()",
    PlatformSet::none(), kSuppressionTags, FixAvailability::None, {}, false};

constexpr RuleMeta kMalformedSuppression{
    "PORT902", "malformed-suppression", Level::Warning,
    "A comment looks like a platlint suppression but is not one, so it suppresses nothing",
    "Finds comments that were meant to suppress a platlint finding but do not parse: `# noqa PORT101` and "
    "`# noqa[PORT101]` (no colon), `# platlint: ignore PORT101` (no brackets), unknown directives such as "
    "`# platlint: disable[...]`, rule ids that do not exist (`# noqa: PORT999`), family prefixes in a "
    "line suppression (`# noqa: PORT1`; only `ignore-file` takes prefixes), text after `]` that is not "
    "`-- reason`, and `ignore-file` after code instead of on a line of its own. A bare `# noqa` or a "
    "`# noqa: E501` for another linter is neither reported nor honoured: platlint never treats a comment "
    "as a blanket suppression.",
    "flake8 reads `# noqa PORT101` as a blanket `# noqa` that silences every code on the line, so a typo "
    "fails open there. platlint suppresses nothing for such a comment, and without this rule the author "
    "would believe the finding was handled while it is still reported (or, with flake8's reading, while "
    "other findings are silently hidden).",
    "path = open(\"/proc/mounts\")  # noqa PORT101\nx = os.fork()  # platlint: ignore PORT402",
    "path = open(\"/proc/mounts\")  # noqa: PORT101\n"
    "x = os.fork()  # platlint: ignore[PORT402] -- only called by the Linux agent",
    PlatformSet::none(), kSuppressionTags};

constexpr const RuleMeta* kRules[] = {&kUnusedSuppression, &kMalformedSuppression};

}  // namespace

const RuleMeta& unusedSuppressionRule() { return kUnusedSuppression; }
const RuleMeta& malformedSuppressionRule() { return kMalformedSuppression; }

std::span<const RuleMeta* const> suppressionRules() { return kRules; }

}  // namespace platlint
