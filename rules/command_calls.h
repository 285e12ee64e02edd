#pragma once
// Shared matcher of the PORT5xx family (external commands), also used by PORT603 and PORT605: finds
// the calls that run another program and says which programs they run.
//
// Recognised calls (through imports and aliases):
//   subprocess.run/call/check_call/check_output/Popen   first argument or `args=`; a shell command
//                                                        when `shell=True`
//   subprocess.getoutput/getstatusoutput, os.system,     always a shell command
//   os.popen, asyncio.create_subprocess_shell
//   os.exec*, os.posix_spawn[p]                          first argument is the program
//   os.spawn*                                            second argument is the program
//   asyncio.create_subprocess_exec                       positional arguments are argv
//   wrappers (defaultCommandWrappers())                  positional arguments are argv, or a list
//                                                        as the only one; `shell=True` as above
// The command is a string literal (split into words like a shell does), a list or tuple literal of
// strings, or a name assigned once to one of those (`["ip", "netns"] + rest` gives its leading
// words; `prefix + ["lvs", ...]` with an unknown prefix gives the right-hand literal when its first word
// is a program program_table.h knows). A name assigned several times in its function, or a conditional
// expression (`[...] if fast else [...]`), gives every branch that is a list literal; when another
// branch is unknown, only those whose first word is a program program_table.h knows. `"ip addr".split()` and
// `shlex.split("ip addr")` count as lists. A branch may also be the front of a `+` concatenation
// (`ip_cmd + opts` with `ip_cmd` chosen by a conditional), a class attribute read through `self`, or
// what a function or method of the file returns when the call reaches it (directly, or picked
// from a dictionary of such functions), and a copy of a list (`x[:]`, `list(x)`, `x.copy()`,
// `[str(a) for a in x]`). A word in the program's place (first, or after `sudo`/`env`)
// that is a name with several known string values gives one argument vector per value; an f-string
// there gives a program family the tables know by its prefix (`f"mkfs.{fs}"` -> `mkfs.*`).
// `self.assertRaises(Error, execute, "ip", ...)` is a call of `execute`. Values come from
// SemanticModel::stringValue, so
// constants, concatenation and f-strings up to their first replacement field are understood.
// Commands built at run time (`[tool, "x"]`, `sys.executable`) yield no program. What is known about
// each program is in program_table.h (the data in programs.def); shell command lines are split by
// shell_words.h.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/rule.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

// The functions, besides the standard library's, that run their positional arguments as a
// command: OpenStack's processutils and the `utils.execute` helpers of the projects built on it.
// A pattern is a dotted name whose `*` components match any number of components (`*.utils.execute`
// matches `utils.execute`, `nova.utils.execute` and `self.utils.execute`). It is compared with the
// qualified name of the called function when imports resolve it, else with the call as written
// (`self._execute`). Only these names are wrappers: `cursor.execute("SELECT ...")` is not one.
//   oslo_concurrency.processutils.execute, oslo_concurrency.processutils.trycmd,
//   *.processutils.execute, *.processutils.trycmd   (unresolved or re-exported processutils)
//   *.utils.execute, *.utils.trycmd                 (nova.utils.execute, cinder.utils.execute, ...)
//   *.privsep.*.execute                             (privsep helpers that wrap processutils)
//   *.rootwrap.execute, *.rootwrap.custom_execute   (os_brick.privileged.rootwrap)
//   *._execute                                      (`self._execute`, the connector/driver idiom)
std::span<const std::string_view> defaultCommandWrappers();

// True when `dottedName` matches `pattern` as described above.
bool matchesWrapperPattern(std::string_view pattern, std::string_view dottedName);

// One word of a command whose value is known.
struct CommandWord {
  std::string text;
  Node node;  // the expression that gives it (the whole string for words of a shell command)
  // Where the word is written when that is outside the call (`cmd = ["umount", dev]` run later as
  // `subp(cmd)`): `node` is then the call's command argument, where guards and suppressions apply.
  Node written = {};
  // Where a name for the word sits in a list kept outside the call (`[SH, "-c", ...]` returned by a
  // helper, with `SH = "sh"`) when `written` is the name's value.
  Node listed = {};
};

struct CommandInvocation {
  Node call;
  std::string api;     // "subprocess.run", "os.system", "oslo_concurrency.processutils.execute", "self._execute"
  bool shell = false;  // the command is a string interpreted by a shell
  Node commandNode;    // the argument that holds the command: string, list, name, or the first vararg
  // Shell commands: the command line as far as known.
  std::string commandLine;
  bool commandLineComplete = true;
  // Argument-vector commands: the leading words whose values are known, in order.
  std::vector<CommandWord> argv;
  // The other argument vectors the command may be: a name assigned a list in each branch
  // (`args = ["mkswap"]` / `args = ["mkfs", ...]`) or a conditional expression of lists.
  std::vector<std::vector<CommandWord>> otherArgvs;
  bool wrapper = false;  // matched through defaultCommandWrappers(), a configured wrapper or by name
  std::string configuredWrapper;  // the `command-wrappers` pattern it matched, if it was one of them
  bool inferred = false;  // matched by name alone (see commandInvocation)
};

