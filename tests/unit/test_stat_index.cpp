// The result cache's stat index (analyzer/lint/stat_index.h, ResultCache::knownKey/remember/
// saveIndex): the compact table, its lines on disk, and the merge with an index other processes
// wrote: records kept and replaced, records of deleted files dropped, released entries removed.
#include <doctest/doctest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "analyzer/lint/result_cache.h"
#include "analyzer/lint/stat_index.h"
#include "rules/registry.h"

namespace platlint {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "platlint-statindex-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    root_ = fs::canonical(pattern);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  // A file of `content` whose mtime is in 2020, so that its stamp is trusted.
  std::string file(const std::string& relative, const std::string& content) const {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::hours(24 * 365 * 3));
    return path.string();
  }
  std::string path(const std::string& relative) const { return (root_ / relative).string(); }

 private:
  fs::path root_;
};

// One "run" over a cache directory: what analyzeFile does for `path` (the stamp, the stat index,
// the content key, a stored entry).
struct Run {
  explicit Run(const std::string& directory) : cache(builtinRules(), directory, "fp") {}
  // The key the index gives `path` without reading it, if any.
  std::optional<std::string> known(const std::string& path) const {
    const std::optional<FileStamp> stamp = stampOf(path);
    return stamp ? cache.knownKey(path, "settings", *stamp) : std::nullopt;
  }
  // Reads `path` as a changed or new file would be: hashes, remembers, stores.
  std::string read(const std::string& path) const {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string key = cache.key(bytes.str(), "settings");
    cache.remember(path, "settings", *stampOf(path), key);
    FileResult result;
    result.analyzed = true;
    cache.store(key, result);
    return key;
  }
  ResultCache cache;
};

std::string versionDirectory(const std::string& cacheDirectory) {
  for (const fs::directory_entry& e : fs::directory_iterator(cacheDirectory)) {
    if (e.is_directory()) return e.path().string();
  }
  return {};
}

std::set<std::string> entries(const std::string& cacheDirectory) {
  std::set<std::string> out;
  for (const fs::directory_entry& e : fs::directory_iterator(versionDirectory(cacheDirectory))) {
    const std::string name = e.path().filename().string();
    if (parseContentKey(name)) out.insert(name);
  }
  return out;
}

