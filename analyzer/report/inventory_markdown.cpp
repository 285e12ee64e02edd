// `platlint inventory --format markdown`: a document a project can commit as its "platform
// dependencies" page. One table per section (paths: one per directory prefix).
#include <sstream>

#include "analyzer/report/inventory.h"

namespace platlint {
namespace {

// Text inside a table cell: `|` would end the cell and a newline the row.
std::string cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

// Inline code that survives backticks inside the text.
std::string code(std::string_view s) {
  const bool tick = s.find('`') != std::string_view::npos;
  return tick ? "`` " + cell(s) + " ``" : "`" + cell(s) + "`";
}

std::string locationList(const InventoryEntry& e) {
  std::string out;
  for (const InventoryLocation& l : e.locations) {
    if (!out.empty()) out += "<br>";
    out += code(l.path + ":" + std::to_string(l.line));
    if (!l.detail.empty()) out += " " + cell(l.detail);
    if (const std::string guard = guardPhrase(l.reachableOn); !guard.empty()) out += " (" + guard + ")";
  }
  return out;
}

std::string platforms(PlatformSet p) { return p.empty() ? "" : p.describe(); }

void writeEnvironment(std::ostream& out, const std::vector<InventoryEntry>& entries) {
  out << "\n## Environment variables\n\n";
  if (entries.empty()) {
    out << "None.\n";
    return;
  }
  out << "| Variable | Access | Default | Switch | Documented | Rule | Locations |\n"
         "|---|---|---|---|---|---|---|\n";
  for (const InventoryEntry& e : entries) {
    std::string access = e.read && e.written ? "read, written" : e.read ? "read" : "written";
    std::string defaults;
    for (const std::string& d : e.defaults) defaults += (defaults.empty() ? "" : ", ") + code(d);
    out << "| " << code(e.name) << " | " << access << " | " << defaults << " | " << (e.isSwitch ? "yes" : "no")
        << " | " << (e.documented ? "yes" : "**no**") << " | " << e.ruleId << " | " << locationList(e) << " |\n";
  }
}

void writeTable(std::ostream& out, std::string_view title, std::string_view column,
                const std::vector<InventoryEntry>& entries, bool grouped) {
  out << "\n## " << title << "\n\n";
  if (entries.empty()) {
    out << "None.\n";
    return;
  }
  const std::string header = "| " + std::string(column) + " | Missing on | Rule | Locations |\n|---|---|---|---|\n";
  const std::string* group = nullptr;
  if (!grouped) out << header;
  for (const InventoryEntry& e : entries) {
    if (grouped && (!group || *group != e.group)) {
      group = &e.group;
      out << (group == &entries.front().group ? "" : "\n") << "### " << code(e.group) << "\n\n" << header;
    }
    out << "| " << code(e.name) << " | " << platforms(e.missingOn) << " | " << e.ruleId << " | " << locationList(e)
        << " |\n";
  }
}

void writeTreeProblems(std::ostream& out, const std::vector<InventoryTreeProblem>& problems) {
  out << "\n## Paths that cannot be checked out everywhere\n\n";
  if (problems.empty()) {
    out << "None.\n";
    return;
  }
  out << "| Path | Breaks on | Rule | Problem |\n|---|---|---|---|\n";
  for (const InventoryTreeProblem& p : problems) {
    out << "| " << code(p.path) << " | " << platforms(p.breaksOn) << " | " << p.ruleId << " | " << cell(p.message) << " |\n";
  }
}

}  // namespace

std::string renderInventoryMarkdown(const Inventory& inv) {
  std::ostringstream out;
  out << "# Platform dependencies\n\n"
      << "What the code under " << code(inv.root) << " depends on, found by `platlint inventory` in "
      << inv.filesAnalysed << (inv.filesAnalysed == 1 ? " Python file" : " Python files")
      << ". \"Missing on\" names the platforms where platlint knows the thing does not exist; a location "
         "marked \"only on ...\" is code that platform checks keep off the other platforms.\n\n"
      << "| Section | Entries |\n|---|---|\n"
      << "| Environment variables | " << inv.environment.size() << " |\n"
      << "| Kernel interfaces | " << inv.kernelInterfaces.size() << " |\n"
      << "| Hard-coded paths | " << inv.hardcodedPaths.size() << " |\n"
      << "| External programs | " << inv.commands.size() << " |\n"
      << "| Platform-only APIs | " << inv.platformApis.size() << " |\n"
      << "| Paths that cannot be checked out everywhere | " << inv.treeProblems.size() << " |\n";
  writeEnvironment(out, inv.environment);
  writeTable(out, "Kernel interfaces", "Path", inv.kernelInterfaces, true);
  writeTable(out, "Hard-coded paths", "Path", inv.hardcodedPaths, true);
  writeTable(out, "External programs", "Program", inv.commands, false);
  writeTable(out, "Platform-only APIs", "API", inv.platformApis, false);
  writeTreeProblems(out, inv.treeProblems);
  return std::move(out).str();
}

}  // namespace platlint
