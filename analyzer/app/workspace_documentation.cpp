#include "analyzer/app/workspace_documentation.h"

#include <filesystem>

#include "analyzer/app/session.h"

namespace platlint {
namespace {

namespace fs = std::filesystem;

std::string absoluteNormal(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  return (ec ? fs::path(path) : p).lexically_normal().string();
}

bool isPython(const std::string& path) {
  const std::string extension = fs::path(path).extension().string();
  return extension == ".py" || extension == ".pyi";
}

}  // namespace

WorkspaceDocumentation::WorkspaceDocumentation(const RuleCatalog& catalog, std::string folder)
    : catalog_(catalog), folder_(absoluteNormal(folder)) {}

std::map<std::string, std::vector<std::string>> WorkspaceDocumentation::mentionsIn(const std::vector<std::string>& paths,
                                                                                   bool useCache) const {
  SessionOptions options;
  options.paths = paths;
  options.cFamily = false;
  options.projectChecks = false;
  // The cache `check` keeps when run in the folder; the server makes none of its own.
  std::error_code ec;
  const std::string cache = folder_ + "/.platlint_cache";
  if (useCache && fs::is_directory(cache, ec)) options.cacheDir = cache;
  Session session(catalog_, std::move(options));
  std::map<std::string, std::vector<std::string>> out;
  if (!session.discover()) return out;
  for (const FileResult& result : session.analyze().files) {
    std::vector<std::string>& words = out[absoluteNormal(result.path)];
    for (const Fact& fact : result.facts) {
      if (fact.kind == FactKind::HelpMention) words.push_back(fact.name);
    }
  }
  return out;
}

void WorkspaceDocumentation::readDocuments() {
  documents_ = DocumentationIndex();
  documents_.addPath(projectRoot({folder_}));
  forBuffer_.reset();
}

void WorkspaceDocumentation::scanFolder() {
  scanned_ = true;
  readDocuments();
  mentions_ = mentionsIn({folder_}, true);
}

const DocumentationIndex& WorkspaceDocumentation::forBuffer(const std::string& path) {
  if (!scanned_) scanFolder();
  const std::string key = absoluteNormal(path);
  if (forBuffer_ && forBufferPath_ == key) return *forBuffer_;
  forBuffer_.emplace();
  forBuffer_->setBase(&documents_);
  for (const auto& [file, words] : mentions_) {
    if (file == key) continue;
    for (const std::string& word : words) forBuffer_->addWord(word);
  }
  forBufferPath_ = key;
  return *forBuffer_;
}

bool WorkspaceDocumentation::saved(const std::string& path) {
  const std::string absolute = absoluteNormal(path);
  if (!scanned_ || !absolute.starts_with(folder_ + "/")) return false;
  if (isPython(absolute)) {
    // A file deleted, or excluded, has no mentions left.
    std::error_code ec;
    std::map<std::string, std::vector<std::string>> found;
    if (fs::is_regular_file(absolute, ec)) found = mentionsIn({absolute}, false);
    mentions_.erase(absolute);
    if (auto it = found.find(absolute); it != found.end()) mentions_[absolute] = std::move(it->second);
    forBuffer_.reset();
  } else {
    readDocuments();  // any other file may be documentation (everything under doc/ is)
  }
  return true;
}

}  // namespace platlint
