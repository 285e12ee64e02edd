// PORT212 (file URIs built or parsed as strings), PORT213 (os.path on URLs) and PORT214 (absolute
// paths told by their first character): string handling that assumes every path looks like
// `/a/b`. Unlike PORT201-208 there is no path literal to find, so each rule matches the operation
// itself: the `"file://"` prefix next to a path, the URL handed to `os.path`, the `'/'` compared
// with a path's first character.
#include <optional>
#include <string>
#include <vector>

#include "analyzer/base/text_case.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/semantic_model.h"
#include "rules/path_use.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "path-format"};

constexpr RuleMeta kFileUriString{
    "PORT212", "file-uri-string", Level::Warning,
    "Converts between a local path and a file:// URI with string operations",
    "Finds `file://` URIs built by putting the prefix in front of a path (`\"file://\" + path`, "
    "`\"file://%s\" % path`, `\"file://{}\".format(path)`, `f\"file://{path}\"`) and paths taken out of a "
    "URI by removing the prefix (`uri.split(\"file://\")[-1]`, `uri.replace(\"file://\", \"\")`, "
    "`uri.removeprefix(\"file://\")`, `uri[len(\"file://\"):]`, and `uri[7:]` where the function checks "
    "`uri.startswith(\"file://\")`, or checks no prefix and the value is named a URI: `CONF.staging_uri[7:]`). "
    "In test modules a URI built as data is not reported, but one of a temporary file (`\"file://%s\" % "
    "tempf.name`) is: it names a real file that the code under test opens.",
    "A file URI is `file://` followed by an absolute path written with `/` and percent-encoded. A Windows "
    "path is not that: `\"file://\" + \"C:\\\\data\\\\x.img\"` is `file://C:\\data\\x.img`, which URI parsers read "
    "as host `C:`, while the right URI is `file:///C:/data/x.img`. The other way, stripping `file://` from "
    "`file:///C:/data/x.img` leaves `/C:/data/x.img`, which Windows cannot open. On every platform the "
    "string operations also skip percent-encoding, so names with spaces, `#` or `%` break.",
    "location = \"file://\" + image_path\nif uri.startswith(\"file://\"):\n    local_path = uri[len(\"file://\"):]",
    "import pathlib, urllib.parse, urllib.request\nlocation = pathlib.Path(image_path).absolute().as_uri()\n"
    "if uri.startswith(\"file://\"):\n"
    "    local_path = urllib.request.url2pathname(urllib.parse.urlparse(uri).path)",
    kWindowsOnly, kTags};

constexpr RuleMeta kPathFunctionOnUrl{
    "PORT213", "os-path-on-url", Level::Warning,
    "Joins or normalizes a URL with os.path.join() or os.path.normpath()",
    "Finds `os.path.join()` and `os.path.normpath()` whose first argument is a URL: a string with `://`, a "
    "name that says URL (`url`, `uri`, `href`, `endpoint` as a word: `base_url`, `imageURI`), or the result "
    "of `urllib.parse.urljoin()`, `urlunparse()`, `urlunsplit()` or `.geturl()`.",
    "`os.path` is `ntpath` on Windows, which joins with `\\` and turns every `/` into `\\` when "
    "normalizing: `os.path.join(\"http://host/v2\", \"images\")` is `http://host/v2\\images` there, a URL "
    "no server understands. `normpath` also collapses the `//` after the scheme on every platform.",
    "image_url = os.path.join(CONF.glance_url, \"v2\", \"images\", image_id)",
    "import posixpath, urllib.parse\nimage_url = urllib.parse.urljoin(CONF.glance_url + \"/\", \"v2/images/\" + image_id)\n"
    "# or, for the path part alone:\nimage_url = CONF.glance_url + posixpath.join(\"/v2\", \"images\", image_id)",
    kWindowsOnly, kTags};

