// The per-file arena tree-sitter allocates from (tree_arena.h).
#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "analyzer/syntax/syntax.h"
#include "analyzer/syntax/tree_arena.h"

// Tree-sitter's allocator, as grammars' scanners reach it (lib/src/alloc.h): what
// ts_set_allocator installed.
extern "C" {
extern void* (*ts_current_malloc)(size_t size);
extern void* (*ts_current_calloc)(size_t count, size_t size);
extern void* (*ts_current_realloc)(void* ptr, size_t size);
extern void (*ts_current_free)(void* ptr);
}

namespace platlint {
namespace {

std::string sExpression(const TSTree* tree) {
  char* text = ts_node_string(ts_tree_root_node(tree));
  std::string out(text);
  ts_current_free(text);
  return out;
}

const char* const kSource =
    "import os, subprocess\n"
    "def f(path):\n"
    "    if os.name == 'posix':\n"
    "        return open(path).read()\n"
    "    return subprocess.run(['lsblk', '-J'], check=True)\n";

}  // namespace

TEST_CASE("tree arena: a parse in a scope gives the tree a parse outside one gives") {
  PythonParser outside;
  const TreePtr expected = outside.parse(kSource);
  REQUIRE(expected);
  const std::string want = sExpression(expected.get());
  for (int file = 0; file < 3; ++file) {  // the second and third reuse the first one's chunks
    TreeArenaScope scope;
    PythonParser parser;
    TreePtr tree = parser.parse(kSource);
    REQUIRE(tree);
    CHECK(sExpression(tree.get()) == want);
    CHECK(TreeArenaScope::bytesHandedOut() > std::strlen(kSource));
  }
  CHECK(TreeArenaScope::bytesHandedOut() == 0);
}

TEST_CASE("tree arena: blocks from before the scope stay malloc's") {
  PythonParser outside;
  TreePtr made = outside.parse(kSource);
  void* before = ts_current_malloc(64);
  std::memset(before, 1, 64);
  void* grown = nullptr;
  {
    TreeArenaScope scope;
    made.reset();  // freed inside the scope: its subtrees go back to malloc, not to the arena
    const size_t handedOut = TreeArenaScope::bytesHandedOut();
    grown = ts_current_realloc(before, 4096);  // grown by realloc, outside the arena
    CHECK(TreeArenaScope::bytesHandedOut() == handedOut);
  }
  REQUIRE(grown != nullptr);
  CHECK(static_cast<unsigned char*>(grown)[63] == 1);
  std::free(grown);  // a plain malloc block: libc may free it
}

TEST_CASE("tree arena: realloc keeps the contents, calloc zeroes reused memory") {
  {
    TreeArenaScope scope;
    auto* a = static_cast<unsigned char*>(ts_current_malloc(1000));
    std::memset(a, 0xAB, 1000);
    ts_current_free(a);
  }
  TreeArenaScope scope;
  auto* zeroed = static_cast<unsigned char*>(ts_current_calloc(10, 100));  // where the 0xAB block was
  REQUIRE(zeroed != nullptr);
  bool allZero = true;
  for (int i = 0; i < 1000; ++i) allZero = allZero && zeroed[i] == 0;
  CHECK(allZero);
  auto* block = static_cast<char*>(ts_current_malloc(3));
  std::memcpy(block, "abc", 3);
  auto* other = static_cast<char*>(ts_current_malloc(16));  // `block` is no longer the last block
  other[0] = 'x';
  block = static_cast<char*>(ts_current_realloc(block, 1 << 20));  // moved, past the first chunk
  REQUIRE(block != nullptr);
  CHECK(std::string(block, 3) == "abc");
  block = static_cast<char*>(ts_current_realloc(block, 2 << 20));  // the last block, grown again
  REQUIRE(block != nullptr);
  CHECK(std::string(block, 3) == "abc");
  CHECK(other[0] == 'x');
  void* last = ts_current_malloc(100);
  CHECK(ts_current_realloc(last, 200) == last);  // the last block grows where it is
  {
    TreeArenaScope nested;  // inert: the outer scope still owns the blocks
  }
  CHECK(std::string(block, 3) == "abc");
  CHECK(TreeArenaScope::bytesHandedOut() > (2u << 20));
}

}  // namespace platlint
