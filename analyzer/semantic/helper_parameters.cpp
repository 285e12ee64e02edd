#include "analyzer/semantic/helper_parameters.h"

#include "analyzer/semantic/scopes.h"

namespace platlint {

std::pair<Node, bool> calledHelper(Node call, const SemanticModel& model) {
  const Node callee = skipParentheses(call.field("function"));
  if (!callee) return {};
  if (callee.is("identifier")) return {model.functionDefinition(callee.text()), false};
  if (!callee.is("attribute")) return {};
  const Node object = skipParentheses(callee.field("object"));
  if (!object || !object.is("identifier") || object.text() != "self") return {};
  return {methodDefinition(callee, callee.field("attribute").text()), true};
}

std::string_view parameterName(Node function, size_t index) {
  const Node params = function.field("parameters");
  if (!params || index >= params.namedChildCount()) return {};
  Node p = params.namedChild(static_cast<uint32_t>(index));
  if (p.is("default_parameter") || p.is("typed_default_parameter")) p = p.field("name");
  else if (p.is("typed_parameter") && p.namedChildCount() > 0) p = p.namedChild(0);
  return p && p.is("identifier") ? p.text() : std::string_view();
}

std::optional<HelperParameter> helperParameterOf(Node argument, const SemanticModel& model) {
  Node args = argument.parent();
  std::string_view keyword;
  if (args && args.is("keyword_argument") && args.field("value") == argument) {
    keyword = args.field("name").text();
    args = args.parent();
  }
  const Node call = args && args.is("argument_list") ? args.parent() : Node{};
  if (!call || !call.is("call")) return std::nullopt;
  size_t index = 0;
  if (keyword.empty()) {
    for (uint32_t i = 0; i < args.namedChildCount() && !(args.namedChild(i) == argument); ++i) {
      const Node a = args.namedChild(i);
      if (a.is("keyword_argument") || a.is("list_splat") || a.is("dictionary_splat")) return std::nullopt;
      ++index;
    }
  }
  const auto [helper, method] = calledHelper(call, model);
  if (!helper) return std::nullopt;
  if (!keyword.empty()) {
    // A keyword names the parameter, provided the helper has one of that name.
    const Node params = helper.field("parameters");
    for (size_t i = 0; params && i < params.namedChildCount(); ++i) {
      if (parameterName(helper, i) == keyword) return HelperParameter{helper, keyword};
    }
    return std::nullopt;
  }
  const std::string_view name = parameterName(helper, index + (method ? 1 : 0));
  if (name.empty()) return std::nullopt;
  return HelperParameter{helper, name};
}

std::vector<Node> readsInHelperOf(Node argument, const SemanticModel& model) {
  const auto parameter = helperParameterOf(argument, model);
  return parameter ? readsOfParameter(parameter->function, parameter->name) : std::vector<Node>{};
}

}  // namespace platlint
