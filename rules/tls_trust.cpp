// PORT7xx: TLS trust. Certificate verification switched off in code, or switched for the whole
// process by monkeypatching the ssl module. One check visits calls (keyword arguments such as
// `verify=False`, unverified context factories, `disable_warnings()`), assignments
// (`session.verify = False`, `ctx.check_hostname = False`, `ssl._create_default_https_context = ...`)
// and references to `ssl.CERT_NONE` where the value is stored or passed on.
//
// Only values known statically count: the literal `False`, a name the file assigns `False`
// exactly once, `ssl.CERT_NONE`, the string "CERT_NONE". `verify=conf.verify`, `verify=not insecure`
// and `ssl.CERT_NONE if insecure else ssl.CERT_REQUIRED` are explicit, configurable choices and are
// not reported. Reading the CA-bundle environment variables (`REQUESTS_CA_BUNDLE`, `SSL_CERT_FILE`,
// `PYTHONHTTPSVERIFY`) is PORT301's job.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "analyzer/semantic/call_arguments.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"security", "tls", "hidden-state"};

constexpr RuleMeta kVerifyDisabled{
    "PORT701", "tls-verify-disabled", Level::Error,
    "Turns off TLS certificate verification of an HTTP client with `verify=False` or its equivalent",
    "Finds HTTP clients told not to verify the server's certificate: `verify=False` passed to `requests`, "
    "`httpx`, a `Session`/`Client` or any `get`/`post`/`put`/`patch`/`delete`/`head`/`options`/`request`/`send`/"
    "`stream` method; `session.verify = False` and `kwargs[\"verify\"] = False`; aiohttp's `ssl=False` and "
    "`verify_ssl=False`; urllib3's `cert_reqs=\"CERT_NONE\"`. A name the file assigns `False` exactly once "
    "(`INSECURE = False ... verify=INSECURE`) counts as `False`; a value known only at run time "
    "(`verify=conf.verify`, `verify=ca_path`) does not, and neither does a `False` chosen on a branch of an "
    "`if` about verification (`if args.insecure: session.verify = False`): like `verify=not args.insecure`, "
    "that is an explicit, visible option.",
    "Without verification the client accepts any certificate, so anyone on the network path (a proxy, a "
    "compromised Wi-Fi access point, a container's sidecar) can read and alter the traffic, credentials "
    "included. It fails nowhere, which is why it stays: on every platform (Linux, macOS, Windows) the "
    "request succeeds and the only trace is a warning that is often silenced too (PORT704). The switch is "
    "usually added to get past a certificate error on one machine — a missing corporate CA, macOS's "
    "python.org build without `Install Certificates.command`, an old CA bundle in a Linux container — and "
    "then ships everywhere. The fix for those errors is to trust the right CA, not to trust everyone.",
    "import requests\n\nresponse = requests.get(\"https://keystone.example.com/v3\", verify=False)\n\n"
    "session = requests.Session()\nsession.verify = False",
    "import requests\n\n# the system/certifi bundle (the default) ...\nresponse = requests.get(\"https://keystone.example.com/v3\")\n"
    "# ... or the private CA that signs the server's certificate, from documented configuration\n"
    "response = requests.get(\"https://keystone.example.com/v3\", verify=conf.ca_file)\n\n"
    "session = requests.Session()\nsession.verify = conf.ca_file  # see also PORT301 for CA-bundle variables",
    PlatformSet::all(), kTags};

