#include "analyzer/lint/file_results.h"

#include <stdexcept>

#include "analyzer/lint/result_cache.h"

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
  return results;
}

FileResults FileResults::emptyLike() const {
  FileResults results;
  results.spill_ = spill_;
  results.catalog_ = catalog_;
  return results;
}

void FileResults::push_back(FileResults& from, size_t index) {
  if (spill_ && spill_ == from.spill_) {
    spans_.push_back(from.spans_.at(index));
  } else {
    push_back(from.take(index));
  }
}

void FileResults::set(size_t index, FileResult result) {
  if (spill_) {
    spans_.at(index) = spill_->append(encodeResultWithPath(result));
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
  spans_.push_back(spill_->append(encodeResultWithPath(result)));
}

FileResult FileResults::at(size_t index) const {
  if (!spill_) return memory_.at(index);
  std::optional<FileResult> result = decodeResultWithPath(spill_->read(spans_.at(index)), *catalog_);
  // Only this process wrote the file: anything it cannot read back is a broken disk or a bug.
  if (!result) throw SpillError("a result written to the temporary file of results could not be read back");
  return std::move(*result);
}

void FileResults::transform(const std::function<void(FileResult&)>& change) {
  if (!spill_) {
    for (FileResult& result : memory_) change(result);
    return;
  }
  FileResults changed = spilled(*catalog_);
  changed.spans_.reserve(spans_.size());
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
