#pragma once
// The result cache's stat index in memory and its lines on disk (ResultCache, result_cache.h, says
// what it is for). A record costs 48 bytes plus about 7 of hash table: a 200,000-file tree's index
// is about 11 MB, so it does not dominate a run's memory.
//
// A record is named by a 128-bit hash of "absolute path\nsettings hash" instead of that text.
// Two names with one hash would make one file's stamp and key answer for the other's, so the hash
// has to be as hard to collide as the content key itself (XXH3-128 of the file's bytes, which the
// cache already trusts): 124 bits of XXH3-128 (4 bits hold the record's flags), a collision
// chance of about n^2 / 2^125, below 10^-26 for a million files. Shortening it to 64 bits would
// make that about 10^-8 at 200,000 files: rare, but then a stale result would be served.
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/result_cache.h"

namespace platlint {

// A result cache key (32 hex digits) as 16 bytes.
struct ContentKey {
  uint64_t high = 0;
  uint64_t low = 0;
  bool operator==(const ContentKey&) const = default;
  auto operator<=>(const ContentKey&) const = default;
};
// nullopt unless `hex` is 32 lowercase hex digits (the key names a file in the cache directory).
std::optional<ContentKey> parseContentKey(std::string_view hex);
std::string hexOf(const ContentKey& key);

// The hash of "absolute path\nsettings hash"; the low 4 bits of `high` are always 0.
struct RecordId {
  uint64_t high = 0;
  uint64_t low = 0;
  bool operator==(const RecordId&) const = default;
};
RecordId recordIdOf(std::string_view path, std::string_view settingsHash);

struct StatRecord {
  enum Flag : uint64_t {
    kTrusted = 1,  // unset: the stamp was racy; the key only keeps the entry from pruning
    kTouched = 2,  // looked up or recorded in this run
    kSeen = 4,     // met on disk by the merge under way
    kNamed = 8,    // its name is kept (StatIndex::keepName)
  };
  RecordId id() const { return {highAndFlags & ~uint64_t{15}, low}; }
  bool has(Flag f) const { return (highAndFlags & f) != 0; }
  void set(Flag f, bool on) { highAndFlags = on ? (highAndFlags | f) : (highAndFlags & ~uint64_t{f}); }

  uint64_t highAndFlags = 0;
  uint64_t low = 0;
  ContentKey key;
  FileStamp stamp;
};
static_assert(sizeof(StatRecord) == 48);

// Records by id: stored in fixed blocks (never moved, so a record's address is stable and growing
// never copies them) and found through an open-addressing table of 32-bit record numbers.
class StatIndex {
 public:
  StatRecord* find(const RecordId& id);
  // The number of the record named `id` (see at()); of a new one, all zero but its id, when there
  // is none.
  size_t findOrAdd(const RecordId& id);
  size_t size() const { return count_; }
  StatRecord& at(size_t number) { return blocks_[number / kBlock][number % kBlock]; }

  // Keeps the name of record `number` (it may have to be written to an index that lacks it); once.
  void keepName(size_t number, std::string_view path, std::string_view settingsHash);
  // Calls `f(record, path, settingsHash)` for each record with a kept name.
  template <typename F>
  void forEachName(F&& f) {
    for (const std::string& block : names_) {
      for (size_t at = 0; at < block.size();) {
        uint32_t number;
        block.copy(reinterpret_cast<char*>(&number), sizeof number, at);
        const size_t end = block.find('\0', at + sizeof number);
        const std::string_view name(block.data() + at + sizeof number, end - at - sizeof number);
        const size_t split = name.rfind('\n');
        f(this->at(number), name.substr(0, split), name.substr(split + 1));
        at = end + 1;
      }
    }
  }

 private:
  static constexpr size_t kBlock = 4096;
  static constexpr size_t kNameBlock = 1 << 18;
  static constexpr size_t kNone = SIZE_MAX;
  size_t numberOf(const RecordId& id) const;  // kNone when there is no such record
  void grow();

  std::vector<std::unique_ptr<StatRecord[]>> blocks_;
  size_t count_ = 0;
  std::vector<uint32_t> slots_;  // record number + 1; 0: empty
  // Kept names, each "record number (4 bytes)" "path\nsettings hash" "\0", in blocks that are
  // never reallocated.
  std::vector<std::string> names_;
};

// One line of the index file:
//   KEY SIZE MTIME_NS TRUSTED(0/1) SETTINGS_HASH ABSOLUTE_PATH
struct IndexLine {
  ContentKey key;
  FileStamp stamp;
  bool trusted = false;
  std::string_view settingsHash;
  std::string_view path;
};
// The first line of the index file.
inline constexpr std::string_view kIndexMagic = "platlint-stat-index-1";
std::optional<IndexLine> parseIndexLine(std::string_view line);
void appendIndexLine(std::string& out, const IndexLine& line);

// The lines of a file, read through a buffer of one line.
class LineReader {
 public:
  explicit LineReader(std::FILE* file) : file_(file) {}
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;
  ~LineReader();
  // The next line without its newline; nullopt at the end.
  std::optional<std::string_view> next();

 private:
  std::FILE* file_;
  char* buffer_ = nullptr;
  size_t capacity_ = 0;
};

// Merges this run's touched records of `index` into the index file read from `onDisk` (null: there
// is none), as ResultCache::saveIndex describes: a touched record replaces the line of its name,
// a line of a file that is `gone` is dropped, the others stay, then the touched records no line
// named follow. Each record written is passed to `write`; with no `write`, nothing is written and
// the merge stops at the first difference from the file. Sets kSeen on the records met.
struct IndexMerge {
  bool changed = false;                // the result differs from the file
  std::vector<ContentKey> released;    // keys that lost a record (sorted, unique)
};
IndexMerge mergeIndex(StatIndex& index, std::FILE* onDisk, const std::function<bool(std::string_view path)>& gone,
                      const std::function<void(const IndexLine&)>& write);
// Removes from `released` each key that a line of the index file `written` still uses.
void dropUsedKeys(std::FILE* written, std::vector<ContentKey>& released);

}  // namespace platlint