constexpr RuleMeta kUnverifiedContext{
    "PORT702", "unverified-ssl-context", Level::Error,
    "Creates an unverified SSL context or replaces the process-wide default HTTPS context",
    "Finds calls of `ssl._create_unverified_context()` and `ssl._create_stdlib_context()` (its alias), the "
    "factory passed on as an argument, and every assignment to `ssl._create_default_https_context`.",
    "`ssl._create_unverified_context()` returns a context with `verify_mode = CERT_NONE` and "
    "`check_hostname = False`: a connection made with it trusts any server on every platform. Assigning "
    "`ssl._create_default_https_context` is worse: it changes, for the whole process and every library in "
    "it, how `urllib.request`, `http.client` and `xmlrpc.client` verify HTTPS connections — hidden state that "
    "depends on import order and that no caller can see. This is the mechanism behind PEP 476's opt-out and "
    "behind `PYTHONHTTPSVERIFY=0` in some Linux distributions' Pythons (PORT301); copied into application code "
    "it usually papers over a missing CA certificate, e.g. on macOS python.org builds whose certificates were "
    "never installed.",
    "import ssl, urllib.request\n\nssl._create_default_https_context = ssl._create_unverified_context\n"
    "data = urllib.request.urlopen(\"https://glance.example.com/v2/images\").read()",
    "import ssl, urllib.request\n\n# verify against the system store, or the private CA from configuration\n"
    "context = ssl.create_default_context(cafile=conf.ca_file)\n"
    "data = urllib.request.urlopen(\"https://glance.example.com/v2/images\", context=context).read()",
    PlatformSet::all(), kTags};

constexpr RuleMeta kCertNone{
    "PORT703", "cert-none", Level::Error,
    "Turns off certificate or host-name checking of an SSL context or socket (CERT_NONE, check_hostname = False)",
    "Finds `ssl.CERT_NONE` stored or passed on (`ctx.verify_mode = ssl.CERT_NONE`, `cert_reqs=ssl.CERT_NONE`, "
    "a parameter default, a dictionary value), `ctx.check_hostname = False`, `check_hostname=False` and "
    "`assert_hostname=False` arguments, and client-side `ssl.wrap_socket()` without `cert_reqs=`, whose "
    "default is `CERT_NONE`. Comparisons (`ctx.verify_mode == ssl.CERT_NONE`) and a choice such as "
    "`ssl.CERT_NONE if conf.insecure else ssl.CERT_REQUIRED` are not reported, nor are assignments on a branch of "
    "an `if` about verification (`if not server_hostname: ctx.check_hostname = False`) or a class setting its "
    "own attributes (`self.verify_mode = ssl.CERT_NONE` in an SSLContext-like class).",
    "With `CERT_NONE` the peer's certificate is not checked at all; with `check_hostname = False` any valid "
    "certificate for *any* host is accepted. Either way a man-in-the-middle can impersonate the server on "
    "Linux, macOS and Windows alike, and nothing fails to tell you. `ssl.wrap_socket()` defaulted to "
    "`CERT_NONE` and was removed in Python 3.12, so such code also stops working on current Pythons.",
    "import socket, ssl\n\nctx = ssl.create_default_context()\nctx.check_hostname = False\n"
    "ctx.verify_mode = ssl.CERT_NONE\nsock = ctx.wrap_socket(socket.create_connection((host, 443)))",
    "import socket, ssl\n\nctx = ssl.create_default_context(cafile=conf.ca_file)  # CERT_REQUIRED, check_hostname\n"
    "sock = ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)",
    PlatformSet::all(), kTags};

constexpr RuleMeta kDisableWarnings{
    "PORT704", "disable-tls-warnings", Level::Note,
    "Silences the warnings that urllib3 and requests emit for unverified HTTPS requests",
    "Finds `urllib3.disable_warnings()` (also as `requests.packages.urllib3.disable_warnings()`) without a "
    "category or with `InsecureRequestWarning`, `SecurityWarning` or `HTTPWarning`, and "
    "`warnings.filterwarnings(\"ignore\", ...)`/`warnings.simplefilter(\"ignore\", ...)` for "
    "`InsecureRequestWarning` or the message \"Unverified HTTPS request\".",
    "`InsecureRequestWarning` is the only visible trace of a request made without certificate verification "
    "(PORT701). Silencing it, usually in the same change that turned verification off, removes the signal "
    "for everyone who runs the code on any platform, including when verification was turned off by accident "
    "or by a configuration value nobody remembers.",
    "import requests, urllib3\n\nurllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)\n"
    "requests.get(url, verify=False)",
    "import requests\n\n# verify, and keep the warning for the cases that still do not\nrequests.get(url, verify=conf.ca_file)",
    PlatformSet::all(), kTags};

constexpr const RuleMeta* kRules[] = {&kVerifyDisabled, &kUnverifiedContext, &kCertNone, &kDisableWarnings};

