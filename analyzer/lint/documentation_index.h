#pragma once
// The words a project's documentation contains, to tell whether it mentions an environment
// variable (PORT390, and the "documented" column of `platlint inventory`).
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analyzer/lint/diagnostic.h"

namespace platlint {

namespace detail {
// Letters, digits and underscore: a table, because documentation is megabytes read byte by byte.
struct WordCharacters {
  bool table[256] = {};
  constexpr WordCharacters() {
    for (int c = 0; c < 256; ++c) {
      table[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
  }
};
inline constexpr WordCharacters kWordCharacters;
}  // namespace detail

// Calls `visit(word)` for every run of ASCII letters, digits and underscores in `text`: the words
// a variable name is matched against.
template <typename Visit>
void forEachWord(std::string_view text, Visit&& visit) {
  const auto isWordChar = [](char c) { return detail::kWordCharacters.table[static_cast<unsigned char>(c)]; };
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    if (!isWordChar(text[i])) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < size && isWordChar(text[j])) ++j;
    visit(text.substr(i, j - i));
    i = j;
  }
}

class DocumentationIndex {
 public:
  // An index of every word.
  DocumentationIndex() = default;
  // An index that answers mentions() only for `names` (the environment variables a run found):
  // a project's documentation has hundreds of thousands of other words, and storing each of them
  // cost more than the rest of a pre-commit run.
  explicit DocumentationIndex(std::unordered_set<std::string> names);
  // Also answers what `base` mentions (which must outlive this index): the language server's index
  // of a workspace, read once, under the words of one buffer.
  void setBase(const DocumentationIndex* base) { base_ = base; }

  // Adds every word (run of letters, digits and underscores) of `text`.
  void addText(std::string_view text);
  void addWord(std::string_view word);
  // Adds a documentation file, or every documentation file below a directory (see scanProject).
  void addPath(const std::filesystem::path& path);
  // `name` appears as a whole word, case-sensitively (`OS_DEBUG` in "set OS_DEBUG=1").
  bool mentions(std::string_view name) const {
    return words_.contains(std::string(name)) || (base_ && base_->mentions(name));
  }
  const std::vector<std::string>& files() const { return files_; }

 private:
  void addFile(const std::filesystem::path& path);
  bool filtered_ = false;
  std::unordered_set<std::string> names_;  // when filtered_: the only words worth keeping
  std::vector<bool> nameLengths_;          // nameLengths_[n]: some name has n characters
  std::unordered_set<std::string> words_;
  std::vector<std::string> files_;  // the files read, for diagnostics of the index itself
  const DocumentationIndex* base_ = nullptr;
};

// The project the analysed paths belong to: the nearest directory at or above the first path that
// holds `.git`, `pyproject.toml`, `setup.cfg` or `setup.py`; else the paths' common directory.
std::filesystem::path projectRoot(const std::vector<std::string>& paths);

// The facts of each analysed file.
using FactsOfFiles = std::vector<std::span<const Fact>>;

// The project's documentation: `*.md`, `*.markdown`, `*.rst`, `*.txt` and `*.adoc` files anywhere
// under `root` (hidden directories, virtualenvs, `node_modules` and `__pycache__` skipped), every
// text file under a `doc/` or `docs/` directory, the `extraPaths` (files or directories), and the
// words that `help=` texts in the analysed code mention (`help-mention` facts of `files`, and
// `mentions`: those gathered from the files' facts while they were analysed). Only the environment
// variables that `files`' facts name can be asked about.
DocumentationIndex projectDocumentation(const std::filesystem::path& root, const std::vector<std::string>& extraPaths,
                                        const FactsOfFiles& files,
                                        const std::unordered_set<std::string>& mentions = {});
// The same for `files` over documentation read before (`known`: the documentation files and the
// help texts of the project's other files), which is not read again.
DocumentationIndex projectDocumentation(const DocumentationIndex& known, const FactsOfFiles& files,
                                        const std::unordered_set<std::string>& mentions = {});

}  // namespace platlint
