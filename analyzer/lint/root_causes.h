#pragma once
// One root cause, one finding. `os.uname()[4]` is both a platform-only function (PORT402) and
// uname parsing (PORT605); `["sudo", "umount", dev]` both a Linux-only program (PORT501) and sudo
// (PORT504); an `os.name == "posix"` guard (PORT603) explains every Linux-only use it lets through
// to macOS; a module that imports `fcntl` at its top (PORT401) cannot be loaded on Windows at all,
// which explains every other Windows-only finding in it (and `import pwd` in a function, the
// Windows-only findings after it there). A reviewer fixes each of these once, so they are reported once: the finding that names
// the root cause stays, the findings it explains become its related locations.
#include <span>
#include <string_view>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

struct RootCause {
  enum class Scope {
    Overlap,        // the two findings' ranges overlap
    SameStatement,  // the innermost statement around each is the same one
    GuardedBranch,  // the explained finding lies in the branch whose condition holds the root cause
    // The cause is an import that runs whenever its module or function does: at the module's top
    // level, where it fails nothing of the module runs, so every finding of the file that breaks
    // only there follows from it; directly in a function's body, where it fails the rest of the
    // function does not run, so the findings after it in that function follow from it. A finding
    // with a fix stays on its own (its fix is applied where it stands).
    UnconditionalImport,
  };
  std::string_view cause;      // rule id, or a prefix of ids ("PORT1")
  std::string_view explained;  // rule id or prefix
  Scope scope;
};

// Folds each finding that a root cause of `causes` explains into that cause's finding, as a related
// location. A finding is folded only where it breaks on no platform the cause does not (so nothing
// about platforms is lost), and only once; a folded finding's higher level raises the cause's.
// `root` is the file's syntax tree, for the statement scopes.
void foldRootCauses(std::vector<Diagnostic>& findings, std::span<const RootCause> causes, Node root);

}  // namespace platlint
