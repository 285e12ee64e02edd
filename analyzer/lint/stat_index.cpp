#include "analyzer/lint/stat_index.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "analyzer/base/xxhash_inline.h"

namespace platlint {
namespace {

std::optional<uint64_t> hexWord(std::string_view digits) {
  uint64_t value = 0;
  for (const char c : digits) {
    if (c >= '0' && c <= '9') {
      value = value << 4 | static_cast<uint64_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      value = value << 4 | static_cast<uint64_t>(c - 'a' + 10);
    } else {
      return std::nullopt;
    }
  }
  return value;
}

// The next field of `rest` up to a single space, which is consumed; nullopt when there is none.
std::optional<std::string_view> field(std::string_view& rest) {
  const size_t space = rest.find(' ');
  if (space == std::string_view::npos || space == 0) return std::nullopt;
  const std::string_view out = rest.substr(0, space);
  rest.remove_prefix(space + 1);
  return out;
}

template <typename T>
std::optional<T> number(std::string_view text) {
  T value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<ContentKey> parseContentKey(std::string_view hex) {
  if (hex.size() != 32) return std::nullopt;
  const std::optional<uint64_t> high = hexWord(hex.substr(0, 16));
  const std::optional<uint64_t> low = hexWord(hex.substr(16));
  if (!high || !low) return std::nullopt;
  return ContentKey{*high, *low};
}

std::string hexOf(const ContentKey& key) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(32, '0');
  for (int i = 0; i < 16; ++i) {
    out[static_cast<size_t>(15 - i)] = kDigits[(key.high >> (4 * i)) & 15];
    out[static_cast<size_t>(31 - i)] = kDigits[(key.low >> (4 * i)) & 15];
  }
  return out;
}

RecordId recordIdOf(std::string_view path, std::string_view settingsHash) {
  XXH3_state_t state;
  XXH3_128bits_reset(&state);
  XXH3_128bits_update(&state, path.data(), path.size());
  XXH3_128bits_update(&state, "\n", 1);
  XXH3_128bits_update(&state, settingsHash.data(), settingsHash.size());
  const XXH128_hash_t h = XXH3_128bits_digest(&state);
  return {h.high64 & ~uint64_t{15}, h.low64};
}

size_t StatIndex::numberOf(const RecordId& id) const {
  if (slots_.empty()) return kNone;
  const size_t mask = slots_.size() - 1;
  for (size_t slot = id.low & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot] == 0) return kNone;
    const size_t number = slots_[slot] - 1;
    if (blocks_[number / kBlock][number % kBlock].id() == id) return number;
  }
}

StatRecord* StatIndex::find(const RecordId& id) {
  const size_t number = numberOf(id);
  return number == kNone ? nullptr : &at(number);
}

size_t StatIndex::findOrAdd(const RecordId& id) {
  if (const size_t found = numberOf(id); found != kNone) return found;
  if ((count_ + 1) * 4 > slots_.size() * 3) grow();
  if (count_ % kBlock == 0) blocks_.push_back(std::make_unique<StatRecord[]>(kBlock));
  StatRecord& record = at(count_);
  record.highAndFlags = id.high;
  record.low = id.low;
  const size_t mask = slots_.size() - 1;
  size_t slot = id.low & mask;
  while (slots_[slot] != 0) slot = (slot + 1) & mask;
  slots_[slot] = static_cast<uint32_t>(++count_);
  return count_ - 1;
}

void StatIndex::grow() {
  slots_.assign(std::max<size_t>(1024, slots_.size() * 2), 0);
  const size_t mask = slots_.size() - 1;
  for (size_t number = 0; number < count_; ++number) {
    size_t slot = at(number).low & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = static_cast<uint32_t>(number + 1);
  }
}

void StatIndex::keepName(size_t number, std::string_view path, std::string_view settingsHash) {
  StatRecord& record = at(number);
  if (record.has(StatRecord::kNamed)) return;
  record.set(StatRecord::kNamed, true);
  const size_t size = sizeof(uint32_t) + path.size() + 1 + settingsHash.size() + 1;
  if (names_.empty() || names_.back().size() + size > names_.back().capacity()) {
    names_.emplace_back().reserve(std::max(kNameBlock, size));
  }
  std::string& out = names_.back();
  const auto stored = static_cast<uint32_t>(number);
  out.append(reinterpret_cast<const char*>(&stored), sizeof stored);
  out += path;
  out += '\n';
  out += settingsHash;
  out += '\0';
}

