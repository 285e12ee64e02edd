#include "rules/path_use.h"

#include <algorithm>

#include "analyzer/semantic/api_catalog.h"

namespace platlint {
namespace {

// The call whose arguments (possibly inside a list or tuple) include `expr`, or the method call
// whose receiver is `expr`; returns the callee's qualified name or method name.
std::string consumerOf(Node expr, const SemanticModel& model) {
  Node node = expr;
  for (Node parent = node.parent(); parent; node = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "parenthesized_expression" || k == "list" || k == "tuple" || k == "keyword_argument") continue;
    if (k == "attribute" && parent.field("object") == node) return std::string(parent.field("attribute").text());
    if (k == "argument_list" && parent.parent() && parent.parent().is("call")) {
      const Node function = parent.parent().field("function");
      std::string q(model.qualifiedName(function));
      if (q.empty() && function.is("attribute")) q = std::string(function.field("attribute").text());
      return q;
    }
    break;
  }
  return {};
}

// Whether a string literal's value can start with '/': its text does, or starts with an escape
// sequence that may decode to one. Decoding every literal (docstrings included) only to look at
// its first character was a measurable share of a whole run.
bool mayStartWithSlash(Node literal) {
  const Node start = literal.firstChild();
  if (!start || !start.is("string_start")) return true;
  const char first = literal.source()[start.endByte()];
  return first == '/' || first == '\\';
}

bool endsWithAny(std::string_view s, std::initializer_list<std::string_view> suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(), [&](std::string_view x) { return s.ends_with(x); });
}

}  // namespace

std::string_view PathUse::verb() const {
  const std::string_view c = consumer;
  if (endsWithAny(c, {"open", "read_text", "read_bytes", "fileinput.input", "readlink"})) return "reads";
  if (endsWithAny(c, {"listdir", "scandir", "walk", "glob", "iglob", "iterdir", "rglob"})) return "lists";
  if (endsWithAny(c, {"exists", "isfile", "isdir", "islink", "ismount", "access", "stat", "lstat", "is_dir",
                      "is_file", "is_mount", "lexists", "getsize"})) {
    return "checks";
  }
  if (endsWithAny(c, {"write_text", "write_bytes", "makedirs", "mkdir", "remove", "unlink", "rmtree", "touch"})) {
    return "writes";
  }
  return "uses";
}

std::string PathUse::shown() const {
  if (value.complete) return value.value;
  const std::string_view written = root.text();
  if (written.size() <= 60 && written.find('\n') == std::string_view::npos) return std::string(written);
  return value.value + "…";
}

std::optional<PathUse> absolutePathUse(Node literal, const SemanticModel& model) {
  const Node root = model.valueRoot(literal);
  if (!root || (root == literal && !mayStartWithSlash(literal))) return std::nullopt;
  auto value = model.stringValue(root);
  if (!value || !value->value.starts_with('/') || value->value.starts_with("//")) return std::nullopt;
  // Whitespace, regex syntax, PATH-list and shell syntax mean the string is not one file name.
  if (value->value.find_first_of(" \t\r\n\\^|()<>;,:") != std::string::npos) return std::nullopt;
  const UseContext context = model.useContext(root);
  if (context != UseContext::PathArgument && context != UseContext::Value) return std::nullopt;
  return PathUse{root, std::move(*value), context, consumerOf(root, model)};
}

bool pathIsUnder(std::string_view path, std::string_view prefix) {
  if (prefix.ends_with('*')) return path.starts_with(prefix.substr(0, prefix.size() - 1));
  if (prefix.ends_with('/')) return path.starts_with(prefix);
  if (!path.starts_with(prefix)) return false;
  return path.size() == prefix.size() || path[prefix.size()] == '/';
}

const ConfiguredPath* configuredLinuxOnlyPath(std::string_view path, const FileSettings& settings) {
  const ConfiguredPath* best = nullptr;
  for (const ConfiguredPath& p : settings.linuxOnlyPaths) {
    if (pathIsUnder(path, p.prefix) && (!best || p.prefix.size() > best->prefix.size())) best = &p;
  }
  return best;
}

Fact pathFact(FactKind kind, const PathUse& use, std::string_view ruleId, PlatformSet missingOn) {
  Fact fact;
  fact.kind = kind;
  fact.name = use.shown();
  fact.value = use.value.value;
  fact.detail = use.verb();
  fact.ruleId = ruleId;
  fact.missingOn = missingOn;
  return fact;
}

bool isTestFile(std::string_view path) {
  size_t start = 0;
  while (start < path.size()) {
    const size_t slash = std::min(path.find_first_of("/\\", start), path.size());
    const std::string_view part = path.substr(start, slash - start);
    if (slash < path.size()) {
      if (part == "tests" || part == "test" || part == "testing") return true;
    } else {
      return part.starts_with("test_") || part.ends_with("_test.py") || part == "conftest.py";
    }
    start = slash + 1;
  }
  return false;
}

}  // namespace platlint