std::vector<std::string> indexLines(const std::string& cacheDirectory) {
  std::ifstream in(versionDirectory(cacheDirectory) + "/stat-index");
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("stat index: records are found by both halves of their id, across growth") {
  StatIndex index;
  // Ids that share their low half (the table's hash) and differ only in the high one: a 64-bit
  // hash would take them for one record.
  for (uint64_t i = 0; i < 10'000; ++i) {
    StatRecord& record = index.at(index.findOrAdd(RecordId{(i % 7) << 4, i / 7}));
    record.stamp.size = i;
  }
  REQUIRE(index.size() == 10'000);
  for (uint64_t i = 0; i < 10'000; ++i) {
    const StatRecord* record = index.find(RecordId{(i % 7) << 4, i / 7});
    REQUIRE(record != nullptr);
    CHECK(record->stamp.size == i);
  }
  CHECK(index.find(RecordId{7 << 4, 0}) == nullptr);
  // Flags live in the id's low 4 bits, which recordIdOf never sets: they do not change the id.
  StatRecord& first = index.at(index.findOrAdd(RecordId{0, 0}));
  first.set(StatRecord::kTouched, true);
  first.set(StatRecord::kTrusted, true);
  CHECK(index.find(RecordId{0, 0}) == &first);
  CHECK((recordIdOf("/a/b.py", "0123456789abcdef").high & 15) == 0);
  CHECK_FALSE(recordIdOf("/a/b.py", "0123456789abcdef") == recordIdOf("/a/b.py", "0123456789abcdee"));
  CHECK_FALSE(recordIdOf("/a/b.py", "0123456789abcdef") == recordIdOf("/a/c.py", "0123456789abcdef"));
}

TEST_CASE("stat index: lines round-trip, malformed lines and keys are refused") {
  const std::string line = "0123456789abcdef0123456789abcdef 42 -7 1 fedcba9876543210 /a dir/x y.py";
  const std::optional<IndexLine> parsed = parseIndexLine(line);
  REQUIRE(parsed);
  CHECK(parsed->stamp == FileStamp{42, -7});
  CHECK(parsed->trusted);
  CHECK(parsed->settingsHash == "fedcba9876543210");
  CHECK(parsed->path == "/a dir/x y.py");
  CHECK(hexOf(parsed->key) == "0123456789abcdef0123456789abcdef");
  std::string out;
  appendIndexLine(out, *parsed);
  CHECK(out == line + "\n");
  // A key names a file in the cache directory: nothing but 32 lowercase hex digits.
  CHECK_FALSE(parseIndexLine("../../../../../../../etc/passwdx 42 -7 1 fedcba9876543210 /a"));
  CHECK_FALSE(parseIndexLine("0123456789ABCDEF0123456789abcdef 42 -7 1 fedcba9876543210 /a"));
  CHECK_FALSE(parseIndexLine("0123456789abcdef0123456789abcdef 42 -7 1 fedcba9876543210 "));
  CHECK_FALSE(parseIndexLine("0123456789abcdef0123456789abcdef 4x2 -7 1 fedcba9876543210 /a"));
  CHECK_FALSE(parseIndexLine("0123456789abcdef0123456789abcdef 42 -7 1"));
}

TEST_CASE("stat index: a warm run trusts old stamps only, and writes nothing when nothing changed") {
  TempDir dir;
  const std::string cache = dir.path("cache");
  const std::string a = dir.file("tree/a.py", "a = 1\n");
  const std::string fresh = dir.path("tree/fresh.py");
  std::ofstream(fresh) << "f = 1\n";  // mtime now: racy
  std::string keyA;
  {
    Run cold(cache);
    CHECK_FALSE(cold.known(a));
    keyA = cold.read(a);
    cold.read(fresh);
    cold.cache.saveIndex({dir.path("tree")});
  }
  CHECK(indexLines(cache).size() == 3);  // the magic line and two records
  struct stat before {};
  REQUIRE(::stat((versionDirectory(cache) + "/stat-index").c_str(), &before) == 0);
  {
    Run warm(cache);
    CHECK(warm.known(a) == keyA);
    CHECK_FALSE(warm.known(fresh));  // recorded, but racy
    CHECK_FALSE(warm.cache.knownKey(a, "other settings", *stampOf(a)));
    CHECK_FALSE(warm.cache.knownKey(a, "settings", FileStamp{stampOf(a)->size, stampOf(a)->mtimeNs + 1}));
    warm.cache.saveIndex({dir.path("tree")});
  }
  struct stat after {};
  REQUIRE(::stat((versionDirectory(cache) + "/stat-index").c_str(), &after) == 0);
  CHECK(before.st_ino == after.st_ino);  // not rewritten
}

TEST_CASE("stat index: records another process wrote meanwhile are kept, and its changes merged") {
  TempDir dir;
  const std::string cache = dir.path("cache");
  const std::string a = dir.file("tree/a.py", "a = 1\n");
  const std::string b = dir.file("tree/b.py", "b = 1\n");
  const std::string c = dir.file("tree/c.py", "c = 1\n");
  std::string oldB;
  {
    Run first(cache);
    first.read(a);
    oldB = first.read(b);
    first.cache.saveIndex({dir.path("tree")});
  }
  // Two processes read that index; the one that saves second must keep the other's records.
  Run one(cache);
  Run two(cache);
  REQUIRE(one.known(a));
  REQUIRE(two.known(a));
  dir.file("tree/b.py", "b = 22\n");  // b changes; `one` records its new key
  const std::string newB = one.read(b);
  one.cache.saveIndex({dir.path("tree")});
  const std::string keyC = two.read(c);  // `two` saw the old index, without c and with the old b
  two.cache.saveIndex({dir.path("tree")});
  Run warm(cache);
  CHECK(warm.known(a));
  CHECK(warm.known(b) == newB);
  CHECK(warm.known(c) == keyC);
  CHECK(indexLines(cache).size() == 4);
  // b's old entry lost its record when `one` saved: removed then.
  CHECK_FALSE(entries(cache).contains(oldB));
  CHECK(entries(cache).contains(newB));
}

TEST_CASE("stat index: records of deleted files below the run's paths are dropped, with their entries") {
  TempDir dir;
  const std::string cache = dir.path("cache");
  const std::string a = dir.file("tree/a.py", "a = 1\n");
  const std::string b = dir.file("tree/b.py", "b = 1\n");
  const std::string same = dir.file("tree/same_as_b.py", "b = 1\n");
  const std::string gone = dir.file("tree/gone.py", "gone = 1\n");
  const std::string other = dir.file("other/o.py", "o = 1\n");
  std::string keyB, keyGone, keyOther;
  {
    Run cold(cache);
    cold.read(a);
    keyB = cold.read(b);
    cold.read(same);
    keyGone = cold.read(gone);
    keyOther = cold.read(other);
    cold.cache.saveIndex({dir.path("tree"), dir.path("other")});
  }
  REQUIRE(entries(cache).size() == 4);
  fs::remove(b);
  fs::remove(gone);
  fs::remove(other);
  {
    Run warm(cache);  // over tree only: other/o.py's record stays though its file is gone
    warm.known(a);
    warm.cache.saveIndex({dir.path("tree")});
  }
  const std::vector<std::string> lines = indexLines(cache);
  CHECK(lines.size() == 4);  // the magic line, a, same_as_b and o
  const std::set<std::string> left = entries(cache);
  CHECK_FALSE(left.contains(keyGone));
  CHECK(left.contains(keyB));  // still the key of same_as_b.py
  CHECK(left.contains(keyOther));
  CHECK(left.size() == 3);
}

TEST_CASE("stat index: a record whose line vanished from disk releases its key") {
  TempDir dir;
  const std::string cache = dir.path("cache");
  const std::string a = dir.file("tree/a.py", "a = 1\n");
  const std::string b = dir.file("tree/b.py", "b = 1\n");
  std::string keyA;
  {
    Run cold(cache);
    keyA = cold.read(a);
    cold.read(b);
    cold.cache.saveIndex({dir.path("tree")});
  }
  Run warm(cache);
  REQUIRE(warm.known(a) == keyA);
  REQUIRE(warm.known(b));
  // The index is replaced by one that lacks a (only b's line is left).
  const std::string index = versionDirectory(cache) + "/stat-index";
  std::vector<std::string> lines = indexLines(cache);
  std::ofstream(index, std::ios::trunc) << lines[0] << '\n'
                                        << (lines[1].find("/a.py") == std::string::npos ? lines[1] : lines[2]) << '\n';
  warm.cache.saveIndex({dir.path("tree")});
  // a's name was never kept (it was only looked up), so its record cannot be written back: a is
  // hashed again next run, and its entry, now used by no record, is removed.
  CHECK(indexLines(cache).size() == 2);
  CHECK_FALSE(entries(cache).contains(keyA));
  Run next(cache);
  CHECK_FALSE(next.known(a));
  CHECK(next.known(b));
}

}  // namespace platlint
