#include "analyzer/app/file_analysis.h"

#include <algorithm>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>

#include "analyzer/cfamily/cfamily_run.h"
#include "analyzer/base/cancellation.h"
#include "analyzer/lint/engine.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/fingerprints.h"
#include "analyzer/fix/fixer.h"
#include "analyzer/base/line_safe.h"
#include "analyzer/base/output_file.h"
#include "analyzer/base/profile.h"
#include "analyzer/lint/result_cache.h"
#include "analyzer/base/unified_diff.h"
#include "analyzer/workspace/settings_table.h"

namespace platlint {
namespace {

// The file's bytes, or nullopt with a notice in `unreadable`.
std::optional<std::string> readFile(const std::string& path, FileResult& unreadable) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  if (!in || in.bad()) {
    unreadable.path = path;
    std::error_code ec(errno, std::generic_category());
    unreadable.notices.push_back({FileNotice::Kind::Unreadable, Level::Error, "cannot read file: " + ec.message(), {0, 0}});
    return std::nullopt;
  }
  return std::move(bytes).str();
}

FileOutcome fix(Engine& engine, const std::string& path, const FileSettings& settings, std::string bytes,
               const FileAnalysisOptions& options) {
  FileOutcome out;
  FixOutcome fixed = fixFile(engine, settings, path, bytes, options.unsafeFixes);
  for (const std::string& problem : fixed.problems) out.messages.push_back(lineSafePath(path) + ": warning: " + problem);
  if (options.diff) {
    out.diff = unifiedDiff(fixed.originalText, fixed.fixedText, path);
  } else if (options.buffer && options.buffer->path == path) {
    // Unchanged (nothing to fix, or a file that could not be analysed cleanly): the bytes as they came.
    out.fixedBuffer = fixed.changed() ? fixed.fixedBytes : bytes;
  } else if (fixed.changed()) {
    try {
      writeFileAtomically(path, fixed.fixedBytes);
    } catch (const std::exception& e) {
      out.messages.push_back("error: " + lineSafeText(e.what()));
      out.writeFailed = true;
      // The file keeps its findings.
      fixed.result = engine.analyze(path, bytes, settings);
      fixed.fixedBytes = std::move(bytes);
      fixed.fixesApplied = 0;
    }
  }
  fingerprintFindings(fixed.result, fixed.fixedBytes);
  out.fixesApplied = fixed.fixesApplied;
  out.result = std::move(fixed.result);
  return out;
}

// Analysing a file takes 10 to 35 times its size in memory (tree-sitter's tree of a 6 MB module of
// string literals: over 200 MB); files that large are generated code, which a portability review
// does not read either.
FileNotice tooLargeNotice(uint64_t size, uint64_t limit) {
  const auto megabytes = [](uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return std::string(text);
  };
  return {FileNotice::Kind::TooLarge, Level::Warning,
          "not analysed: " + megabytes(size) + " is more than --max-file-size (" + megabytes(limit) +
              "); generated code is best excluded, or raise the limit (0: none) to analyse it",
          {0, 0}};
}

// The cached result of a file whose size and mtime are those the stat index recorded with its
// key: no reading, no hashing.
std::optional<FileResult> loadUnchanged(const ResultCache& cache, const std::string& path, std::string_view fingerprint,
                                        const FileStamp& stamp, std::string* spilled) {
  const std::optional<std::string> key = cache.knownKey(path, fingerprint, stamp);
  return key ? cache.load(*key, path, spilled) : std::nullopt;
}

}  // namespace

FileOutcome analyzeFile(Engine& engine, const std::string& path, const FileSettings& settings,
                        const FileAnalysisOptions& options, Profile* profile) {
  FileOutcome out;
  const bool fromBuffer = options.buffer && options.buffer->path == path;
  if (options.maxFileBytes > 0 && !fromBuffer) {
    const std::optional<FileStamp> size = stampOf(path);
    if (size && size->size > options.maxFileBytes) {
      out.result.path = path;
      out.result.notices.push_back(tooLargeNotice(size->size, options.maxFileBytes));
      return out;
    }
  }
  // Taken before the file is read, so that a write after the read makes the stamp differ next time.
  std::optional<FileStamp> stamp;
  std::string fingerprint;  // of the settings, with a cache
  if (options.cache && !(options.cfamily && options.cfamily->handles(path))) {
    PhaseTimer lookup(profile, Phase::CacheLookup);
    fingerprint = settingsFingerprint(settings);
    stamp = stampOf(path);
    std::string* const spilled = options.spilled ? &out.spilled : nullptr;
    if (std::optional<FileResult> known =
            stamp ? loadUnchanged(*options.cache, path, fingerprint, *stamp, spilled) : std::nullopt) {
      if (profile) {
        ++profile->files;
        profile->bytes += stamp->size;
        ++profile->cacheHits;
      }
      out.result = std::move(*known);
      return out;
    }
  }
  PhaseTimer reading(profile, Phase::Read);
  std::optional<std::string> bytes = fromBuffer ? options.buffer->bytes : readFile(path, out.result);
  reading.stop();
  if (!bytes) return out;
  if (profile) {
    ++profile->files;
    profile->bytes += bytes->size();
  }
  // C and C++ have no fixes, and their results depend on headers and flags besides the file's
  // bytes, so they are neither fixed nor cached.
  if (options.cfamily && options.cfamily->handles(path)) {
    out.result = options.cfamily->analyze(path, *bytes, settings);
    return out;
  }
  if (options.fix || options.diff) return fix(engine, path, settings, std::move(*bytes), options);

  std::string key;
  if (options.cache) {
    PhaseTimer lookup(profile, Phase::CacheLookup);
    key = options.cache->key(*bytes, fingerprint);
    if (stamp) options.cache->remember(path, fingerprint, *stamp, key);
    if (std::optional<FileResult> hit = options.cache->load(key, path, options.spilled ? &out.spilled : nullptr)) {
      if (profile) ++profile->cacheHits;
      out.result = std::move(*hit);
      return out;
    }
  }
  PreviousParse* const previousParse = fromBuffer ? options.buffer->previousParse : nullptr;
  out.result = engine.analyze(path, *bytes, settings, nullptr, previousParse);
  fingerprintFindings(out.result, *bytes);
  // A file skipped for --file-timeout may well fit the budget next time (or a larger one).
  const bool timedOut = std::any_of(out.result.notices.begin(), out.result.notices.end(),
                                    [](const FileNotice& n) { return n.kind == FileNotice::Kind::Timeout; });
  if (options.cache && !timedOut && !stopRequested()) {
    PhaseTimer storing(profile, Phase::CacheStore);
    options.cache->store(key, out.result);
  }
  return out;
}

}  // namespace platlint
