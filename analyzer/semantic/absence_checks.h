#pragma once
// Whether code makes sure a file or a program is there before it uses it: `if os.path.exists(p):`,
// `if not shutil.which("udevadm"): return`. Such a use cannot fail where the file or program is
// missing, as with a `try` that catches OSError (exception_handlers.h): the author wrote the code
// for its absence, and on another platform it takes the same way as on a Linux without it.
#include <string_view>
#include <vector>

#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

// What an existence check must name to cover a use: the variable the use reads, or the string
// the use is (a path, or a program's name as `which()` takes it). Either may be empty.
struct CheckedSubject {
  std::string_view name;
  std::string_view value;
};

// True when `call` checks that `subject` exists: `os.path.exists`/`isfile`/`isdir`/`lexists`,
// `os.access`, `Path(...).exists()`/`is_file()`/`is_dir()`, and `which()`/`find_executable()` of any
// module (`shutil.which`, a project's own `subp.which`).
bool checksExistence(Node call, const CheckedSubject& subject, const SemanticModel& model);

// True when `function` (a call's callee) looks a program up: `which` or `find_executable` of any
// module (`shutil.which`, a project's own `subp.which`).
bool isProgramLookup(Node function);

// True when `site` runs only where such a check found `subject`: in the body of an `if` (or the
// true side of a conditional expression, or the right of an `and`) whose condition requires it, in
// the `else` of one whose condition requires its absence, or after an early exit
// (`if not os.path.exists(p): return`, `continue` or `break`; not `raise`) earlier in an enclosing
// block of the same function. Not where the way without it fails: an `if`/`elif` chain whose final
// `else` raises or exits (`if exists(a): ... elif exists(b): ... else: sys.exit(1)`), or an
// `if not exists(p):` whose body does.
bool runsOnlyWhenPresent(Node site, const CheckedSubject& subject, const SemanticModel& model);

// The arguments of the existence checks in the conditions of the `if`s and `elif`s whose body
// `site` is in, within its function (`'/var/run/glance/%s.pid' % server` for a use under `if
// os.path.exists('/var/run/glance/%s.pid' % server):`), innermost first.
std::vector<Node> enclosingExistenceChecks(Node site, const SemanticModel& model);

// True when `site` (a path, or the program at the head of an argument list) is passed to a helper
// of this file that uses what it is given only where an existence check found it:
// `_cmd_exits_zero(["systemd-detect-virt", ...])` with `def _cmd_exits_zero(cmd): if
// subp.which(cmd[0]) is None: return False` before it runs `cmd`.
bool checkedByHelper(Node site, const SemanticModel& model);

// True when `site` is the checked argument of an existence check (`os.path.exists(site)`) whose
// answer the code takes either way: asking whether a file exists never fails because it does not.
// Not under `assert` or an `assert*()` call, which require the file, nor as the condition of an
// `if`/`elif` that fails without it (see runsOnlyWhenPresent): such a check states a requirement,
// reported as the uses it covers are.
bool isExistenceCheckArgument(Node site, const SemanticModel& model);

// True when `site` is such an argument and the check's boolean is the answer of a probe: returned
// (`return os.path.exists("/usr/sbin/ip")`, also negated or with `and`/`or`), or the condition of an
// `if` or a conditional expression whose every branch only returns or assigns a literal
// (`if btrfs and os.path.exists("/usr/sbin/transactional-update"): method = "transactional" else:
// method = "zypper"`). Where the file is missing the probe answers no, which is right there too:
// what a program's location decides is then its callers' affair.
bool isProbeAnswer(Node site, const SemanticModel& model);

}  // namespace platlint
