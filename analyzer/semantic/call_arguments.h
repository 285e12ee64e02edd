#pragma once
// The arguments of a call, split the way rules ask about them. The one reading of an argument
// list: rules take it from argumentsOf() instead of walking `argument_list` nodes themselves.
#include <string_view>
#include <vector>

#include "analyzer/syntax/syntax.h"

namespace platlint {

struct CallArguments {
  Node list;  // the argument_list node, or null (a generator argument)
  // The positional arguments before the first `*args`: after it, no position is certain.
  std::vector<Node> positional;
  std::vector<Node> keywords;  // keyword_argument nodes
  bool listSplat = false;      // *args
  bool dictSplat = false;      // **kwargs
  Node leadingSplat;           // `x` of `f(*x, ...)` when it comes first

  bool splat() const { return listSplat || dictSplat; }
  // The value of keyword argument `name`, or null.
  Node keyword(std::string_view name) const;
  // The argument at `index` (or, when absent, the keyword `name`); index < 0: keyword-only.
  Node argument(int index, std::string_view name = {}) const;
};

CallArguments argumentsOf(Node call);

}  // namespace platlint
