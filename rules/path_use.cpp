#include "rules/path_use.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "analyzer/base/test_paths.h"
#include "analyzer/base/text_case.h"
#include "analyzer/semantic/api_catalog.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/string_literal.h"

namespace platlint {
namespace {

// `open(path, "w")`, `open(path, mode="a+")`: the builtin open's mode says it writes.
bool isOpenForWriting(Node call, std::string_view consumer) {
  if (consumer != "open" && consumer != "builtins.open" && consumer != "io.open") return false;
  const Node mode = skipParentheses(argumentsOf(call).argument(1, "mode"));
  if (!mode || !mode.is("string")) return false;
  const std::string value = decodeStringLiteral(mode).value;
  return value.find_first_of("wax+") != std::string::npos;
}

// The call whose arguments (possibly inside a list or tuple) include `expr`, or the method call
// whose receiver is `expr`; returns the callee's qualified name or method name, and whether that
// call opens the file for writing.
std::pair<std::string, bool> consumerOf(Node expr, const SemanticModel& model) {
  Node node = expr;
  for (Node parent = node.parent(); parent; node = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "parenthesized_expression" || k == "list" || k == "tuple" || k == "keyword_argument") continue;
    if (k == "attribute" && parent.field("object") == node) return {std::string(parent.field("attribute").text()), false};
    if (k == "argument_list" && parent.parent() && parent.parent().is("call")) {
      const Node function = parent.parent().field("function");
      std::string q(model.qualifiedName(function));
      if (q.empty() && function.is("attribute")) q = std::string(function.field("attribute").text());
      const bool writes = isOpenForWriting(parent.parent(), q);
      return {std::move(q), writes};
    }
    break;
  }
  return {};
}

// Whether a string literal's value can start with '/': its text does, or starts with an escape
// sequence that may decode to one. Decoding every literal (docstrings included) only to look at
// its first character was a measurable share of a whole run.
bool mayStartWithSlash(Node literal, bool orFileScheme) {
  const Node start = literal.firstChild();
  if (!start || !start.is("string_start")) return true;
  const char first = literal.source()[start.endByte()];
  return first == '/' || first == '\\' || (orFileScheme && (first == 'f' || first == 'F'));
}

constexpr std::string_view kFileScheme = "file://";

// "/a:/b/c": every ':'-separated entry is an absolute path (and there are at least two).
bool isPathList(std::string_view value) {
  size_t entries = 0;
  for (size_t start = 0; start <= value.size(); ++entries) {
    const size_t colon = std::min(value.find(':', start), value.size());
    const std::string_view entry = value.substr(start, colon - start);
    if (!entry.starts_with('/') || entry.starts_with("//")) return false;
    start = colon + 1;
  }
  return entries >= 2;
}

bool endsWithAny(std::string_view s, std::initializer_list<std::string_view> suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(), [&](std::string_view x) { return s.ends_with(x); });
}


}  // namespace

