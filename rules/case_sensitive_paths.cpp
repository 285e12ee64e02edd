// PORT806: two paths normalised the same way and compared with `==`/`!=`, which assumes a
// case-sensitive file system. The default file systems of macOS (APFS) and Windows (NTFS) ignore
// case, so `Data/x` and `data/x` name one file there but compare unequal. `os.path.abspath` and
// `os.path.normpath` keep the case as written on every platform; `os.path.realpath` returns the case
// on disk on Windows (GetFinalPathNameByHandle, Python 3.8+) but keeps it as written on macOS.
// Only that form is matched. A literal name tested against a directory listing (`"Makefile" in
// os.listdir(d)`) is not: it is a bug only when the code then creates a name that differs by case,
// which a single-file view cannot tell from an ordinary lookup.
#include <string>
#include <string_view>

#include "analyzer/lint/rule.h"
#include "analyzer/syntax/comparisons.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/source_file.h"
#include "rules/path_use.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "file-system"};

constexpr RuleMeta kCaseSensitivePathComparison{
    "PORT806", "case-sensitive-path-comparison", Level::Warning,
    "Compares two normalised paths with `==`, as if the file system were case-sensitive",
    "Finds `==` and `!=` between two calls of `os.path.abspath()`, `os.path.normpath()` or `os.path.realpath()` "
    "(`os.path.realpath(a) == os.path.realpath(b)`), the usual test whether two paths name the same file. A "
    "comparison of `os.path.normcase()` results is not reported, nor one whose condition also calls "
    "`samefile()`, nor comparisons in `assert` statements and test modules, which compare paths the test "
    "built itself.",
    "The default file systems of macOS and Windows ignore case: `Data/config.ini` and `data/config.ini` name "
    "one file there, yet the normalised strings differ, so the code treats one file as two (copies a file "
    "onto itself, misses a duplicate). `abspath` and `normpath` keep the case as written everywhere; "
    "`realpath` returns the case on disk on Windows but not on macOS.",
    "if os.path.realpath(src) == os.path.realpath(dst):\n    raise ValueError(\"source and destination are the same file\")",
    "if os.path.exists(dst) and os.path.samefile(src, dst):  # compares device and inode\n"
    "    raise ValueError(\"source and destination are the same file\")",
    kNotLinux, kTags};

constexpr const RuleMeta* kRules[] = {&kCaseSensitivePathComparison};

// Where comparing the results of `callee` treats case as significant while the default file
// system does not; empty for other calls.
PlatformSet caseKeptOn(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr.is("call")) return {};
  const std::string_view callee = model.qualifiedName(skipParentheses(expr.field("function")));
  if (callee == "os.path.abspath" || callee == "os.path.normpath") return kNotLinux;
  if (callee == "os.path.realpath") return PlatformSet(Platform::MacOS);
  return {};
}

// True when the condition `comparison` belongs to (through `and`, `or`, `not`, parentheses) also
// asks `samefile()`: `realpath(a) == realpath(b) or (exists(b) and samefile(a, b))`.
bool conditionAsksSamefile(Node comparison) {
  Node test = comparison;
  for (Node p = test.parent(); p && (p.is("boolean_operator") || p.is("not_operator") || p.is("parenthesized_expression"));
       p = p.parent()) {
    test = p;
  }
  const SyntaxTree& tree = *test.tree();
  const uint32_t end = tree.subtreeEnd(test);
  for (uint32_t i = test.index(); i < end; ++i) {
    const Node n = tree.node(i);
    if (n.is("identifier") && n.text() == "samefile") return true;
  }
  return false;
}

bool insideAssert(Node node) {
  for (Node n = node.parent(); n; n = n.parent()) {
    if (n.is("assert_statement")) return true;
    if (n.is("function_definition") || n.is("class_definition")) return false;
  }
  return false;
}

class CaseSensitivePathCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT806 case-sensitive path comparisons"; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"comparison_operator"};
    return kinds;
  }
  void visit(Node comparison, RuleContext& ctx) const override {
    if (!ctx.enabled(kCaseSensitivePathComparison) || comparison.namedChildCount() != 2) return;
    // A test compares paths it built itself, spelled one way: no second spelling to miss.
    if (isTestFile(ctx.file().path()) || insideAssert(comparison)) return;
    const std::string_view op = soleComparisonOperator(comparison);
    if (op != "==" && op != "!=") return;
    const PlatformSet left = caseKeptOn(comparison.namedChild(0), ctx.model());
    const PlatformSet right = caseKeptOn(comparison.namedChild(1), ctx.model());
    if (left.empty() || right.empty() || conditionAsksSamefile(comparison)) return;
    ctx.report(kCaseSensitivePathComparison, comparison,
               "compares two normalised paths with `" + std::string(op) +
                   "`: macOS and Windows ignore case by default, so two spellings of one file compare unequal; use "
                   "`os.path.samefile()` when both exist (or compare `os.path.normcase()` of each, which folds "
                   "case on Windows only)",
               left | right);
  }
};

}  // namespace

const Check& caseSensitivePathCheck() {
  static const CaseSensitivePathCheck check;
  return check;
}

}  // namespace platlint
