#include "analyzer/workspace/shard.h"

#include "analyzer/base/xxhash_inline.h"

#include <charconv>
#include <stdexcept>

namespace platlint {
namespace {

bool parseNumber(std::string_view text, unsigned& value) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

}  // namespace

Shard parseShard(std::string_view text) {
  const size_t slash = text.find('/');
  Shard shard;
  if (slash == std::string_view::npos || !parseNumber(text.substr(0, slash), shard.index) ||
      !parseNumber(text.substr(slash + 1), shard.count) || shard.count == 0 || shard.index == 0 ||
      shard.index > shard.count) {
    throw std::invalid_argument("--shard expects K/N with 1 <= K <= N, e.g. 2/4; got '" + std::string(text) + "'");
  }
  return shard;
}

bool inShard(std::string_view path, Shard shard) {
  // A fixed seed: the partition must be the same on every machine of the CI matrix.
  return XXH3_64bits(path.data(), path.size()) % shard.count == shard.index - 1;
}

}  // namespace platlint
