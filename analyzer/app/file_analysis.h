#pragma once
// What `platlint check` does to one file, on whichever worker thread picks it: read it, take
// its result from the cache or analyse it (and fix it with --fix/--diff), store the result.
#include <optional>
#include <string>
#include <vector>

#include "analyzer/lint/diagnostic.h"

namespace platlint {

class CFamilyRun;
class Engine;
class PreviousParse;
class ResultCache;
struct FileSettings;
struct Profile;

// A file's text taken from elsewhere than the disk: an editor's unsaved buffer (the language server)
// or standard input (`check --stdin-filename PATH -`). It is analysed as the file `path` would be, and
// with fix its fixed text is returned (FileOutcome::fixedBuffer), never written.
struct UnsavedBuffer {
  std::string path;  // the display path, as discovery gives it
  std::string bytes;
  // The buffer's last parse, to parse this text from (the language server's open documents); null:
  // a fresh parse. Not used by fixes, whose passes parse texts of their own.
  PreviousParse* previousParse = nullptr;
};

struct FileAnalysisOptions {
  bool fix = false;          // apply fixes and write the file
  bool diff = false;         // compute the fixes' diff, write nothing
  bool unsafeFixes = false;
  const ResultCache* cache = nullptr;  // null: --no-cache (never used with fix or diff)
  const CFamilyRun* cfamily = nullptr;  // C and C++ files go there (null: analysed as Python)
  const UnsavedBuffer* buffer = nullptr;  // the text of the file buffer->path, instead of the disk's
  uint64_t maxFileBytes = 0;  // a larger file on disk is not read (FileNotice::Kind::TooLarge); 0: no limit
  bool spilled = false;  // results are spilled (FileResults): a cache hit keeps its bytes for that
};

struct FileOutcome {
  FileResult result;
  std::string diff;            // with options.diff: the unified diff of the fixes
  size_t fixesApplied = 0;
  bool writeFailed = false;    // --fix could not write the file (its findings are kept)
  std::vector<std::string> messages;  // lines for stderr, without the "platlint: " prefix
  std::optional<std::string> fixedBuffer;  // with options.fix of the unsaved buffer: its fixed text
  // With options.spilled, of a cache hit: `result` as FileResults spills it once its facts are
  // moved out (ResultCache::load), for FileResults::set. Empty otherwise.
  std::string spilled;
};

// `settings` are the file's own (from its configuration); the cache keys results by their
// fingerprint. Suppressions are parsed into the result, not applied (see applySuppressions).
FileOutcome analyzeFile(Engine& engine, const std::string& path, const FileSettings& settings,
                        const FileAnalysisOptions& options, Profile* profile);

}  // namespace platlint
