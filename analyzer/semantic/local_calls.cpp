// SemanticModel::localCallsOf: where a function that only this file calls is called from. Guard
// analysis takes a private helper's platforms from its calls, and handled_failures its handling.
#include <algorithm>
#include <array>
#include <cstdint>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/source_file.h"

namespace platlint {
namespace {

// A module named private (`_psposix.py`, not `__init__.py`): its functions are the package's
// internals, not an interface for other code.
bool isPrivateModule(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  const std::string_view stem = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return stem.starts_with("_") && !stem.starts_with("__");
}

// A module-level function whose name has a platform's name as a whole word (`macos_version`,
// `get_interfaces_by_mac_on_freebsd`; not `setup_selinux` or `get_mac_address`): a helper for that
// platform, which the file calls where it has checked for it.
bool namedForAPlatform(std::string_view name) {
  static constexpr std::string_view kWords[] = {"linux",   "windows", "win32",   "win",          "darwin",
                                                "macos",   "osx",     "posix",   "bsd",          "freebsd",
                                                "netbsd",  "openbsd", "dragonfly", "dragonflybsd", "sunos",
                                                "solaris", "aix"};
  size_t start = 0;
  while (start <= name.size()) {
    const size_t end = std::min(name.find('_', start), name.size());
    const std::string word = toLower(name.substr(start, end - start));
    if (std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords)) return true;
    start = end + 1;
  }
  return false;
}

// A function whose callers are all in this file: nested in another function, named private
// (`_helper`, `__poll`, not `__init__`), named for a platform (namedForAPlatform), or defined at
// the top of a private module, and decorated,
// if at all, only in ways that keep its calls direct calls (a registering decorator has it called
// from elsewhere).
bool calledOnlyFromThisFile(Node function, bool privateModule) {
  const std::string_view name = function.field("name").text();
  const bool dunder = name.starts_with("__") && name.ends_with("__");
  Node parent = function.parent();
  if (parent && parent.is("decorated_definition")) {
    bool plain = true;
    forEachNamedChild(parent, [&](Node decorator) {
      if (!decorator.is("decorator") || decorator.namedChildCount() == 0) return;
      const std::string_view d = decorator.namedChild(0).text();
      plain = plain && (d == "staticmethod" || d == "classmethod" || d == "functools.lru_cache" ||
                        d == "lru_cache" || d == "functools.cache" || d == "cache");
    });
    if (!plain) return false;
    parent = parent.parent();
  }
  const bool nested = parent && parent.is("block") && parent.parent() && parent.parent().is("function_definition");
  const bool moduleLevel = parent && parent.is("module");
  return nested || (name.starts_with("_") && !dunder) || (moduleLevel && (privateModule || namedForAPlatform(name)) && !dunder);
}

// The call a use of a function's name makes: `_f(...)`, `self._f(...)`; null for any other use.
Node callOf(Node identifier) {
  Node callee = identifier;
  const Node parent = identifier.parent();
  if (parent && parent.is("attribute") && parent.field("attribute") == identifier) callee = parent;
  const Node call = callee.parent();
  return call && call.is("call") && call.field("function") == callee ? call : Node{};
}

bool isDefinedName(Node identifier) {
  const Node parent = identifier.parent();
  return parent && parent.is("function_definition") && parent.field("name") == identifier;
}

}  // namespace

const std::vector<Node>* SemanticModel::localCallsOf(Node function) const {
  const bool privateModule = isPrivateModule(file().path());
  if (!localCalls_) {
    localCalls_.emplace();
    const SyntaxTree& tree = *function.tree();
    for (uint32_t i = 0; i < tree.size(); ++i) {
      const Node n = tree.node(i);
      if (n.is("function_definition") && calledOnlyFromThisFile(n, privateModule)) localCalls_->try_emplace(n.field("name").text());
    }
    if (!localCalls_->empty()) {
      // Every identifier of the file is looked at: the (length, first letter) pairs of the
      // functions' names turn most away before their text is hashed.
      std::array<uint64_t, 32> shapes{};  // as importedNameShapes_ screens imported names
      for (const auto& [name, calls] : *localCalls_) {
        if (!name.empty()) shapes[shapeRow(name)] |= shapeBit(name);
      }
      for (uint32_t i = 0; i < tree.size(); ++i) {
        const Node n = tree.node(i);
        if (!n.is("identifier")) continue;
        const std::string_view name = n.text();
        if (name.empty() || !(shapes[shapeRow(name)] & shapeBit(name)) || isDefinedName(n)) continue;
        const auto it = localCalls_->find(name);
        if (it == localCalls_->end()) continue;
        if (const Node call = callOf(n)) {
          it->second.push_back(call);
        } else {
          localCalls_->erase(it);  // stored or passed on: called from where this file does not say
        }
      }
    }
  }
  if (!calledOnlyFromThisFile(function, privateModule)) return nullptr;
  const auto it = localCalls_->find(function.field("name").text());
  return it == localCalls_->end() || it->second.empty() ? nullptr : &it->second;
}

}  // namespace platlint
