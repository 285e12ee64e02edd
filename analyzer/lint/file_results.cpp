#include "analyzer/lint/file_results.h"

#include <stdexcept>

#include "analyzer/lint/result_encoding.h"

namespace platlint {

FileResult& FileResults::memory(size_t index) {
  if (spill_) throw std::logic_error("results in a temporary file are read by at() or iteration, not referred to");
  return memory_.at(index);
}

FileResults FileResults::inMemory(size_t count) {
  FileResults results;
  results.memory_.resize(count);
  return results;
}

FileResults FileResults::spilled(const RuleCatalog& catalog, size_t count) {
  FileResults results;
  results.spill_ = std::make_shared<SpillFile>();
  results.catalog_ = &catalog;
  results.spans_.resize(count);
  results.summaries_.resize(count);
  return results;
}

FileResults FileResults::emptyLike() const {
  FileResults results;
  results.spill_ = spill_;
  results.catalog_ = catalog_;
  // Mostly filled with these results in another order (Session::inPathOrder): room for as many
  // records from the start, rather than growing by doubling while these are still held.
  results.spans_.reserve(spans_.size());
  results.summaries_.reserve(summaries_.size());
  return results;
}

void FileResults::push_back(FileResults& from, size_t index) {
  if (spill_ && spill_ == from.spill_) {
    spans_.push_back(from.spans_.at(index));
    summaries_.push_back(from.summaries_.at(index));
  } else {
    push_back(from.take(index));
  }
}

void FileResults::set(size_t index, FileResult result, std::string_view encoded) {
  if (spill_) {
    summaries_.at(index) = ResultSummary::of(result);
    spans_.at(index) = encoded.empty() ? spill_->append(encodeResultBody(result, true)) : spill_->append(encoded);
  } else {
    memory_.at(index) = std::move(result);
  }
}

FileResult FileResults::take(size_t index) { return spill_ ? at(index) : std::move(memory_.at(index)); }

void FileResults::push_back(FileResult result) {
  if (!spill_) {
    memory_.push_back(std::move(result));
    return;
  }
  summaries_.push_back(ResultSummary::of(result));
  spans_.push_back(spill_->append(encodeResultBody(result, true)));
}

FileResult FileResults::at(size_t index) const {
  if (!spill_) return memory_.at(index);
  std::optional<FileResult> result = decodeResultBody(spill_->read(spans_.at(index)), *catalog_, true);
  // Only this process wrote the file: anything it cannot read back is a broken disk or a bug.
  if (!result) throw SpillError("a result written to the temporary file of results could not be read back");
  return std::move(*result);
}

ResultSummary FileResults::summary(size_t index) const {
  return spill_ ? summaries_.at(index) : ResultSummary::of(memory_.at(index));
}

ResultTotals FileResults::totals() const {
  ResultTotals totals;
  for (size_t i = 0; i < size(); ++i) totals.add(summary(i));
  return totals;
}

void FileResults::forEach(const std::function<bool(const ResultSummary&)>& wanted,
                          const std::function<void(const FileResult&)>& visit) const {
  for (size_t i = 0; i < size(); ++i) {
    if (!wanted(summary(i))) continue;
    if (spill_) {
      visit(at(i));
    } else {
      visit(memory_[i]);
    }
  }
}

void FileResults::transform(const std::function<void(FileResult&)>& change) {
  if (!spill_) {
    for (FileResult& result : memory_) change(result);
    return;
  }
  FileResults changed = spilled(*catalog_);
  changed.spans_.reserve(spans_.size());
  changed.summaries_.reserve(spans_.size());
  for (size_t i = 0; i < spans_.size(); ++i) {
    FileResult result = at(i);
    change(result);
    changed.push_back(std::move(result));
  }
  *this = std::move(changed);
}

std::vector<FileResult> FileResults::takeAll() && {
  if (!spill_) return std::move(memory_);
  std::vector<FileResult> all;
  all.reserve(spans_.size());
  for (size_t i = 0; i < spans_.size(); ++i) all.push_back(at(i));
  return all;
}

FileResults::Iterator::reference FileResults::Iterator::operator*() const {
  if (!owner_->spill_) return owner_->memory_[index_];
  if (!current_) current_ = owner_->at(index_);
  return *current_;
}

}  // namespace platlint
