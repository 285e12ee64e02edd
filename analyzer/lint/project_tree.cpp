#include "analyzer/lint/project_tree.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

namespace platlint {
namespace {

uint32_t narrow(size_t size) {
  if (size > std::numeric_limits<uint32_t>::max()) throw std::length_error("a path longer than 4 GiB");
  return static_cast<uint32_t>(size);
}

// a1 + a2 against b1 + b2, as std::string::compare would compare them joined.
int compareJoined(std::string_view a1, std::string_view a2, std::string_view b1, std::string_view b2) {
  while (true) {
    if (a1.empty()) {
      if (a2.empty()) return b1.empty() && b2.empty() ? 0 : -1;
      a1 = std::exchange(a2, std::string_view());
    }
    if (b1.empty()) {
      if (b2.empty()) return 1;
      b1 = std::exchange(b2, std::string_view());
    }
    const size_t n = std::min(a1.size(), b1.size());
    if (const int order = a1.substr(0, n).compare(b1.substr(0, n)); order != 0) return order;
    a1.remove_prefix(n);
    b1.remove_prefix(n);
  }
}

}  // namespace

std::string ProjectTree::Path::display() const {
  std::string text;
  text.reserve(displaySize());
  text.append(displayHead).append(displayTail());
  return text;
}

void ProjectTree::Builder::add(std::string_view display, std::string_view fromRoot, uint32_t shownFrom, uint32_t tree) {
  // The display path's head is what is left of it before the end it shares with fromRoot.
  size_t shared = 0;
  while (shared < display.size() && shared < fromRoot.size() &&
         display[display.size() - 1 - shared] == fromRoot[fromRoot.size() - 1 - shared]) {
    ++shared;
  }
  const uint32_t context =
      contextOf(display.substr(0, display.size() - shared), narrow(fromRoot.size() - shared), shownFrom, tree);
  tree_.records_.push_back(Record{tree_.text_.add(fromRoot), narrow(fromRoot.size()), context});
}

uint32_t ProjectTree::Builder::contextOf(std::string_view head, uint32_t displayFrom, uint32_t shownFrom,
                                         uint32_t tree) {
  std::vector<Context>& contexts = tree_.contexts_;
  // Paths come directory by directory: most share the context of the path before them.
  if (!tree_.records_.empty()) {
    const uint32_t last = tree_.records_.back().context;
    const Context& context = contexts[last];
    if (context.tree == tree && context.shownFrom == shownFrom && context.displayFrom == displayFrom &&
        tree_.text_.view(context.head, context.headSize) == head) {
      return last;
    }
  }
  const auto found = contextIds_.find(std::tuple(tree, shownFrom, displayFrom, head));
  if (found != contextIds_.end()) return found->second;
  const Context context{tree_.text_.add(head), narrow(head.size()), displayFrom, shownFrom, tree};
  const auto id = narrow(contexts.size());
  contexts.push_back(context);
  contextIds_.emplace(std::tuple(tree, shownFrom, displayFrom, tree_.text_.view(context.head, context.headSize)), id);
  return id;
}

ProjectTree ProjectTree::Builder::finish() && {
  ProjectTree& tree = tree_;
  const auto displayOrder = [&tree](const Record& a, const Record& b) {
    const Context& ca = tree.contexts_[a.context];
    const Context& cb = tree.contexts_[b.context];
    const std::string_view tailA = tree.text_.view(a.fromRoot, a.size).substr(ca.displayFrom);
    const std::string_view tailB = tree.text_.view(b.fromRoot, b.size).substr(cb.displayFrom);
    if (a.context == b.context) return tailA.compare(tailB);
    return compareJoined(tree.text_.view(ca.head, ca.headSize), tailA, tree.text_.view(cb.head, cb.headSize), tailB);
  };
  // Texts are added in order, so their offsets break ties as a stable sort would: the first added comes first.
  std::sort(tree.records_.begin(), tree.records_.end(), [&](const Record& a, const Record& b) {
    const int order = displayOrder(a, b);
    return order != 0 ? order < 0 : a.fromRoot < b.fromRoot;
  });
  tree.records_.erase(std::unique(tree.records_.begin(), tree.records_.end(),
                                  [&](const Record& a, const Record& b) { return displayOrder(a, b) == 0; }),
                      tree.records_.end());
  tree.contexts_.shrink_to_fit();
  contextIds_.clear();
  return std::move(tree_);
}

}  // namespace platlint
