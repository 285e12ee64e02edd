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
#include <unordered_set>

#include "analyzer/base/output_file.h"
#include "analyzer/lint/result_encoding.h"
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

std::optional<FileResult> decodeResult(std::string_view bytes, const RuleCatalog& catalog) {
  if (bytes.substr(0, kMagic.size()) != kMagic || bytes.size() < kMagic.size() + 17) return std::nullopt;
  const std::string_view checksum = bytes.substr(kMagic.size(), 16);
  const std::string_view payload = bytes.substr(kMagic.size() + 17);
  if (bytes[kMagic.size() + 16] != '\n' || checksum != hex64(XXH3_64bits(payload.data(), payload.size()))) {
    return std::nullopt;
  }
  return decodeResultBody(payload, catalog, false);
}

// Only this process reads what it spilled: no magic line, no checksum.
std::string encodeResultWithPath(const FileResult& result) { return encodeResultBody(result, true); }

std::optional<FileResult> decodeResultWithPath(std::string_view bytes, const RuleCatalog& catalog) {
  return decodeResultBody(bytes, catalog, true);
}

ResultCache::ResultCache(const RuleCatalog& catalog, std::string directory, std::string fingerprint)
    : catalog_(&catalog),
      directory_(std::move(directory)),
      versionDirectory_((fs::path(directory_) / (std::string(PLATLINT_VERSION) + "-" + PLATLINT_BUILD_ID)).string()),
      fingerprint_(std::move(fingerprint)),
      index_(readIndex()) {}

std::optional<FileStamp> stampOf(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileStamp{static_cast<uint64_t>(st.st_size),
                   static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

namespace {

// The first line of the stat index; then one record a line:
//   KEY SIZE MTIME_NS TRUSTED(0/1) SETTINGS_HASH ABSOLUTE_PATH
constexpr std::string_view kIndexMagic = "platlint-stat-index-1";

std::string indexKey(const std::string& path, std::string_view settingsFingerprint) {
  std::error_code ec;
  std::string key = fs::absolute(path, ec).lexically_normal().string();
  key += '\n';
  key += hex64(XXH3_64bits(settingsFingerprint.data(), settingsFingerprint.size()));
  return key;
}

std::string_view pathOfIndexKey(std::string_view key) { return key.substr(0, key.rfind('\n')); }

int64_t nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

std::string ResultCache::indexPath() const { return versionDirectory_ + "/stat-index"; }

ResultCache::Index ResultCache::readIndex() const {
  Index index;
  std::ifstream in(indexPath(), std::ios::binary);
  std::string line;
  if (!std::getline(in, line) || line != kIndexMagic) return index;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    IndexRecord record;
    int trusted = 0;
    std::string settingsHash;
    if (!(fields >> record.key >> record.stamp.size >> record.stamp.mtimeNs >> trusted >> settingsHash)) continue;
    if (fields.get() != ' ') continue;
    std::string path;
    std::getline(fields, path);
    if (record.key.size() != 32 || path.empty()) continue;
    record.trusted = trusted == 1;
    index.emplace(path + '\n' + settingsHash, std::move(record));
  }
  return index;
}

void ResultCache::writeIndex(const Index& index) const {
  std::string out(kIndexMagic);
  out += '\n';
  for (const auto& [name, record] : index) {
    const size_t split = name.rfind('\n');
    out += record.key + ' ' + std::to_string(record.stamp.size) + ' ' + std::to_string(record.stamp.mtimeNs) + ' ' +
           (record.trusted ? "1 " : "0 ") + name.substr(split + 1) + ' ' + name.substr(0, split) + '\n';
  }
  try {
    writeFileAtomically(indexPath(), out, Durability::Fast);
  } catch (const std::exception&) {
    // The next run hashes every file again: slower, not wrong.
  }
}

std::optional<std::string> ResultCache::knownKey(const std::string& path, std::string_view settingsFingerprint,
                                                 const FileStamp& stamp) const {
  const std::string name = indexKey(path, settingsFingerprint);
  const std::lock_guard lock(indexMutex_);
  const auto found = index_.find(name);
  if (found == index_.end() || !found->second.trusted || !(found->second.stamp == stamp)) return std::nullopt;
  found->second.touched = true;
  return found->second.key;
}

void ResultCache::remember(const std::string& path, std::string_view settingsFingerprint, const FileStamp& stamp,
                           const std::string& key) const {
  // A path with a line break cannot be a line of the index; such a file is hashed on every run.
  if (path.find('\n') != std::string::npos) return;
  const bool trusted = nowNs() - stamp.mtimeNs > kRacyStampNs;
  const std::string name = indexKey(path, settingsFingerprint);
  const std::lock_guard lock(indexMutex_);
  IndexRecord& record = index_[name];
  if (!(record.key == key && record.stamp == stamp && record.trusted == trusted)) indexChanged_ = true;
  record = {key, stamp, trusted, true};
}

void ResultCache::saveIndex(const std::vector<std::string>& roots) const {
  const std::lock_guard lock(indexMutex_);
  std::error_code ec;
  if (!fs::is_directory(versionDirectory_, ec)) return;  // nothing was ever stored
  std::vector<std::string> absoluteRoots;
  for (const std::string& root : roots) absoluteRoots.push_back(fs::absolute(root, ec).lexically_normal().string());
  const auto belowARoot = [&](std::string_view path) {
    return std::any_of(absoluteRoots.begin(), absoluteRoots.end(), [&](const std::string& root) {
      return path.starts_with(root) && (path.size() == root.size() || root.ends_with('/') || path[root.size()] == '/');
    });
  };
  // Other processes may have written the index since it was read: merge under a lock.
  const int lockFd = ::open((versionDirectory_ + "/stat-index.lock").c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
  if (lockFd < 0) return;
  ::flock(lockFd, LOCK_EX);
  Index merged = readIndex();
  std::unordered_set<std::string> released;  // keys that lost a record
  bool changed = indexChanged_;
  for (const auto& [name, record] : index_) {
    if (!record.touched) continue;
    IndexRecord& slot = merged[name];
    if (!slot.key.empty() && slot.key != record.key) released.insert(slot.key);
    if (slot.key != record.key || !(slot.stamp == record.stamp) || slot.trusted != record.trusted) changed = true;
    slot = record;
  }
  for (auto it = merged.begin(); it != merged.end();) {
    const std::string path(pathOfIndexKey(it->first));
    const auto own = index_.find(it->first);
    const bool seen = own != index_.end() && own->second.touched;
    if (!seen && belowARoot(path) && !fs::exists(path, ec)) {
      released.insert(it->second.key);
      it = merged.erase(it);
      changed = true;
    } else {
      ++it;
    }
  }
  if (changed) {
    std::unordered_set<std::string> used;
    for (const auto& [name, record] : merged) used.insert(record.key);
    for (const std::string& key : released) {
      if (!used.contains(key)) fs::remove(entryPath(key), ec);
    }
    writeIndex(merged);
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

std::optional<FileResult> ResultCache::load(const std::string& key, const std::string& displayPath) const {
  std::ifstream in(entryPath(key), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::optional<FileResult> result = decodeResult(std::move(bytes).str(), *catalog_);
  if (result) result->path = displayPath;
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
