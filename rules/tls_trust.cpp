// PORT7xx: TLS trust. Certificate verification switched off in code, or switched for the whole
// process by monkeypatching the ssl module. One check visits calls (keyword arguments such as
// `verify=False`, unverified context factories, `disable_warnings()`), assignments
// (`session.verify = False`, `ctx.check_hostname = False`, `ssl._create_default_https_context = ...`)
// and references to `ssl.CERT_NONE` where the value is stored or passed on.
//
// PORT701-PORT703 report values known statically: the literal `False`, a name the file assigns
// `False` exactly once, `ssl.CERT_NONE`, the string "CERT_NONE". A verification value that an option,
// an attribute or a keyword decides (`verify=not conf.insecure`, `verify=self._verify` where the class
// assigns it `False` or an option, `insecure=CONF.x.api_insecure`) is PORT705, a note that names the
// switch. Reading the CA-bundle environment variables (`REQUESTS_CA_BUNDLE`, `SSL_CERT_FILE`,
// `PYTHONHTTPSVERIFY`) is PORT301's job.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/helper_parameters.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/semantic_model.h"
#include "rules/option_definitions.h"
#include "rules/path_use.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"security", "tls", "hidden-state"};

constexpr RuleMeta kVerifyDisabled{
    "PORT701", "tls-verify-disabled", Level::Error,
    "Turns off TLS certificate verification of an HTTP client with `verify=False` or its equivalent",
    "Outside test modules (whose clients talk to fakes and throwaway servers), finds calls told not to verify the "
    "server's certificate: `verify=False`, `verify_ssl=False`, "
    "`ssl_verify=False`, `ssl_cert_verify=False`, `verify_cert=False`, `verify_certs=False`, "
    "`validate_certs=False` or `insecure=True` passed to any call — `requests`, `httpx`, keystoneauth's "
    "`session.Session`, the OpenStack clients (glanceclient, novaclient, ironicclient, swiftclient) and a "
    "project's own HTTP clients alike — except mock assertions and constructors (`assert_called_with(..., "
    "verify=False)`, `mock.call(...)`, `MagicMock(...)`) and calls whose name says they check a signature, "
    "checksum, hash or token rather than a TLS peer (`jwt.decode(token, verify=False)`, "
    "`verify_signature(..., verify=False)`), or that call a function or method of the same file whose own "
    "`verify` parameter it only tests and never hands on (swift's `self.get_ondisk_files(..., verify=False)`); "
    "`session.verify = False` and `kwargs[\"verify\"] = False` on any "
    "object; aiohttp's `ssl=False` (on aiohttp calls, request methods and client classes); urllib3's "
    "`cert_reqs=\"CERT_NONE\"`; httplib2's `disable_ssl_certificate_validation=True` and "
    "`http.disable_ssl_certificate_validation = True`; pycurl's `c.setopt(pycurl.SSL_VERIFYPEER, 0)`. A name the file assigns `False` exactly once (`INSECURE = False ... "
    "verify=INSECURE`) counts as `False`. A value known only at run time (`verify=conf.verify`, "
    "`verify=ca_path`) is not reported here (see PORT705), and neither is a `False` chosen on a branch of an "
    "`if` about verification (`if args.insecure: session.verify = False`), which PORT705 reports with its "
    "condition.",
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
    "Outside test modules (whose clients talk to fakes and throwaway servers), finds calls of "
    "`ssl._create_unverified_context()` and `ssl._create_stdlib_context()` (its alias), the "
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
    "Outside test modules (whose clients talk to fakes and throwaway servers), finds `ssl.CERT_NONE` stored or "
    "passed on (`ctx.verify_mode = ssl.CERT_NONE`, `cert_reqs=ssl.CERT_NONE`, "
    "a parameter default, a dictionary value), `ctx.check_hostname = False`, `check_hostname=False` and "
    "`assert_hostname=False` arguments, pycurl's `c.setopt(pycurl.SSL_VERIFYHOST, 0)`, and client-side `ssl.wrap_socket()` without `cert_reqs=`, whose "
    "default is `CERT_NONE`. Comparisons (`ctx.verify_mode == ssl.CERT_NONE`, `self.assertEqual(ssl.CERT_NONE, "
    "ctx.verify_mode)`) and a choice such as "
    "`ssl.CERT_NONE if conf.insecure else ssl.CERT_REQUIRED` are not reported, nor is a class setting its own "
    "attributes (`self.verify_mode = ssl.CERT_NONE` in an SSLContext-like class); on a branch of an `if` about "
    "verification (`if not server_hostname: ctx.check_hostname = False`) PORT705 reports them with the condition. "
    "An `if` about TLS in general (`if tls_min_version or tls_ciphers:`) does not make them a choice about "
    "verification.",
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
    "Outside test modules (whose clients talk to fakes and throwaway servers), finds `urllib3.disable_warnings()` "
    "(also as `requests.packages.urllib3.disable_warnings()`) without a "
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

constexpr RuleMeta kConfigurableVerify{
    "PORT705", "tls-verify-configurable", Level::Note,
    "Lets an option, attribute or keyword turn TLS certificate verification off",
    "Outside test modules (whose clients talk to fakes and throwaway servers), finds verification values that are "
    "not literals but can be `False` (or `insecure` values that can be "
    "`True`), and names the switch that decides: `verify=not conf.insecure`, `verify=not CONF.glance.insecure`, "
    "`verify=CONF.x.verify_ssl` or `verify=self.configuration.ssl_cert_verify` (an option whose name says it "
    "verifies or validates, read from `conf`, `CONF`, `config`, `configuration`, `options`, `args` or "
    "`settings`), `insecure=CONF.x.api_insecure` and `insecure=options.insecure`, a setting read by its name "
    "(`module.params[\"validate_certs\"]`, `options[\"insecure\"]`), and a name or `self` attribute "
    "that the function or class sets from such a value, from a boolean parse of one "
    "(`strutils.bool_from_string(CONF.x.verify_ca)`), or to `False` on a branch (`if not conf.ssl_verify: "
    "verify = False` ... `verify=verify`; `cacerts = ca_file if ca_file else not insecure` ... "
    "`verify=cacerts`). The values are recognised where PORT701 looks: the verification keywords of any call, "
    "`x.verify = value`, `kwargs[\"verify\"] = value` and `connect_kwargs[\"insecure\"] = value`, with httplib2's `disable_ssl_certificate_validation` "
    "(keyword or attribute) read like `insecure`. A parameter named like `insecure` of the function around a "
    "call of a client the file imports, or of a class of the file derived from one (`def __init__(self, "
    "insecure=False)` ... `glanceclient.Client(..., insecure=insecure)`), is reported too: the function's callers "
    "hold the switch. Where the file defines the option (`parser.add_argument(\"--insecure\", ...)` behind "
    "`options.insecure`, `cfg.BoolOpt(\"api_insecure\", ...)` behind `CONF.x.api_insecure`), the definition is "
    "the finding's related location. It also reports each statement that PORT701 or "
    "PORT703 would report (`verify=False`, `ctx.check_hostname = False`, `cert_reqs=ssl.CERT_NONE`, ...) when it "
    "runs on a branch of an `if` whose condition speaks of verification — it names `insecure`, `verify`, `cert`, "
    "`hostname`, `ca_file`/`cafile`/`capath` or `validate`: `if self.insecure: ... cert_reqs=ssl.CERT_NONE`, the "
    "`else` of `if conf.ssl_cert_verify:` — and names that condition as the switch. A CA bundle's path (`verify=conf.ca_file`) and a "
    "parameter passed through unchanged (`verify=verify`, or `insecure=insecure` to another function of the "
    "file) are not switches and are not reported.",
    "An option that turns verification off is sometimes necessary (self-signed lab endpoints), but it is trust "
    "decided outside the code: whoever writes the configuration file or the command line decides whether a "
    "man-in-the-middle is accepted, on every platform. A reviewer should know where such switches are, check "
    "that each is documented as insecure, defaults to verifying and logs when it is off, and prefer an option "
    "that names a CA bundle to one that disables checking.",
    "import requests\nfrom oslo_config import cfg\n\nCONF = cfg.CONF\n\n"
    "requests.get(url, verify=not CONF.glance.api_insecure)",
    "import requests\nfrom oslo_config import cfg\n\nCONF = cfg.CONF\n\n"
    "# trust a private CA from configuration instead of switching verification off\n"
    "requests.get(url, verify=CONF.glance.ca_file or True)",
    PlatformSet::all(), kTags};

constexpr const RuleMeta* kRules[] = {&kVerifyDisabled, &kUnverifiedContext, &kCertNone, &kDisableWarnings,
                                      &kConfigurableVerify};

// ---------------------------------------------------------------------------------------------
// Small syntax helpers.

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

// A condition that speaks of verification itself (`conf.insecure`, `not server_hostname`,
// `cert_reqs == ssl.CERT_REQUIRED`, `not self._ca_file`), not of TLS in general: `if tls_min_version:`
// customises the protocol, and turning verification off there is no choice about verification.
bool isAboutVerification(Node condition) {
  static constexpr std::array<std::string_view, 9> kWords = {"insecure", "verif", "cert", "hostname", "ca_file",
                                                             "cafile", "capath", "ca_path", "validat"};
  if (!condition) return false;
  const std::string text = toLower(condition.text());
  return std::any_of(kWords.begin(), kWords.end(), [&](std::string_view w) { return text.find(w) != std::string::npos; });
}

// The `if`/`elif` about verification (in the same function) on one of whose branches a statement runs.
struct VerificationBranch {
  Node condition;
  bool onElse = false;  // the statement runs when the condition is false
  explicit operator bool() const { return static_cast<bool>(condition); }
};

// The nearest `if` about verification around `node` (`if conf.insecure:`, `if not server_hostname:`, the
// `else` of `if conf.ssl_cert_verify:`): turning verification off there is an explicit, configurable
// choice, like `verify=not insecure`, and PORT705's business rather than PORT701/PORT703's.
VerificationBranch verificationBranch(Node node) {
  Node child = node;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "function_definition" || k == "class_definition" || k == "lambda" || k == "module") return {};
    const bool onBranch = (k == "if_statement" || k == "elif_clause") &&
                          (child == parent.field("consequence") || child.is("else_clause") || child.is("elif_clause"));
    if (onBranch && isAboutVerification(parent.field("condition"))) {
      return {parent.field("condition"), !(child == parent.field("consequence"))};
    }
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// Verification decided at run time (PORT705): which option, attribute or keyword can turn it off.


bool containsAny(std::string_view text, std::initializer_list<std::string_view> words) {
  const std::string lower = toLower(text);
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return lower.find(w) != std::string::npos; });
}


