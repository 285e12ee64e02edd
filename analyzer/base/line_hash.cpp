#include "analyzer/base/line_hash.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <unordered_map>

namespace platlint {
namespace {

constexpr size_t kWindow = 100;
constexpr uint64_t kBase = 37;
constexpr uint16_t kEndOfInput = 0xFFFF;  // the action feeds this sentinel after the last character

// UTF-8 to UTF-16 code units with WHATWG-style replacement (one U+FFFD per maximal invalid
// subsequence), which is what Node's "utf8" decoding produces; the hash runs over code units.
std::vector<uint16_t> utf16Units(std::string_view bytes) {
  std::vector<uint16_t> units;
  units.reserve(bytes.size());
  size_t i = 0;
  const size_t n = bytes.size();
  auto byte = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
  while (i < n) {
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
      units.push_back(b0);
      ++i;
      continue;
    }
    size_t need = 0;
    uint32_t cp = 0;
    unsigned char lower = 0x80, upper = 0xBF;  // bounds of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1, cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2, cp = b0 & 0x0Fu;
      if (b0 == 0xE0) lower = 0xA0;
      if (b0 == 0xED) upper = 0x9F;  // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3, cp = b0 & 0x07u;
      if (b0 == 0xF0) lower = 0x90;
      if (b0 == 0xF4) upper = 0x8F;
    } else {
      units.push_back(0xFFFD);
      ++i;
      continue;
    }
    size_t k = 1;
    bool valid = true;
    for (; k <= need; ++k) {
      if (i + k >= n) {
        valid = false;
        break;
      }
      const unsigned char b = byte(i + k);
      const unsigned char lo = k == 1 ? lower : 0x80, hi = k == 1 ? upper : 0xBF;
      if (b < lo || b > hi) {
        valid = false;
        break;
      }
      cp = (cp << 6) | (b & 0x3Fu);
    }
    if (!valid) {
      units.push_back(0xFFFD);
      i += k;  // the lead byte and the continuation bytes that fitted form one maximal subpart
      continue;
    }
    i += need + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push_back(static_cast<uint16_t>(0xD800 + (cp >> 10)));
      units.push_back(static_cast<uint16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      units.push_back(static_cast<uint16_t>(cp));
    }
  }
  return units;
}

// Computes each line's window hash; the ":N" occurrence numbers are added by githubLineHashes.
class RollingLineHasher {
 public:
  explicit RollingLineHasher(std::vector<uint64_t>& out) : out_(out) {
    lineAtSlot_.fill(0);
    window_.fill(0);
    for (size_t i = 0; i < kWindow; ++i) dropFactor_ *= kBase;
  }

  void feed(uint16_t unit) {
    // Spaces and tabs never count; "\r\n" counts once, as '\n'.
    if (unit == ' ' || unit == '\t' || (previousWasCr_ && unit == '\n')) {
      previousWasCr_ = false;
      return;
    }
    previousWasCr_ = unit == '\r';
    if (unit == '\r') unit = '\n';
    if (lineAtSlot_[slot_] != 0) emit();
    if (atLineStart_) {
      atLineStart_ = false;
      lineAtSlot_[slot_] = ++line_;
    }
    if (unit == '\n') atLineStart_ = true;
    push(unit);
  }

  // After the last character: pad with NULs until every started line has its full window.
  void finish() {
    feed(kEndOfInput);
    for (size_t i = 0; i < kWindow; ++i) {
      if (lineAtSlot_[slot_] != 0) emit();
      push(0);
    }
  }

 private:
  void push(uint16_t unit) {
    const uint16_t leaving = window_[slot_];
    window_[slot_] = unit;
    // Unsigned arithmetic wraps modulo 2^64 exactly like the action's signed 64-bit Long.
    hash_ = kBase * hash_ + unit - dropFactor_ * leaving;
    if (++slot_ == kWindow) slot_ = 0;  // not `%`: a division per character
  }

  // The window starting at slot_ is complete: its hash belongs to the line that began there.
  void emit() {
    const size_t line = lineAtSlot_[slot_];
    lineAtSlot_[slot_] = 0;
    if (out_.size() < line) out_.resize(line);
    out_[line - 1] = hash_;
  }

  std::vector<uint64_t>& out_;
  std::array<uint16_t, kWindow> window_{};
  std::array<size_t, kWindow> lineAtSlot_{};  // 1-based line starting at this slot, 0 for none
  uint64_t hash_ = 0;
  uint64_t dropFactor_ = 1;  // kBase^kWindow: the weight of the unit leaving the window
  size_t slot_ = 0;
  size_t line_ = 0;
  bool atLineStart_ = true;
  bool previousWasCr_ = false;
};

}  // namespace

std::vector<std::string> githubLineHashes(std::string_view bytes, const std::vector<bool>* wanted) {
  std::vector<uint64_t> lineHashes;
  RollingLineHasher hasher(lineHashes);
  for (uint16_t unit : utf16Units(bytes)) hasher.feed(unit);
  hasher.finish();
  const auto isWanted = [&](size_t i) { return !wanted || (i < wanted->size() && (*wanted)[i]); };
  // "hash:N" is the N-th line with that hash. Only the hashes of wanted lines are counted: a
  // table entry for every distinct line was most of the cost when few lines have findings.
  std::unordered_map<uint64_t, size_t> seen;
  for (size_t i = 0; i < lineHashes.size(); ++i) {
    if (isWanted(i)) seen.emplace(lineHashes[i], 0);
  }
  std::vector<std::string> out(lineHashes.size());
  for (size_t i = 0; i < lineHashes.size(); ++i) {
    const auto it = seen.find(lineHashes[i]);
    if (it == seen.end()) continue;
    const size_t occurrence = ++it->second;
    if (!isWanted(i)) continue;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(lineHashes[i]));
    out[i] = std::string(hex) + ':' + std::to_string(occurrence);
  }
  return out;
}

}  // namespace platlint
