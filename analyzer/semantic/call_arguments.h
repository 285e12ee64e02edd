#pragma once
// The arguments of a call, split the way rules ask about them. The one reading of an argument
// list: rules take it from argumentsOf() instead of walking `argument_list` nodes themselves.
#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "analyzer/syntax/syntax.h"

namespace platlint {

// A call's arguments, kept inline up to a handful: argumentsOf() runs for most calls in several
// checks, and two heap blocks per reading were a measurable share of a check's time.
class NodeList {
 public:
  size_t size() const { return spilled_ ? spill_.size() : size_; }
  bool empty() const { return size() == 0; }
  const Node* data() const { return spilled_ ? spill_.data() : inline_.data(); }
  const Node* begin() const { return data(); }
  const Node* end() const { return data() + size(); }
  const Node& operator[](size_t i) const { return data()[i]; }
  const Node& front() const { return data()[0]; }
  const Node& back() const { return data()[size() - 1]; }
  operator std::span<const Node>() const { return {data(), size()}; }

  void push_back(Node n) {
    if (spilled_) {
      spill_.push_back(n);
    } else if (size_ < inline_.size()) {
      inline_[size_++] = n;
    } else {
      spill_.assign(inline_.begin(), inline_.end());
      spill_.push_back(n);
      spilled_ = true;
    }
  }
  // Drops the first `count` nodes.
  void dropFront(size_t count) {
    if (spilled_) {
      spill_.erase(spill_.begin(), spill_.begin() + static_cast<std::ptrdiff_t>(std::min(count, spill_.size())));
      return;
    }
    const size_t kept = size_ > count ? size_ - count : 0;
    for (size_t i = 0; i < kept; ++i) inline_[i] = inline_[i + count];
    size_ = kept;
  }

 private:
  std::array<Node, 6> inline_{};
  size_t size_ = 0;
  bool spilled_ = false;
  std::vector<Node> spill_;
};

struct CallArguments {
  Node list;  // the argument_list node, or null (a generator argument)
  // The positional arguments before the first `*args`: after it, no position is certain.
  NodeList positional;
  NodeList keywords;  // keyword_argument nodes
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
