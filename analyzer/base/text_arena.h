#pragma once
// Strings kept together until the arena goes, for structures that hold very many small texts for a
// whole run (ProjectTree: every path of a 200,000-file tree): no allocation and no header per text,
// and the blocks never move, so views into them stay valid while the arena lives, moves included.
// Less than one block (64 KiB) lies unused, where a doubling buffer leaves up to half of itself.
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace platlint {

class TextArena {
 public:
  using Offset = uint32_t;

  // Copies `text` in and says where it is: offsets grow in the order texts are added. Throws
  // std::length_error past 4 GiB of text.
  Offset add(std::string_view text);

  // The text of `size` bytes added at `at`.
  std::string_view view(Offset at, uint32_t size) const {
    if (size == 0) return {};
    return {blocks_[at >> kBlockBits].get() + (at & (kBlockSize - 1)), size};
  }

 private:
  static constexpr unsigned kBlockBits = 16;
  static constexpr uint64_t kBlockSize = uint64_t{1} << kBlockBits;

  // Block i holds offsets [i * kBlockSize, (i + 1) * kBlockSize); a text longer than a block has a
  // block of its own, followed by empty entries for the offsets it covers. A text never spans two blocks.
  std::vector<std::unique_ptr<char[]>> blocks_;
  uint64_t next_ = 0;  // where the next text goes, if it fits in the last block
};

}  // namespace platlint
