#pragma once
// An answer about a node (the command a call runs, the variables it gives a child) that several
// checks ask of every call: worked out once per node, and kept in RuleContext::fileState.
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analyzer/syntax/syntax.h"

namespace platlint {

template <typename T>
class NodeAnswers {
 public:
  // The answer for `node`: compute() the first time it is asked. Only an answer keep() holds for is
  // kept (most calls run nothing); the others are `none`, which must outlive the file.
  template <typename Compute, typename Keep>
  const T& get(Node node, const T& none, Compute&& compute, Keep&& keep) {
    if (asked_.empty()) asked_.resize(node.tree()->size());
    if (!asked_[node.index()]) {
      asked_[node.index()] = true;
      T answer = compute();
      if (keep(answer)) answers_.emplace(node.index(), std::move(answer));
    }
    const auto known = answers_.find(node.index());
    return known == answers_.end() ? none : known->second;
  }

 private:
  std::vector<bool> asked_;  // a bit per node of the file
  std::unordered_map<uint32_t, T> answers_;
};

}  // namespace platlint
