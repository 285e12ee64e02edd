#include "analyzer/semantic/exception_handlers.h"

#include <algorithm>
#include <vector>

namespace platlint {
namespace {

std::string_view lastComponent(std::string_view dotted) {
  const size_t dot = dotted.rfind('.');
  return dot == std::string_view::npos ? dotted : dotted.substr(dot + 1);
}

// Names Python 3 keeps for OSError.
bool isOsErrorAlias(std::string_view name) {
  return name == "IOError" || name == "EnvironmentError" || name == "os.error" || name == "socket.error" ||
         name == "select.error";
}

}  // namespace

bool handlerCatches(Node exceptClause, std::span<const std::string_view> exceptions) {
  const auto named = [&](std::string_view e) { return std::find(exceptions.begin(), exceptions.end(), e) != exceptions.end(); };
  bool any = false;
  for (uint32_t i = 0; i < exceptClause.childCount(); ++i) {
    if (exceptClause.fieldNameOfChild(i) != "value") continue;
    any = true;
    Node value = exceptClause.child(i);
    if (value.is("as_pattern") && value.namedChildCount() > 0) value = value.namedChild(0);  // `as e`
    std::vector<Node> names;
    if (value.is("tuple") || value.is("parenthesized_expression")) {
      for (uint32_t j = 0; j < value.namedChildCount(); ++j) names.push_back(value.namedChild(j));
    } else {
      names.push_back(value);
    }
    for (const Node& n : names) {
      const std::string_view text = n.text();
      if (isOsErrorAlias(text) && named("OSError")) return true;
      const std::string_view name = lastComponent(text);
      if (name == "Exception" || name == "BaseException" || named(name)) return true;
    }
  }
  return !any;  // a bare `except:` catches everything
}

bool insideTryCatching(Node node, std::span<const std::string_view> exceptions) {
  if (exceptions.empty()) return false;
  Node child = node;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    if (parent.is("function_definition") || parent.is("class_definition") || parent.is("lambda")) return false;
    if (!parent.is("try_statement") || !(child == parent.field("body"))) continue;
    for (uint32_t i = 0; i < parent.namedChildCount(); ++i) {
      const Node clause = parent.namedChild(i);
      if (clause.is("except_clause") && handlerCatches(clause, exceptions)) return true;
    }
  }
  return false;
}

}  // namespace platlint
