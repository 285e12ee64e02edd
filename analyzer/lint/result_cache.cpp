#include "analyzer/lint/result_cache.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include "analyzer/base/xxhash_inline.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <memory>
#include <utility>

#include "analyzer/base/output_file.h"
#include "analyzer/lint/result_encoding.h"
#include "analyzer/lint/stat_index.h"
#include "platlint_build_id.h"

namespace platlint {
namespace {

namespace fs = std::filesystem;

// An entry: this magic line, the hex checksum of the payload and a newline, then the payload
// (result_encoding.h). The magic names the format so that a future platlint never misreads an old entry.
constexpr std::string_view kMagic = "platlint-cache-5\n";

std::string hex64(uint64_t v) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(v));
  return buffer;
}

}  // namespace

std::string encodeResult(const FileResult& result) {
  const std::string payload = encodeResultBody(result, false);
  std::string out(kMagic);
  out += hex64(XXH3_64bits(payload.data(), payload.size()));
  out += '\n';
  out += payload;
  return out;
}

namespace {

// An entry's payload, if its magic line and checksum are right.
std::optional<std::string_view> checkedPayload(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic || bytes.size() < kMagic.size() + 17) return std::nullopt;
  const std::string_view checksum = bytes.substr(kMagic.size(), 16);
  const std::string_view payload = bytes.substr(kMagic.size() + 17);
  if (bytes[kMagic.size() + 16] != '\n' || checksum != hex64(XXH3_64bits(payload.data(), payload.size()))) {
    return std::nullopt;
  }
  return payload;
}

}  // namespace

std::optional<FileResult> decodeResult(std::string_view bytes, const RuleCatalog& catalog) {
  const std::optional<std::string_view> payload = checkedPayload(bytes);
  return payload ? decodeResultBody(*payload, catalog, false) : std::nullopt;
}

ResultCache::ResultCache(const RuleCatalog& catalog, std::string directory, std::string fingerprint)
    : catalog_(&catalog),
      directory_(std::move(directory)),
      versionDirectory_((fs::path(directory_) / (std::string(PLATLINT_VERSION) + "-" + PLATLINT_BUILD_ID)).string()),
      fingerprint_(std::move(fingerprint)) {
  readIndex();
}

