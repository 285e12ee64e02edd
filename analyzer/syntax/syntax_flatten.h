#pragma once
// The one place that reads tree-sitter's internal tree layout (see syntax_flatten.c).
#include <stdint.h>

#include <tree_sitter/api.h>

#ifdef __cplusplus
extern "C" {
#endif

enum { PLATLINT_FLAT_NAMED = 1, PLATLINT_FLAT_HAS_ERROR = 2, PLATLINT_FLAT_MISSING = 4 };

#define PLATLINT_FLAT_NONE UINT32_MAX

// One visible node, as the tree-sitter API would describe it (its symbol is kept apart), linked to its neighbours by their
// indexes in the output (PLATLINT_FLAT_NONE when there is none).
typedef struct PlatlintFlatNode {
  uint32_t startByte, endByte;
  uint32_t parent, nextSibling, prevSibling;
  uint32_t subtreeEnd;  // one past the last node under this one
  uint32_t childCount, namedChildCount;
  uint32_t firstChildSlot, firstNamedChildSlot;  // not filled here: SyntaxTree's child index
  TSFieldId field;  // under which it hangs in its parent (ts_tree_cursor_current_field_id)
  uint8_t flags;    // PLATLINT_FLAT_*
} PlatlintFlatNode;

// Writes every visible node of `tree` in document order (pre-order), as ts_tree_cursor visits
// them, into `out`, and its public symbol (aliases applied, as ts_node_symbol gives it) into
// `symbols`; returns how many there are. Writes nothing past `capacity`, which
// ts_node_descendant_count(root) nodes always fit.
uint32_t platlint_flatten_tree(const TSTree* tree, PlatlintFlatNode* out, TSSymbol* symbols, uint32_t capacity);

// The same, releasing each subtree of `tree` as soon as its nodes are written (subtrees shared with
// another tree are left to it): tree-sitter's tree, some three times the output's size, shrinks as
// the output grows instead of both being whole at once. Afterwards `tree` may only be deleted
// (ts_tree_delete frees what is left of it).
uint32_t platlint_flatten_releasing_tree(TSTree* tree, PlatlintFlatNode* out, TSSymbol* symbols, uint32_t capacity);

#ifdef __cplusplus
}
#endif