std::string_view PathUse::verb() const {
  const std::string_view c = consumer;
  if (opensForWriting) return "writes";
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

// `client.read_from_file("/run/x")`, `self.ssh.get("/etc/y", local)`, `remote.exists("/dev/z")`: a
// method of an object that stands for another machine receives the path, which names a file there.
bool handedToAnotherMachine(Node root) {
  Node value = root;
  while (value.parent() && value.parent().is("parenthesized_expression")) value = value.parent();
  const Node list = value.parent();
  const Node call = list && list.is("argument_list") ? list.parent() : Node{};
  const Node function = call && call.is("call") ? skipParentheses(call.field("function")) : Node{};
  if (!function || !function.is("attribute")) return false;
  std::string receiver(function.field("object").text());
  std::replace(receiver.begin(), receiver.end(), '.', '_');
  for (const std::string& word : identifierWords(receiver)) {
    for (const std::string_view machine : {"ssh", "sftp", "client", "remote", "guest", "container"}) {
      if (word.ends_with(machine)) return true;  // `ssh`, `sshclient`, `rclient`
    }
  }
  return false;
}

std::optional<PathUse> absolutePathUse(Node literal, const SemanticModel& model, PathForms forms) {
  const Node root = model.valueRoot(literal);
  if (!root || (root == literal && !mayStartWithSlash(literal, forms.fileUris))) return std::nullopt;
  auto value = model.stringValue(root);
  if (!value) return std::nullopt;
  std::string_view path = value->value;
  if (forms.fileUris && path.starts_with(kFileScheme) && path.size() > kFileScheme.size() &&
      path[kFileScheme.size()] == '/') {
    path.remove_prefix(kFileScheme.size());
  }
  if (!path.starts_with('/') || path.starts_with("//")) return std::nullopt;
  // Whitespace, regex syntax, PATH-list and shell syntax mean the string is not one file name.
  if (path.find_first_of(" \t\r\n\\^|()<>;,") != std::string_view::npos) return std::nullopt;
  if (path.find(':') != std::string_view::npos && !(forms.pathLists && isPathList(path))) return std::nullopt;
  const UseContext context = model.useContext(root);
  const bool mappingKey = forms.mappingKeys && context == UseContext::Key && root.parent() && root.parent().is("pair");
  if (context != UseContext::PathArgument && context != UseContext::Value && !mappingKey) return std::nullopt;
  if (handedToAnotherMachine(root)) return std::nullopt;
  auto [consumer, writes] = consumerOf(root, model);
  return PathUse{root, std::move(*value), context, std::move(consumer), writes};
}

std::vector<NamedPath> namedPaths(const FoldedString& value) {
  std::string_view path = value.value;
  if (path.starts_with(kFileScheme)) path.remove_prefix(kFileScheme.size());
  std::vector<NamedPath> out;
  for (size_t start = 0; start <= path.size();) {
    const size_t colon = std::min(path.find(':', start), path.size());
    out.push_back({path.substr(start, colon - start), colon < path.size() || value.complete});
    start = colon + 1;
  }
  return out;
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
  // Checks ask it of the file's path for every string and call: the answer for the last path is kept.
  thread_local std::string lastPath;
  thread_local bool lastAnswer = false;
  if (path != lastPath) {
    lastPath = path;
    lastAnswer = isTestPath(path);
  }
  return lastAnswer;
}

namespace {

bool isFakeFileSystemFixture(std::string_view name) {
  return name == "fs" || name == "fs_class" || name == "fs_module" || name == "fs_session" || name == "fake_fs" ||
         name == "fake_filesystem" || name == "fakefs";
}

// `@pytest.mark.usefixtures("fake_filesystem", ...)` (or a list of marks holding one) asks for a fake.
bool usesFakeFileSystemFixture(Node marks) {
  const SyntaxTree& tree = *marks.tree();
  for (uint32_t i = marks.index(); i < tree.subtreeEnd(marks); ++i) {
    const Node call = tree.node(i);
    if (!call.is("call") || calleeName(call) != "usefixtures") continue;
    const Node args = call.field("arguments");
    for (uint32_t a = 0; args && a < args.namedChildCount(); ++a) {
      const Node arg = args.namedChild(a);
      if (arg.is("string") && isFakeFileSystemFixture(decodeStringLiteral(arg).value)) return true;
    }
  }
  return false;
}

bool takesFakeFileSystem(Node function) {
  const Node parameters = function.field("parameters");
  for (uint32_t i = 0; parameters && i < parameters.namedChildCount(); ++i) {
    Node p = parameters.namedChild(i);
    if (p.is("typed_parameter")) p = p.namedChild(0);
    if (p.is("identifier") && isFakeFileSystemFixture(p.text())) return true;
  }
  return false;
}

bool setsUpPyfakefs(Node cls) {
  const SyntaxTree& tree = *cls.tree();
  for (uint32_t i = cls.index(); i < tree.subtreeEnd(cls); ++i) {
    const Node call = tree.node(i);
    if (call.is("call") && calleeName(call) == "setUpPyfakefs") return true;
  }
  return false;
}

}  // namespace

bool runsOnFakeFileSystem(Node node) {
  if (underContextOrDecorator(node, usesFakeFileSystemFixture)) return true;
  for (Node n = node.parent(); n; n = n.parent()) {
    if (n.is("function_definition") && takesFakeFileSystem(n)) return true;
    if (n.is("class_definition") && setsUpPyfakefs(n)) return true;
    if (n.is("module")) {
      for (uint32_t i = 0; i < n.namedChildCount(); ++i) {
        const Node statement = n.namedChild(i);
        const Node assignment = statement.is("expression_statement") ? statement.namedChild(0) : Node{};
        if (assignment && assignment.is("assignment") && assignment.field("left").text() == "pytestmark" &&
            usesFakeFileSystemFixture(assignment.field("right"))) {
          return true;
        }
      }
    }
  }
  return false;
}

// Lower-case words of an identifier: "baseURLPath" -> base, urlpath?; snake and camel case split.
std::vector<std::string> identifierWords(std::string_view name) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool upper = std::isupper(static_cast<unsigned char>(c)) != 0;
    const bool prevLower = i > 0 && std::islower(static_cast<unsigned char>(name[i - 1])) != 0;
    if (c == '_' || (upper && prevLower)) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      if (c == '_') continue;
    }
    cur.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// url, uri, href, endpoint, route, prefix, api, host, http: the value is part of a URL, not a file.
