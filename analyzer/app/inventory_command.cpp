#include "analyzer/app/inventory_command.h"

#include <filesystem>
#include <iostream>

#include "analyzer/app/session.h"
#include "analyzer/app/stdin_buffer.h"
#include "analyzer/base/output_file.h"
#include "analyzer/lint/documentation_index.h"
#include "analyzer/report/html_reporter.h"
#include "analyzer/report/inventory.h"

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

int runInventory(const RuleCatalog& catalog, const InventoryOptions& options) {
  // The same analysis as `check` (configuration included: `exclude`, `command-wrappers`,
  // `linux-only-paths`, ...), with every check run so that each records its facts.
  SessionOptions run;
  run.paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  run.exclude = options.exclude;
  run.settings.excludeGiven = !options.exclude.empty();
  run.respectGitignore = options.respectGitignore;
  run.cFamily = false;
  run.docPaths = options.docPaths;
  run.jobs = options.jobs;
  run.everyCheck = true;
  run.failOnEmpty = options.failOnEmpty;
  // Only the facts matter here, and the findings on paths of the checks over the tree (PORT808-810),
  // which the inventory lists whatever the selection and targets.
  run.projectChecks = true;
  run.treeInventory = true;
  std::optional<Session> session;
  try {
    run.buffer = stdinBuffer(options.paths, options.stdinFilename);
    if (run.buffer) run.paths = {run.buffer->path};
    session.emplace(catalog, run);
  } catch (const std::exception& e) {
    std::cerr << "platlint: error: " << e.what() << '\n';
    return 2;
  }
  if (!session->discover()) return 2;
  SessionResults results = session->analyze();
  for (const std::string& problem : results.problems) std::cerr << "platlint: " << problem << '\n';
  std::vector<FileResult> files = std::move(results.files).takeAll();
  for (FileResult& r : files) {
    std::erase_if(r.diagnostics, [](const Diagnostic& d) { return d.hasRegion(); });
    for (const FileNotice& n : r.notices) std::cerr << "platlint: " << r.path << ": " << n.message << '\n';
  }
  const std::vector<std::string>& paths = run.paths;

  const fs::path root = projectRoot(paths);
  FactsOfFiles facts;
  for (const FileResult& r : files) facts.emplace_back(r.facts);
  DocumentationIndex docs = projectDocumentation(root, options.docPaths, facts);
  std::string shownRoot = displayPath(root);
  if (shownRoot.empty() || shownRoot == ".") shownRoot = std::string(1, '.');
  Inventory inventory = buildInventory(files, docs, std::move(shownRoot));
  for (std::string& d : inventory.documentation) d = displayPath(d);

  std::string rendered;
  switch (options.format) {
    case InventoryFormat::Text: rendered = renderInventoryText(inventory); break;
    case InventoryFormat::Markdown: rendered = renderInventoryMarkdown(inventory); break;
    case InventoryFormat::Json: rendered = renderInventoryJson(inventory); break;
    case InventoryFormat::Html: rendered = renderInventoryHtml(inventory); break;
  }
  if (!writeOutput(options.outputPath, rendered)) return 2;
  return results.problems.empty() ? 0 : 2;
}

}  // namespace platlint
