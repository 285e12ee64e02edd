// PORT416: the base name of `shutil.which()`'s result compared with a bare program name. On Windows
// `shutil.which()` returns the file it found, with the extension from PATHEXT that matched
// (`C:\Program Files\Git\cmd\git.EXE`, `gh.cmd`), so `basename(which("git")) == "git"` is false
// there. Only that form is matched: looking for real code, the one with a bare name compared was
// `docker = basename(which("podman") or which("docker"))` used as a program name (correct), and a
// test that expects `gh.cmd` on Windows; `which(x).endswith("/git")` and `which(x) == "/usr/bin/git"`
// showed up nowhere, so they are left out. It lives with the standard-library
// APIs (PORT4xx) rather than the external commands (PORT5xx): the program exists and runs; what
// differs is the value the API returns.
#include <string>
#include <string_view>

#include "analyzer/lint/rule.h"
#include "analyzer/syntax/comparisons.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "stdlib"};

constexpr RuleMeta kWhichWithoutExtension{
    "PORT416", "which-without-extension", Level::Warning,
    "Compares the base name of `shutil.which()`'s result with a program name that has no Windows extension",
    "Finds `==` and `!=` between a program name without an extension (`\"python\"`, `\"podman\"`) and "
    "`os.path.basename(shutil.which(...))`, also with `shutil.which(...) or \"\"` and through a name assigned "
    "once.",
    "On Windows `shutil.which()` returns the file it found, with the extension from `PATHEXT` that matched "
    "(`python.EXE`, `gh.cmd`), so its base name never equals the bare program name there.",
    "docker = os.path.basename(shutil.which(\"podman\") or shutil.which(\"docker\"))\nif docker == \"podman\":\n"
    "    args.append(\"--userns=keep-id\")",
    "docker = os.path.basename(shutil.which(\"podman\") or shutil.which(\"docker\"))\n"
    "if os.path.splitext(docker)[0].lower() == \"podman\":\n    args.append(\"--userns=keep-id\")",
    kWindowsOnly, kTags};

constexpr const RuleMeta* kRules[] = {&kWhichWithoutExtension};

bool isWhichCall(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  // `shutil.which("gh") or ""`: the fallback is for a missing program.
  if (expr.is("boolean_operator") && expr.child(1).text() == "or") return isWhichCall(expr.field("left"), model);
  return expr.is("call") && model.qualifiedName(skipParentheses(expr.field("function"))) == "shutil.which";
}

// The expression a name stands for when it is assigned once (in its function, else the module).
Node resolved(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr.is("identifier")) return expr;
  if (Node local = localSingleAssignment(expr, expr.text())) return skipParentheses(local);
  if (Node global = model.singleAssignment(expr.text())) return skipParentheses(global);
  return expr;
}

// `os.path.basename(shutil.which(x))`, directly or through a name.
bool isWhichBaseName(Node expr, const SemanticModel& model) {
  expr = resolved(expr, model);
  if (!expr.is("call") || model.qualifiedName(skipParentheses(expr.field("function"))) != "os.path.basename") {
    return false;
  }
  const Node path = argumentsOf(expr).argument(0, "p");
  return path && isWhichCall(path, model);
}

// A literal program name without a directory or an extension.
bool bareProgram(Node expr, const SemanticModel& model, std::string& value) {
  expr = skipParentheses(expr);
  if (!expr.is("string")) return false;
  const auto folded = model.stringValue(expr);
  if (!folded || !folded->complete || folded->value.empty()) return false;
  const std::string_view v = folded->value;
  if (v.find_first_of("./\\ ") != std::string_view::npos) return false;
  value = std::string(v);
  return true;
}

class WhichExtensionCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT416 shutil.which results"; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"comparison_operator"};
    return kinds;
  }
  void visit(Node node, RuleContext& ctx) const override {
    if (!ctx.enabled(kWhichWithoutExtension) || node.namedChildCount() != 2) return;
    const std::string_view op = soleComparisonOperator(node);
    if (op != "==" && op != "!=") return;
    std::string program;
    const Node a = node.namedChild(0);
    const Node b = node.namedChild(1);
    if (!((bareProgram(b, ctx.model(), program) && isWhichBaseName(a, ctx.model())) ||
          (bareProgram(a, ctx.model(), program) && isWhichBaseName(b, ctx.model())))) {
      return;
    }
    ctx.report(kWhichWithoutExtension, node,
               "compares the base name of `shutil.which()`'s result with `" + program +
                   "`: on Windows it is the file found, with its `PATHEXT` extension (`" + program +
                   ".EXE`, `.cmd`), so this is false there; compare `os.path.splitext(name)[0].lower()`");
  }
};

}  // namespace

const Check& whichExtensionCheck() {
  static const WhichExtensionCheck check;
  return check;
}

}  // namespace platlint
