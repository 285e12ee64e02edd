#pragma once
// The one place that reads tree-sitter's internal tree layout (see syntax_flatten.c).
#include <stdint.h>

#include <tree_sitter/api.h>

#ifdef __cplusplus
extern "C" {
#endif

enum { PLATLINT_FLAT_NAMED = 1, PLATLINT_FLAT_HAS_ERROR = 2, PLATLINT_FLAT_MISSING = 4 };

// One visible node, as the tree-sitter API would describe it.
typedef struct PlatlintFlatNode {
  uint32_t startByte, endByte;
  uint32_t parent;  // index of the parent in the output; UINT32_MAX for the root
  TSSymbol symbol;  // public symbol, aliases applied (ts_node_symbol)
  TSFieldId field;  // ts_tree_cursor_current_field_id
  uint8_t flags;    // PLATLINT_FLAT_*
} PlatlintFlatNode;

// Writes every visible node of `tree` in document order (pre-order), as ts_tree_cursor visits
// them, into `out`; returns how many there are. Writes nothing past `capacity`, which
// ts_node_descendant_count(root) nodes always fit.
uint32_t platlint_flatten_tree(const TSTree* tree, PlatlintFlatNode* out, uint32_t capacity);

#ifdef __cplusplus
}
#endif