std::optional<IndexLine> parseIndexLine(std::string_view line) {
  std::string_view rest = line;
  const std::optional<std::string_view> key = field(rest);
  const std::optional<std::string_view> size = field(rest);
  const std::optional<std::string_view> mtime = field(rest);
  const std::optional<std::string_view> trusted = field(rest);
  const std::optional<std::string_view> settingsHash = field(rest);
  if (!settingsHash || rest.empty()) return std::nullopt;
  const std::optional<ContentKey> parsedKey = parseContentKey(*key);
  const std::optional<uint64_t> parsedSize = number<uint64_t>(*size);
  const std::optional<int64_t> parsedMtime = number<int64_t>(*mtime);
  const std::optional<int> parsedTrusted = number<int>(*trusted);
  if (!parsedKey || !parsedSize || !parsedMtime || !parsedTrusted) return std::nullopt;
  return IndexLine{*parsedKey, {*parsedSize, *parsedMtime}, *parsedTrusted == 1, *settingsHash, rest};
}

void appendIndexLine(std::string& out, const IndexLine& line) {
  out += hexOf(line.key);
  out += ' ';
  out += std::to_string(line.stamp.size);
  out += ' ';
  out += std::to_string(line.stamp.mtimeNs);
  out += line.trusted ? " 1 " : " 0 ";
  out += line.settingsHash;
  out += ' ';
  out += line.path;
  out += '\n';
}

LineReader::~LineReader() { std::free(buffer_); }

std::optional<std::string_view> LineReader::next() {
  const ssize_t length = ::getline(&buffer_, &capacity_, file_);
  if (length < 0) return std::nullopt;
  std::string_view line(buffer_, static_cast<size_t>(length));
  if (line.ends_with('\n')) line.remove_suffix(1);
  return line;
}

IndexMerge mergeIndex(StatIndex& index, std::FILE* onDisk, const std::function<bool(std::string_view path)>& gone,
                      const std::function<void(const IndexLine&)>& write) {
  IndexMerge out;
  for (size_t number = 0; number < index.size(); ++number) index.at(number).set(StatRecord::kSeen, false);
  const auto ours = [](const StatRecord& record, std::string_view path, std::string_view settingsHash) {
    return IndexLine{record.key, record.stamp, record.has(StatRecord::kTrusted), settingsHash, path};
  };
  LineReader lines(onDisk);
  const bool indexed = onDisk && lines.next() == std::optional<std::string_view>(kIndexMagic);
  while (indexed && !(out.changed && !write)) {
    const std::optional<std::string_view> text = lines.next();
    if (!text) break;
    const std::optional<IndexLine> line = parseIndexLine(*text);
    if (!line) continue;
    StatRecord* record = index.find(recordIdOf(line->path, line->settingsHash));
    if (record && record->has(StatRecord::kSeen)) continue;  // a second line of one name: the first counts
    if (record) record->set(StatRecord::kSeen, true);
    if (record && record->has(StatRecord::kTouched)) {
      if (line->key != record->key) out.released.push_back(line->key);
      if (line->key != record->key || !(line->stamp == record->stamp) || line->trusted != record->has(StatRecord::kTrusted)) {
        out.changed = true;
      }
      if (write) write(ours(*record, line->path, line->settingsHash));
    } else if (gone(line->path)) {
      out.released.push_back(line->key);
      out.changed = true;
    } else if (write) {
      write(*line);
    }
  }
  if (out.changed && !write) return out;
  // Touched records that no line named: written when their name is kept. A record read at the
  // start of the run whose line has since gone (the index was replaced by one that lacks it) has
  // no name; its file is hashed again next run and its key is released like a dropped record's.
  index.forEachName([&](StatRecord& record, std::string_view path, std::string_view settingsHash) {
    if (!record.has(StatRecord::kTouched) || record.has(StatRecord::kSeen)) return;
    record.set(StatRecord::kSeen, true);
    out.changed = true;
    if (write) write(ours(record, path, settingsHash));
  });
  for (size_t number = 0; number < index.size(); ++number) {
    const StatRecord& record = index.at(number);
    if (record.has(StatRecord::kTouched) && !record.has(StatRecord::kSeen)) {
      out.released.push_back(record.key);
      out.changed = true;
    }
  }
  std::sort(out.released.begin(), out.released.end());
  out.released.erase(std::unique(out.released.begin(), out.released.end()), out.released.end());
  return out;
}

void dropUsedKeys(std::FILE* written, std::vector<ContentKey>& released) {
  if (released.empty()) return;
  std::vector<bool> used(released.size());
  LineReader lines(written);
  while (const std::optional<std::string_view> text = lines.next()) {
    const std::optional<ContentKey> key = parseContentKey(text->substr(0, text->find(' ')));
    if (!key) continue;
    const auto found = std::lower_bound(released.begin(), released.end(), *key);
    if (found != released.end() && *found == *key) used[static_cast<size_t>(found - released.begin())] = true;
  }
  size_t kept = 0;
  for (size_t i = 0; i < released.size(); ++i) {
    if (!used[i]) released[kept++] = released[i];
  }
  released.resize(kept);
}

}  // namespace platlint
