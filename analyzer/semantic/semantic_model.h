#pragma once
// What a rule may ask about a file beyond its syntax: which module a name refers to (imports
// and aliases), the literal value of a string expression, and in which role an expression is used.
// Built once per file; all queries are const.
#include <array>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyzer/semantic/string_literal.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

class SourceFile;

// How the value of an expression is used; path rules only fire where a string is used as a path.
enum class UseContext {
  PathArgument,  // passed to a file-system API (open, os.listdir, pathlib.Path, glob, shutil, ...)
  Value,         // assigned, returned, passed to an unknown call, default of a parameter, ...
  Message,       // text for humans: log, print, exception, warnings, help=, i18n _()
  Docstring,     // a bare string statement
  Pattern,       // regular expression or fnmatch pattern
  Comparison,    // operand of ==, !=, in, startswith/endswith, ...
  Decorator,     // argument of a decorator (routes, markers)
  Key,           // dictionary key or subscript index
};
const char* useContextName(UseContext c);

struct Import {
  std::string localName;      // the name bound in this file ("osp")
  std::string qualifiedName;  // what it refers to ("os.path")
  Node node;
};

class SemanticModel {
 public:
  SemanticModel(const SourceFile& file, Node root);

  // The dotted name an expression refers to, resolved through imports and aliases:
  // `sp.check_output` -> "subprocess.check_output" after `import subprocess as sp`; a builtin
  // (`open`) that the file does not redefine -> "builtins.open". Empty when unknown.
  // Attribute chains are memoised per node (every check that looks at a call asks for its callee's
  // name); names are answered from the import table. The view stays valid as long as the model.
  std::string_view qualifiedName(Node expr) const;

  // The string value of an expression: literals (escape sequences decoded), implicit and `+`
  // concatenation, f-strings up to the first interpolation, `os.path.join(...)`,
  // `pathlib.Path(...)` and `Path(...) / "x"` whose first segment is known, parentheses, and
  // names assigned exactly once in the file to such an expression. nullopt when nothing is known.
  std::optional<FoldedString> stringValue(Node expr) const;

  // For a string literal node: the outermost expression that builds one value from it (the
  // whole `os.path.join("/proc", pid, "status")` for the "/proc" literal). Returns the null node
  // unless `literal` is the first literal of that expression, so each value is seen once.
  Node valueRoot(Node literal) const;

  // How the value of `expr` is used by the code around it.
  UseContext useContext(Node expr) const;

  // The value of a name the file assigns exactly once (`IS_WINDOWS = os.name == "nt"`), or null.
  Node singleAssignment(std::string_view name) const;
  // Every value of a name that the file binds only by plain `name = value` statements, in
  // document order; null when it is bound any other way (parameter, loop, import, ...).
  const std::vector<Node>* assignedValues(std::string_view name) const;
  // The same for a name that imports bind too (`try: import msvcrt / except ImportError:
  // msvcrt = None`): the values of its plain assignments, when it has no other bindings; else null.
  const std::vector<Node>* valuesBesideImport(std::string_view name) const;

  // The name a module exports under which the file imports `name`, when imports are the file's
  // only bindings of it (`LINUX` for `from psutil import LINUX as linux_flag`), relative ones
  // (`from ._common import LINUX`, which qualifiedName() does not resolve) included; else empty.
  std::string_view importedAs(std::string_view name) const;

  // What an import of the file binds `name` to (qualifiedName() of the name, when an import binds
  // it), or empty: the part of qualifiedName() that skips built-ins, for checks that need no others.
  std::string_view importBinding(std::string_view name) const;

  // The definition of a function the file binds `name` to, when that is the name's only binding.
  Node functionDefinition(std::string_view name) const;

  // forEachAssignmentTo (scopes.h) answered from an index of the file's plain assignments: the
  // module, a function's or a class's body are looked up, any other node is walked. Rules ask it
  // for each use of a name, and a test module's functions can be thousands of lines long.
  void forEachAssignmentTo(Node scope, std::string_view name, const std::function<bool(Node assignment)>& visit) const;

  // The calls of a function whose callers are all in this file (one nested in another function,
  // one named private: `_helper`, `__poll`, or one at the top of a private module: `_psposix.py`'s
  // `wait_pid_kqueue`, whose other callers can only be the package's own code and its tests, or one at
  // the top of any module named for a platform: `macos_version`), when every use of its name is a call (`_f(...)`,
  // `self._f(...)`); null when it may be called from elsewhere, is used any other way (stored,
  // passed on, under a decorator that registers it) or is never called. A name two functions share
  // gives both every call of it. Built on first use from one pass over the file's identifiers.
  const std::vector<Node>* localCallsOf(Node function) const;

  const std::vector<Import>& imports() const { return imports_; }
  const SourceFile& file() const { return file_; }

 private:
  void collectImport(Node statement);
  void collectBindings(Node root);
  void indexAssignment(Node assignment, Node root);
  std::string resolveQualifiedName(Node expr) const;
  std::string_view qualifiedIdentifier(std::string_view name) const;
  std::optional<FoldedString> fold(Node expr, int depth) const;
  std::optional<FoldedString> foldCall(Node call, int depth) const;

  const SourceFile& file_;
  Node root_;
  std::vector<Import> imports_;
  // Looked up by string_view: qualifiedName() asks for every identifier of the file.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, NameHash, std::equal_to<>> importBindings_;  // local -> qualified
  // Bit (first character % 64) of entry (length % 32) is set for every local name an import binds:
  // most names asked about (`self`, `result`) are rejected without hashing them.
  std::array<uint64_t, 32> importedNameShapes_{};
  static size_t shapeRow(std::string_view name) { return name.size() % 32; }
  static uint64_t shapeBit(std::string_view name) { return uint64_t{1} << (static_cast<unsigned char>(name[0]) % 64); }
  // Keyed by views of the source text, which outlives the model.
  std::unordered_set<std::string_view> definedNames_;  // names the file binds itself
  std::unordered_map<std::string_view, std::string_view> relativeImports_;  // `from .x import name as local`: local -> name
  std::unordered_map<std::string_view, Node> functions_;  // see functionDefinition()
  std::unordered_map<std::string_view, Node> constants_;  // names assigned exactly once -> the value
  std::unordered_map<std::string_view, std::vector<Node>> assignments_;  // see assignedValues()
  std::unordered_map<std::string_view, std::vector<Node>> besideImports_;  // see valuesBesideImport()
  // `name = value` statements by the body they bind in (its node index) and name, latest first.
  struct ScopedName {
    uint32_t scope;
    std::string_view name;
    bool operator==(const ScopedName&) const = default;
  };
  struct ScopedNameHash {
    size_t operator()(const ScopedName& s) const { return std::hash<std::string_view>{}(s.name) * 31 + s.scope; }
  };
  std::unordered_map<ScopedName, std::vector<Node>, ScopedNameHash> scopedAssignments_;
  // qualifiedName() of attributes: by Node::index(), 1 + the position in the store (0: not yet
  // resolved). A deque, so the views handed out stay valid as it grows.
  mutable std::vector<uint32_t> qualifiedSlots_;
  mutable std::deque<std::string> qualifiedStore_;
  // localCallsOf(): the calls by function name, absent for a name used other than in a call.
  mutable std::optional<std::unordered_map<std::string_view, std::vector<Node>>> localCalls_;
};

}  // namespace platlint