constexpr RuleMeta kSlashAbsoluteTest{
    "PORT214", "slash-absolute-path-test", Level::Warning,
    "Tells whether a file-system path is absolute by a leading '/'",
    "Finds `p.startswith(\"/\")`, `p.startswith(os.sep)`, `p[0] == \"/\"` and `p[:1] == \"/\"` (also negated) "
    "and `p.lstrip(\"/\")` where `p` is evidently a file-system path: its name says so (`path`, `dir`, "
    "`file`, ...) or the function passes it to a file-system API (`open`, `os.path.*`, `shutil`, "
    "`pathlib.Path`, ...), or the test tells a local file from a URL by the two ways to name one: "
    "`p.startswith((\"file://\", \"/\"))` (also through a loop over such a tuple: `for proto in "
    "self.supported_seed_starts: if p.startswith(proto)`), `scheme == \"file\" or p[0] == \"/\"`. Otherwise names and functions about "
    "URLs, routes and HTTP requests are not reported, as their paths start with `/` on every platform.",
    "Windows absolute paths start with a drive or a share (`C:\\data`, `\\\\server\\share`), not with `/`: the "
    "test calls them relative, so code joins them under another directory or rejects them. Stripping the "
    "leading `/` to make a path relative leaves `C:\\data` absolute, and `os.path.join(root, \"C:\\\\data\")` "
    "then drops `root` altogether.",
    "if not path.startswith(\"/\"):\n    path = os.path.join(base_dir, path)\n"
    "target = os.path.join(root, path.lstrip(\"/\"))",
    "if not os.path.isabs(path):\n    path = os.path.join(base_dir, path)\n"
    "relative = pathlib.PurePath(path).relative_to(pathlib.PurePath(path).anchor)\n"
    "target = os.path.join(root, relative)",
    kWindowsOnly, kTags};

constexpr const RuleMeta* kRules[] = {&kFileUriString, &kPathFunctionOnUrl, &kSlashAbsoluteTest};

constexpr size_t kMaxScan = 20000;

bool isStringLiteral(Node n) { return n && (n.is("string") || n.is("concatenated_string")); }

// "file://" or "file:///": a literal ending with it is the start of a URI whose path follows.
bool endsWithFileScheme(std::string_view s) { return s.ends_with("file://") || s.ends_with("file:///"); }

// The value of a literal that is exactly the file scheme prefix ("file://", "file:///", "file:").
bool isFileSchemeLiteral(Node n, const SemanticModel& model) {
  n = skipParentheses(n);
  if (!isStringLiteral(n)) return false;
  const auto v = model.stringValue(n);
  return v && v->complete && (v->value == "file://" || v->value == "file:///" || v->value == "file:");
}

bool isEmptyLiteral(Node n, const SemanticModel& model) {
  n = skipParentheses(n);
  if (!isStringLiteral(n)) return false;
  const auto v = model.stringValue(n);
  return v && v->complete && v->value.empty();
}

// `urllib.request.pathname2url(p)`: already a URL path, so "file:" + it is the documented recipe.
bool isAlreadyUrlPath(Node operand, const SemanticModel& model) {
  operand = skipParentheses(operand);
  if (!operand || !operand.is("call")) return false;
  const std::string_view q = model.qualifiedName(operand.field("function"));
  const std::string_view name = q.empty() ? expressionName(operand.field("function")) : q;
  return name.ends_with("pathname2url") || name.find("quote") != std::string_view::npos || name.ends_with("as_uri");
}

// `"file:///%s/%s" % (drive, quote(rest))`: the operands are already encoded for a URI (pathlib's
// own Windows implementation of as_uri()).
bool anyOperandAlreadyUrlPath(Node operands, const SemanticModel& model) {
  operands = skipParentheses(operands);
  if (!operands.is("tuple")) return isAlreadyUrlPath(operands, model);
  for (uint32_t i = 0; i < operands.namedChildCount(); ++i) {
    if (isAlreadyUrlPath(operands.namedChild(i), model)) return true;
  }
  return false;
}

// An operand that is itself a URL or part of one (`"file://" + url_path`): nothing to convert.
bool isUrlOperand(Node operand) {
  const std::string_view name = expressionName(operand);
  return !name.empty() && isWebValueName(name);
}

