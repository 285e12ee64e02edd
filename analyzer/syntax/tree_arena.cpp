#include "analyzer/syntax/tree_arena.h"

#include <tree_sitter/api.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define PLATLINT_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PLATLINT_ARENA_ASAN 1
#endif
#endif

#ifdef PLATLINT_ARENA_ASAN
#include <sanitizer/asan_interface.h>
// Memory the arena has not handed out, or took back, is poisoned: AddressSanitizer still reports a
// read of a freed subtree, or of the last file's tree, as it would with malloc.
#define ARENA_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define ARENA_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define ARENA_POISON(p, n) ((void)(p), (void)(n))
#define ARENA_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace platlint {
namespace {

constexpr size_t kAlign = 16;
// Each block is preceded by its size, for realloc; kAlign bytes keep the block aligned.
constexpr size_t kHeader = kAlign;
constexpr size_t kFirstChunk = size_t{256} << 10;
constexpr size_t kLargestChunk = size_t{8} << 20;
// What a thread keeps for the next file when a scope ends (a typical module's parse needs a few
// MB); chunks past this are given back, so that one large file does not stay resident.
constexpr size_t kKeptBetweenScopes = size_t{16} << 20;

size_t roundUp(size_t n) { return (n + kAlign - 1) & ~(kAlign - 1); }

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (const Chunk& c : chunks_) {
      ARENA_UNPOISON(c.begin, c.size);
      std::free(c.begin);
    }
  }

  void* allocate(size_t n) {
    const size_t need = kHeader + roundUp(n);
    if (need < n) return nullptr;  // overflow
    if (static_cast<size_t>(end_ - next_) < need && !moveToChunkWith(need)) return nullptr;
    char* block = next_ + kHeader;
    ARENA_UNPOISON(next_, kHeader);
    std::memcpy(next_, &n, sizeof n);
    ARENA_POISON(next_, kHeader);
    ARENA_UNPOISON(block, n);
    next_ += need;
    last_ = block;
    handedOut_ += need;
    return block;
  }

  void* reallocate(char* block, size_t n) {
    const size_t old = sizeOf(block);
    // The block last handed out grows or shrinks where it is: tree-sitter's arrays grow that way.
    if (block == last_ && static_cast<size_t>(end_ - block) >= roundUp(n)) {
      const size_t grown = roundUp(n) - roundUp(old);
      ARENA_UNPOISON(block - kHeader, kHeader);
      std::memcpy(block - kHeader, &n, sizeof n);
      ARENA_POISON(block - kHeader, kHeader);
      ARENA_POISON(block, roundUp(old));
      ARENA_UNPOISON(block, n);
      next_ = block + roundUp(n);
      handedOut_ += grown;
      return block;
    }
    void* moved = allocate(n);
    if (moved) {
      std::memcpy(moved, block, old < n ? old : n);
      release(block);
    }
    return moved;
  }

  // Only the last block's space is reused (a push-pop pattern); others wait for the scope's end.
  void release(char* block) {
    const size_t size = sizeOf(block);
    ARENA_POISON(block, size);
    if (block == last_) {
      next_ = block - kHeader;
      last_ = nullptr;
    }
  }

  bool owns(const void* p) const {
    const auto* c = static_cast<const char*>(p);
    // The current chunk's used part first: nearly every block freed was handed out lately. The loop
    // then looks at every chunk, that one again included (a second look costs two compares).
    if (current_ < chunks_.size() && c >= chunks_[current_].begin && c < end_) return true;
    for (const Chunk& chunk : chunks_) {
      if (c >= chunk.begin && c < chunk.begin + chunk.size) return true;
    }
    return false;
  }

  // Takes every block back at once; keeps the first chunks (up to kKeptBetweenScopes) for reuse.
  void reset() {
    size_t kept = 0;
    size_t keep = 0;
    while (keep < chunks_.size() && kept + chunks_[keep].size <= kKeptBetweenScopes) kept += chunks_[keep++].size;
    for (size_t i = keep; i < chunks_.size(); ++i) {
      ARENA_UNPOISON(chunks_[i].begin, chunks_[i].size);
      std::free(chunks_[i].begin);
    }
    chunks_.resize(keep);
    for (const Chunk& c : chunks_) ARENA_POISON(c.begin, c.size);
    current_ = 0;
    next_ = chunks_.empty() ? nullptr : chunks_[0].begin;
    end_ = chunks_.empty() ? nullptr : chunks_[0].begin + chunks_[0].size;
    last_ = nullptr;
    handedOut_ = 0;
  }

  size_t handedOut() const { return handedOut_; }

 private:
  struct Chunk {
    char* begin;
    size_t size;
  };

  size_t sizeOf(char* block) const {
    size_t n;
    ARENA_UNPOISON(block - kHeader, kHeader);
    std::memcpy(&n, block - kHeader, sizeof n);
    ARENA_POISON(block - kHeader, kHeader);
    return n;
  }

  // The next kept chunk that holds `need` bytes, or a new one; the rest of the current chunk is
  // left unused.
  bool moveToChunkWith(size_t need) {
    for (size_t i = chunks_.empty() ? 0 : current_ + 1; i < chunks_.size(); ++i) {
      if (chunks_[i].size >= need) return use(i);
    }
    size_t size = chunks_.empty() ? kFirstChunk : chunks_.back().size * 2;
    if (size > kLargestChunk) size = kLargestChunk;
    if (size < need) size = need;
    auto* begin = static_cast<char*>(std::malloc(size));  // malloc aligns to 16 on x86-64 and aarch64
    if (!begin) return false;
    ARENA_POISON(begin, size);
    chunks_.push_back({begin, size});
    return use(chunks_.size() - 1);
  }

  bool use(size_t i) {
    current_ = i;
    next_ = chunks_[i].begin;
    end_ = chunks_[i].begin + chunks_[i].size;
    last_ = nullptr;
    return true;
  }

  std::vector<Chunk> chunks_;
  size_t current_ = 0;
  char* next_ = nullptr;
  char* end_ = nullptr;
  char* last_ = nullptr;  // the block handed out last, while it is still the last in its chunk
  size_t handedOut_ = 0;
};

