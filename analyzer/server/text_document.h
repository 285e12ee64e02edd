#pragma once
// An open editor buffer: its text (UTF-8), version, and the conversion between byte offsets (what the
// analysis reports) and LSP positions, whose `character` counts UTF-16 code units unless the client
// agreed to UTF-8 (positionEncoding).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace platlint {

enum class PositionEncoding { Utf16, Utf8 };

struct LspPosition {
  uint32_t line = 0;       // 0-based
  uint32_t character = 0;  // 0-based, in the negotiated encoding's code units
};

class TextDocument {
 public:
  TextDocument(std::string uri, std::string text, int64_t version);

  const std::string& uri() const { return uri_; }
  const std::string& text() const { return text_; }
  int64_t version() const { return version_; }

  // The byte offset of `position`; a character past the line's end means the end of the line (the
  // LSP rule), a line past the last one the end of the text.
  size_t offsetOf(LspPosition position, PositionEncoding encoding) const;
  // The position of byte `offset` (clamped to the text); an offset inside a UTF-8 sequence counts
  // as the start of its character.
  LspPosition positionOf(size_t offset, PositionEncoding encoding) const;

  // didChange: the whole text, or the text between two positions.
  void replaceAll(std::string text, int64_t version);
  void replace(LspPosition start, LspPosition end, std::string_view text, PositionEncoding encoding, int64_t version);

 private:
  void indexLines();
  std::string_view line(uint32_t index) const;  // without its line break

  std::string uri_;
  std::string text_;
  int64_t version_;
  std::vector<size_t> lineStarts_;  // byte offset of each line; LSP lines end at \n, \r\n or \r
};

}  // namespace platlint
