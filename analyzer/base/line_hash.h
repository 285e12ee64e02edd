#pragma once
// GitHub code scanning's `primaryLocationLineHash`, computed the way github/codeql-action's
// fingerprints.ts does when it adds fingerprints to an upload: a rolling hash (base 37, 64-bit
// wrap-around) over the 100 UTF-16 code units that follow the start of each line, spaces and tabs
// skipped and every line ending counted as one '\n', with ":N" telling apart the N-th equal hash
// in the file. If platlint's value differed from the action's, the action would log an
// inconsistency and alerts would not be tracked across runs, so the port must be exact.
#include <string>
#include <string_view>
#include <vector>

namespace platlint {

// One "hex:occurrence" string per line of `bytes` (UTF-8, decoded as Node decodes it: invalid
// sequences become U+FFFD). Element i is line i+1. Like the action, a file ending in a line
// break has one more (empty) line, and an empty file has one line. With `wanted` (element i:
// line i+1), the lines it does not mark are left empty.
std::vector<std::string> githubLineHashes(std::string_view bytes, const std::vector<bool>* wanted = nullptr);

}  // namespace platlint
