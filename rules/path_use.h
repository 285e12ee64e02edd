#pragma once
// Shared matcher of the path families (PORT1xx kernel interfaces, PORT2xx hard-coded paths):
// for a string literal, the whole value it starts (through concatenation, os.path.join,
// pathlib) and how that value is used.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/fact.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

struct PathUse {
  Node root;            // the expression that builds the value (reported range)
  FoldedString value;   // its statically known value (or prefix)
  UseContext context;
  std::string consumer;  // qualified name or method of the call that receives it, if any
  bool opensForWriting = false;  // the consumer is `open()` with a writing mode
  // "reads", "lists", "checks", "writes" or "uses", from the consumer.
  std::string_view verb() const;
  // The path for a message: the value when fully known, else the expression as written.
  std::string shown() const;
};

// The inventory fact of a path use (kernel-path or hardcoded-path) that `ruleId` knows.
Fact pathFact(FactKind kind, const PathUse& use, std::string_view ruleId, PlatformSet missingOn);

// Other spellings of absolute paths that a matcher may accept besides a plain "/a/b".
struct PathForms {
  bool fileUris = false;   // "file:///tmp/staging/": the URI of a local path
  bool pathLists = false;  // "/etc/ssl/cert.pem:/etc/pki/tls/cert.pem": a ':'-separated list of paths
  bool mappingKeys = false;  // {"/dev/null": "grub.cfg"}: the key of a dictionary's entry (context Key)
};

// Returns the use of the value that `literal` starts, when that value is an absolute POSIX path
// (starts with '/', not '//', no whitespace) used as a path or plain value; nullopt for messages,
// docstrings, patterns, comparisons, keys (but the dictionary keys `forms` accepts) and decorator
// arguments.
std::optional<PathUse> absolutePathUse(Node literal, const SemanticModel& model, PathForms forms = {});

// The paths a value accepted with `forms` names: the value itself, the local path of a file URI,
// or each entry of a path list. Each has its own completeness: only the last one of an
// incomplete value is a prefix.
struct NamedPath {
  std::string_view path;
  bool complete;
};
std::vector<NamedPath> namedPaths(const FoldedString& value);

// A test module (isTestPath, analyzer/base/test_paths.h), asked of the file being checked. Paths
// there that no file-system call receives are test data (expected values, fakes' return values,
// paths on a machine under test), not files of the machine running them.
bool isTestFile(std::string_view path);

// True when the test around `node` runs on a fake file system, where every path is the fake's, on
// every platform: pyfakefs's `fs`/`fs_class`/`fs_module` fixtures (a parameter of the test, or
// `@pytest.mark.usefixtures("fs")` on it or its class, or a module's `pytestmark`), a project's
// `fake_filesystem`/`fake_fs` fixture used the same way, or `self.setUpPyfakefs()` in its class.
bool runsOnFakeFileSystem(Node node);

// True when `path` is `prefix` or lies below it ("/proc/self" is below "/proc"). A prefix ending
// in '/' or '*' matches by plain string prefix ("/dev/sd*" matches "/dev/sda1").
bool pathIsUnder(std::string_view path, std::string_view prefix);

// The configured Linux-only path (`linux-only-paths`) that `path` lies under, the longest one
// when several do; null when none. Such paths belong to PORT111, never to the PORT2xx rules.
const ConfiguredPath* configuredLinuxOnlyPath(std::string_view path, const FileSettings& settings);

// Words of identifiers, shared by the PORT2xx matchers that judge a value by the name it is read
// from or stored into.
// Lower-case words of an identifier, split at '_' and lower-to-upper case changes ("baseURLPath" ->
// base, urlpath).
std::vector<std::string> identifierWords(std::string_view name);
// A name for part of a URL: a word starting with url, uri, href, endpoint, route, prefix, api, host
// or http ("base_url", "imageURI", "api_root").
bool isWebValueName(std::string_view name);
// A name for a file-system location: `__file__`, or a word with path, dir, folder or file
// ("conf_dir", "logPath", "fnames"), unless it is also a web name or a separator (`os.pathsep`).
bool isFileSystemPathName(std::string_view name);
// The name an expression reads: `x` -> "x", `self.conf_dir` -> "conf_dir", `paths[0]` -> "paths".
std::string_view expressionName(Node expr);
// An attribute or item of an HTTP request, response or WSGI environ (`req.path`, `environ["PATH_INFO"]`).
bool readFromWebRequest(Node expr);
// Inside a call that builds a URL (`urlunparse(...)`, `make_url(...)`) or a function or class about
// URLs or HTTP (`pathname2url`, `get_route`, `class CGIHTTPRequestHandler`).
bool insideWebCode(Node node);

}  // namespace platlint
