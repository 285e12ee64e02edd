#pragma once
// Calls of the file's own functions: which function a call runs and which of its parameters an
// argument becomes, so that a value can be followed into a helper (`_is_block_device(dev)` ...
// `os.path.exists(dev)` inside it) without any other file.
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

// The function of this file a call runs (`helper(...)`, `self.helper(...)`) and whether it is a
// method (its first parameter is `self`), or null.
std::pair<Node, bool> calledHelper(Node call, const SemanticModel& model);

// The name of the `index`-th parameter of `function`, when it is a plain one; else empty.
std::string_view parameterName(Node function, size_t index);

// The parameter of a function of this file that `argument` is passed as: `argument` is a
// positional argument (before any `*args`/`**kwargs`) or the value of `name=` of a call that
// calledHelper() resolves.
struct HelperParameter {
  Node function;
  std::string_view name;
};
std::optional<HelperParameter> helperParameterOf(Node argument, const SemanticModel& model);

// The reads of that parameter in the helper's body (readsOfParameter in scopes.h); empty when
// `argument` is no such argument.
std::vector<Node> readsInHelperOf(Node argument, const SemanticModel& model);

}  // namespace platlint
