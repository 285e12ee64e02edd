#include "analyzer/base/text_arena.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace platlint {

TextArena::Offset TextArena::add(std::string_view text) {
  if (text.empty()) return static_cast<Offset>(std::min<uint64_t>(next_, std::numeric_limits<Offset>::max()));
  const uint64_t size = text.size();
  uint64_t at = next_;
  const bool fits = !blocks_.empty() && (at >> kBlockBits) == blocks_.size() - 1 &&
                    (at & (kBlockSize - 1)) + size <= kBlockSize;
  if (!fits) {
    at = uint64_t{blocks_.size()} << kBlockBits;
    const uint64_t blocks = std::max<uint64_t>(1, (size + kBlockSize - 1) / kBlockSize);
    if (at + blocks * kBlockSize - 1 > std::numeric_limits<Offset>::max()) {
      throw std::length_error("more than 4 GiB of text in one arena");
    }
    blocks_.emplace_back(new char[std::max(size, kBlockSize)]);
    blocks_.resize(blocks_.size() + blocks - 1);  // offsets covered by a text longer than a block
  }
  std::memcpy(blocks_[at >> kBlockBits].get() + (at & (kBlockSize - 1)), text.data(), size);
  // After a text longer than a block, the next text starts a block of its own.
  next_ = size > kBlockSize ? uint64_t{blocks_.size()} << kBlockBits : at + size;
  return static_cast<Offset>(at);
}

}  // namespace platlint
