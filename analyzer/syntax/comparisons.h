#pragma once
// Reading comparison nodes (`a == b`, `x not in y`).
#include <string_view>

#include "analyzer/syntax/syntax.h"

namespace platlint {

// The operator of a comparison of two operands (`a == b` -> "==", `a not in b` -> "not in"); empty
// for a chain (`a < b < c`) or another node.
inline std::string_view soleComparisonOperator(Node comparison) {
  if (!comparison || !comparison.is("comparison_operator") || comparison.namedChildCount() != 2) return {};
  for (uint32_t i = 0; i < comparison.childCount(); ++i) {
    if (comparison.fieldNameOfChild(i) == "operators") return comparison.child(i).text();
  }
  return {};
}

}  // namespace platlint
