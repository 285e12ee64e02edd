#pragma once
// Tree-sitter allocates a tree one subtree at a time (a heap block for every node with children)
// and frees it the same way. Over hundreds of thousands of files glibc's heap fragments and
// both get slower (at 200,000 files the table-building phase, which frees the tree, cost 57% more
// per MB than at 20,000). A TreeArenaScope gives tree-sitter a bump allocator for one file's parse
// instead: nothing is freed one by one, and the whole file's memory is reclaimed in one step when
// the scope ends.
//
// The allocator is installed once for the process (ts_set_allocator) and decides per call: inside
// a scope on this thread, new blocks come from this thread's arena; outside one, and for blocks
// the arena did not give (a parser made before the scope), it is malloc, realloc and free.
//
// Everything tree-sitter made inside a scope (parser, tree, cursors) must be dead, or abandoned and
// never touched again, when the scope ends: its memory is reused by the next scope. So a scope
// needs a parser of its own (PythonParser made inside it) and suits one-shot analyses, not trees
// kept for an incremental reparse.
#include <cstddef>

namespace platlint {

class TreeArenaScope {
 public:
  TreeArenaScope();
  ~TreeArenaScope();
  TreeArenaScope(const TreeArenaScope&) = delete;
  TreeArenaScope& operator=(const TreeArenaScope&) = delete;

  // Bytes tree-sitter asked for in this thread's scope so far (what the arena handed out, headers
  // included).
  static size_t bytesHandedOut();

 private:
  // A scope opened inside another on the same thread changes nothing: the outer one resets.
  bool outermost_;
};

}  // namespace platlint
