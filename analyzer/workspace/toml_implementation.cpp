// toml++'s implementation, compiled into platlint here once: the other files of this layer include
// only its declarations (TOML_HEADER_ONLY=0), and no libtomlplusplus is needed at run time.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
