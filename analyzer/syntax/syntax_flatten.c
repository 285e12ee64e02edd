// Flattens a tree-sitter tree in one pass over its subtrees. The public cursor gives the same
// answers (the unit tests compare the two node by node) but costs about as much as the rest of a
// check together: every step rebuilds iterator state and every question about the current node
// is another call. This walk follows tree_cursor.c of the pinned runtime: invisible nodes are
// descended into, aliases make children visible, and a node's field is its own entry in its
// parent's field map or, failing that, the field of the invisible, non-extra parent it hangs from.
#include "analyzer/syntax/syntax_flatten.h"

#include <stdbool.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "language.h"
#include "subtree.h"
#include "tree.h"

typedef struct {
  Subtree subtree;  // whose children are being visited
  const Subtree* children;  // subtree's, read once
  uint32_t childCount;      // subtree's, read once
  uint32_t childIndex;
  uint32_t structuralIndex;  // among the non-extra children: the index into alias and field maps
  uint32_t position;         // start byte of the next child
  const TSSymbol* aliasSequence;
  uint32_t owner;            // output index of the nearest visible node at or above `subtree`
  TSFieldId inheritedField;  // what an invisible `subtree` passes to its children; 0 if visible
  bool visible;              // `subtree` is the node out[owner]
  bool exclusive;            // releasing, and `subtree` is this walk's alone: its children may be released
} Frame;

// What a releasing walk needs: tree-sitter's pool for ts_subtree_release, and how many subtrees it
// has released since it last gave free memory back to the system.
typedef struct {
  SubtreePool pool;
  uint32_t sinceTrim;
} Releaser;

// Freed subtrees are ~100-byte chunks of the heap: the allocator keeps their pages, so the table's
// arrays (fresh pages) would add to them instead of taking their place. Whole free pages go back
// to the system every so many subtrees (some 8 MB), which only a large tree ever reaches.
enum { RELEASES_PER_TRIM = 1 << 16 };

// Releases the `index`th child of `parent` once its nodes are written, leaving an inline (never
// freed) subtree in its slot so that the parent's own release does not free it again.
static void releaseChild(Releaser* releaser, const Frame* parent, uint32_t index) {
  if (!parent->exclusive) return;
  Subtree* children = ts_subtree_children(parent->subtree);
  const Subtree child = children[index];
  if (child.data.is_inline) return;
  ts_subtree_release(&releaser->pool, child);
  children[index] = (Subtree){.data = {.is_inline = true}};
#ifdef __GLIBC__
  if (++releaser->sinceTrim == RELEASES_PER_TRIM) {
    malloc_trim(0);
    releaser->sinceTrim = 0;
  }
#endif
}

static bool exclusiveIn(const Frame* parent, Subtree child) {
  return parent->exclusive && !child.data.is_inline && child.ptr->ref_count == 1;
}

static TSFieldId ownField(const TSLanguage* language, Subtree parent, uint32_t structuralIndex) {
  const TSFieldMapEntry* map;
  const TSFieldMapEntry* end;
  ts_language_field_map(language, parent.ptr->production_id, &map, &end);
  for (; map < end; map++) {
    if (!map->inherited && map->child_index == structuralIndex) return map->field_id;
  }
  return 0;
}

// ts_language_public_symbol without the call: every child's symbol passes through it.
static inline TSSymbol publicSymbol(const TSLanguage* language, TSSymbol symbol) {
  return symbol == ts_builtin_sym_error ? symbol : language->public_symbol_map[symbol];
}

static inline uint8_t flagsOf(const TSLanguage* language, Subtree subtree, TSSymbol alias) {
  const bool named = alias ? ts_language_symbol_metadata(language, alias).named : ts_subtree_named(subtree);
  return (uint8_t)((named ? PLATLINT_FLAT_NAMED : 0) | (ts_subtree_error_cost(subtree) > 0 ? PLATLINT_FLAT_HAS_ERROR : 0) |
                   (ts_subtree_missing(subtree) ? PLATLINT_FLAT_MISSING : 0));
}

static bool push(Frame** stack, uint32_t* size, uint32_t* capacity, const Frame* frame) {
  if (*size == *capacity) {
    const uint32_t grown = *capacity ? *capacity * 2 : 64;
    Frame* bigger = realloc(*stack, grown * sizeof(Frame));
    if (!bigger) return false;
    *stack = bigger;
    *capacity = grown;
  }
  (*stack)[(*size)++] = *frame;
  return true;
}

// A new node at out[index], hanging from `parent` (PLATLINT_FLAT_NONE for the root). While a
// node's children are being written, its subtreeEnd holds its last child so far: the real value
// is only known, and written, once its subtree is done.
static inline void emit(PlatlintFlatNode* out, TSSymbol* symbols, uint32_t index, uint32_t parent, uint32_t start,
                 uint32_t end, TSSymbol symbol, TSFieldId field, uint8_t flags) {
  PlatlintFlatNode* node = &out[index];
  *node = (PlatlintFlatNode){start, end, parent, PLATLINT_FLAT_NONE, PLATLINT_FLAT_NONE, index + 1, 0, 0, 0, 0,
                             field, flags};
  symbols[index] = symbol;
  if (parent == PLATLINT_FLAT_NONE) return;
  PlatlintFlatNode* owner = &out[parent];
  if (owner->childCount > 0) {
    const uint32_t previous = owner->subtreeEnd;
    out[previous].nextSibling = index;
    node->prevSibling = previous;
  }
  owner->subtreeEnd = index;
  owner->childCount++;
  if (flags & PLATLINT_FLAT_NAMED) owner->namedChildCount++;
}

