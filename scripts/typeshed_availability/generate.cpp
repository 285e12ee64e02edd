// Generates analyzer/semantic/stdlib_availability.inc: on which platforms (linux, darwin, win32) and from/until
// which Python 3 minor version each standard-library module and name exists, as typeshed's stubs say.
//
//   platlint_typeshed_availability PYRIGHT_PACKAGE_DIR OUTPUT_FILE
//
// PYRIGHT_PACKAGE_DIR is the extracted pyright npm package (grammars/fetch.sh DEST --typeshed); its
// dist/typeshed-fallback holds typeshed's stdlib stubs and commit.txt. The stubs are parsed with
// platlint's own tree-sitter front end; every walk is iterative (explicit stacks), so nesting depth
// cannot overflow the stack.
//
// What is evaluated: `sys.platform == / != "x"`, `sys.platform.startswith("x")`, `sys.platform in / not in
// (...)`, `sys.version_info <, <=, >, >=, ==, != (3, N)`, combined with and/or/not and parentheses, through
// if/elif/else. Any other condition is "unknown": both of its branches may apply everywhere. A condition's
// value is a set over (platform, minor version) pairs, so and/or/not are exact set operations.
//
// What is recorded per module: its own definitions (def, class, assignments and annotations, class members)
// and its re-exports (`from m import x as x`, `import m as m`, `from m import *`), each with the set of
// (platform, version) pairs under which it is defined. Re-exports are resolved to a fixpoint, so `os.path`
// (posixpath on POSIX, ntpath on Windows) is the union by platform. A module is as available as the union
// of its public top-level names (so a body wholly under `if sys.platform != "win32":` gates the module),
// intersected with its version range in stdlib/VERSIONS.
#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzer/syntax/syntax.h"

namespace fs = std::filesystem;
using platlint::Node;