// An option that says it turns verification off (`insecure`, `api_insecure`, `no_verify`).
bool namesInsecure(std::string_view name) { return containsAny(name, {"insecure", "no_verify", "noverify"}); }

// An option that says it turns verification on (`verify_ssl`, `ssl_cert_verify`, `validate_certs`), not a
// CA bundle's path (`verify_ca_file`) nor another kind of check (`verify_glance_signatures`).
bool namesVerification(std::string_view name) {
  return containsAny(name, {"verify", "validat"}) &&
         !containsAny(name, {"file", "path", "bundle", "dir", "signature", "checksum", "hash", "digest"});
}

// `conf.x`, `CONF.glance.x`, `self.configuration.x`, `options.x`, `args.x`: an attribute read from an
// object that holds configuration or command-line options.
bool isOptionHolderName(std::string_view name) {
  const std::string lower = toLower(name);
  return lower == "conf" || lower == "_conf" || lower == "config" || lower == "_config" || lower == "configuration" ||
         lower == "_configuration" || lower == "cfg" || lower == "options" || lower == "_options" || lower == "opts" ||
         lower == "args" || lower == "parsed_args" || lower == "settings" || lower == "params";
}

// `conf`, `self.configuration`, `module.params`: an object (or an attribute of one) holding settings.
bool isOptionHolder(Node object) {
  while (object) {
    if (isOptionHolderName(object.is("attribute") ? object.field("attribute").text() : object.text())) return true;
    if (!object.is("attribute")) break;
    object = skipParentheses(object.field("object"));
  }
  return false;
}

