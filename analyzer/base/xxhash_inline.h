// xxHash from its header alone: XXH_INLINE_ALL compiles its functions into the file that
// includes this, so platlint needs no libxxhash at run time. Include this, never <xxhash.h>.
#pragma once

#define XXH_INLINE_ALL
#include <xxhash.h>