namespace {

// ---- (platform, minor version) sets --------------------------------------------------------------

// 0 linux, 1 darwin, 2 win32 (the bits of platlint::Platform, in order) and 3 for every other value of
// sys.platform (freebsd, android, ...): a name typeshed declares only for those is missing on all three
// targets, while one whose conditions are never true anywhere (`>= (3, 14)` inside `< (3, 12)`) is dropped.
constexpr int kPlatforms = 4;
constexpr int kTargets = 3;
constexpr int kOther = 3;
constexpr int kMaxMinor = 31;  // minors 0..31 of Python 3; a range reaching either end is open there
constexpr const char* kPlatformNames[kTargets] = {"linux", "darwin", "win32"};

struct Avail {
  std::array<uint32_t, kPlatforms> minors{};
  static Avail all() {
    Avail a;
    a.minors.fill(0xFFFFFFFFu);
    return a;
  }
  static Avail none() { return {}; }
  Avail operator&(const Avail& o) const {
    Avail r;
    for (int p = 0; p < kPlatforms; ++p) r.minors[p] = minors[p] & o.minors[p];
    return r;
  }
  Avail operator|(const Avail& o) const {
    Avail r;
    for (int p = 0; p < kPlatforms; ++p) r.minors[p] = minors[p] | o.minors[p];
    return r;
  }
  Avail operator~() const {
    Avail r;
    for (int p = 0; p < kPlatforms; ++p) r.minors[p] = ~minors[p];
    return r;
  }
  bool operator==(const Avail&) const = default;
  bool empty() const { return *this == none(); }
  // Target platforms on which it exists in some version: bit 1 linux, 2 macos, 4 windows.
  unsigned platformBits() const {
    unsigned bits = 0;
    for (int p = 0; p < kTargets; ++p) {
      if (minors[p]) bits |= 1u << p;
    }
    return bits;
  }
  uint32_t anyPlatform() const { return minors[0] | minors[1] | minors[2] | minors[3]; }
  // First and last minor over all platforms; 0 where the range is open.
  int minMinor() const {
    const uint32_t m = anyPlatform();
    if (!m || (m & 1u)) return 0;
    int i = 0;
    while (!(m & (1u << i))) ++i;
    return i;
  }
  int maxMinor() const {
    const uint32_t m = anyPlatform();
    if (!m || (m & (1u << kMaxMinor))) return 0;
    int i = kMaxMinor;
    while (!(m & (1u << i))) --i;
    return i;
  }
};

Avail platformAvail(unsigned platformMask) {
  Avail a;
  for (int p = 0; p < kPlatforms; ++p) {
    if (platformMask & (1u << p)) a.minors[p] = 0xFFFFFFFFu;
  }
  return a;
}

Avail versionAvail(uint32_t minorMask) {
  Avail a;
  a.minors.fill(minorMask);
  return a;
}

// Minors from..to inclusive.
uint32_t minorRange(int from, int to) {
  uint32_t m = 0;
  for (int i = std::max(from, 0); i <= std::min(to, kMaxMinor); ++i) m |= 1u << i;
  return m;
}

// What a condition may be: `whenTrue` over-approximates where it holds, `whenFalse` where it does not.
// Exact conditions have whenFalse == ~whenTrue; unknown ones have both everywhere.
struct Truth {
  Avail whenTrue = Avail::all();
  Avail whenFalse = Avail::all();
};

Truth exact(Avail a) { return {a, ~a}; }

// ---- condition evaluation ------------------------------------------------------------------------

std::optional<std::string> stringLiteral(Node n) {
  if (!n.is("string")) return std::nullopt;
  std::string out;
  for (uint32_t i = 0; i < n.namedChildCount(); ++i) {
    const Node c = n.namedChild(i);
    if (c.is("string_content")) out += c.text();
    else if (!c.is("string_start") && !c.is("string_end")) return std::nullopt;
  }
  return out;
}

// The platforms whose sys.platform is `value` (or starts with it); "other" stands for every value that
// is not one of the three targets' (and for a prefix that none of them starts with).
unsigned platformsMatching(std::string_view value, bool prefix) {
  unsigned mask = 0;
  for (int p = 0; p < kTargets; ++p) {
    const std::string_view name = kPlatformNames[p];
    if (prefix ? name.starts_with(value) : name == value) mask |= 1u << p;
  }
  if (!mask) mask = 1u << kOther;
  return mask;
}

std::string operatorsOf(Node comparison) {
  std::string op;
  for (uint32_t i = 0; i < comparison.childCount(); ++i) {
    if (comparison.fieldNameOfChild(i) != "operators") continue;
    if (!op.empty()) op += ' ';
    op += comparison.child(i).kind();
  }
  return op;
}

// (3, N) -> N; nullopt for anything else.
std::optional<int> minorOfTuple(Node n) {
  if (!n.is("tuple") || n.namedChildCount() != 2) return std::nullopt;
  const Node major = n.namedChild(0);
  const Node minor = n.namedChild(1);
  if (!major.is("integer") || !minor.is("integer") || major.text() != "3") return std::nullopt;
  const std::string text(minor.text());
  if (text.empty() || text.size() > 2 || !std::all_of(text.begin(), text.end(), ::isdigit)) return std::nullopt;
  return std::stoi(text);
}

Truth evalLeaf(Node n) {
  if (n.is("comparison_operator") && n.namedChildCount() == 2) {
    const Node left = n.namedChild(0);
    const Node right = n.namedChild(1);
    const std::string op = operatorsOf(n);
    if (left.text() == "sys.platform") {
      if (op == "==" || op == "!=") {
        const auto value = stringLiteral(right);
        if (!value) return {};
        const Avail eq = platformAvail(platformsMatching(*value, false));
        return exact(op == "==" ? eq : ~eq);
      }
      if ((op == "in" || op == "not in") && (right.is("tuple") || right.is("list") || right.is("set"))) {
        unsigned mask = 0;
        for (uint32_t i = 0; i < right.namedChildCount(); ++i) {
          const auto value = stringLiteral(right.namedChild(i));
          if (!value) return {};
          mask |= platformsMatching(*value, false);
        }
        return exact(op == "in" ? platformAvail(mask) : ~platformAvail(mask));
      }
      return {};
    }
    if (left.text() == "sys.version_info") {
      const auto minor = minorOfTuple(right);
      if (!minor) return {};
      const int m = *minor;
      uint32_t mask = 0;
      if (op == ">=") mask = minorRange(m, kMaxMinor);
      else if (op == ">") mask = minorRange(m + 1, kMaxMinor);
      else if (op == "<") mask = minorRange(0, m - 1);
      else if (op == "<=") mask = minorRange(0, m);
      else return {};
      return exact(versionAvail(mask));
    }
    return {};
  }
  if (n.is("call")) {
    const Node function = n.field("function");
    const Node args = n.field("arguments");
    if (function.text() == "sys.platform.startswith" && args && args.namedChildCount() == 1) {
      const auto value = stringLiteral(args.namedChild(0));
      if (value) return exact(platformAvail(platformsMatching(*value, true)));
    }
  }
  return {};
}

// Post-order over and/or/not/parentheses with explicit stacks.
Truth evalCondition(Node expr) {
  struct Frame {
    Node node;
    bool expanded;
  };
  std::vector<Frame> work{{expr, false}};
  std::vector<Truth> values;
  while (!work.empty()) {
    const Frame f = work.back();
    work.pop_back();
    const Node n = f.node;
    const bool paren = n.is("parenthesized_expression") && n.namedChildCount() == 1;
    const bool boolean = n.is("boolean_operator");
    const bool negation = n.is("not_operator");
    if (!f.expanded && (paren || boolean || negation)) {
      work.push_back({n, true});
      if (paren) work.push_back({n.namedChild(0), false});
      if (negation) work.push_back({n.field("argument"), false});
      if (boolean) {
        work.push_back({n.field("left"), false});
        work.push_back({n.field("right"), false});
      }
      continue;
    }
    if (paren) continue;  // the value of the inner expression is already on the stack
    if (negation) {
      std::swap(values.back().whenTrue, values.back().whenFalse);
      continue;
    }
    if (boolean) {
      const Truth a = values.back();
      values.pop_back();
      const Truth b = values.back();
      values.pop_back();
      const bool isAnd = n.field("operator").kind() == "and";
      if (isAnd) values.push_back({a.whenTrue & b.whenTrue, a.whenFalse | b.whenFalse});
      else values.push_back({a.whenTrue | b.whenTrue, a.whenFalse & b.whenFalse});
      continue;
    }
    values.push_back(evalLeaf(n));
  }
  return values.empty() ? Truth{} : values.back();
}

// ---- per-module facts ----------------------------------------------------------------------------

enum class Kind { Module, Function, Class, Constant };

const char* kindName(Kind k) {
  switch (k) {
    case Kind::Module: return "Module";
    case Kind::Function: return "Function";
    case Kind::Class: return "Class";
    case Kind::Constant: return "Constant";
  }
  return "Constant";
}

struct Definition {
  std::string name;  // "flock", or "socket.ioctl" for a class member
  Kind kind = Kind::Constant;
  Avail when;
  std::string fromModule;  // a re-export: `from fromModule import fromName as name`
  std::string fromName;    // empty with fromModule set: `import fromModule as name`
};

struct StarImport {
  std::string fromModule;
  Avail when;
};

struct ModuleFacts {
  fs::path file;
  bool package = false;
  std::vector<Definition> definitions;
  std::vector<StarImport> stars;
};

// `.x` inside package a.b (or module a.b.c) -> a.b.x
std::string resolveRelative(const std::string& module, bool package, Node moduleName) {
  if (!moduleName.is("relative_import")) return std::string(moduleName.text());
  size_t dots = 0;
  std::string rest;
  for (uint32_t i = 0; i < moduleName.namedChildCount(); ++i) {
    const Node c = moduleName.namedChild(i);
    if (c.is("import_prefix")) dots = c.text().size();
    else if (c.is("dotted_name")) rest = std::string(c.text());
  }
  std::string base = module;
  size_t up = package ? dots - 1 : dots;
  while (up-- > 0) {
    const size_t cut = base.rfind('.');
    base = cut == std::string::npos ? std::string() : base.substr(0, cut);
  }
  if (rest.empty()) return base;
  return base.empty() ? rest : base + "." + rest;
}

void collectTargets(Node target, std::vector<std::string>& out) {
  std::vector<Node> stack{target};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.is("identifier")) out.emplace_back(n.text());
    else if (n.is("pattern_list") || n.is("tuple_pattern") || n.is("list_pattern") || n.is("tuple") ||
             n.is("parenthesized_expression")) {
      for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
    }
  }
}