// The operands of a `+` chain, left to right. Without recursion: a generated chain of 20,000
// terms nests 20,000 deep on its left.
void flattenPlus(Node expr, std::vector<Node>& out) {
  std::vector<Node> pending{expr};  // right operands still to read, the next one last
  while (!pending.empty()) {
    Node n = skipParentheses(pending.back());
    pending.pop_back();
    while (n.is("binary_operator") && n.field("operator").kind() == "+") {
      pending.push_back(n.field("right"));
      n = skipParentheses(n.field("left"));
    }
    out.push_back(n);
  }
}

// `"file://" + path`: a literal ending with the scheme directly followed by something not literal.
bool plusBuildsFileUri(Node top, const SemanticModel& model) {
  std::vector<Node> ops;
  flattenPlus(top, ops);
  for (size_t i = 0; i + 1 < ops.size(); ++i) {
    if (!isStringLiteral(ops[i]) || isStringLiteral(ops[i + 1])) continue;
    const auto v = model.stringValue(ops[i]);
    if (v && v->complete && endsWithFileScheme(v->value) && !isAlreadyUrlPath(ops[i + 1], model) &&
        !isUrlOperand(ops[i + 1])) {
      return true;
    }
  }
  return false;
}

// `"file://%s" % path`, `"file://{}".format(path)`: the scheme directly followed by a placeholder.
bool templateBuildsFileUri(std::string_view tmpl, char placeholder) {
  for (size_t at = tmpl.find("file://"); at != std::string_view::npos; at = tmpl.find("file://", at + 1)) {
    size_t next = at + 7;
    if (next < tmpl.size() && tmpl[next] == '/') ++next;
    if (next < tmpl.size() && tmpl[next] == placeholder) return true;
  }
  return false;
}

// f"file://{path}": text ending with the scheme directly followed by a replacement field.
bool fStringBuildsFileUri(Node s) {
  for (uint32_t i = 0; i + 1 < s.namedChildCount(); ++i) {
    const Node c = s.namedChild(i);
    const Node next = s.namedChild(i + 1);
    if (c.is("string_content") && endsWithFileScheme(c.text()) && next.is("interpolation") &&
        !isUrlOperand(next.namedChild(0))) {
      return true;
    }
  }
  return false;
}

// The statement-level scope (function body or module) around `node`.
Node enclosingScope(Node node) {
  for (Node n = node.parent(); n; n = n.parent()) {
    if (n.is("function_definition") || n.is("module")) return n;
  }
  return {};
}

// Whether the function checks `receiver.startswith("file:...")` before `before` (true: then a
// constant slice of `receiver` removes the scheme), another prefix (false), or none (nullopt).
std::optional<bool> checksFileScheme(Node before, std::string_view receiver, const SemanticModel& model) {
  const Node scope = enclosingScope(before);
  if (!scope) return std::nullopt;
  std::optional<bool> checked;
  std::vector<Node> stack{scope};
  size_t visited = 0;
  while (!stack.empty() && visited++ < kMaxScan) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.startByte() >= before.startByte()) continue;
    if (n.is("call")) {
      const Node f = n.field("function");
      if (f.is("attribute") && f.field("attribute").text() == "startswith" &&
          skipParentheses(f.field("object")).text() == receiver) {
        const auto v = model.stringValue(argumentsOf(n).argument(0));
        if (v && v->value.starts_with("file:")) return true;
        if (v) checked = false;
      }
    }
    for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
  }
  return checked;
}