// A frame for the children of `subtree`, the first of which starts at `position`.
static inline Frame frameOf(const TSLanguage* language, Subtree subtree, uint32_t position, uint32_t owner,
                            TSFieldId inheritedField, bool visible, bool exclusive) {
  return (Frame){subtree,
                 ts_subtree_children(subtree),
                 subtree.ptr->child_count,
                 0,
                 0,
                 position,
                 ts_language_alias_sequence(language, subtree.ptr->production_id),
                 owner,
                 inheritedField,
                 visible,
                 exclusive};
}

// `releaser` null: the tree is only read. The frame being walked is a local (`cur`), the ones above
// it on a stack: the compiler keeps the local in registers across the writes to `out`, which it
// could not with a frame reached through a pointer of the same field types.
static uint32_t flatten(const TSTree* tree, PlatlintFlatNode* out, TSSymbol* symbols, uint32_t capacity,
                        Releaser* releaser) {
  const TSLanguage* language = tree->language;
  const Subtree root = tree->root;
  if (capacity == 0) return 0;
  const uint32_t rootStart = ts_subtree_padding(root).bytes;
  emit(out, symbols, 0, PLATLINT_FLAT_NONE, rootStart, rootStart + ts_subtree_size(root).bytes,
       publicSymbol(language, ts_subtree_symbol(root)), 0, flagsOf(language, root, 0));
  uint32_t count = 1;
  if (ts_subtree_child_count(root) == 0) return count;

  Frame* stack = NULL;
  uint32_t depth = 0;  // frames on the stack: the ancestors of `cur`
  uint32_t stackCapacity = 0;
  Frame cur = frameOf(language, root, rootStart, 0, 0, true, releaser && root.ptr->ref_count == 1);
  for (;;) {
    if (cur.childIndex == cur.childCount) {
      // A visible node's frame (it has no inherited field to pass on) closes its subtree.
      if (cur.visible) out[cur.owner].subtreeEnd = count;
      if (depth == 0) break;
      cur = stack[--depth];
      if (releaser) releaseChild(releaser, &cur, cur.childIndex - 1);
      continue;
    }
    const Subtree child = cur.children[cur.childIndex];
    TSSymbol alias = 0;
    TSFieldId field = 0;
    if (!ts_subtree_extra(child)) {
      if (cur.aliasSequence) alias = cur.aliasSequence[cur.structuralIndex];
      field = ownField(language, cur.subtree, cur.structuralIndex);
      if (!field) field = cur.inheritedField;
      cur.structuralIndex++;
    }
    const uint32_t start = cur.position;
    const uint32_t end = start + ts_subtree_size(child).bytes;
    cur.position = end;
    cur.childIndex++;
    if (cur.childIndex < cur.childCount) cur.position += ts_subtree_padding(cur.children[cur.childIndex]).bytes;

    // An inline subtree (most tokens) is a leaf whose every property is in its bits: nothing to
    // descend into, and nothing to release.
    if (child.data.is_inline) {
      if (child.data.visible || alias) {
        if (count == capacity) break;
        emit(out, symbols, count++, cur.owner, start, end, publicSymbol(language, alias ? alias : child.data.symbol),
             field, flagsOf(language, child, alias));
      }
      continue;
    }
    uint32_t owner = cur.owner;
    const bool visible = child.ptr->visible || alias;
    if (visible) {
      if (count == capacity) break;
      emit(out, symbols, count, cur.owner, start, end, publicSymbol(language, alias ? alias : child.ptr->symbol), field,
           flagsOf(language, child, alias));
      owner = count++;
    }
    if (child.ptr->child_count > 0) {
      const bool exclusive = exclusiveIn(&cur, child);
      if (!push(&stack, &depth, &stackCapacity, &cur)) break;
      cur = frameOf(language, child, start, owner, visible ? 0 : field, visible, exclusive);
    } else if (releaser) {
      releaseChild(releaser, &cur, cur.childIndex - 1);
    }
  }
  free(stack);
  return count;
}

uint32_t platlint_flatten_tree(const TSTree* tree, PlatlintFlatNode* out, TSSymbol* symbols, uint32_t capacity) {
  return flatten(tree, out, symbols, capacity, NULL);
}

uint32_t platlint_flatten_releasing_tree(TSTree* tree, PlatlintFlatNode* out, TSSymbol* symbols, uint32_t capacity) {
  Releaser releaser = {ts_subtree_pool_new(0), 0};
  const uint32_t count = flatten(tree, out, symbols, capacity, &releaser);
  ts_subtree_pool_delete(&releaser.pool);
  return count;
}
