#include "rules/run_as_root.h"

#include <string>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/string_literal.h"

namespace platlint {
namespace {

bool isTrueLiteral(Node n) {
  n = skipParentheses(n);
  return n && n.is("true");
}

bool namesRootHelper(std::string_view name) { return toLower(name).find("root_helper") != std::string::npos; }

}  // namespace

Node runAsRootArgument(const CommandInvocation& command) {
  if (!command.wrapper) return {};
  const Node list = command.call.field("arguments");
  for (uint32_t i = 0; list && i < list.namedChildCount(); ++i) {
    const Node kw = list.namedChild(i);
    if (kw.is("keyword_argument") && kw.field("name").text() == "run_as_root" && isTrueLiteral(kw.field("value"))) {
      return kw;
    }
  }
  return {};
}

bool setsRunAsRoot(Node string) {
  // Every string of every file comes here: most are answered by their text.
  if (string.text().find("run_as_root") == std::string_view::npos) return false;
  if (decodeStringLiteral(string).value != "run_as_root") return false;
  const Node parent = string.parent();
  if (!parent) return false;
  // {"run_as_root": True}
  if (parent.is("pair")) return parent.field("key") == string && isTrueLiteral(parent.field("value"));
  // kwargs["run_as_root"] = True
  if (parent.is("subscript") && parent.field("subscript") == string) {
    const Node assignment = parent.parent();
    return assignment && assignment.is("assignment") && assignment.field("left") == parent &&
           isTrueLiteral(assignment.field("right"));
  }
  return false;
}

bool isSudoRootHelper(Node string, const SemanticModel& model) {
  if (string.text().find("sudo ") == std::string_view::npos) return false;
  // The whole expression the literal starts: `"sudo x-rootwrap %s" % conf`.
  Node expr = string;
  while (expr.parent() && (expr.parent().is("binary_operator") || expr.parent().is("parenthesized_expression")) &&
         expr.parent().namedChild(0) == expr) {
    expr = expr.parent();
  }
  const auto value = model.stringValue(expr);
  if (!value || !value->value.starts_with("sudo ")) return false;
  const Node parent = expr.parent();
  if (!parent) return false;
  if (parent.is("assignment")) {
    const Node left = parent.field("left");
    return left && namesRootHelper(left.is("attribute") ? left.field("attribute").text() : left.text());
  }
  if (parent.is("return_statement")) {
    for (Node f = parent.parent(); f; f = f.parent()) {
      if (f.is("function_definition")) return namesRootHelper(f.field("name").text());
    }
  }
  return false;
}

}  // namespace platlint
