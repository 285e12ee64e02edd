#pragma once
// Per-file results cached on disk, keyed by (content hash, analysis fingerprint, platlint
// version): analysis is a pure function of those three, so an entry never goes stale, it just
// stops being looked up. A warm run hashes each file's bytes and reads its entry: no parsing.
//
// Entries are written to a temporary file and renamed into place, so two platlint processes can
// share a cache directory and a reader never sees half an entry. Each entry carries a checksum;
// a damaged or unreadable entry is a miss and is rewritten.
#include <optional>
#include <string>
#include <string_view>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/rule_catalog.h"

namespace platlint {

class ResultCache {
 public:
  // `directory` is created on first store (with a .gitignore and a CACHEDIR.TAG, so neither git
  // nor backup tools pick it up). `fingerprint` describes everything besides the file's bytes
  // that can change a result (rule selection, targets, guards, configuration). Cached findings
  // name their rule by id, looked up in `catalog` when read back.
  ResultCache(const RuleCatalog& catalog, std::string directory, std::string fingerprint);

  // The key for a file's bytes (hex, 32 digits).
  std::string key(std::string_view bytes) const { return key(bytes, {}); }
  // The key for a file's bytes analysed with settings whose settingsFingerprint() (workspace/) is
  // `settingsFingerprint` (files of one run can have different configurations).
  std::string key(std::string_view bytes, std::string_view settingsFingerprint) const;
  // The cached result for `key`, with `displayPath` as its path; nullopt on a miss.
  std::optional<FileResult> load(const std::string& key, const std::string& displayPath) const;
  // Stores `result` under `key`; failures are ignored (a cache that cannot be written is only slower).
  void store(const std::string& key, const FileResult& result) const;

  const std::string& directory() const { return directory_; }

 private:
  std::string entryPath(const std::string& key) const;
  bool prepareDirectory() const;

  const RuleCatalog* catalog_;
  std::string directory_;
  std::string versionDirectory_;
  std::string fingerprint_;
};

// FileResult <-> bytes, without the path (a result depends on content, not on where it lives).
// Exposed for tests; decodeResult returns nullopt for anything it cannot fully decode.
std::string encodeResult(const FileResult& result);
std::optional<FileResult> decodeResult(std::string_view bytes, const RuleCatalog& catalog);

}  // namespace platlint