bool isOptionRead(Node expr) {
  expr = skipParentheses(expr);
  return expr && expr.is("attribute") && isOptionHolder(skipParentheses(expr.field("object")));
}

bool isBooleanParse(Node call, const SemanticModel& model) {
  const Node fn = skipParentheses(call.field("function"));
  std::string q(model.qualifiedName(fn));
  if (q.empty()) q = std::string(fn.text());
  const std::string_view last = lastDottedPart(q);
  return q == "builtins.bool" || last == "bool_from_string" || last == "strtobool" || last == "asbool";
}

// The condition of the nearest `if`/`elif` (in the same function) on whose branch `node` runs.
Node branchCondition(Node node) {
  Node child = node;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "function_definition" || k == "class_definition" || k == "lambda" || k == "module") return {};
    if ((k == "if_statement" || k == "elif_clause") &&
        (child == parent.field("consequence") || child.is("else_clause") || child.is("elif_clause"))) {
      return parent.field("condition");
    }
  }
  return {};
}

std::string shown(Node expr) { return "`" + std::string(skipParentheses(expr).text()) + "`"; }

// What switches a verification value off, described for a message ("the option `conf.insecure`"), or
// empty when the value is not traceable to a switch. `wantTrue`: the value disables verification when
// true (an `insecure=` value) rather than when false.
class TrustSwitchFinder {
 public:
  explicit TrustSwitchFinder(const SemanticModel& model) : model_(model) {}

  // The option read (`args.insecure`) that the last find() traced the value to; null if none.
  Node optionRead() const { return optionRead_; }
  // The assignment of the value that turns verification off (`self._ca_file = False` under `if not
  // self._ca_file:`) that the last find() traced the value to; null if none.
  Node switchingAssignment() const { return switchingAssignment_; }

  std::string find(Node value, bool wantTrue, int depth = 0) const {
    value = skipParentheses(value);
    if (!value || depth > 3) return {};
    const std::string_view k = value.kind();
    if (k == "not_operator") return find(value.field("argument"), !wantTrue, depth + 1);
    if (k == "attribute" && isOptionRead(value)) {
      const std::string_view name = trailingName(value);
      if (wantTrue ? namesInsecure(name) : (namesVerification(name) && !namesInsecure(name))) {
        optionRead_ = value;
        return "the option " + shown(value);
      }
      return {};
    }
    // `module.params["validate_certs"]`, `options["insecure"]`: a setting read by its name.
    if (k == "subscript" && isOptionHolder(skipParentheses(value.field("value")))) {
      const Node key = value.field("subscript");
      const auto name = key ? model_.stringValue(key) : std::nullopt;
      if (name && name->complete &&
          (wantTrue ? namesInsecure(name->value) : (namesVerification(name->value) && !namesInsecure(name->value)))) {
        return "the setting " + shown(value);
      }
      return {};
    }
    if (k == "call" && isBooleanParse(value, model_)) {
      const CallArguments args = argumentsOf(value);
      return args.positional.empty() ? std::string() : find(args.positional[0], wantTrue, depth + 1);
    }
    if (k == "conditional_expression" && value.namedChildCount() == 3) {
      for (const Node branch : {value.namedChild(0), value.namedChild(2)}) {
        if (!wantTrue && isFalse(branch, model_)) return "the condition " + shown(value.namedChild(1));
        if (std::string found = find(branch, wantTrue, depth + 1); !found.empty()) return found;
      }
      return {};
    }
    if (k == "attribute" && skipParentheses(value.field("object")).text() == "self") {
      return fromAssignments(selfAttributeAssignments(value), shown(value), wantTrue, depth);
    }
    if (k == "identifier") {
      if (std::string found = fromAssignments(localAssignments(value), shown(value), wantTrue, depth); !found.empty()) {
        return found;
      }
      // `def __init__(self, insecure=CONF.vmware.insecure)` ... `insecure=insecure`.
      if (const Node fallback = parameterDefault(value)) {
        if (std::string found = find(fallback, wantTrue, depth + 1); !found.empty()) {
          return found + " (the default of " + shown(value) + ")";
        }
      }
      // `verify=not insecure`, `ca_file if ca_file else not insecure`: a keyword that says what it does.
      if (wantTrue && depth > 0 && namesInsecure(value.text())) return "the keyword or variable " + shown(value);
    }
    return {};
  }

