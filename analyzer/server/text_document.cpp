#include "analyzer/server/text_document.h"

#include <algorithm>

namespace platlint {
namespace {

// Bytes in the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte, which
// then counts as a character of its own, as a lossy decoder would show it).
size_t sequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Code units of the character: UTF-16 needs a surrogate pair beyond the basic plane (4 UTF-8 bytes).
uint32_t unitsOf(size_t length, PositionEncoding encoding) {
  if (encoding == PositionEncoding::Utf8) return static_cast<uint32_t>(length);
  return length == 4 ? 2 : 1;
}

}  // namespace

TextDocument::TextDocument(std::string uri, std::string text, int64_t version)
    : uri_(std::move(uri)), text_(std::move(text)), version_(version) {
  indexLines();
}

void TextDocument::indexLines() {
  lineStarts_.assign(1, 0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
    if (text_[i] == '\n' || text_[i] == '\r') lineStarts_.push_back(i + 1);
  }
}

std::string_view TextDocument::line(uint32_t index) const {
  const size_t start = lineStarts_[index];
  size_t end = index + 1 < lineStarts_.size() ? lineStarts_[index + 1] : text_.size();
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(start, end - start);
}

size_t TextDocument::offsetOf(LspPosition position, PositionEncoding encoding) const {
  if (position.line >= lineStarts_.size()) return text_.size();
  const std::string_view text = line(position.line);
  size_t offset = 0;
  uint32_t units = 0;
  while (offset < text.size()) {
    const size_t length = std::min(sequenceLength(static_cast<unsigned char>(text[offset])), text.size() - offset);
    const uint32_t width = unitsOf(length, encoding);
    if (units + width > position.character) break;
    units += width;
    offset += length;
  }
  return lineStarts_[position.line] + offset;
}

LspPosition TextDocument::positionOf(size_t offset, PositionEncoding encoding) const {
  offset = std::min(offset, text_.size());
  const auto next = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  const auto lineIndex = static_cast<uint32_t>(next - lineStarts_.begin() - 1);
  const std::string_view text = line(lineIndex);
  const size_t column = std::min(offset - lineStarts_[lineIndex], text.size());
  uint32_t units = 0;
  for (size_t i = 0; i < column;) {
    const size_t length = std::min(sequenceLength(static_cast<unsigned char>(text[i])), text.size() - i);
    if (i + length > column) break;  // inside a sequence: the start of its character
    units += unitsOf(length, encoding);
    i += length;
  }
  return {lineIndex, units};
}

void TextDocument::replaceAll(std::string text, int64_t version) {
  text_ = std::move(text);
  version_ = version;
  indexLines();
}

void TextDocument::replace(LspPosition start, LspPosition end, std::string_view text, PositionEncoding encoding,
                           int64_t version) {
  const size_t from = offsetOf(start, encoding);
  const size_t to = std::max(from, offsetOf(end, encoding));
  text_.replace(from, to - from, text);
  version_ = version;
  indexLines();
}

}  // namespace platlint