thread_local Arena threadArena;
// Trivially destructible, so that the allocator may read it on a thread whose arena is gone.
thread_local Arena* activeArena = nullptr;

void* arenaMalloc(size_t n) {
  if (Arena* a = activeArena) return a->allocate(n);
  return std::malloc(n);
}

void* arenaCalloc(size_t count, size_t size) {
  Arena* a = activeArena;
  if (!a) return std::calloc(count, size);
  if (size != 0 && count > SIZE_MAX / size) return nullptr;
  void* p = a->allocate(count * size);
  if (p) std::memset(p, 0, count * size);
  return p;
}

void* arenaRealloc(void* p, size_t n) {
  Arena* a = activeArena;
  if (!a) return std::realloc(p, n);
  if (!p) return a->allocate(n);
  if (!a->owns(p)) return std::realloc(p, n);
  return a->reallocate(static_cast<char*>(p), n);
}

void arenaFree(void* p) {
  if (!p) return;
  Arena* a = activeArena;
  if (a && a->owns(p)) {
    a->release(static_cast<char*>(p));
    return;
  }
  std::free(p);
}

// Installed before main, while there is one thread: the allocator pointers are plain globals that
// every tree-sitter call reads.
const bool installed = (ts_set_allocator(arenaMalloc, arenaCalloc, arenaRealloc, arenaFree), true);

}  // namespace

TreeArenaScope::TreeArenaScope() : outermost_(activeArena == nullptr) {
  (void)installed;
  activeArena = &threadArena;
}

TreeArenaScope::~TreeArenaScope() {
  if (!outermost_) return;
  activeArena = nullptr;
  threadArena.reset();
}

size_t TreeArenaScope::bytesHandedOut() { return threadArena.handedOut(); }

}  // namespace platlint
