#pragma once
// A Python source file as the analyzer sees it: decoded text plus a line index that maps byte
// offsets to 1-based lines and code-point columns (what editors and SARIF's "unicodeCodePoints" use).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace platlint {

struct SourcePosition {
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, in Unicode code points
};

class SourceFile {
 public:
  // `displayPath` is what reports show (relative to the working directory, '/' separators).
  // `bytes` are the raw file contents; a UTF-8 BOM is removed and a PEP 263 Latin-1 declaration
  // is honoured by transcoding. Problems found while decoding are kept in decodeProblems().
  SourceFile(std::string displayPath, std::string bytes);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  SourcePosition position(uint32_t byteOffset) const;
  // The text of a 1-based line without its line terminator.
  std::string_view lineText(uint32_t line) const;
  uint32_t lineCount() const { return static_cast<uint32_t>(lineStarts_.size()); }
  const std::vector<std::string>& decodeProblems() const { return decodeProblems_; }
  // How the bytes were decoded, so that a rewritten file keeps its encoding.
  bool hadBom() const { return hadBom_; }
  bool declaredLatin1() const { return latin1_; }
  // `text` (decoded, as text()) encoded the way this file was: the UTF-8 BOM restored, Latin-1
  // re-encoded when the file declared it. Throws std::runtime_error for a character Latin-1
  // cannot represent.
  std::string encodeForWrite(std::string_view text) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> lineStarts_;
  std::vector<std::string> decodeProblems_;
  bool hadBom_ = false;
  bool latin1_ = false;
};

// True when the bytes look like a binary file (NUL bytes in the first 8 KiB), which is skipped.
bool looksBinary(std::string_view bytes);

}  // namespace platlint