void readModule(const std::string& module, ModuleFacts& facts, platlint::PythonParser& parser) {
  std::ifstream in(facts.file, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const platlint::TreePtr tree = parser.parse(text);
  const platlint::SyntaxTree syntax(tree.get(), text);
  const Node root = syntax.root();
  if (root.hasError()) std::cerr << "warning: syntax errors in " << facts.file << "\n";

  // A block to scan: its statements apply under `when`; `prefix` is "" or "Class." inside classes.
  struct Block {
    Node node;
    Avail when;
    std::string prefix;
  };
  std::vector<Block> blocks{{root, Avail::all(), ""}};
  while (!blocks.empty()) {
    const Block b = blocks.back();
    blocks.pop_back();
    const bool topLevel = b.prefix.empty();
    auto define = [&](std::string_view name, Kind kind) {
      facts.definitions.push_back({b.prefix + std::string(name), kind, b.when, {}, {}});
    };
    for (uint32_t i = 0; i < b.node.namedChildCount(); ++i) {
      Node stmt = b.node.namedChild(i);
      bool property = false;
      if (stmt.is("decorated_definition")) {
        for (uint32_t j = 0; j < stmt.namedChildCount(); ++j) {
          const Node d = stmt.namedChild(j);
          if (d.is("decorator") && d.namedChildCount() == 1 && d.namedChild(0).text() == "property") property = true;
        }
        stmt = stmt.field("definition");
      }
      const std::string_view k = stmt.kind();
      if (k == "if_statement") {
        Avail rest = b.when;  // where no earlier branch was taken
        const Truth t = evalCondition(stmt.field("condition"));
        blocks.push_back({stmt.field("consequence"), rest & t.whenTrue, b.prefix});
        rest = rest & t.whenFalse;
        for (uint32_t j = 0; j < stmt.namedChildCount(); ++j) {
          const Node alt = stmt.namedChild(j);
          if (alt.is("elif_clause")) {
            const Truth e = evalCondition(alt.field("condition"));
            blocks.push_back({alt.field("consequence"), rest & e.whenTrue, b.prefix});
            rest = rest & e.whenFalse;
          } else if (alt.is("else_clause")) {
            blocks.push_back({alt.field("body"), rest, b.prefix});
          }
        }
      } else if (k == "function_definition") {
        define(stmt.field("name").text(), property ? Kind::Constant : Kind::Function);
      } else if (k == "class_definition") {
        const std::string name(stmt.field("name").text());
        define(name, Kind::Class);
        blocks.push_back({stmt.field("body"), b.when, b.prefix + name + "."});
      } else if (k == "expression_statement") {
        for (uint32_t j = 0; j < stmt.namedChildCount(); ++j) {
          Node a = stmt.namedChild(j);
          std::vector<std::string> names;
          // `a = b = 1` nests assignments on the right.
          while (a && a.is("assignment")) {
            collectTargets(a.field("left"), names);
            a = a.field("right");
          }
          for (const auto& name : names) {
            if (name != "__all__") define(name, Kind::Constant);
          }
        }
      } else if (k == "type_alias_statement") {
        const Node left = stmt.field("left");
        if (left) define(left.is("generic_type") ? left.namedChild(0).text() : left.text(), Kind::Constant);
      } else if (topLevel && k == "import_from_statement") {
        const std::string from = resolveRelative(module, facts.package, stmt.field("module_name"));
        for (uint32_t j = 0; j < stmt.namedChildCount(); ++j) {
          const Node c = stmt.namedChild(j);
          if (c.is("wildcard_import")) facts.stars.push_back({from, b.when});
          if (!c.is("aliased_import")) continue;
          const std::string_view name = c.field("name").text();
          const std::string_view alias = c.field("alias").text();
          // In a stub only `import x as x` re-exports; any other import is private.
          if (name != alias || alias == "__all__") continue;
          facts.definitions.push_back({std::string(alias), Kind::Constant, b.when, from, std::string(name)});
        }
      } else if (topLevel && k == "import_statement") {
        for (uint32_t j = 0; j < stmt.namedChildCount(); ++j) {
          const Node c = stmt.namedChild(j);
          if (!c.is("aliased_import")) continue;
          const std::string_view name = c.field("name").text();
          const std::string_view alias = c.field("alias").text();
          if (name != alias) continue;
          facts.definitions.push_back({std::string(alias), Kind::Module, b.when, std::string(name), {}});
        }
      }
    }
  }
}

// ---- stdlib/VERSIONS ----------------------------------------------------------------------------

std::map<std::string, uint32_t> readVersions(const fs::path& file) {
  std::map<std::string, uint32_t> out;
  std::ifstream in(file);
  std::string line;
  auto minorOf = [](std::string_view v) { return v.starts_with("3.") ? std::stoi(std::string(v.substr(2))) : 0; };
  while (std::getline(in, line)) {
    if (const size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = line.substr(0, colon);
    std::string range = line.substr(colon + 1);
    auto trim = [](std::string& s) {
      s.erase(0, s.find_first_not_of(" \t"));
      s.erase(s.find_last_not_of(" \t\r") + 1);
    };
    trim(name);
    trim(range);
    const size_t dash = range.find('-');
    if (dash == std::string::npos) continue;
    const int from = minorOf(range.substr(0, dash));
    const std::string until = range.substr(dash + 1);
    out[name] = minorRange(from, until.empty() ? kMaxMinor : minorOf(until));
  }
  return out;
}

// ---- resolution --------------------------------------------------------------------------------

struct Entry {
  Kind kind = Kind::Constant;
  Avail when;
};

using NameTable = std::map<std::string, Entry>;  // name in module -> availability

bool isPublic(std::string_view name) { return !name.starts_with('_'); }

// Modules that typeshed declares on every platform although CPython does not provide them on some. Kept
// tiny and explained; everything else comes from the stubs. Bits: 1 linux, 2 darwin, 4 win32, 8 other.
struct ModuleOverride {
  const char* module;
  unsigned platforms;
  const char* why;
};
constexpr ModuleOverride kModuleOverrides[] = {
    {"_curses", 1 | 2 | 8, "CPython's Windows builds do not include curses (it needs the windows-curses package)"},
    {"_curses_panel", 1 | 2 | 8, "as _curses"},
    {"curses", 1 | 2 | 8, "imports _curses"},
    {"asyncio.unix_events", 1 | 2 | 8,
     "imports only on POSIX; typeshed declares AbstractChildWatcher outside its win32 guard for other stubs"},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: " << argv[0] << " PYRIGHT_PACKAGE_DIR OUTPUT_FILE\n";
    return 2;
  }
  const fs::path package = argv[1];
  const fs::path output = argv[2];
  const fs::path typeshed = package / "dist" / "typeshed-fallback";
  const fs::path stdlib = typeshed / "stdlib";
  if (!fs::is_directory(stdlib)) {
    std::cerr << "error: " << stdlib << " is not a directory\n";
    return 1;
  }
  std::string pyrightVersion;
  {
    std::ifstream in(package / "package.json");
    pyrightVersion = nlohmann::json::parse(in).at("version").get<std::string>();
  }
  std::string commit;
  {
    std::ifstream in(typeshed / "commit.txt");
    std::getline(in, commit);
    commit.erase(commit.find_last_not_of(" \t\r\n") + 1);
  }

  // Every stub file is a module: a/b.pyi -> a.b, a/b/__init__.pyi -> a.b.
  std::map<std::string, ModuleFacts> modules;
  for (const auto& e : fs::recursive_directory_iterator(stdlib)) {
    if (!e.is_regular_file() || e.path().extension() != ".pyi") continue;
    fs::path rel = fs::relative(e.path(), stdlib);
    const bool init = rel.filename() == "__init__.pyi";
    rel = init ? rel.parent_path() : rel.replace_extension();
    std::string name;
    for (const auto& part : rel) name += (name.empty() ? "" : ".") + part.string();
    if (name.find('@') != std::string::npos || name.find('-') != std::string::npos) continue;
    modules[name] = ModuleFacts{e.path(), init, {}, {}};
  }
  const auto versions = readVersions(stdlib / "VERSIONS");
  auto versionRange = [&](const std::string& module) {
    for (std::string m = module;;) {
      if (auto it = versions.find(m); it != versions.end()) return versionAvail(it->second);
      const size_t cut = m.rfind('.');
      if (cut == std::string::npos) return Avail::all();
      m.resize(cut);
    }
  };

  platlint::PythonParser parser;
  for (auto& [name, facts] : modules) readModule(name, facts, parser);

  // Own definitions first, then re-exports to a fixpoint (sets only grow, so it terminates).
  std::map<std::string, NameTable> tables;
  for (const auto& [module, facts] : modules) {
    NameTable& t = tables[module];
    for (const Definition& d : facts.definitions) {
      if (!d.fromModule.empty()) continue;
      Entry& e = t[d.name];
      if (e.when.empty()) e.kind = d.kind;
      e.when = e.when | d.when;
    }
  }
  for (bool changed = true; changed;) {
    changed = false;
    auto merge = [&](NameTable& t, const std::string& name, Kind kind, const Avail& when) {
      auto [it, inserted] = t.try_emplace(name, Entry{kind, Avail::none()});
      const Avail merged = it->second.when | when;
      if (inserted || !(merged == it->second.when)) {
        it->second.when = merged;
        changed = true;
      }
    };
    for (const auto& [module, facts] : modules) {
      for (const Definition& d : facts.definitions) {
        if (d.fromModule.empty()) continue;
        Kind kind = d.kind;
        Avail when = d.when;
        const std::string submodule = d.fromName.empty() ? d.fromModule : d.fromModule + "." + d.fromName;
        if (modules.contains(submodule)) {
          kind = Kind::Module;
        } else if (auto src = tables.find(d.fromModule); src != tables.end()) {
          auto e = src->second.find(d.fromName);
          if (e != src->second.end()) {
            kind = e->second.kind;
            when = when & e->second.when;
          }
        }
        if (!when.empty()) merge(tables[module], d.name, kind, when);
        // Members of a re-exported class come along with it.
        if (kind == Kind::Class) {
          const auto src = tables.find(d.fromModule);
          if (src == tables.end()) continue;
          const std::string prefix = d.fromName + ".";
          for (auto it = src->second.lower_bound(prefix); it != src->second.end() && it->first.starts_with(prefix); ++it) {
            merge(tables[module], d.name + "." + it->first.substr(prefix.size()), it->second.kind,
                  d.when & it->second.when);
          }
        }
      }
      for (const StarImport& s : facts.stars) {
        const auto src = tables.find(s.fromModule);
        if (src == tables.end()) continue;
        const NameTable copy = src->second;  // the source may be this module's own table
        for (const auto& [name, e] : copy) {
          const std::string_view top = std::string_view(name).substr(0, name.find('.'));
          if (!isPublic(top)) continue;
          merge(tables[module], name, e.kind, s.when & e.when);
        }
      }
    }
  }

  // A module is as available as its public top-level names, within its VERSIONS range.
  std::map<std::string, Avail> moduleAvail;
  for (const auto& [module, table] : tables) {
    Avail publicNames = Avail::none();
    bool anyPublic = false;
    for (const auto& [name, e] : table) {
      if (name.find('.') != std::string::npos || !isPublic(name)) continue;
      anyPublic = true;
      publicNames = publicNames | e.when;
    }
    moduleAvail[module] = (anyPublic ? publicNames : Avail::all()) & versionRange(module);
  }
  for (const ModuleOverride& o : kModuleOverrides) {
    auto it = moduleAvail.find(o.module);
    if (it == moduleAvail.end()) {
      std::cerr << "error: override for unknown module " << o.module << "\n";
      return 1;
    }
    it->second = it->second & platformAvail(o.platforms);
  }
  // A submodule cannot exist where its package does not.
  for (auto& [module, when] : moduleAvail) {
    for (std::string parent = module; parent.find('.') != std::string::npos;) {
      parent.resize(parent.rfind('.'));
      if (auto it = moduleAvail.find(parent); it != moduleAvail.end()) when = when & it->second;
    }
  }

  struct Row {
    std::string name;
    Kind kind;
    Avail when;
  };
  std::vector<Row> rows;
  size_t gatedModules = 0;
  for (const auto& [module, table] : tables) {
    const Avail mod = moduleAvail[module];
    rows.push_back({module, Kind::Module, mod});
    if (mod.platformBits() != 7) ++gatedModules;
    for (const auto& [name, e] : table) {
      if (name == "__all__") continue;
      const Avail when = e.when & mod;
      if (when.empty()) continue;  // never true together with its module's conditions
      // Names on all three platforms (in some version), and names exactly as available as their
      // module, are left out: the lookup falls back to the module, which is right for them.
      if (when.platformBits() == 7 || when == mod) continue;
      // A member as available as its class is left out too: the lookup finds the class.
      if (const size_t dot = name.rfind('.'); dot != std::string::npos) {
        auto cls = table.find(name.substr(0, dot));
        if (cls != table.end() && (cls->second.when & mod) == when) continue;
      }
      rows.push_back({module + "." + name, e.kind, when});
    }
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.name < b.name; });
  rows.erase(std::unique(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.name == b.name; }),
             rows.end());

  std::ostringstream out;
  out << "// Generated by scripts/typeshed_availability from typeshed's stdlib stubs — do not edit.\n"
      << "// Regenerate with `ninja -C build regenerate-availability`.\n"
      << "// Source: pyright " << pyrightVersion << " (dist/typeshed-fallback), typeshed commit " << commit << ".\n"
      << "//\n"
      << "// One row per stdlib module (" << modules.size() << ", " << gatedModules
      << " of them missing on some platform), then only the names\n"
      << "// (functions, classes, constants, class members) that at least one of linux, macos and windows\n"
      << "// lacks in every Python version and that are less available than their module (or, for a\n"
      << "// member, its class). A name without a row exists wherever its module (or class) does, so\n"
      << "// fcntl.flock has no row: fcntl has one. Rows: {qualified name, kind, platforms (1 linux | 2 macos |\n"
      << "// 4 windows, where it exists in some version), first minor, last minor (Python 3.x; 0: open)}.\n"
      << "// The version range spans all platforms; per-platform version differences are not kept.\n"
      << "// Curated in generate.cpp (typeshed declares them everywhere):";
  for (const ModuleOverride& o : kModuleOverrides) out << " " << o.module;
  out << ".\n";
  for (const Row& r : rows) {
    out << "{\"" << r.name << "\", AvailabilityKind::" << kindName(r.kind) << ", " << r.when.platformBits() << ", "
        << r.when.minMinor() << ", " << r.when.maxMinor() << "},\n";
  }
  const fs::path tmp = output.string() + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << out.str();
    if (!f) {
      std::cerr << "error: cannot write " << tmp << "\n";
      return 1;
    }
  }
  fs::rename(tmp, output);
  std::cerr << "wrote " << output.string() << ": " << rows.size() << " rows, " << modules.size() << " modules ("
            << gatedModules << " platform-specific), typeshed " << commit << "\n";
  return 0;
}