// `uri[7:]` after `uri.startswith("file://")`, `uri[len("file://"):]`.
bool sliceStripsFileScheme(Node subscript, const SemanticModel& model) {
  const Node slice = subscript.field("subscript");
  if (!slice || !slice.is("slice") || slice.childCount() == 0) return false;
  const Node start = slice.child(0);
  if (!start.isNamed()) return false;
  if (start.is("call") && model.qualifiedName(start.field("function")) == "builtins.len") {
    return isFileSchemeLiteral(argumentsOf(start).argument(0), model);
  }
  if (start.is("integer") && start.text() == "7") {
    // `CONF.node_staging_uri[7:]`: a value named a URI whose first 7 characters are dropped.
    const Node receiver = skipParentheses(subscript.field("value"));
    const std::optional<bool> checked = checksFileScheme(subscript, receiver.text(), model);
    return checked ? *checked : toLower(trailingName(receiver)).ends_with("uri");
  }
  return false;
}

// `uri.split("file://")`, `uri.replace("file://", "")`, `uri.removeprefix("file://")`.
bool callStripsFileScheme(Node call, const SemanticModel& model) {
  const Node f = call.field("function");
  if (!f.is("attribute")) return false;
  const std::string_view method = f.field("attribute").text();
  const CallArguments args = argumentsOf(call);
  if (!isFileSchemeLiteral(args.argument(0), model)) return false;
  if (method == "replace") return isEmptyLiteral(args.argument(1), model);
  return method == "split" || method == "rsplit" || method == "partition" || method == "rpartition" ||
         method == "removeprefix" || method == "lstrip";
}

// The expression mentions a temporary file or directory (`tempf.name`, `self.tmp_dir`, `tmp_path`).
bool namesTemporaryFile(Node expr) {
  const std::string text = toLower(expr.text());
  return text.find("tmp") != std::string::npos || text.find("temp") != std::string::npos;
}

void checkFileUri(Node node, RuleContext& ctx) {
  const SemanticModel& model = ctx.model();
  bool builds = false;
  bool strips = false;
  if (node.is("binary_operator")) {
    const std::string_view op = node.field("operator").kind();
    if (op == "+") {
      Node up = node.parent();
      while (up && up.is("parenthesized_expression")) up = up.parent();
      if (up && up.is("binary_operator") && up.field("operator").kind() == "+") return;  // the outermost reports
      builds = plusBuildsFileUri(node, model);
    } else if (op == "%") {
      const Node left = skipParentheses(node.field("left"));
      const auto tmpl = isStringLiteral(left) ? model.stringValue(left) : std::nullopt;
      builds = tmpl && templateBuildsFileUri(tmpl->value, '%') && !anyOperandAlreadyUrlPath(node.field("right"), model);
    }
  } else if (node.is("call")) {
    const Node f = node.field("function");
    if (f.is("attribute") && f.field("attribute").text() == "format" && isStringLiteral(skipParentheses(f.field("object")))) {
      const auto tmpl = model.stringValue(skipParentheses(f.field("object")));
      builds = tmpl && templateBuildsFileUri(tmpl->value, '{');
    } else {
      strips = callStripsFileScheme(node, model);
    }
  } else if (node.is("string")) {
    builds = fStringBuildsFileUri(node);
  } else if (node.is("subscript")) {
    strips = sliceStripsFileScheme(node, model);
  }
  if (builds) {
    // Tests build URIs as data, like the paths PORT201-208 leave to them; but a temporary file's URI
    // (`"file://%s" % tempf.name`) names a real file that the code under test is made to open.
    if (isTestFile(ctx.file().path()) && !namesTemporaryFile(node)) return;
    const UseContext use = model.useContext(node);
    if (use == UseContext::Message || use == UseContext::Docstring || use == UseContext::Pattern) return;
    ctx.report(kFileUriString, node,
               "builds a file URI by putting `file://` in front of a path, which gives `file://C:\\...` (host `C:`) "
               "for a Windows path and skips percent-encoding; use `pathlib.Path(path).absolute().as_uri()`");
  } else if (strips) {
    ctx.report(kFileUriString, node,
               "turns a file URI into a path by removing `file://`, which leaves `/C:/...` for a Windows file URI "
               "and keeps percent-escapes; use `urllib.request.url2pathname(urllib.parse.urlparse(uri).path)`");
  }
}

// ---------------------------------------------------------------------------------------------
// PORT213
// ---------------------------------------------------------------------------------------------