bool isWebValueName(std::string_view name) {
  for (const std::string& w : identifierWords(name)) {
    for (std::string_view web : {"url", "uri", "href", "endpoint", "route", "prefix", "api", "host", "http"}) {
      if (w.starts_with(web)) return true;
    }
  }
  return false;
}

// A name for a file-system location: path, dir, folder, file in any of its words.
bool isFileSystemPathName(std::string_view name) {
  if (name == "__file__") return true;
  if (isWebValueName(name)) return false;
  for (const std::string& w : identifierWords(name)) {
    if (w == "profile" || w == "profiles" || w.ends_with("sep")) continue;  // os.pathsep is a separator
    if (w.find("path") != std::string::npos) return true;
    for (std::string_view s : {"dir", "dirs", "dirname", "dirnames", "directory", "directories", "folder", "folders",
                               "file", "files", "filename", "filenames", "fname", "fnames"}) {
      if (w.ends_with(s)) return true;
    }
    if (w.starts_with("dir") && !w.starts_with("direct") && !w.starts_with("dirt")) return true;
  }
  return false;
}

// The name an expression reads: `x` -> "x", `self.conf_dir` -> "conf_dir", `paths[0]` -> "paths".
std::string_view expressionName(Node expr) {
  expr = skipParentheses(expr);
  if (!expr) return {};
  if (expr.is("identifier")) return expr.text();
  if (expr.is("attribute")) return expr.field("attribute").text();
  if (expr.is("subscript")) return expressionName(expr.field("value"));
  return {};
}

bool readFromWebRequest(Node expr) {
  expr = skipParentheses(expr);
  while (expr && (expr.is("attribute") || expr.is("subscript"))) {
    expr = expr.is("attribute") ? expr.field("object") : expr.field("value");
    const std::string n = toLower(expressionName(expr));
    if (n == "req" || n == "request" || n == "environ" || n == "response" || n == "resp" || n == "flask" ||
        n.ends_with("_request")) {
      return true;
    }
  }
  return false;
}

// Inside a call that builds a URL (`urlunparse(...)`, `make_url(...)`) or a function about URLs
// (`pathname2url`, `get_route`): the slashes belong to the URL.
bool insideWebCode(Node node) {
  for (Node n = node.parent(); n; n = n.parent()) {
    if (n.is("call")) {
      const std::string f = toLower(expressionName(n.field("function")));
      if (f.find("url") != std::string::npos || f.find("uri") != std::string::npos) return true;
    } else if (n.is("function_definition") || n.is("class_definition")) {
      // Methods: the class name counts too (`class URLopener`, `class CGIHTTPRequestHandler`).
      const std::string_view name = n.field("name").text();
      const std::string l = toLower(name);
      if (isWebValueName(name) || l.find("url") != std::string::npos || l.find("http") != std::string::npos) return true;
    }
  }
  return false;
}


}  // namespace platlint