// The command `call` runs, or nullopt when it is not a recognised way to run one. `extraWrappers`
// are patterns, as above, that the configuration adds (`command-wrappers`).
// Other functions are recognised by name when their last name contains exec, run, call, subp,
// popen, spawn, command, cmd or shell (any case) and the command they get runs a program that
// program_table.h knows (or escalates with sudo, ...): the first positional argument as an
// argument vector (list, tuple, split string, or a name for one), else the positional strings, a
// single one split into words (`subp.subp(["ip", "link"])`, `self._run("systemctl", "restart", u)`,
// `execute("lvs", ...)` of an `execute=` parameter). Not recognised that way: names that build,
// check or fake a command (get*/build*/make*/format*/parse*, assert*, *mock*, *fake*, *test*,
// *expect*, *allow*, callbacks, exception classes, decorators), mock's `call`, calls on anything
// named *ssh*, *client*, *instance*, *remote*, *host*, *guest*, *server* or *container*,
// paramiko's `exec_command`, docker's `exec_run` and functions the file defines with a text that
// mentions ssh (the program runs on another host), and database cursors, sessions, connections
// and engines. Not a command either: a call made while a test replaces what would run it
// (`with mock.patch.object(subprocess, "Popen")`, `@mock.patch("cloudinit.subp.subp")` on its test
// function or class): `Popen` itself, or the function called.
std::optional<CommandInvocation> commandInvocation(Node call, const SemanticModel& model,
                                                   std::span<const std::string> extraWrappers = {});

// The same with the file's configured wrappers (FileSettings::commandWrappers), remembered per call
// for the file: half a dozen checks ask it of every call. A call that matches a configured wrapper,
// mocked or not, is recorded as a FactKind::WrapperUse of its pattern.
const std::optional<CommandInvocation>& commandInvocation(Node call, RuleContext& ctx);

// True when a test replaces what would run the command: a `with mock.patch(...)` around `call`,
// or a `@mock.patch(...)` on its function or class, of `Popen` (which every way of running a
// program ends in) or of the called function itself, the last name of `api` (`subp`, `execute`,
// `check_output`, a helper of the project).
bool runsUnderMock(Node call, std::string_view api, const SemanticModel& model);

// A program a command runs, after stripping what only launches it: a directory (`/sbin/ip` -> `ip`),
// `env` with its options and `NAME=value` assignments (`env` itself is a use of its own, before the
// program it starts), leading assignments of a shell command, and privilege escalation (`sudo`,
// `doas`, `pkexec`, `su -c "..."`), which is recorded.
struct ProgramUse {
  std::string name;           // "ip"
  std::vector<std::string> args;  // the words after it, as far as known
  Node node;                  // where to report: the word's node
  std::string escalation;     // "sudo", "su", "pkexec", "doas", or empty
  Node escalationNode;
  bool viaShell = false;      // a command of the shell command line itself (cmd.exe on Windows)
  Node written = {};          // where the name is written when outside the call (CommandWord::written)
  Node listed = {};           // CommandWord::listed
};

// Every program the command runs: the first of each argument vector it may be, or the first of each
// pipeline/list segment of a shell command (`a | b && c; d`); for `sh -c "..."`, `bash -c "..."` and
// `su -c "..."` the programs of the inner command too. An escalation with no known program after it
// yields a use with an empty name.
std::vector<ProgramUse> programsOf(const CommandInvocation& command);

// True for an availability probe: the command's one program run with nothing but `--version` or
// `--help` inside a `try` that catches what a missing program raises (OSError, or the
// ProcessExecutionError that processutils and cloud-init's subp turn it into). The answer decides
// whether the code goes on (`growpart --help` to pick a resizer, `systemctl --version` before
// loading a provider), even when the handler refuses by raising an error of its own.
bool isAvailabilityProbe(const CommandInvocation& command, const std::vector<ProgramUse>& programs);

// The `shlex.split(line)` call the command's argument vector comes from (directly, through a name,
// or as `args[0]` of it), when `line` is known only at run time and no `posix=` is given: POSIX
// quoting rules then take the backslashes of Windows paths for escapes. Null otherwise.
Node posixSplitOfCommand(const CommandInvocation& command, const SemanticModel& model);

}  // namespace platlint