// ---------------------------------------------------------------------------------------------
// Small syntax helpers.

std::string_view lastComponent(std::string_view dotted) {
  const size_t dot = dotted.rfind('.');
  return dot == std::string_view::npos ? dotted : dotted.substr(dot + 1);
}

template <size_t N>
bool oneOf(std::string_view s, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}


// The literal False, or a name the file assigns the literal False exactly once.
bool isFalse(Node value, const SemanticModel& model) {
  value = skipParentheses(value);
  if (!value) return false;
  if (value.is("false")) return true;
  if (value.is("identifier")) {
    const Node assigned = skipParentheses(model.singleAssignment(value.text()));
    return assigned && assigned.is("false");
  }
  return false;
}

// "`verify=False`", or "`verify=INSECURE` (False)" for a named constant.
std::string shownKeyword(Node keyword) {
  const Node value = skipParentheses(keyword.field("value"));
  std::string out = "`" + std::string(keyword.field("name").text()) + "=" + std::string(value.text()) + "`";
  if (!value.is("false") && !value.is("string")) out += " (False)";
  return out;
}

bool isCertNone(std::string_view qualified) {
  return qualified == "ssl.CERT_NONE" || qualified == "ssl.VerifyMode.CERT_NONE" || qualified == "_ssl.CERT_NONE";
}

bool isUnverifiedFactory(std::string_view qualified) {
  return qualified == "ssl._create_unverified_context" || qualified == "ssl._create_stdlib_context";
}