 private:
  // What the values assigned to a name or attribute make of it: `False` on a branch is switched by
  // the branch's condition; a traced value by its own switch.
  // A condition about verification (`if not conf.ssl_verify:`) is preferred to another (`if protocol == "http":`).
  std::string fromAssignments(const std::vector<Node>& assignments, const std::string& holder, bool wantTrue,
                              int depth) const {
    std::string found;
    bool foundAboutVerification = false;
    for (const Node assignment : assignments) {
      const Node right = assignment.field("right");
      std::string candidate;
      bool aboutVerification = true;
      if (wantTrue ? skipParentheses(right).is("true") : isFalse(right, model_)) {
        const Node condition = branchCondition(assignment);
        aboutVerification = isAboutVerification(condition);
        candidate = condition ? "the condition " + shown(condition) + " (through " + holder + ")"
                              : holder + ", which is assigned `" + std::string(skipParentheses(right).text()) + "`";
      } else if (std::string traced = find(right, wantTrue, depth + 1); !traced.empty()) {
        candidate = traced + " (through " + holder + ")";
      }
      if (candidate.empty() || (!found.empty() && (foundAboutVerification || !aboutVerification))) continue;
      found = std::move(candidate);
      foundAboutVerification = aboutVerification;
      if (wantTrue ? skipParentheses(right).is("true") : isFalse(right, model_)) switchingAssignment_ = assignment;
    }
    return found;
  }

  // The default value of the parameter `use` names, in the function around it; null otherwise.
  static Node parameterDefault(Node use) {
    Node function = use.parent();
    while (function && !function.is("function_definition")) {
      if (function.is("class_definition") || function.is("lambda")) return {};
      function = function.parent();
    }
    const Node params = function ? function.field("parameters") : Node{};
    for (uint32_t i = 0; params && i < params.namedChildCount(); ++i) {
      const Node p = params.namedChild(i);
      if ((p.is("default_parameter") || p.is("typed_default_parameter")) && p.field("name").text() == use.text()) {
        return p.field("value");
      }
    }
    return {};
  }

  // `name = value` in the function (or module) that binds `use`, before it.
  static std::vector<Node> localAssignments(Node use) {
    std::vector<Node> out;
    forEachAssignmentTo(bindingScope(use), use.text(), [&](Node assignment) {
      if (assignment.startByte() < use.startByte() && assignment.field("right")) out.push_back(assignment);
      return false;
    });
    return out;
  }

  const SemanticModel& model_;
  mutable Node optionRead_;
  mutable Node switchingAssignment_;
};

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

// A mock's constructor or assertion (`assert_called_with(..., verify=False)`), or a call whose name says
// it checks a signature, checksum or token (`jwt.decode(t, verify=False)`): its `verify=` is no TLS peer's.
// Asked only of calls with a verification keyword: the test lower-cases the name.
bool isMockOrNotTlsCall(Node call, const CallKind& kind);

// Keywords that turn verification off when true: `insecure=` of the OpenStack clients and keystoneauth,
// httplib2's `disable_ssl_certificate_validation=`.
bool isInsecureKeyword(std::string_view name) {
  return name == "insecure" || name == "disable_ssl_certificate_validation";
}

// The expression starts with a name the file imports (`glanceclient.Client`, `ks_session.Session`).
bool startsWithImportedName(Node expr, const SemanticModel& model) {
  Node root = skipParentheses(expr);
  while (root && root.is("attribute")) root = skipParentheses(root.field("object"));
  if (!root || !root.is("identifier")) return false;
  const auto& imports = model.imports();
  return std::any_of(imports.begin(), imports.end(), [&](const Import& i) { return i.localName == root.text(); });
}