// A name that says URL: a word that is url, uri, href or endpoint (or starts with url), and no
// word that says it is a local directory or file ("url_dir" is a local cache of a URL).
bool namesUrl(std::string_view name) {
  bool url = false;
  for (const std::string& w : identifierWords(name)) {
    if (w == "dir" || w == "dirs" || w == "directory" || w == "folder" || w == "file" || w == "filename" ||
        w == "local" || w == "cache") {
      return false;
    }
    if (w.starts_with("url") || w == "uri" || w == "uris" || w == "href" || w == "endpoint" || w == "endpoints") {
      url = true;
    }
  }
  return url;
}

// The first argument of os.path.join/normpath is a URL: a literal with "://", a URL-named value,
// or what urljoin/urlunparse/geturl return.
bool isUrlExpression(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr) return false;
  if (const auto v = model.stringValue(expr); v && v->value.find("://") != std::string::npos) return true;
  if (expr.is("binary_operator")) return isUrlExpression(expr.field("left"), model);
  if (expr.is("call")) {
    const Node f = expr.field("function");
    const std::string_view q = model.qualifiedName(f);
    if (q == "urllib.parse.urljoin" || q == "urllib.parse.urlunparse" || q == "urllib.parse.urlunsplit") return true;
    if (f.is("attribute")) {
      const std::string_view method = f.field("attribute").text();
      if (method == "geturl") return true;
      // `base_url.rstrip("/")`: the value is still the URL.
      if (method == "rstrip" || method == "strip" || method == "lower" || method == "format") {
        return isUrlExpression(f.field("object"), model);
      }
    }
    return false;
  }
  if (expr.is("identifier") || expr.is("attribute") || expr.is("subscript")) {
    const std::string_view name = expressionName(expr);
    return !name.empty() && namesUrl(name);
  }
  return false;
}

void checkPathFunctionOnUrl(Node call, RuleContext& ctx) {
  const SemanticModel& model = ctx.model();
  const std::string_view q = model.qualifiedName(call.field("function"));
  if (q != "os.path.join" && q != "os.path.normpath") return;
  const Node first = argumentsOf(call).argument(0);
  if (!first || !isUrlExpression(first, model)) return;
  if (q == "os.path.join") {
    ctx.report(kPathFunctionOnUrl, call,
               "joins the URL `" + std::string(first.text().substr(0, 60)) +
                   "` with `os.path.join()`, which puts `\\` between the parts on Windows; use "
                   "`urllib.parse.urljoin()` or `posixpath.join()`");
  } else {
    ctx.report(kPathFunctionOnUrl, call,
               "normalizes the URL `" + std::string(first.text().substr(0, 60)) +
                   "` with `os.path.normpath()`, which turns its `/` into `\\` on Windows and collapses the `//` "
                   "after the scheme; use `posixpath.normpath()` on the URL's path");
  }
}

// ---------------------------------------------------------------------------------------------
// PORT214
// ---------------------------------------------------------------------------------------------

// "/" or os.sep: what a path's first character is compared with.
bool isRootSeparator(Node n, const SemanticModel& model) {
  n = skipParentheses(n);
  if (!n) return false;
  if (model.qualifiedName(n) == "os.sep") return true;
  if (!isStringLiteral(n)) return false;
  const auto v = model.stringValue(n);
  return v && v->complete && v->value == "/";
}

// What the function around a test says about the tested variable `name`.
struct VariableFacts {
  bool passedToFileApi = false;  // open(name), os.path.exists(name), shutil.copy(name, ...)
  bool fromWebRequest = false;   // name = req.path_info
  bool splitOnSlash = false;     // name.split("/"): a '/'-separated name by design
  bool handlesDrives = false;    // os.path.splitdrive(), posixpath.*: the function knows the forms
};

