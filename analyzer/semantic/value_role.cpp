#include "analyzer/semantic/value_role.h"

namespace platlint {
namespace {

// Expressions that pass a value on to their parent rather than storing it.
bool carriesValue(Node n) {
  const std::string_view k = n.kind();
  return k == "argument_list" || k == "call" || k == "list" || k == "tuple" || k == "set" ||
         k == "parenthesized_expression" || k == "binary_operator" || k == "conditional_expression" ||
         k == "boolean_operator" || k == "expression_list" || k == "subscript" || k == "attribute" ||
         k == "list_splat" || k == "await" || k == "pattern_list" || k == "tuple_pattern";
}

bool inClassBody(Node statement) {
  const Node block = statement.parent();
  return block && block.is("block") && block.parent() && block.parent().is("class_definition");
}

bool atModuleLevel(Node statement) { return statement.parent() && statement.parent().is("module"); }

ValueRole assignmentRole(Node assignment) {
  Node statement = assignment;
  while (statement.parent() && statement.parent().is("assignment")) statement = statement.parent();  // a = b = v
  statement = statement.parent();
  if (!statement || !statement.is("expression_statement")) return ValueRole::Computation;
  if (inClassBody(statement)) return ValueRole::ClassAttribute;
  if (atModuleLevel(statement)) return ValueRole::ModuleConstant;
  return ValueRole::Computation;
}

}  // namespace

bool isSettingDefault(Node keyword) {
  if (!keyword || !keyword.is("keyword_argument") || keyword.field("name").text() != "default") return false;
  const Node args = keyword.parent();
  const Node call = args ? args.parent() : Node{};
  if (!call || !call.is("call")) return false;
  const std::string_view name = calleeName(call);
  return name.ends_with("Opt") || name == "add_argument" || name == "add_option" || name == "option" ||
         name == "Option" || name == "argument" || name == "Argument";
}

ValueRole valueRole(Node expr) {
  Node child = expr;
  for (Node n = expr.parent(); n; child = n, n = n.parent()) {
    if (n.is("keyword_argument")) {
      if (isSettingDefault(n)) return ValueRole::OptionDefault;
      continue;
    }
    if (n.is("pair")) return n.field("value") == child ? ValueRole::DictionaryValue : ValueRole::Computation;
    if (n.is("dictionary")) continue;
    if (n.is("default_parameter") || n.is("typed_default_parameter")) return ValueRole::ParameterDefault;
    if (n.is("assignment") || n.is("augmented_assignment")) {
      return n.field("right") == child ? assignmentRole(n) : ValueRole::Computation;
    }
    if (!carriesValue(n)) return ValueRole::Computation;
  }
  return ValueRole::Computation;
}

std::string_view valueRoleName(ValueRole role) {
  switch (role) {
    case ValueRole::Computation: return "a value used where it stands";
    case ValueRole::OptionDefault: return "the default of a setting";
    case ValueRole::ParameterDefault: return "a parameter's default";
    case ValueRole::DictionaryValue: return "a dictionary value";
    case ValueRole::ClassAttribute: return "a class attribute";
    case ValueRole::ModuleConstant: return "a module-level constant";
  }
  return {};
}

}  // namespace platlint