// True when `node` runs only on one branch of an `if` (in the same function) whose condition is about
// verification itself (`if conf.insecure:`, `if not server_hostname:`, `else` of
// `if cert_reqs == ssl.CERT_REQUIRED:`): an explicit, configurable choice, like `verify=not insecure`.
bool chosenByVerificationCondition(Node node) {
  static constexpr std::array<std::string_view, 7> kWords = {"insecure", "verify", "cert", "hostname", "ssl", "tls",
                                                             "trust"};
  auto aboutVerification = [](Node condition) {
    if (!condition) return false;
    std::string text(condition.text());
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::any_of(kWords.begin(), kWords.end(), [&](std::string_view w) { return text.find(w) != std::string::npos; });
  };
  Node child = node;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "function_definition" || k == "class_definition" || k == "lambda" || k == "module") return false;
    if (k == "if_statement") {
      if (child == parent.field("consequence") || child.is("else_clause") || child.is("elif_clause")) {
        if (aboutVerification(parent.field("condition"))) return true;
      }
    } else if (k == "elif_clause" && child == parent.field("consequence")) {
      if (aboutVerification(parent.field("condition"))) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// What a call is.

constexpr std::array<std::string_view, 12> kHttpMethods = {
    "get", "post", "put", "patch", "delete", "head", "options", "request", "send", "stream", "ws_connect", "urlopen"};
constexpr std::array<std::string_view, 10> kClientClasses = {
    "Session", "Client", "AsyncClient", "ClientSession", "TCPConnector", "PoolManager", "ProxyManager",
    "HTTPSConnectionPool", "AsyncHTTPTransport", "HTTPTransport"};
constexpr std::array<std::string_view, 6> kHttpLibraries = {"requests.", "httpx.", "aiohttp.", "urllib3.",
                                                            "pip._vendor.requests.", "pip._vendor.urllib3."};

struct CallKind {
  std::string qualified;
  std::string_view method;  // attribute name of `x.method(...)`, else empty
  bool httpLibrary = false;  // a function or class of requests, httpx, aiohttp, urllib3
  bool httpMethod = false;   // `anything.get(...)` and the other request methods
  bool clientClass = false;  // Session(...), Client(...), ... of any library
  bool aiohttp = false;
};

CallKind classify(Node call, const SemanticModel& model) {
  CallKind k;
  const Node fn = skipParentheses(call.field("function"));
  k.qualified = model.qualifiedName(fn);
  if (fn.is("attribute")) k.method = fn.field("attribute").text();
  for (std::string_view lib : kHttpLibraries) k.httpLibrary = k.httpLibrary || k.qualified.starts_with(lib);
  k.aiohttp = k.qualified.starts_with("aiohttp.");
  k.httpMethod = oneOf(k.method, kHttpMethods);
  const std::string_view callee = k.qualified.empty() ? lastComponent(fn.text()) : lastComponent(k.qualified);
  k.clientClass = oneOf(callee, kClientClasses);
  return k;
}

// ---------------------------------------------------------------------------------------------

class TlsTrustCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT7xx TLS trust"; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"call", "assignment", "attribute", "identifier"};
    return kinds;
  }
  void visit(Node node, RuleContext& ctx) const override {
    const std::string_view k = node.kind();
    if (k == "call") return visitCall(node, ctx);
    if (k == "assignment") return visitAssignment(node, ctx);
    visitCertNone(node, ctx);
  }

 private:
  static void visitCall(Node call, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    const CallKind kind = classify(call, model);
    const CallArguments args = argumentsOf(call);

    if (ctx.enabled(kVerifyDisabled)) checkVerifyKeywords(kind, args, ctx);
    if (ctx.enabled(kCertNone)) checkHostnameKeywords(call, kind, args, ctx);
    if (ctx.enabled(kUnverifiedContext)) checkUnverifiedContext(call, kind, args, ctx);
    if (ctx.enabled(kDisableWarnings)) checkDisableWarnings(call, kind, args, ctx);
  }

  static void checkVerifyKeywords(const CallKind& kind, const CallArguments& args, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    const bool httpCall = kind.httpLibrary || kind.httpMethod || kind.clientClass;
    for (const Node& kw : args.keywords) {
      const std::string_view name = kw.field("name").text();
      const Node value = kw.field("value");
      if (name == "verify" && httpCall && isFalse(value, model)) {
        if (chosenByVerificationCondition(kw)) continue;
        ctx.report(kVerifyDisabled, kw,
                   shownKeyword(kw) + " turns off TLS certificate verification, so any server, a man-in-the-middle "
                   "included, is trusted; keep the default `verify=True` or pass the CA bundle's path "
                   "(`verify=conf.ca_file`)");
      } else if ((name == "ssl" || name == "verify_ssl") && (kind.aiohttp || kind.httpMethod || kind.clientClass) &&
                 isFalse(value, model)) {
        if (chosenByVerificationCondition(kw)) continue;
        ctx.report(kVerifyDisabled, kw,
                   shownKeyword(kw) + " turns off TLS certificate verification in aiohttp; pass "
                   "`ssl=ssl.create_default_context(cafile=conf.ca_file)` for a private CA, or leave the default");
      } else if (name == "cert_reqs") {
        const auto folded = model.stringValue(value);
        if (folded && folded->complete && (folded->value == "CERT_NONE" || folded->value == "NONE") &&
            !chosenByVerificationCondition(kw)) {
          ctx.report(kVerifyDisabled, kw,
                     "`cert_reqs=\"" + folded->value + "\"` makes urllib3 skip certificate verification; use "
                     "`cert_reqs=\"CERT_REQUIRED\"` (the default) with `ca_certs=` for a private CA");
        }
      }
    }
  }

  static void checkHostnameKeywords(Node call, const CallKind& kind, const CallArguments& args, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    for (const Node& kw : args.keywords) {
      const std::string_view name = kw.field("name").text();
      if ((name == "check_hostname" || name == "assert_hostname") && isFalse(kw.field("value"), model) &&
          !chosenByVerificationCondition(kw)) {
        ctx.report(kCertNone, kw,
                   shownKeyword(kw) + " accepts a valid certificate issued for any host name; keep host-name "
                   "checking on and pass the expected name (`server_hostname=`)");
      }
    }
    // ssl.wrap_socket(sock) on the client side: cert_reqs defaults to CERT_NONE.
    if (kind.qualified == "ssl.wrap_socket" && !args.splat() && args.positional.size() < 5 &&
        !args.keyword("cert_reqs")) {
      const Node serverSide = args.positional.size() >= 4 ? args.positional[3] : args.keyword("server_side");
      if (serverSide && !skipParentheses(serverSide).is("false")) return;  // servers do not verify clients by default
      ctx.report(kCertNone, call,
                 "`ssl.wrap_socket()` without `cert_reqs=` does not verify the server's certificate (the default is "
                 "`ssl.CERT_NONE`) and was removed in Python 3.12; use "
                 "`ssl.create_default_context().wrap_socket(sock, server_hostname=host)`");
    }
  }

  static void checkUnverifiedContext(Node call, const CallKind& kind, const CallArguments& args, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    if (isUnverifiedFactory(kind.qualified)) {
      ctx.report(kUnverifiedContext, call,
                 "`" + kind.qualified + "()` creates a context that checks neither certificates nor host names; use "
                 "`ssl.create_default_context()` (with `cafile=` for a private CA)");
    }
    // The factory handed on uncalled: `HTTPSConnection(..., context_factory=ssl._create_unverified_context)`.
    auto factoryArgument = [&](Node value, Node at) {
      const Node v = skipParentheses(value);
      if (!v || !(v.is("attribute") || v.is("identifier"))) return;
      const std::string_view q = model.qualifiedName(v);
      if (!isUnverifiedFactory(q)) return;
      ctx.report(kUnverifiedContext, at,
                 "passes `" + std::string(q) + "`, which makes contexts that check neither certificates nor host names; pass "
                 "`ssl.create_default_context` (with `cafile=` for a private CA)");
    };
    for (const Node& p : args.positional) factoryArgument(p, p);
    for (const Node& kw : args.keywords) factoryArgument(kw.field("value"), kw);
  }

  static void checkDisableWarnings(Node call, const CallKind& kind, const CallArguments& args, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    static constexpr std::array<std::string_view, 4> kTlsWarnings = {"InsecureRequestWarning", "SecurityWarning",
                                                                     "HTTPWarning", "InsecurePlatformWarning"};
    const std::string& q = kind.qualified;
    if (q == "urllib3.disable_warnings" || q.ends_with(".urllib3.disable_warnings")) {
      const Node category = !args.positional.empty() ? args.positional[0] : args.keyword("category");
      if (args.splat()) return;
      if (category && !oneOf(lastComponent(skipParentheses(category).text()), kTlsWarnings)) return;
      ctx.report(kDisableWarnings, call,
                 "`" + std::string(skipParentheses(call.field("function")).text()) +
                     "()` silences `InsecureRequestWarning`, the only sign of requests made without certificate "
                     "verification; verify certificates (PORT701) and keep the warning");
      return;
    }
    const bool filter = q == "warnings.filterwarnings";
    if (!filter && q != "warnings.simplefilter") return;
    const Node action = !args.positional.empty() ? args.positional[0] : args.keyword("action");
    const auto actionValue = action ? model.stringValue(action) : std::nullopt;
    if (!actionValue || !actionValue->complete || actionValue->value != "ignore") return;
    Node category = args.keyword("category");
    const size_t categoryIndex = filter ? 2 : 1;
    if (!category && args.positional.size() > categoryIndex) category = args.positional[categoryIndex];
    bool matches = category && oneOf(lastComponent(skipParentheses(category).text()), kTlsWarnings);
    if (!matches && filter) {
      Node message = args.keyword("message");
      if (!message && args.positional.size() > 1) message = args.positional[1];
      const auto text = message ? model.stringValue(message) : std::nullopt;
      matches = text && text->value.find("Unverified HTTPS request") != std::string::npos;
    }
    if (!matches) return;
    ctx.report(kDisableWarnings, call,
               "`" + q + "(\"ignore\", ...)` hides `InsecureRequestWarning`, the only sign of requests made without "
               "certificate verification; verify certificates (PORT701) and keep the warning");
  }

  static void visitAssignment(Node assignment, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    const Node left = skipParentheses(assignment.field("left"));
    const Node right = assignment.field("right");
    if (!left || !right) return;
    if (left.is("attribute")) {
      // A class initialising its own attribute (`self.check_hostname = False` in an SSLContext-like
      // class) defines a default, it does not switch a context's checks off.
      const bool ownAttribute = skipParentheses(left.field("object")).text() == "self";
      auto chosen = [&] { return chosenByVerificationCondition(assignment); };
      const std::string_view attr = left.field("attribute").text();
      if (attr == "verify" && isFalse(right, model) && !chosen()) {
        ctx.report(kVerifyDisabled, assignment,
                   "`" + std::string(left.text()) + " = " + std::string(skipParentheses(right).text()) +
                       "` turns off TLS certificate verification for every request of the session; assign the CA "
                       "bundle's path (`conf.ca_file`) or leave the default");
        return;
      }
      if (attr == "check_hostname" && isFalse(right, model) && !ownAttribute && !chosen()) {
        ctx.report(kCertNone, assignment,
                   "`" + std::string(left.text()) + " = " + std::string(skipParentheses(right).text()) +
                       "` accepts a valid certificate issued for any host name; keep host-name checking on and pass "
                       "`server_hostname=` when wrapping the socket");
        return;
      }
      if (attr == "_create_default_https_context" && model.qualifiedName(left) == "ssl._create_default_https_context") {
        const std::string_view replacement = model.qualifiedName(skipParentheses(right));
        if (isUnverifiedFactory(replacement)) {
          ctx.report(kUnverifiedContext, assignment,
                     "replaces `ssl._create_default_https_context` with `" + std::string(replacement) +
                         "`, which turns off certificate verification for every HTTPS connection of the process; pass "
                         "`context=ssl.create_default_context(cafile=...)` to the calls that need a different CA");
        } else {
          ctx.report(kUnverifiedContext, assignment,
                     "replaces `ssl._create_default_https_context`, which changes how every HTTPS connection of the "
                     "process is verified, behind the back of all other code; pass `context=` to the calls that need "
                     "a different CA");
        }
      }
      return;
    }
    if (left.is("subscript") && isFalse(right, model) && !chosenByVerificationCondition(assignment)) {
      const Node key = left.field("subscript");
      const auto name = key ? model.stringValue(key) : std::nullopt;
      if (name && name->complete && name->value == "verify") {
        ctx.report(kVerifyDisabled, assignment,
                   "`" + std::string(left.text()) +
                       " = False` passes `verify=False` on, which turns off TLS certificate verification; pass the CA "
                       "bundle's path or leave the default");
      }
    }
  }

  // `ssl.CERT_NONE` (or `CERT_NONE` imported from ssl) where the value is stored or passed on.
  static void visitCertNone(Node node, RuleContext& ctx) {
    if (node.is("attribute")) {
      if (node.field("attribute").text() != "CERT_NONE") return;
    } else if (node.text() != "CERT_NONE") {
      return;
    }
    if (!ctx.enabled(kCertNone)) return;
    const Node parent = node.parent();
    if (!parent) return;
    const std::string_view pk = parent.kind();
    std::string where;
    if (pk == "keyword_argument" && parent.field("value") == node) {
      where = "`" + std::string(parent.field("name").text()) + "=" + std::string(node.text()) + "`";
    } else if (pk == "assignment" && parent.field("right") == node) {
      const Node left = parent.field("left");
      if (left && left.is("attribute") && skipParentheses(left.field("object")).text() == "self") return;
      if (left && left.is("attribute") && left.field("attribute").text() == "verify_mode") {
        where = "`" + std::string(left.text()) + " = " + std::string(node.text()) + "`";
      } else {
        where = "`" + std::string(node.text()) + "`";
      }
    } else if (pk == "argument_list" || (pk == "pair" && parent.field("value") == node) ||
               ((pk == "default_parameter" || pk == "typed_default_parameter") && parent.field("value") == node)) {
      where = "`" + std::string(node.text()) + "`";
    } else {
      return;  // comparisons, conditional choices, returns: not a decision to turn verification off
    }
    if (!isCertNone(ctx.model().qualifiedName(node)) || chosenByVerificationCondition(node)) return;
    ctx.report(kCertNone, node,
               where + " turns off certificate verification, so any peer is trusted; use `ssl.CERT_REQUIRED` "
               "(the default of `ssl.create_default_context()`) with `cafile=` for a private CA");
  }
};

}  // namespace

const Check& tlsTrustCheck() {
  static const TlsTrustCheck check;
  return check;
}

}  // namespace platlint