VariableFacts factsAbout(Node near, std::string_view name, const SemanticModel& model) {
  VariableFacts facts;
  const Node scope = enclosingScope(near);
  if (!scope || !scope.is("function_definition")) return facts;
  std::vector<Node> stack{scope};
  size_t visited = 0;
  while (!stack.empty() && visited++ < kMaxScan) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.is("identifier") && n.text() == name && model.useContext(n) == UseContext::PathArgument) {
      facts.passedToFileApi = true;
    } else if (n.is("assignment") && n.field("left").text() == name && n.field("right") &&
               readFromWebRequest(n.field("right"))) {
      facts.fromWebRequest = true;
    } else if (n.is("call")) {
      const Node f = n.field("function");
      const std::string_view q = model.qualifiedName(f);
      if (q == "os.path.splitdrive" || q.starts_with("posixpath.")) facts.handlesDrives = true;
      if (f.is("attribute") && f.field("attribute").text() == "split" && f.field("object").text() == name) {
        const auto v = model.stringValue(argumentsOf(n).argument(0));
        if (v && v->complete && v->value == "/") facts.splitOnSlash = true;
      }
    }
    for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
  }
  return facts;
}

// Words that put a path on another system or in another namespace, where '/' is the rule: a
// device name, a POSIX path by design, a guest's or a share's path, a member of an image or archive.
bool aboutOtherNamespace(std::string_view name) {
  for (const std::string& w : identifierWords(name)) {
    for (std::string_view other : {"dev", "posix", "unix", "guest", "chroot", "container", "remote", "archive",
                                   "member", "xpath", "cookie", "metadata"}) {
      if (w.starts_with(other)) return true;
    }
    // Short words only as themselves: "target" is no tar archive.
    for (std::string_view other : {"share", "shares", "iso", "zip", "zipfile", "tar", "tarfile", "tarball", "key",
                                   "keys"}) {
      if (w == other) return true;
    }
  }
  return false;
}

bool inFunctionAboutOtherNamespace(Node node) {
  for (Node n = node.parent(); n; n = n.parent()) {
    if ((n.is("function_definition") || n.is("class_definition")) && aboutOtherNamespace(n.field("name").text())) {
      return true;
    }
  }
  return false;
}

// A name that says directory or file (not merely "path", which URL paths, XPath expressions and
// metadata keys are called as often).
bool namesDirectoryOrFile(std::string_view name) {
  if (name == "__file__") return true;
  for (const std::string& w : identifierWords(name)) {
    if (w.find("dir") != std::string::npos || w.find("file") != std::string::npos ||
        w.find("folder") != std::string::npos) {
      return true;
    }
  }
  return false;
}

// A method of an HTTP request handler or web view (`class Handler(BaseHTTPRequestHandler)`), where
// `self.path` is the request's path.
bool inRequestHandlerClass(Node node) {
  for (Node n = node.parent(); n; n = n.parent()) {
    if (!n.is("class_definition")) continue;
    const Node bases = n.field("superclasses");
    for (std::string_view text : {n.field("name").text(), bases ? bases.text() : std::string_view{}}) {
      for (const std::string& w : identifierWords(text)) {
        if (w.find("http") != std::string::npos || w.find("request") != std::string::npos ||
            w.find("handler") != std::string::npos || w.find("view") != std::string::npos) {
          return true;
        }
      }
    }
  }
  return false;
}

// The tested value is a local file-system path: its name says directory or file, or the function
// hands it to a file-system API.
bool isFileSystemPath(Node value, const SemanticModel& model) {
  value = skipParentheses(value);
  if (!value || !(value.is("identifier") || value.is("attribute"))) return false;
  if (readFromWebRequest(value) || insideWebCode(value) || inRequestHandlerClass(value)) return false;
  const std::string_view name = expressionName(value);
  if (name.empty() || isWebValueName(name) || aboutOtherNamespace(name) || inFunctionAboutOtherNamespace(value)) {
    return false;
  }
  const VariableFacts facts = factsAbout(value, value.text(), model);
  if (facts.fromWebRequest || facts.splitOnSlash || facts.handlesDrives) return false;
  if (namesDirectoryOrFile(name)) return true;
  return value.is("identifier") && facts.passedToFileApi;
}

