#pragma once
// tree-sitter queries with their text predicates evaluated. The C API parses `#eq?`, `#not-eq?`,
// `#match?`, `#not-match?` and `#any-of?` but does not apply them; this class does, so a pattern
// means what it says. A predicate written outside its pattern's parentheses becomes a pattern of
// its own that matches everything: write `((call function: (_) @f) @c (#eq? @f "open"))`.
#include <functional>
#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/syntax.h"

namespace platlint {

struct QueryCapture {
  std::string_view name;
  Node node;
};

struct QueryMatch {
  uint32_t patternIndex = 0;
  std::vector<QueryCapture> captures;
  // The first node captured under `name`, or the null node.
  Node capture(std::string_view name) const;
};

class Query {
 public:
  // Throws std::invalid_argument with the error kind and offset when the source does not compile
  // or uses a predicate this class cannot evaluate.
  explicit Query(std::string_view source, const TSLanguage* language = pythonLanguage());
  ~Query();
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  uint32_t patternCount() const;
  // Calls `onMatch` for every match under `root` whose predicates hold, in document order.
  void forEachMatch(Node root, const std::function<void(const QueryMatch&)>& onMatch) const;

 private:
  struct Predicate {
    enum class Op { Eq, NotEq, Match, NotMatch, AnyOf } op;
    uint32_t capture = 0;
    bool rhsIsCapture = false;
    uint32_t rhsCapture = 0;
    std::vector<std::string> strings;
    std::shared_ptr<std::regex> regex;
  };
  bool predicatesHold(const TSQueryMatch& match, std::string_view source) const;

  TSQuery* query_ = nullptr;
  std::vector<std::vector<Predicate>> predicates_;  // by pattern index
};

}  // namespace platlint