std::optional<FileStamp> stampOf(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileStamp{static_cast<uint64_t>(st.st_size),
                   static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

namespace {

// "absolute path" and "settings hash" of a record's name.
std::pair<std::string, std::string> recordName(const std::string& path, std::string_view settingsFingerprint) {
  std::error_code ec;
  return {fs::absolute(path, ec).lexically_normal().string(),
          hex64(XXH3_64bits(settingsFingerprint.data(), settingsFingerprint.size()))};
}

int64_t nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// Closes a std::FILE* on every way out.
struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

// Lines for an AtomicFile, written in chunks rather than one write(2) each.
class IndexWriter {
 public:
  explicit IndexWriter(const std::string& path) : file_(path, Durability::Fast) {
    pending_ = kIndexMagic;
    pending_ += '\n';
  }
  void put(const IndexLine& line) {
    appendIndexLine(pending_, line);
    if (pending_.size() >= kChunk) flush();
  }
  void commit() {
    flush();
    file_.commit();
  }

 private:
  static constexpr size_t kChunk = 1 << 16;
  void flush() {
    file_.write(pending_);
    pending_.clear();
  }
  AtomicFile file_;
  std::string pending_;
};

}  // namespace

ResultCache::~ResultCache() = default;

std::string ResultCache::indexPath() const { return versionDirectory_ + "/stat-index"; }

void ResultCache::readIndex() {
  index_ = std::make_unique<StatIndex>();
  const FilePtr file(std::fopen(indexPath().c_str(), "rb"));
  if (!file) return;
  LineReader lines(file.get());
  if (lines.next() != std::optional<std::string_view>(kIndexMagic)) return;
  while (const std::optional<std::string_view> text = lines.next()) {
    const std::optional<IndexLine> line = parseIndexLine(*text);
    if (!line) continue;
    const size_t known = index_->size();
    StatRecord& record = index_->at(index_->findOrAdd(recordIdOf(line->path, line->settingsHash)));
    if (index_->size() == known) continue;  // a second line of one name: the first counts
    record.key = line->key;
    record.stamp = line->stamp;
    record.set(StatRecord::kTrusted, line->trusted);
  }
}

std::optional<std::string> ResultCache::knownKey(const std::string& path, std::string_view settingsFingerprint,
                                                 const FileStamp& stamp) const {
  const auto [absolute, settingsHash] = recordName(path, settingsFingerprint);
  const RecordId id = recordIdOf(absolute, settingsHash);
  const std::lock_guard lock(indexMutex_);
  StatRecord* record = index_->find(id);
  if (!record || !record->has(StatRecord::kTrusted) || !(record->stamp == stamp)) return std::nullopt;
  record->set(StatRecord::kTouched, true);
  return hexOf(record->key);
}

void ResultCache::remember(const std::string& path, std::string_view settingsFingerprint, const FileStamp& stamp,
                           const std::string& key) const {
  // A path with a line break cannot be a line of the index; such a file is hashed on every run.
  if (path.find('\n') != std::string::npos) return;
  const std::optional<ContentKey> content = parseContentKey(key);
  if (!content) return;  // not one of key()'s
  const bool trusted = nowNs() - stamp.mtimeNs > kRacyStampNs;
  const auto [absolute, settingsHash] = recordName(path, settingsFingerprint);
  const RecordId id = recordIdOf(absolute, settingsHash);
  const std::lock_guard lock(indexMutex_);
  const size_t known = index_->size();
  const size_t number = index_->findOrAdd(id);
  StatRecord& record = index_->at(number);
  if (index_->size() != known || !(record.key == *content && record.stamp == stamp &&
                                   record.has(StatRecord::kTrusted) == trusted)) {
    indexChanged_ = true;
  }
  record.key = *content;
  record.stamp = stamp;
  record.set(StatRecord::kTrusted, trusted);
  record.set(StatRecord::kTouched, true);
  // Kept so that the record can be written even if the index on disk no longer names it.
  index_->keepName(number, absolute, settingsHash);
}

void ResultCache::saveIndex(const std::vector<std::string>& roots) const {
  const std::lock_guard lock(indexMutex_);
  std::error_code ec;
  if (!fs::is_directory(versionDirectory_, ec)) return;  // nothing was ever stored
  std::vector<std::string> absoluteRoots;
  for (const std::string& root : roots) absoluteRoots.push_back(fs::absolute(root, ec).lexically_normal().string());
  const auto gone = [&](std::string_view path) {
    const bool belowARoot = std::any_of(absoluteRoots.begin(), absoluteRoots.end(), [&](const std::string& root) {
      return path.starts_with(root) && (path.size() == root.size() || root.ends_with('/') || path[root.size()] == '/');
    });
    return belowARoot && !fs::exists(path, ec);
  };
  // Other processes may have written the index since it was read: merge under a lock.
  const int lockFd = ::open((versionDirectory_ + "/stat-index.lock").c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
  if (lockFd < 0) return;
  ::flock(lockFd, LOCK_EX);
  try {
    // A first pass only to see whether anything changes: a warm run over an unchanged tree
    // writes nothing.
    bool changed = indexChanged_;
    if (!changed) {
      const FilePtr onDisk(std::fopen(indexPath().c_str(), "rb"));
      changed = mergeIndex(*index_, onDisk.get(), gone, nullptr).changed;
    }
    if (changed) {
      const FilePtr onDisk(std::fopen(indexPath().c_str(), "rb"));
      IndexWriter out(indexPath());
      IndexMerge merge = mergeIndex(*index_, onDisk.get(), gone, [&](const IndexLine& line) { out.put(line); });
      out.commit();
      // The released keys are few: check just those against the index written, and remove the
      // entries none of its records uses.
      const FilePtr written(std::fopen(indexPath().c_str(), "rb"));
      if (written) {
        dropUsedKeys(written.get(), merge.released);
        for (const ContentKey& key : merge.released) fs::remove(entryPath(hexOf(key)), ec);
      }
    }
  } catch (const std::exception&) {
    // The next run hashes every file again: slower, not wrong.
  }
  ::flock(lockFd, LOCK_UN);
  ::close(lockFd);
  indexChanged_ = false;
}

std::string ResultCache::key(std::string_view bytes, std::string_view settingsFingerprint) const {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  XXH3_128bits_update(state, fingerprint_.data(), fingerprint_.size());
  const char separator = '\0';
  XXH3_128bits_update(state, &separator, 1);
  XXH3_128bits_update(state, settingsFingerprint.data(), settingsFingerprint.size());
  XXH3_128bits_update(state, &separator, 1);
  XXH3_128bits_update(state, bytes.data(), bytes.size());
  const XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  return hex64(h.high64) + hex64(h.low64);
}

std::string ResultCache::entryPath(const std::string& key) const { return versionDirectory_ + "/" + key; }

std::optional<FileResult> ResultCache::load(const std::string& key, const std::string& displayPath,
                                            std::string* spilled) const {
  std::ifstream in(entryPath(key), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream read;
  read << in.rdbuf();
  const std::string bytes = std::move(read).str();
  const std::optional<std::string_view> payload = checkedPayload(bytes);
  if (!payload) return std::nullopt;
  FactsPlace facts;
  std::optional<FileResult> result = decodeResultBody(*payload, *catalog_, false, &facts);
  if (!result) return std::nullopt;
  result->path = displayPath;
  if (spilled) *spilled = spilledFromEntry(*payload, facts, displayPath);
  return result;
}

bool ResultCache::prepareDirectory() const {
  std::error_code ec;
  if (fs::is_directory(versionDirectory_, ec)) return true;
  fs::create_directories(versionDirectory_, ec);
  if (ec) return false;
  // Results of other platlint builds are never read again: remove them.
  for (const fs::directory_entry& e : fs::directory_iterator(directory_, ec)) {
    if (e.is_directory(ec) && e.path() != fs::path(versionDirectory_)) fs::remove_all(e.path(), ec);
  }
  try {
    writeFileAtomically((fs::path(directory_) / ".gitignore").string(), "# Created by platlint\n*\n", Durability::Fast);
    writeFileAtomically((fs::path(directory_) / "CACHEDIR.TAG").string(),
                        "Signature: 8a477f597d28d172789f06886806bc55\n# platlint's result cache\n", Durability::Fast);
  } catch (const std::exception&) {
    // Not essential.
  }
  return true;
}

void ResultCache::store(const std::string& key, const FileResult& result) const {
  if (!prepareDirectory()) return;
  try {
    writeFileAtomically(entryPath(key), encodeResult(result), Durability::Fast);
  } catch (const std::exception&) {
    // A read-only or full disk makes the cache useless, not the run.
  }
}

}  // namespace platlint
