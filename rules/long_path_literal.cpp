// PORT811: a path built from literals only that is longer than Windows' MAX_PATH. Win32 file APIs
// refuse a path of MAX_PATH (260) characters or more, the terminating NUL included, unless the
// machine has long paths enabled (`LongPathsEnabled` in the registry, off by default; python.exe
// declares itself long-path aware since 3.6), so such a path works on Linux and macOS (PATH_MAX 4096
// and 1024) and fails on a default Windows installation.
#include <string>
#include <string_view>

#include "analyzer/lint/rule.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "file-system", "windows"};

// MAX_PATH counts the terminating NUL: 259 characters is the longest path Windows opens by default.
constexpr size_t kMaxPath = 260;

constexpr RuleMeta kLongPathLiteral{
    "PORT811", "long-path-literal", Level::Warning,
    "Uses a literal path of 260 characters or more, longer than Windows' MAX_PATH",
    "Finds paths whose whole value is known from literals (a string literal, or `os.path.join`, `+` and "
    "`pathlib` joins of literals, directly or through a name assigned once) that are 260 characters or longer "
    "and are passed to a file-system API (`open`, `os.*`, `shutil.*`, `pathlib.Path`, ...), there or through "
    "the name they are assigned to. Values built partly at run time are not reported.",
    "Windows limits paths to `MAX_PATH`, 260 characters with the terminating NUL, unless long paths are "
    "enabled on the machine (the `LongPathsEnabled` registry value, off by default), so opening such a path "
    "raises `FileNotFoundError` or `OSError` there while Linux (4096) and macOS (1024) accept it. A relative "
    "path counts from the current directory, so the real limit is lower still.",
    "REPORT = os.path.join(\"reports\", \"2024\", \"quarterly-summary-of-...\")  # 300 characters\nopen(REPORT)",
    "# keep generated trees shallow, or on Windows use the extended-length prefix:\n"
    "path = os.path.abspath(long_path)\nif sys.platform == \"win32\":\n    path = \"\\\\\\\\?\\\\\" + path\nopen(path)",
    kWindowsOnly, kTags};

constexpr const RuleMeta* kRules[] = {&kLongPathLiteral};

bool usedAsPath(Node root, const SemanticModel& model) {
  if (model.useContext(root) == UseContext::PathArgument) return true;
  for (const Node read : readsOfAssignedValue(root)) {
    if (model.useContext(read) == UseContext::PathArgument) return true;
  }
  return false;
}

class LongPathLiteralCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT811 long path literals"; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"string"};
    return kinds;
  }
  void visit(Node literal, RuleContext& ctx) const override {
    // Cheap test first: the whole value can reach MAX_PATH only if it is long to begin with, or built.
    if (!ctx.enabled(kLongPathLiteral)) return;
    const Node root = ctx.model().valueRoot(literal);
    if (!root) return;
    if (root == literal && literal.text().size() < kMaxPath) return;
    const auto value = ctx.model().stringValue(root);
    if (!value || !value->complete || value->value.size() < kMaxPath) return;
    if (value->value.find('\n') != std::string::npos || !usedAsPath(root, ctx.model())) return;
    ctx.report(kLongPathLiteral, root,
               "this path is " + std::to_string(value->value.size()) +
                   " characters long: Windows refuses paths of 260 characters or more (`MAX_PATH`) unless long "
                   "paths are enabled on the machine; shorten it, or prefix the absolute path with `\\\\?\\` on "
                   "Windows");
  }
};

}  // namespace

const Check& longPathLiteralCheck() {
  static const LongPathLiteralCheck check;
  return check;
}

}  // namespace platlint
