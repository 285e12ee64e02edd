#pragma once
// The results of a run's files, one slot each. Held in memory, or spilled: each result is encoded
// (result_encoding.h, as the result cache's entries are) into a temporary file when it is put in its
// slot and decoded again when it is read, so that a run over a large tree holds some 56 bytes per
// file (its record's place and its ResultSummary) instead of its findings. Reporters and CI stages
// go through the results one at a time, in slot order (a session's: path order), and count them
// from their summaries: a pass that wants only some results (those with findings, with notices)
// decodes only those.
#include <cstddef>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "analyzer/base/spill_file.h"
#include "analyzer/lint/diagnostic.h"
#include "analyzer/lint/result_summary.h"

namespace platlint {

class RuleCatalog;

class FileResults {
 public:
  FileResults() = default;
  FileResults(std::vector<FileResult> files) : memory_(std::move(files)) {}  // NOLINT: a vector is results in memory
  // `count` empty slots in memory.
  static FileResults inMemory(size_t count);
  // `count` empty slots spilled into a temporary file; findings name their rules in `catalog`,
  // which must outlive this. Throws SpillError when the temporary file cannot be created.
  static FileResults spilled(const RuleCatalog& catalog, size_t count = 0);

  size_t size() const { return spill_ ? spans_.size() : memory_.size(); }
  bool empty() const { return size() == 0; }
  bool isSpilled() const { return spill_ != nullptr; }

  // Spilled, these throw SpillError when the temporary file cannot be written or read.
  void push_back(FileResult result);
  // Empty results kept as these are (in memory, or spilled into the same file).
  FileResults emptyLike() const;
  // Appends the result of `from`'s slot `index` (moved out of memory, or the same record of the
  // file both share: nothing is decoded).
  void push_back(FileResults& from, size_t index);
  // Puts `result` in slot `index`; thread-safe for distinct slots. `encoded`, when not empty, is
  // `result` as spilled already (encodeResultBody with its path, result_encoding.h: a cache
  // entry's bytes made a spilled result's by spilledFromEntry), written as it is.
  void set(size_t index, FileResult result, std::string_view encoded = {});
  // A copy of the result in slot `index` (spilled: one that was set or pushed).
  FileResult at(size_t index) const;
  // The result in slot `index`, moved out of memory (the slot is left empty) or read back.
  FileResult take(size_t index);
  // What the totals need of the result in slot `index`, without reading it.
  ResultSummary summary(size_t index) const;
  // The sums of every result's summary.
  ResultTotals totals() const;
  // Calls `visit` with each result whose summary `wanted` accepts, in slot order; the others are
  // not decoded.
  void forEach(const std::function<bool(const ResultSummary&)>& wanted,
               const std::function<void(const FileResult&)>& visit) const;
  // Changes every result, in slot order.
  void transform(const std::function<void(FileResult&)>& change);
  // Every result, in memory (the caller's to keep).
  std::vector<FileResult> takeAll() &&;
  // Results held in memory, by reference (tests, and callers that never spill); throws
  // std::logic_error on spilled results, which have no result to refer to.
  FileResult& operator[](size_t index) { return memory(index); }
  const FileResult& operator[](size_t index) const { return const_cast<FileResults*>(this)->memory(index); }
  FileResult& front() { return memory(0); }
  const FileResult& front() const { return (*this)[0]; }

  // Reading a spilled result decodes it into the iterator, which holds one result at a time.
  class Iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = FileResult;
    using difference_type = std::ptrdiff_t;
    using pointer = const FileResult*;
    using reference = const FileResult&;
    Iterator(const FileResults* owner, size_t index) : owner_(owner), index_(index) {}
    reference operator*() const;
    pointer operator->() const { return &**this; }
    Iterator& operator++() {
      ++index_;
      current_.reset();
      return *this;
    }
    bool operator==(const Iterator& other) const { return index_ == other.index_; }

   private:
    const FileResults* owner_;
    size_t index_;
    mutable std::optional<FileResult> current_;
  };
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, size()}; }

 private:
  FileResult& memory(size_t index);

  std::vector<FileResult> memory_;
  std::shared_ptr<SpillFile> spill_;  // shared by copies, whose records stay where they were
  std::vector<SpillFile::Span> spans_;
  std::vector<ResultSummary> summaries_;  // of spilled results, by slot
  const RuleCatalog* catalog_ = nullptr;
};

}  // namespace platlint