// `p.lstrip("/")` makes `p` relative only where the result is then used as a path: passed to a
// file-system API (os.path.join included) or stored in a variable the function passes to one.
bool resultUsedAsPath(Node call, const SemanticModel& model) {
  if (model.useContext(call) == UseContext::PathArgument) return true;
  const Node parent = call.parent();
  if (!parent || !parent.is("assignment") || !(parent.field("right") == call)) return false;
  const Node target = parent.field("left");
  return target.is("identifier") && !aboutOtherNamespace(target.text()) &&
         factsAbout(call, target.text(), model).passedToFileApi;
}

// `p[0]`, `p[:1]`: the first character of `p`, or null.
Node firstCharacterOf(Node expr) {
  expr = skipParentheses(expr);
  if (!expr || !expr.is("subscript")) return {};
  const Node index = expr.field("subscript");
  if (!index) return {};
  if (index.is("integer") && index.text() == "0") return expr.field("value");
  if (index.is("slice") && index.text().find_first_not_of(" ") != std::string_view::npos) {
    std::string text;
    for (char c : index.text()) {
      if (c != ' ') text.push_back(c);
    }
    if (text == ":1" || text == "0:1") return expr.field("value");
  }
  return {};
}

// The tuple of prefixes a `startswith()` argument stands for: the argument itself, or the tuple
// the loop around it runs over (`for proto in self.supported_seed_starts: if s.startswith(proto)`),
// through a constant or a `self` attribute assigned once. Null otherwise.
Node prefixTuple(Node arg, const SemanticModel& model) {
  arg = skipParentheses(arg);
  if (!arg || arg.is("tuple") || !arg.is("identifier")) return arg;
  Node iterable = loopIterable(arg);
  iterable = iterable ? skipParentheses(iterable) : Node{};
  if (!iterable) return {};
  if (iterable.is("identifier")) {
    const Node v = model.singleAssignment(iterable.text());
    iterable = v ? v : localSingleAssignment(iterable, iterable.text());
  } else if (iterable.is("attribute") && skipParentheses(iterable.field("object")).text() == "self") {
    const std::vector<Node> assignments = selfAttributeAssignments(iterable);
    iterable = assignments.size() == 1 ? assignments.front().field("right") : Node{};
  }
  iterable = iterable ? skipParentheses(iterable) : Node{};
  return iterable && iterable.is("tuple") ? iterable : Node{};
}

// `("file://", "/")`: the prefixes of a local file's reference, a file URI or an absolute path,
// which tells it from a URL. What starts with the '/' is then a path of this host whatever its name,
// also in code about URLs, where this test is made.
bool isLocalReferencePrefixes(Node arg, const SemanticModel& model) {
  arg = skipParentheses(arg);
  if (!arg || !arg.is("tuple")) return false;
  bool root = false;
  bool fileScheme = false;
  for (uint32_t i = 0; i < arg.namedChildCount(); ++i) {
    const Node item = arg.namedChild(i);
    if (isRootSeparator(item, model)) root = true;
    const auto v = isStringLiteral(item) ? model.stringValue(item) : std::nullopt;
    if (v && v->value.starts_with("file:")) fileScheme = true;
  }
  return root && fileScheme;
}

// `scheme == "file"`, `url.startswith("file://")`: a test for a file URI.
bool testsFileScheme(Node n, const SemanticModel& model) {
  n = skipParentheses(n);
  if (!n) return false;
  const auto isFileLiteral = [&](Node v) {
    const auto s = isStringLiteral(v) ? model.stringValue(v) : std::nullopt;
    return s && s->complete && (s->value == "file" || s->value.starts_with("file:"));
  };
  if (n.is("comparison_operator") && n.namedChildCount() == 2) {
    return isFileLiteral(n.namedChild(0)) || isFileLiteral(n.namedChild(1));
  }
  if (n.is("call")) {
    const Node f = n.field("function");
    return f.is("attribute") && f.field("attribute").text() == "startswith" && isFileLiteral(argumentsOf(n).argument(0));
  }
  return false;
}

