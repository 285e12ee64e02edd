#pragma once
// Shared matcher of the PORT3xx family (environment-driven behaviour): finds every access to the
// process environment in a node and says which variable it touches and how.
//
// Recognised (through imports and aliases, so `from os import environ as env`, `from os import getenv`,
// `environ = os.environ` at module level and `env = os.environ` in a function work):
//   reads    os.environ["X"], os.environ.get("X", d), os.getenv("X", d), os.getenvb(b"X"),
//            os.environb[b"X"], os.environ.__getitem__("X"), and `helper("X", d)` where `helper` is a
//            module-level function of the same file that reads the variable its parameter names
//   tests    "X" in os.environ, "X" not in os.environ (also `.keys()`), os.environ.__contains__("X")
//   writes   os.environ["X"] = v, os.environ["X"] += v, os.environ.setdefault("X", d),
//            os.environ.update({"X": v}) / update(X=v), os.putenv("X", v),
//            monkeypatch.setenv("X", v) (pytest), fixtures.EnvironmentVariable("X", v) (OpenStack's
//            fixtures library), mock.patch.dict(os.environ, {"X": v}) / patch.dict("os.environ", X=v)
//   deletes  del os.environ["X"], os.environ.pop("X", d), os.unsetenv("X"), monkeypatch.delenv("X"),
//            fixtures.EnvironmentVariable("X") (no new value: the fixture unsets it)
// Out of scope: copies (`env = os.environ.copy(); env["X"] = v`, `dict(os.environ, X=v)`), which
// configure a child process rather than this one, and a name bound to `os.environ` and to other
// values too.
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

enum class EnvironmentAccessKind { Read, Write, Delete, Test };

// "reads", "sets", "unsets", "tests for": the verb that starts a finding's message.
std::string_view environmentAccessVerb(EnvironmentAccessKind kind);

struct EnvironmentAccess {
  std::string name;        // the variable's name, folded through constants; see nameKnown
  bool nameKnown = false;  // false: the name is computed at run time (`name` is empty or a prefix)
  EnvironmentAccessKind kind = EnvironmentAccessKind::Read;
  Node node;               // what to report: the subscript, call, comparison, or one dict pair / keyword
  Node nameNode;           // the expression that gives the name (the keyword for `update(X=v)`)
  Node defaultValue;       // `d` of get/getenv/setdefault/pop; else null
  Node newValue;           // the value a write stores (`v` above); else null
  std::string_view api;    // how it was accessed: "os.environ[]", "os.getenv", "monkeypatch.setenv", ...
  std::string_view helperUse;  // through a helper of the module: how the helper decides with the value
  bool isWrite() const { return kind == EnvironmentAccessKind::Write || kind == EnvironmentAccessKind::Delete; }
};

// The node kinds environmentAccesses() looks at; a Check subscribes to exactly these.
inline constexpr std::string_view kEnvironmentAccessNodeKinds[] = {"call", "subscript", "comparison_operator"};

// Every environment access that `node` itself performs (not its children): none for most nodes,
// several for `os.environ.update({"A": 1, "B": 2})`. Nodes of other kinds yield nothing.
std::vector<EnvironmentAccess> environmentAccesses(Node node, const SemanticModel& model);

// True when `expr` denotes the process environment mapping (os.environ, os.environb and their
// aliases; posix.environ/nt.environ).
bool isEnvironmentMapping(Node expr, const SemanticModel& model);

}  // namespace platlint
