// `platlint inventory` for a terminal: one section per kind of dependency, each entry with its
// facts on one line and its locations indented below it.
#include <sstream>

#include "analyzer/report/inventory.h"

namespace platlint {
namespace {

std::string entrySummary(const InventoryEntry& e, bool environment) {
  std::vector<std::string> parts;
  if (environment) {
    if (e.read) parts.emplace_back("read");
    if (e.written) parts.emplace_back("written");
    if (e.isSwitch) parts.emplace_back("switch");
    parts.emplace_back(e.documented ? "documented" : "undocumented");
    for (const std::string& d : e.defaults) parts.push_back("default " + d);
  }
  if (!e.missingOn.empty()) parts.push_back("missing on " + e.missingOn.describe());
  if (!e.ruleId.empty()) parts.push_back(e.ruleId);
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

void writeEntries(std::ostream& out, std::string_view title, const std::vector<InventoryEntry>& entries,
                  bool environment, bool grouped) {
  out << '\n' << title << " (" << entries.size() << ")\n";
  if (entries.empty()) out << "  none\n";
  const std::string* group = nullptr;
  const std::string indent = grouped ? "    " : "  ";
  for (const InventoryEntry& e : entries) {
    if (grouped && (!group || *group != e.group)) {
      group = &e.group;
      out << "  " << e.group << '\n';
    }
    out << indent << e.name;
    const std::string summary = entrySummary(e, environment);
    if (!summary.empty()) out << "  (" << summary << ')';
    out << '\n';
    for (const InventoryLocation& l : e.locations) {
      out << indent << "  " << l.path << ':' << l.line << ':' << l.column;
      if (!l.detail.empty()) out << "  " << l.detail;
      if (const std::string guard = guardPhrase(l.reachableOn); !guard.empty()) out << "  [" << guard << ']';
      out << '\n';
    }
  }
}

}  // namespace

std::string renderInventoryText(const Inventory& inv) {
  std::ostringstream out;
  out << "Platform dependencies of " << inv.root << " (" << inv.filesAnalysed
      << (inv.filesAnalysed == 1 ? " file" : " files") << " analysed, " << inv.documentation.size()
      << (inv.documentation.size() == 1 ? " documentation file" : " documentation files") << ")\n";
  writeEntries(out, "Environment variables", inv.environment, true, false);
  writeEntries(out, "Kernel interfaces", inv.kernelInterfaces, false, true);
  writeEntries(out, "Hard-coded paths", inv.hardcodedPaths, false, true);
  writeEntries(out, "External programs", inv.commands, false, false);
  writeEntries(out, "Platform-only APIs", inv.platformApis, false, false);
  out << "\nPaths that cannot be checked out everywhere (" << inv.treeProblems.size() << ")\n";
  if (inv.treeProblems.empty()) out << "  none\n";
  for (const InventoryTreeProblem& p : inv.treeProblems) {
    out << "  " << p.path << "  (breaks on " << p.breaksOn.describe() << ", " << p.ruleId << ")\n    " << p.message << '\n';
  }
  return std::move(out).str();
}

}  // namespace platlint