// `scheme == "file" or (url and url[0] == "/")`: the other way to name a local file than its URI.
bool besideFileSchemeTest(Node test, const SemanticModel& model) {
  Node child = test;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    if (parent.is("parenthesized_expression")) continue;
    if (!parent.is("boolean_operator")) return false;
    if (parent.field("operator").text() != "or") continue;
    const Node other = parent.field("left") == child ? parent.field("right") : parent.field("left");
    if (testsFileScheme(other, model)) return true;
  }
  return false;
}

void reportSlashTest(Node node, Node tested, RuleContext& ctx) {
  const std::string shown(skipParentheses(tested).text().substr(0, 60));
  ctx.report(kSlashAbsoluteTest, node,
             "tells whether `" + shown + "` is absolute by a leading `/`, but Windows absolute paths (`C:\\...`, "
             "`\\\\server\\share`) start otherwise; use `os.path.isabs()`");
}

void checkSlashAbsoluteTest(Node node, RuleContext& ctx) {
  const SemanticModel& model = ctx.model();
  Node tested;
  bool strips = false;
  if (node.is("call")) {
    const Node f = node.field("function");
    if (!f.is("attribute")) return;
    const std::string_view method = f.field("attribute").text();
    if (method != "startswith" && method != "lstrip") return;
    const CallArguments args = argumentsOf(node);
    if (args.positional.size() != 1) return;
    tested = f.field("object");
    strips = method == "lstrip";
    if (const Node prefixes = strips ? Node{} : prefixTuple(args.argument(0), model);
        isLocalReferencePrefixes(prefixes, model)) {
      if (readFromWebRequest(tested)) return;
      reportSlashTest(node, tested, ctx);
      if (!(prefixes == skipParentheses(args.argument(0)))) ctx.relate(prefixes, "the prefixes are listed here");
      return;
    }
    if (!isRootSeparator(args.argument(0), model)) return;
  } else if (node.is("comparison_operator")) {
    if (node.namedChildCount() != 2) return;
    const std::string_view op = node.child(1).kind();
    if (op != "==" && op != "!=") return;
    const Node a = node.namedChild(0);
    const Node b = node.namedChild(1);
    if (isRootSeparator(b, model)) tested = firstCharacterOf(a);
    else if (isRootSeparator(a, model)) tested = firstCharacterOf(b);
    if (tested && besideFileSchemeTest(node, model) && !readFromWebRequest(tested)) {
      return reportSlashTest(node, tested, ctx);
    }
  }
  if (!tested || !isFileSystemPath(tested, model)) return;
  if (strips && !resultUsedAsPath(node, model)) return;
  if (!strips) return reportSlashTest(node, tested, ctx);
  const std::string shown(skipParentheses(tested).text().substr(0, 60));
  ctx.report(kSlashAbsoluteTest, node,
             "makes `" + shown + "` relative by stripping a leading `/`, which leaves a Windows absolute path "
             "(`C:\\...`) absolute, so a join with it drops the base; strip the anchor instead: "
             "`pathlib.PurePath(p).relative_to(pathlib.PurePath(p).anchor)`");
}

class PathStringCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT212-214 path strings"; }
  // No failureExceptions(): a path mangled by string operations raises nothing a `try` or an
  // existence check would handle; it names the wrong file.
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"call", "binary_operator", "string", "subscript", "comparison_operator"};
    return kinds;
  }
  void visit(Node node, RuleContext& ctx) const override {
    if (ctx.enabled(kFileUriString) && !node.is("comparison_operator")) checkFileUri(node, ctx);
    if (ctx.enabled(kPathFunctionOnUrl) && node.is("call")) checkPathFunctionOnUrl(node, ctx);
    if (ctx.enabled(kSlashAbsoluteTest) && (node.is("call") || node.is("comparison_operator"))) {
      checkSlashAbsoluteTest(node, ctx);
    }
  }
};

}  // namespace

const Check& pathStringCheck() {
  static const PathStringCheck check;
  return check;
}

}  // namespace platlint
