#pragma once
// Keeping fixes within the project's line length (FileSettings::lineLength). A fix whose edits
// would make a line longer than the limit, where every line it touches was within it, is wrapped
// after a comma inside a bracket the line opens, its continuation lines aligned with the bracket
// (pycodestyle's visual indent, so neither E127 nor E128). When no such wrap fits, or the line has
// a comment (perhaps a directive for that line), the fix is offered as unsafe, its description
// ending "(would exceed line length N)".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "analyzer/lint/diagnostic.h"

namespace platlint {

// `line` (without its line ending) broken after commas inside one bracket it opens so that every
// piece is at most `limit` characters (code points), joined by `eol`; nullopt when it cannot be.
std::optional<std::string> wrapLine(std::string_view line, uint32_t limit, std::string_view eol);

// Makes `fix` (edits on `text`) respect `limit`: unchanged when it does, its edits replaced by one
// edit of the lines they touch when wrapping them fits, else made unsafe with the note.
void fitLineLength(Fix& fix, std::string_view text, uint32_t limit, std::string_view eol);

}  // namespace platlint