// The callee is a class of the file that extends an imported one (`class CacheClient(base_client.BaseClient)`):
// its constructor is the imported client's.
bool constructsImportedSubclass(Node call, const SemanticModel& model) {
  const Node callee = skipParentheses(call.field("function"));
  if (!callee || !callee.is("identifier")) return false;
  const Node module = call.tree()->root();
  for (uint32_t i = 0; i < module.namedChildCount(); ++i) {
    Node definition = module.namedChild(i);
    if (definition.is("decorated_definition")) definition = definition.field("definition");
    if (!definition || !definition.is("class_definition") || definition.field("name").text() != callee.text()) continue;
    const Node bases = definition.field("superclasses");
    for (uint32_t b = 0; bases && b < bases.namedChildCount(); ++b) {
      if (startsWithImportedName(bases.namedChild(b), model)) return true;
    }
  }
  return false;
}

// The call's callee starts with a name the file imports, or constructs a class of the file derived from one.
bool callsImportedName(Node call, const SemanticModel& model) {
  return startsWithImportedName(call.field("function"), model) || constructsImportedSubclass(call, model);
}

// Keywords that carry "verify the TLS peer" in any client library.
bool isVerifyKeyword(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kNames = {
      "verify", "verify_ssl", "ssl_verify", "ssl_cert_verify", "verify_cert", "verify_certs", "validate_certs",
      "verify_certificate", "cert_verify"};
  return oneOf(name, kNames);
}

bool isMockOrNotTls(std::string_view qualified, std::string_view callee) {
  static constexpr std::array<std::string_view, 8> kMocks = {"call", "Mock", "MagicMock", "NonCallableMock",
                                                             "AsyncMock", "patch", "create_autospec", "PropertyMock"};
  if (qualified.starts_with("mock.") || qualified.starts_with("unittest.mock.") || callee.starts_with("assert") ||
      oneOf(callee, kMocks)) {
    return true;
  }
  return containsAny(callee, {"sign", "checksum", "hash", "digest", "jwt", "decode", "token", "gpg"});
}

// True when `definition` has a parameter `name` that its body only tests (`if verify and ...`) and
// never hands to a call or stores: the project's own flag of that name (swift's
// `get_ondisk_files(..., verify=False)` skips its own consistency check), not a TLS setting.
bool parameterIsOnlyTested(Node definition, std::string_view name) {
  const Node parameters = definition ? definition.field("parameters") : Node{};
  if (!parameters) return false;
  bool declared = false;
  forEachNamedChild(parameters, [&](Node p) {
    const Node id = p.is("identifier") ? p : p.field("name");
    declared = declared || (id && id.text() == name);
  });
  if (!declared) return false;
  const std::vector<Node> reads = readsOfParameter(definition, name);
  return !reads.empty() && std::all_of(reads.begin(), reads.end(), [](Node read) {
    Node parent = read.parent();
    while (parent && (parent.is("parenthesized_expression") || parent.is("not_operator"))) parent = parent.parent();
    return parent && (parent.is("boolean_operator") || parent.is("if_statement") || parent.is("elif_clause") ||
                      parent.is("while_statement") || parent.is("conditional_expression"));
  });
}

// The name a call's function ends in, resolved where it can be: `Session` for `requests.Session(...)`.
std::string_view calleeOf(Node function, const CallKind& kind) {
  return kind.qualified.empty() ? lastDottedPart(function.text()) : lastDottedPart(kind.qualified);
}

CallKind classify(Node call, const SemanticModel& model) {
  CallKind k;
  const Node fn = skipParentheses(call.field("function"));
  k.qualified = model.qualifiedName(fn);
  if (fn.is("attribute")) k.method = fn.field("attribute").text();
  for (std::string_view lib : kHttpLibraries) k.httpLibrary = k.httpLibrary || k.qualified.starts_with(lib);
  k.aiohttp = k.qualified.starts_with("aiohttp.");
  k.httpMethod = oneOf(k.method, kHttpMethods);
  k.clientClass = oneOf(calleeOf(fn, k), kClientClasses);
  return k;
}

bool isMockOrNotTlsCall(Node call, const CallKind& kind) {
  return isMockOrNotTls(kind.qualified, calleeOf(skipParentheses(call.field("function")), kind));
}

// ---------------------------------------------------------------------------------------------

