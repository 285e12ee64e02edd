#pragma once
// `--shard K/N`: a CI matrix of N jobs each analyses the files of its shard; `platlint
// merge-sarif` joins their logs. A file's shard depends only on its path, so adding a file never
// moves the others to another shard (and their cached results stay where they are).
#include <string>
#include <string_view>

namespace platlint {

struct Shard {
  unsigned index = 1;  // 1-based, as written on the command line
  unsigned count = 1;
};

// Parses "K/N" with 1 <= K <= N; throws std::invalid_argument with a message for the user.
Shard parseShard(std::string_view text);

// Whether the file at `path` (as displayed: relative to the working directory) belongs to `shard`.
bool inShard(std::string_view path, Shard shard);

}  // namespace platlint
