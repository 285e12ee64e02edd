#include "analyzer/app/inventory_command.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "analyzer/workspace/discovery.h"
#include "analyzer/lint/engine.h"
#include "analyzer/report/inventory.h"
#include "analyzer/base/output_file.h"
#include "analyzer/base/parallel.h"

namespace platlint {
namespace fs = std::filesystem;
namespace {

// `path` relative to the working directory when below it (like discovery's display paths).
std::string displayPath(const fs::path& path) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  const fs::path rel = path.lexically_relative(cwd);
  if (ec || rel.empty() || *rel.begin() == "..") return path.generic_string();
  return rel.generic_string();
}

}  // namespace

int runInventory(const InventoryOptions& options) {
  const std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  DiscoveryOptions discovery;
  discovery.excludeGlobs = options.exclude;
  discovery.respectGitignore = options.respectGitignore;
  const DiscoveredFiles found = discoverFiles(paths, discovery);
  for (const std::string& problem : found.problems) std::cerr << "platlint: " << problem << '\n';

  // Every rule on, so that every check records its facts; guards are kept with the facts. One
  // engine per worker thread; results land in their file's slot, so the order is discovery order.
  std::vector<FileResult> files(found.files.size());
  parallelFor(
      found.files.size(), options.jobs == 0 ? defaultJobs() : options.jobs,
      [](unsigned) { return std::make_unique<Engine>(RuleSelection{}); },
      [&](std::unique_ptr<Engine>& engine, size_t index) {
        const std::string& path = found.files[index];
        FileResult& r = files[index];
        r.path = path;
        std::ifstream in(path, std::ios::binary);
        std::ostringstream bytes;
        if (in) bytes << in.rdbuf();
        if (!in) {
          r.notices.push_back({FileNotice::Kind::Unreadable, Level::Error, "cannot read file", {0, 0}});
          return;
        }
        r = engine->analyze(path, std::move(bytes).str());
        r.diagnostics.clear();  // only the facts matter here
      });
  for (const FileResult& r : files) {
    for (const FileNotice& n : r.notices) std::cerr << "platlint: " << r.path << ": " << n.message << '\n';
  }

  const fs::path root = projectRoot(paths);
  DocumentationIndex docs = projectDocumentation(root, options.docPaths, files);
  std::string shownRoot = displayPath(root);
  if (shownRoot.empty() || shownRoot == ".") shownRoot = std::string(1, '.');
  Inventory inventory = buildInventory(files, docs, std::move(shownRoot));
  for (std::string& d : inventory.documentation) d = displayPath(d);

  std::string rendered;
  switch (options.format) {
    case InventoryFormat::Text: rendered = renderInventoryText(inventory); break;
    case InventoryFormat::Markdown: rendered = renderInventoryMarkdown(inventory); break;
    case InventoryFormat::Json: rendered = renderInventoryJson(inventory); break;
  }
  if (!writeOutput(options.outputPath, rendered)) return 2;
  return found.problems.empty() ? 0 : 2;
}

}  // namespace platlint
