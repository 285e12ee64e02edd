#pragma once
// Every path of the analysed tree, not only the analysed files, for the project checks over the
// names themselves (PORT808-810: a tree that cannot be checked out on Windows or macOS). Filled by
// discovery (analyzer/workspace/discovery.h): in a git work tree the files git tracks, elsewhere the
// files under the analysed directories, both outside --exclude and the configuration's excludes.
//
// It is held for the whole run, and a tree can have hundreds of thousands of paths: each path's text
// from the root of its tree is stored once, in a TextArena, with 12 bytes more per path. The display
// path is not stored: it is a head that all the paths of one walked directory share (stored once,
// "" when the directory is the working directory) followed by the end of the path from the root.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "analyzer/base/text_arena.h"

namespace platlint {

class ProjectTree {
 public:
  // One path of the tree. Its views stay valid as long as the tree, moved or not.
  struct Path {
    std::string_view fromRoot;     // relative to the root of its tree: the git work tree, else the walked directory
    std::string_view displayHead;  // the display path is displayHead + displayTail()
    uint32_t displayFrom = 0;      // where the display path's tail starts in fromRoot
    // fromRoot's directories before shownFrom (a repository's directories above the analysed path)
    // lie outside what was asked about.
    uint32_t shownFrom = 0;
    uint32_t tree = 0;  // paths of different trees never collide

    std::string_view displayTail() const { return fromRoot.substr(displayFrom); }
    size_t displaySize() const { return displayHead.size() + fromRoot.size() - displayFrom; }
    // As discovery shows paths: relative to the working directory when below it.
    std::string display() const;
  };

  class Builder;
  class Iterator;

  size_t size() const { return records_.size(); }
  bool empty() const { return records_.empty(); }
  Path operator[](size_t index) const;
  Iterator begin() const;
  Iterator end() const;

 private:
  struct Record {
    TextArena::Offset fromRoot = 0;
    uint32_t size = 0;
    uint32_t context = 0;  // index in contexts_
  };
  // What the paths of one walked directory share.
  struct Context {
    TextArena::Offset head = 0;
    uint32_t headSize = 0;
    uint32_t displayFrom = 0;
    uint32_t shownFrom = 0;
    uint32_t tree = 0;
  };

  TextArena text_;
  std::vector<Context> contexts_;
  std::deque<Record> records_;  // sorted by display path; a deque grows without copying or slack
};

// Paths in the order of the tree: sorted by display path, without duplicates.
class ProjectTree::Iterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = Path;
  using difference_type = std::ptrdiff_t;
  using reference = Path;
  using pointer = void;

  Iterator() = default;
  Iterator(const ProjectTree* tree, size_t index) : tree_(tree), index_(index) {}
  Path operator*() const { return (*tree_)[index_]; }
  Iterator& operator++() {
    ++index_;
    return *this;
  }
  Iterator operator++(int) {
    Iterator before = *this;
    ++index_;
    return before;
  }
  bool operator==(const Iterator& other) const { return index_ == other.index_; }

 private:
  const ProjectTree* tree_ = nullptr;
  size_t index_ = 0;
};

// Collects the paths in any order, then sorts them once.
class ProjectTree::Builder {
 public:
  // `display` as discovery shows the path, `fromRoot` from the root of tree `tree`, with the
  // directories before `shownFrom` outside what was asked about.
  void add(std::string_view display, std::string_view fromRoot, uint32_t shownFrom, uint32_t tree);
  // Sorted by display path (bytes compared unsigned, as std::string does); of the paths with the same
  // display path only the first added.
  ProjectTree finish() &&;

 private:
  uint32_t contextOf(std::string_view head, uint32_t displayFrom, uint32_t shownFrom, uint32_t tree);

  ProjectTree tree_;
  // (tree, shownFrom, displayFrom, head) -> index in contexts_; the head views the arena.
  std::map<std::tuple<uint32_t, uint32_t, uint32_t, std::string_view>, uint32_t> contextIds_;
};

inline ProjectTree::Path ProjectTree::operator[](size_t index) const {
  const Record& record = records_[index];
  const Context& context = contexts_[record.context];
  return Path{text_.view(record.fromRoot, record.size), text_.view(context.head, context.headSize), context.displayFrom,
              context.shownFrom, context.tree};
}

inline ProjectTree::Iterator ProjectTree::begin() const { return Iterator(this, 0); }
inline ProjectTree::Iterator ProjectTree::end() const { return Iterator(this, size()); }

}  // namespace platlint
