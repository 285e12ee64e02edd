#include "analyzer/lint/documentation_index.h"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace platlint {
namespace fs = std::filesystem;
namespace {

// Larger files are generated data, not documentation.
constexpr std::uintmax_t kMaxDocumentBytes = 8u << 20;

bool hasDocumentExtension(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".md" || ext == ".markdown" || ext == ".rst" || ext == ".txt" || ext == ".adoc";
}

bool isSkippedDirectory(const fs::directory_entry& dir) {
  const std::string name = dir.path().filename().string();
  if (name.starts_with('.') || name == "node_modules" || name == "__pycache__") return true;
  std::error_code ec;
  return fs::exists(dir.path() / "pyvenv.cfg", ec);
}

// `relative`: a file's path below the walked directory, as a string (a `fs::path` per file, and
// its components, cost more than reading most documents).
bool isUnderDocDirectory(std::string_view relative) {
  for (size_t start = 0, slash = relative.find('/'); slash != std::string_view::npos;
       start = slash + 1, slash = relative.find('/', start)) {
    const std::string_view component = relative.substr(start, slash - start);
    if (component == "doc" || component == "docs") return true;
  }
  return false;
}

}  // namespace

DocumentationIndex::DocumentationIndex(std::unordered_set<std::string> names) : filtered_(true), names_(std::move(names)) {
  for (const std::string& name : names_) {
    if (name.size() >= nameLengths_.size()) nameLengths_.resize(name.size() + 1);
    nameLengths_[name.size()] = true;
  }
}

void DocumentationIndex::addWord(std::string_view word) {
  if (!filtered_) {
    words_.emplace(word);
    return;
  }
  // The length test first: it rejects almost every word without building a string.
  if (word.size() >= nameLengths_.size() || !nameLengths_[word.size()]) return;
  std::string w(word);
  if (names_.contains(w)) words_.insert(std::move(w));
}

namespace {

// A run has a few names to look for: searching the text for each is faster than splitting all of
// it into words (megabytes of documentation, most of them words no one asks about).
constexpr size_t kNamesSearchedDirectly = 64;

bool mentionsWord(std::string_view text, std::string_view name) {
  const auto isWordChar = [](char c) { return detail::kWordCharacters.table[static_cast<unsigned char>(c)]; };
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    const size_t end = at + name.size();
    if ((at == 0 || !isWordChar(text[at - 1])) && (end == text.size() || !isWordChar(text[end]))) return true;
  }
  return false;
}

}  // namespace

void DocumentationIndex::addText(std::string_view text) {
  if (!filtered_ || names_.size() > kNamesSearchedDirectly) {
    forEachWord(text, [&](std::string_view word) { addWord(word); });
    return;
  }
  for (const std::string& name : names_) {
    if (!name.empty() && !words_.contains(name) && mentionsWord(text, name)) words_.insert(name);
  }
}

void DocumentationIndex::addFile(const fs::path& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec || size > kMaxDocumentBytes) return;
  std::ifstream in(path, std::ios::binary);
  std::string text(size, '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  text.resize(static_cast<size_t>(in.gcount()));
  if (in.bad() || text.find('\0') != std::string::npos) return;  // unreadable or binary (images under docs/)
  addText(text);
  files_.push_back(path.string());
}

void DocumentationIndex::addPath(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    if (fs::is_regular_file(path, ec)) addFile(path);
    return;
  }
  const bool docTree = path.filename() == "doc" || path.filename() == "docs";
  std::string root = path.native();
  while (root.size() > 1 && root.ends_with('/')) root.pop_back();
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code typeError;
    if (entry.is_directory(typeError)) {
      if (isSkippedDirectory(entry)) it.disable_recursion_pending();
      continue;
    }
    if (!entry.is_regular_file(typeError)) continue;
    const std::string& file = entry.path().native();
    std::string_view relative = std::string_view(file).substr(std::min(root.size(), file.size()));
    if (relative.starts_with('/')) relative.remove_prefix(1);
    if (docTree || hasDocumentExtension(entry.path()) || isUnderDocDirectory(relative)) addFile(entry.path());
  }
  std::sort(files_.begin(), files_.end());
}

fs::path projectRoot(const std::vector<std::string>& paths) {
  std::vector<fs::path> dirs;
  std::error_code ec;
  for (const std::string& p : paths.empty() ? std::vector<std::string>{"."} : paths) {
    fs::path abs = fs::weakly_canonical(fs::absolute(p, ec), ec);
    if (!fs::is_directory(abs, ec)) abs = abs.parent_path();
    dirs.push_back(abs);
  }
  for (fs::path d = dirs.front();; d = d.parent_path()) {
    for (const char* marker : {".git", "pyproject.toml", "setup.cfg", "setup.py"}) {
      if (fs::exists(d / marker, ec)) return d;
    }
    if (d == d.parent_path()) break;
  }
  // The longest common leading sequence of components.
  fs::path common = dirs.front();
  for (const fs::path& d : dirs) {
    fs::path shared;
    auto a = common.begin();
    auto b = d.begin();
    for (; a != common.end() && b != d.end() && *a == *b; ++a, ++b) shared /= *a;
    common = shared;
  }
  return common;
}

namespace {

// An index for the environment variables `files`' facts name, with the words their help texts
// mention (kept where they are such a name: only those are asked about, and only those are searched
// for in documents).
DocumentationIndex indexOfFacts(const FactsOfFiles& files, const std::unordered_set<std::string>& mentions) {
  std::unordered_set<std::string> names;
  for (const std::span<const Fact> facts : files) {
    for (const Fact& fact : facts) {
      if (fact.kind == FactKind::EnvironmentRead || fact.kind == FactKind::EnvironmentWrite ||
          fact.kind == FactKind::EnvironmentSwitch) {
        names.insert(fact.name);
      }
    }
  }
  DocumentationIndex index(std::move(names));
  for (const std::string& word : mentions) index.addWord(word);
  for (const std::span<const Fact> facts : files) {
    for (const Fact& fact : facts) {
      if (fact.kind == FactKind::HelpMention) index.addWord(fact.name);
    }
  }
  return index;
}

}  // namespace

DocumentationIndex projectDocumentation(const fs::path& root, const std::vector<std::string>& extraPaths,
                                        const FactsOfFiles& files,
                                        const std::unordered_set<std::string>& mentions) {
  DocumentationIndex index = indexOfFacts(files, mentions);
  index.addPath(root);
  for (const std::string& p : extraPaths) index.addPath(p);
  return index;
}

DocumentationIndex projectDocumentation(const DocumentationIndex& known, const FactsOfFiles& files,
                                        const std::unordered_set<std::string>& mentions) {
  DocumentationIndex index = indexOfFacts(files, mentions);
  index.setBase(&known);
  return index;
}

}  // namespace platlint
