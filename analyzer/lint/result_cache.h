#pragma once
// Per-file results cached on disk, keyed by (content hash, analysis fingerprint, platlint
// version): analysis is a pure function of those three, so an entry never goes stale, it just
// stops being looked up. A warm run hashes each file's bytes and reads its entry: no parsing.
//
// Entries are written to a temporary file and renamed into place, so two platlint processes can
// share a cache directory and a reader never sees half an entry. Each entry carries a checksum;
// a damaged or unreadable entry is a miss and is rewritten.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/rule_catalog.h"

namespace platlint {

// What stat(2) says of a file: a warm run trusts an unchanged size and modification time.
struct FileStamp {
  uint64_t size = 0;
  int64_t mtimeNs = 0;
  bool operator==(const FileStamp&) const = default;
};

// The stamp of the file at `path`; nullopt when it cannot be stat'ed.
std::optional<FileStamp> stampOf(const std::string& path);

class StatIndex;  // stat_index.h

class ResultCache {
 public:
  // `directory` is created on first store (with a .gitignore and a CACHEDIR.TAG, so neither git
  // nor backup tools pick it up). `fingerprint` describes everything besides the file's bytes
  // that can change a result (rule selection, targets, guards, configuration). Cached findings
  // name their rule by id, looked up in `catalog` when read back.
  ResultCache(const RuleCatalog& catalog, std::string directory, std::string fingerprint);
  ~ResultCache();

  // The key for a file's bytes (hex, 32 digits).
  std::string key(std::string_view bytes) const { return key(bytes, {}); }
  // The key for a file's bytes analysed with settings whose settingsFingerprint() (workspace/) is
  // `settingsFingerprint` (files of one run can have different configurations).
  std::string key(std::string_view bytes, std::string_view settingsFingerprint) const;
  // The cached result for `key`, with `displayPath` as its path; nullopt on a miss. `spilled`,
  // when given, is set on a hit to the result as FileResults spills it without its facts
  // (spilledFromEntry, result_encoding.h): the entry's own bytes, not encoded again.
  std::optional<FileResult> load(const std::string& key, const std::string& displayPath,
                                 std::string* spilled = nullptr) const;
  // Stores `result` under `key`; failures are ignored (a cache that cannot be written is only slower).
  void store(const std::string& key, const FileResult& result) const;

  // The stat index (`<version directory>/stat-index`): for each file (absolute path) and
  // settings fingerprint, the key its bytes had and the stamp the file had when they were read.
  // While the stamp is unchanged a warm run takes the key from there, without reading or hashing
  // the file; on any change of size or mtime the content hash decides again. A change that keeps
  // both (an edit of equal size whose mtime is set back, or two writes within the file system's
  // timestamp granularity) goes unseen: a stamp as recent as kRacyStampNs before it was taken is
  // never trusted, and `--no-cache` or touching the file ends the other case.
  //
  // The key recorded for `path` if `stamp` is the one recorded with it; nullopt otherwise.
  std::optional<std::string> knownKey(const std::string& path, std::string_view settingsFingerprint,
                                      const FileStamp& stamp) const;
  // Records that `path`, stamped `stamp` before it was read, had `key`. Thread-safe.
  void remember(const std::string& path, std::string_view settingsFingerprint, const FileStamp& stamp,
                const std::string& key) const;
  // Writes the index, merged (under a lock) with the one on disk, and keeps the directory bounded:
  // a record of a file below one of `roots` (the run's paths) that no longer exists is dropped, and
  // an entry that no record uses any more (its file deleted or changed) is removed. Entries of files
  // other runs analysed stay. Failures are ignored, like store()'s. The index on disk is read and
  // written a line at a time: memory holds only this run's records (stat_index.h).
  void saveIndex(const std::vector<std::string>& roots) const;

  const std::string& directory() const { return directory_; }

  // A stamp this close to the time it was taken may belong to a file still being written to.
  static constexpr int64_t kRacyStampNs = 2'000'000'000;

 private:
  std::string entryPath(const std::string& key) const;
  std::string indexPath() const;
  bool prepareDirectory() const;
  void readIndex();

  const RuleCatalog* catalog_;
  std::string directory_;
  std::string versionDirectory_;
  std::string fingerprint_;
  mutable std::mutex indexMutex_;
  std::unique_ptr<StatIndex> index_;  // read at construction, updated by remember()
  mutable bool indexChanged_ = false;
};

// FileResult <-> bytes, without the path (a result depends on content, not on where it lives).
// Exposed for tests; decodeResult returns nullopt for anything it cannot fully decode.
std::string encodeResult(const FileResult& result);
std::optional<FileResult> decodeResult(std::string_view bytes, const RuleCatalog& catalog);

}  // namespace platlint