// Every finding of these rules goes through here. A test's client talks to a mock or a server the
// test set up: no trust is at stake there. (Asked only of findings: every node of a file comes to
// visit(), and a finding is rare.)
void report(RuleContext& ctx, const RuleMeta& rule, Node at, std::string message) {
  if (isTestFile(ctx.file().path())) return;
  ctx.report(rule, at, std::move(message));
}

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

    if (ctx.enabled(kVerifyDisabled) || ctx.enabled(kConfigurableVerify)) checkVerifyKeywords(call, kind, args, ctx);
    checkCurlOptions(call, kind, args, ctx);
    if (ctx.enabled(kCertNone) || ctx.enabled(kConfigurableVerify)) checkHostnameKeywords(call, kind, args, ctx);
    if (ctx.enabled(kUnverifiedContext)) checkUnverifiedContext(call, kind, args, ctx);
    if (ctx.enabled(kDisableWarnings)) checkDisableWarnings(call, kind, args, ctx);
  }

  // PORT705: a verification value that a switch decides. False when no switch was found.
  static bool reportConfigurable(Node at, Node value, bool insecureValue, RuleContext& ctx) {
    if (!ctx.enabled(kConfigurableVerify)) return false;
    // Nothing is reported in a test (report()), so nothing may be related either.
    if (isTestFile(ctx.file().path())) return true;
    const TrustSwitchFinder finder(ctx.model());
    const std::string by = finder.find(value, insecureValue);
    if (by.empty()) return false;
    reportSwitch(at, by, ctx);
    if (const Node definition = optionDefinition(finder.optionRead())) {
      ctx.relate(definition, "the option " + shown(finder.optionRead()) + " is defined here");
    }
    if (const Node assignment = finder.switchingAssignment()) {
      ctx.relate(assignment, "verification is turned off here: " + shown(assignment));
    }
    return true;
  }

  static void reportSwitch(Node at, const std::string& by, RuleContext& ctx) {
    report(ctx, kConfigurableVerify, at,
               shown(at) + " lets " + by + " turn off TLS certificate verification; make sure the switch is "
               "documented as insecure, defaults to verifying and is logged when off, or take a CA bundle's path "
               "instead");
  }

  // PORT705: `def __init__(self, insecure=False)` ... `glanceclient.Client(..., insecure=insecure)`: the
  // function's own parameter reaches a client the file imports, so the function's callers hold the switch
  // (a call of another function of the file only passes it on, and is not reported).
  static void reportForwardedInsecureParameter(Node kw, Node value, Node call, RuleContext& ctx) {
    value = skipParentheses(value);
    if (!ctx.enabled(kConfigurableVerify) || !value || !value.is("identifier") || !namesInsecure(value.text())) return;
    if (!isParameterOfEnclosingFunction(value) || !callsImportedName(call, ctx.model())) return;
    reportSwitch(kw, "the parameter " + shown(value), ctx);
  }

  // pycurl's `c.setopt(pycurl.SSL_VERIFYPEER, 0)` (PORT701) and `c.setopt(pycurl.SSL_VERIFYHOST, 0)` (PORT703).
  static void checkCurlOptions(Node call, const CallKind& kind, const CallArguments& args, RuleContext& ctx) {
    if (kind.method != "setopt" || args.positional.size() != 2) return;
    const std::string_view option = trailingName(args.positional[0]);
    const Node value = skipParentheses(args.positional[1]);
    if (!value || !(isFalse(value, ctx.model()) || (value.is("integer") && value.text() == "0"))) return;
    const std::string what =
        "`setopt(" + std::string(skipParentheses(args.positional[0]).text()) + ", " + std::string(value.text()) + ")`";
    if (option == "SSL_VERIFYPEER") {
      reportOff(kVerifyDisabled, call, what,
                what + " makes curl accept any server certificate; keep the default (1) and set `CAINFO` for a "
                "private CA", ctx);
    } else if (option == "SSL_VERIFYHOST") {
      reportOff(kCertNone, call, what,
                what + " makes curl accept a certificate issued for any host name; keep the default (2)", ctx, true);
    }
  }

  // PORT705 for a statement that turns verification off on a branch of an `if` about verification: the
  // condition is the switch. `what` shows the statement's part that does it.
  static void reportBranchSwitch(Node at, const std::string& what, const VerificationBranch& branch, bool hostNameOnly,
                                 RuleContext& ctx) {
    report(ctx, kConfigurableVerify, at,
               what + (hostNameOnly ? " turns off TLS host-name checking " : " turns off TLS certificate verification ") +
                   (branch.onElse ? "unless " : "when ") +
                   shown(branch.condition) + " holds, so that condition is a switch for it; make sure the switch is "
                   "documented as insecure, defaults to verifying and is logged when off, or take a CA bundle's path "
                   "instead");
  }

  // Reports `rule` with `message`, or PORT705 when the statement runs on a branch chosen by verification.
  // `hostNameOnly`: the statement turns off only the check of the certificate's host name.
  static void reportOff(const RuleMeta& rule, Node at, const std::string& what, std::string message,
                        RuleContext& ctx, bool hostNameOnly = false) {
    if (const VerificationBranch branch = verificationBranch(at)) {
      return reportBranchSwitch(at, what, branch, hostNameOnly, ctx);
    }
    report(ctx, rule, at, std::move(message));
  }

  static void checkVerifyKeywords(Node call, const CallKind& kind, const CallArguments& args, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    for (const Node& kw : args.keywords) {
      const std::string_view name = kw.field("name").text();
      const Node value = kw.field("value");
      if ((name == "ssl" || (name == "verify_ssl" && kind.aiohttp)) && (kind.aiohttp || kind.httpMethod || kind.clientClass) &&
                 isFalse(value, model)) {
        reportOff(kVerifyDisabled, kw, shown(kw),
                  shownKeyword(kw) + " turns off TLS certificate verification in aiohttp; pass "
                  "`ssl=ssl.create_default_context(cafile=conf.ca_file)` for a private CA, or leave the default", ctx);
      } else if (isVerifyKeyword(name) && !isMockOrNotTlsCall(call, kind) && !parameterIsOnlyTested(calledHelper(call, model).first, name)) {
        if (isFalse(value, model)) {
          reportOff(kVerifyDisabled, kw, shown(kw),
                    shownKeyword(kw) + " turns off TLS certificate verification, so any server, a man-in-the-middle "
                    "included, is trusted; keep the default `verify=True` or pass the CA bundle's path "
                    "(`verify=conf.ca_file`)", ctx);
        } else {
          reportConfigurable(kw, value, false, ctx);
        }
      } else if (isInsecureKeyword(name) && !isMockOrNotTlsCall(call, kind)) {
        if (skipParentheses(value).is("true")) {
          reportOff(kVerifyDisabled, kw, shown(kw),
                    "`" + std::string(name) + "=True` turns off TLS certificate verification, so any server, a "
                    "man-in-the-middle included, is trusted; keep verification on and pass the CA bundle "
                    "(`cacert=`/`ca_file=`/`ca_certs=`) for a private CA", ctx);
        } else if (!reportConfigurable(kw, value, true, ctx)) {
          reportForwardedInsecureParameter(kw, value, call, ctx);
        }
      } else if (name == "cert_reqs") {
        const auto folded = model.stringValue(value);
        if (folded && folded->complete && (folded->value == "CERT_NONE" || folded->value == "NONE")) {
          reportOff(kVerifyDisabled, kw, shown(kw),
                    "`cert_reqs=\"" + folded->value + "\"` makes urllib3 skip certificate verification; use "
                    "`cert_reqs=\"CERT_REQUIRED\"` (the default) with `ca_certs=` for a private CA", ctx);
        }
      }
    }
  }

  static void checkHostnameKeywords(Node call, const CallKind& kind, const CallArguments& args, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    for (const Node& kw : args.keywords) {
      const std::string_view name = kw.field("name").text();
      if ((name == "check_hostname" || name == "assert_hostname") && isFalse(kw.field("value"), model)) {
        reportOff(kCertNone, kw, shown(kw),
                  shownKeyword(kw) + " accepts a valid certificate issued for any host name; keep host-name "
                  "checking on and pass the expected name (`server_hostname=`)", ctx, true);
      }
    }
    // ssl.wrap_socket(sock) on the client side: cert_reqs defaults to CERT_NONE.
    if (kind.qualified == "ssl.wrap_socket" && !args.splat() && args.positional.size() < 5 &&
        !args.keyword("cert_reqs")) {
      const Node serverSide = args.positional.size() >= 4 ? args.positional[3] : args.keyword("server_side");
      if (serverSide && !skipParentheses(serverSide).is("false")) return;  // servers do not verify clients by default
      reportOff(kCertNone, call, "`ssl.wrap_socket()` without `cert_reqs=`",
                "`ssl.wrap_socket()` without `cert_reqs=` does not verify the server's certificate (the default is "
                "`ssl.CERT_NONE`) and was removed in Python 3.12; use "
                "`ssl.create_default_context().wrap_socket(sock, server_hostname=host)`", ctx);
    }
  }

  static void checkUnverifiedContext(Node call, const CallKind& kind, const CallArguments& args, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    if (isUnverifiedFactory(kind.qualified)) {
      report(ctx, kUnverifiedContext, call,
                 "`" + kind.qualified + "()` creates a context that checks neither certificates nor host names; use "
                 "`ssl.create_default_context()` (with `cafile=` for a private CA)");
    }
    // The factory handed on uncalled: `HTTPSConnection(..., context_factory=ssl._create_unverified_context)`.
    auto factoryArgument = [&](Node value, Node at) {
      const Node v = skipParentheses(value);
      if (!v || !(v.is("attribute") || v.is("identifier"))) return;
      const std::string_view q = model.qualifiedName(v);
      if (!isUnverifiedFactory(q)) return;
      report(ctx, kUnverifiedContext, at,
                 "passes `" + std::string(q) + "`, which makes contexts that check neither certificates nor host names; pass "
                 "`ssl.create_default_context` (with `cafile=` for a private CA)");
    };
    for (const Node& p : args.positional) factoryArgument(p, p);
    for (const Node& kw : args.keywords) factoryArgument(kw.field("value"), kw);
  }

  static void checkDisableWarnings(Node call, const CallKind& kind, const CallArguments& args, RuleContext& ctx) {
    const SemanticModel& model = ctx.model();
    // The warning and its base classes; `InsecurePlatformWarning` (an SSL library without SNI) is a
    // sibling, and silencing it leaves `InsecureRequestWarning` shown.
    static constexpr std::array<std::string_view, 3> kTlsWarnings = {"InsecureRequestWarning", "SecurityWarning",
                                                                     "HTTPWarning"};
    const std::string& q = kind.qualified;
    if (q == "urllib3.disable_warnings" || q.ends_with(".urllib3.disable_warnings")) {
      const Node category = !args.positional.empty() ? args.positional[0] : args.keyword("category");
      if (args.splat()) return;
      if (category && !oneOf(lastDottedPart(skipParentheses(category).text()), kTlsWarnings)) return;
      report(ctx, kDisableWarnings, call,
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
    bool matches = category && oneOf(lastDottedPart(skipParentheses(category).text()), kTlsWarnings);
    if (!matches && filter) {
      Node message = args.keyword("message");
      if (!message && args.positional.size() > 1) message = args.positional[1];
      const auto text = message ? model.stringValue(message) : std::nullopt;
      matches = text && text->value.find("Unverified HTTPS request") != std::string::npos;
    }
    if (!matches) return;
    report(ctx, kDisableWarnings, call,
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
      const std::string_view attr = left.field("attribute").text();
      if (attr == "verify" && isFalse(right, model)) {
        return reportOff(kVerifyDisabled, assignment, shown(assignment),
                         "`" + std::string(left.text()) + " = " + std::string(skipParentheses(right).text()) +
                             "` turns off TLS certificate verification for every request of the session; assign the "
                             "CA bundle's path (`conf.ca_file`) or leave the default", ctx);
      }
      // httplib2: `http.disable_ssl_certificate_validation = True` (or a switch).
      if (isInsecureKeyword(attr) && attr != "insecure") {
        if (skipParentheses(right).is("true")) {
          return reportOff(kVerifyDisabled, assignment, shown(assignment),
                           "`" + std::string(left.text()) + " = True` turns off TLS certificate verification of the "
                           "connection; leave it `False` and pass `ca_certs=` for a private CA", ctx);
        }
        if (!ownAttribute) reportConfigurable(assignment, right, true, ctx);
        return;
      }
      // `self.verify = conf.x` stores the switch; it is reported where the attribute is used.
      if (attr == "verify" && !ownAttribute) reportConfigurable(assignment, right, false, ctx);
      if (attr == "check_hostname" && isFalse(right, model) && !ownAttribute) {
        return reportOff(kCertNone, assignment, shown(assignment),
                         "`" + std::string(left.text()) + " = " + std::string(skipParentheses(right).text()) +
                             "` accepts a valid certificate issued for any host name; keep host-name checking on and "
                             "pass `server_hostname=` when wrapping the socket", ctx, true);
      }
      if (attr == "_create_default_https_context" && model.qualifiedName(left) == "ssl._create_default_https_context") {
        const std::string_view replacement = model.qualifiedName(skipParentheses(right));
        if (isUnverifiedFactory(replacement)) {
          report(ctx, kUnverifiedContext, assignment,
                     "replaces `ssl._create_default_https_context` with `" + std::string(replacement) +
                         "`, which turns off certificate verification for every HTTPS connection of the process; pass "
                         "`context=ssl.create_default_context(cafile=...)` to the calls that need a different CA");
        } else {
          report(ctx, kUnverifiedContext, assignment,
                     "replaces `ssl._create_default_https_context`, which changes how every HTTPS connection of the "
                     "process is verified, behind the back of all other code; pass `context=` to the calls that need "
                     "a different CA");
        }
      }
      return;
    }
    if (left.is("subscript")) {
      const Node key = left.field("subscript");
      const auto name = key ? model.stringValue(key) : std::nullopt;
      if (!name || !name->complete) return;
      // `connect_kwargs["insecure"] = self.insecure`: keyword arguments gathered for a client.
      if (isInsecureKeyword(name->value)) {
        if (skipParentheses(right).is("true")) {
          return reportOff(kVerifyDisabled, assignment, shown(assignment),
                           "`" + std::string(left.text()) + " = True` passes `" + name->value +
                               "=True` on, which turns off TLS certificate verification; pass the CA bundle "
                               "(`cacert=`/`ca_file=`) for a private CA", ctx);
        }
        reportConfigurable(assignment, right, true, ctx);
        return;
      }
      if (name->value != "verify") return;
      if (!isFalse(right, model)) {
        reportConfigurable(assignment, right, false, ctx);
        return;
      }
      reportOff(kVerifyDisabled, assignment, shown(assignment),
                "`" + std::string(left.text()) +
                    " = False` passes `verify=False` on, which turns off TLS certificate verification; pass the CA "
                    "bundle's path or leave the default", ctx);
    }
  }

  // `ssl.CERT_NONE` (or `CERT_NONE` imported from ssl) where the value is stored or passed on.
  static void visitCertNone(Node node, RuleContext& ctx) {
    if (node.is("attribute")) {
      if (node.field("attribute").text() != "CERT_NONE") return;
    } else if (node.text() != "CERT_NONE") {
      return;
    }
    if (!ctx.enabled(kCertNone) && !ctx.enabled(kConfigurableVerify)) return;
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
    } else if (pk == "argument_list" && isMockOrNotTls(ctx.model().qualifiedName(parent.parent().field("function")),
                                                       calleeName(parent.parent()))) {
      return;  // `self.assertEqual(ssl.CERT_NONE, ctx.verify_mode)`: the value a test expects
    } else if (pk == "argument_list" || (pk == "pair" && parent.field("value") == node) ||
               ((pk == "default_parameter" || pk == "typed_default_parameter") && parent.field("value") == node)) {
      where = "`" + std::string(node.text()) + "`";
    } else {
      return;  // comparisons, conditional choices, returns: not a decision to turn verification off
    }
    if (!isCertNone(ctx.model().qualifiedName(node))) return;
    reportOff(kCertNone, node, where,
              where + " turns off certificate verification, so any peer is trusted; use `ssl.CERT_REQUIRED` "
              "(the default of `ssl.create_default_context()`) with `cafile=` for a private CA", ctx);
  }
};

}  // namespace

const Check& tlsTrustCheck() {
  static const TlsTrustCheck check;
  return check;
}

}  // namespace platlint
