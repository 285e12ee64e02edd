// PORT8xx: file-system and process semantics that differ between platforms. One check visits calls:
// text-mode opens without `encoding=` (PORT801, with an unsafe fix), `os.rename` (PORT802, with a safe
// fix to `os.replace`), POSIX permission bits in `os.chmod` and `shutil.chown` (PORT803), symbolic
// links (PORT804), the `fork` start method and unguarded module-level process pools (PORT805),
// `select.select()` on pipes (PORT807) and the execute bit through `os.access` (PORT812).
//
// Not here because PORT4xx already reports them as missing on a platform: `os.chown`, `os.lchown`,
// `os.fchown`, `os.lchmod`, `os.fork`, `signal.alarm`, `signal.setitimer`, `signal.SIGALRM` (a
// `signal.alarm` timeout is fully covered by PORT402/PORT403). PORT806 (case-sensitive path
// comparisons) and PORT811 (paths longer than MAX_PATH) have files of their own.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/semantic_model.h"

namespace platlint {
namespace {


constexpr std::string_view kTags[] = {"portability", "file-system"};
constexpr std::string_view kEncodingTags[] = {"portability", "file-system", "encoding"};
constexpr std::string_view kSecurityTags[] = {"portability", "file-system", "security"};
constexpr std::string_view kProcessTags[] = {"portability", "multiprocessing"};

constexpr RuleMeta kOpenWithoutEncoding{
    "PORT801", "open-without-encoding", Level::Warning,
    "Opens a file in text mode without `encoding=`, so the locale decides how it is decoded",
    "Finds text-mode opens that do not say which encoding to use: `open()`, `io.open()` and `os.fdopen()` "
    "without a mode or with a text mode (`\"r\"`, `\"w\"`, `\"a\"`, `\"r+\"`, ...), `io.TextIOWrapper()`, "
    "`tempfile.NamedTemporaryFile(\"w\")` and its relatives, `gzip.open(p, \"rt\")`/`bz2`/`lzma` in text mode, "
    "and `Path(...).open()`, `.read_text()` and `.write_text()` on a value known to be a `pathlib.Path`. A mode "
    "that is a parameter of the function around the call is reported when it can be a text mode: its default is "
    "one (`def load(path, mode=\"r\")`) or the function itself tells binary modes from text ones (`if \"b\" in "
    "omode:`), and nothing in the function rebinds it (no fix then: `encoding=` makes a binary open raise). Binary "
    "modes, any other mode that is not a literal, `**kwargs`, an explicit `encoding=` (even `encoding=\"locale\"`) and "
    "`open(os.devnull, \"w\")` are not reported, nor a file of Linux's `/proc` or `/sys` (`os.path.join(SYS, "
    "name)` with `SYS = \"/sys\"`): Windows has no such file, so the open fails there before the encoding could "
    "matter, and PORT1xx reports the path; nor `open()` where a test has patched it (`@mock.patch(\"%s.open\" % "
    "__name__, new=mock.mock_open())`, `with mock.patch(\"builtins.open\", ...)`). Nor is an open whose file object "
    "is provably used only in "
    "ways the encoding cannot change (every ASCII-compatible encoding, UTF-8 and the Windows code pages alike, "
    "reads and writes ASCII text the same): it is dropped or only closed (`open(p, \"w\").close()`, `with "
    "open(p, \"a\"): pass`), only locked, flushed, synced or used through `fileno()` (a lock or marker file "
    "with `fcntl.flock(f, ...)`), handed to a child process as its `stdin=`, `stdout=` or `stderr=` (the child "
    "reads and writes the descriptor itself), written only ASCII by construction (`f.write(\"1\")`, `str(os.getpid())`, "
    "`str()` of a number or of a UUID (`str(uuid.uuid4())`, `uuid.uuid4().hex`, oslo's `uuidutils.generate_uuid()`), `\"%d\" % n` and f-strings of numbers and ASCII text, `%d`/`%x`/`%f` conversions of any "
    "value (they print digits or raise on every platform), `\"=\" * 40`, `h.hexdigest()`, "
    "`textwrap.dedent()` and `.strip()` of ASCII text, `json.dump(obj, f)`/`json.dumps(obj)` and oslo's "
    "`jsonutils` without `ensure_ascii=False`, `yaml.dump(obj, f)`/`yaml.safe_dump` without "
    "`allow_unicode=True`), or read only into `int()` or "
    "`float()` (`int(f.read().strip())`, `int(Path(p).read_text())`, or `pid = f.readline()` when every use of "
    "`pid` is `int(pid)`) or to be compared for equality with ASCII text (`self.assertEqual(\"cert text\", "
    "f.read())`, `assert f.read().strip() == \"1\"`: other bytes fail the comparison on Linux too). The file "
    "object must be the call's "
    "direct use, a `with ... as name` target (its uses in the `with` body count), a name assigned once in "
    "its function, or an element of a list of its function that is only created empty, appended to and looped "
    "over (`handles.append(open(p, \"w\"))` ... `for h in handles: fcntl.flock(h, ...)`, the loop's uses of `h` "
    "counting); any other use (passed to a function, returned, iterated, a write of text not known to be "
    "ASCII) keeps the finding.",
    "Without `encoding=` Python uses the locale's preferred encoding: UTF-8 on Linux and macOS, but the ANSI "
    "code page on Windows (cp1252 in Western Europe and the Americas, cp932 in Japan, cp936 in China) unless "
    "UTF-8 mode (`PYTHONUTF8=1`, `-X utf8`, the default from Python 3.15) is on. A file written as UTF-8 on "
    "Linux then raises `UnicodeDecodeError` on Windows, or is silently read as mojibake; a file written on "
    "Windows is not UTF-8 elsewhere. Python 3.10 added `EncodingWarning` (`-X warn_default_encoding`) for "
    "exactly this.",
    "with open(path) as f:\n    config = json.load(f)\n\nPath(\"notes.txt\").write_text(text)",
    "with open(path, encoding=\"utf-8\") as f:\n    config = json.load(f)\n\n"
    "Path(\"notes.txt\").write_text(text, encoding=\"utf-8\")\n\n"
    "# when the platform's encoding is really meant (3.10+):\nwith open(path, encoding=\"locale\") as f:\n    ...",
    kWindowsOnly, kEncodingTags, FixAvailability::Sometimes,
    "The fix adds `encoding=\"utf-8\"` (in the quote style of the call's other strings) as the last argument. It "
    "is unsafe: on Windows, and on any system whose locale is not UTF-8, the file is then read or written as "
    "UTF-8 instead of the locale's encoding, so files that earlier versions wrote in cp1252 no longer decode "
    "the same. Where the locale's encoding is intended, use `encoding=\"locale\"` (Python 3.10+) instead. It is "
    "not offered for calls with `*args`."};

constexpr RuleMeta kRenameMayNotReplace{
    "PORT802", "rename-may-not-replace", Level::Warning,
    "Uses `os.rename()`, which fails on Windows when the destination exists",
    "Finds calls of `os.rename()` (through aliases and `from os import rename`) and `Path.rename()` on a "
    "value known to be a `pathlib.Path`. Calls inside a `try` that catches `FileExistsError` (or `OSError`, "
    "its base class) handle the Windows behaviour and are not reported. Nor is a rename whose statement "
    "directly follows one that removes the same destination expression (`os.unlink(dst)`, `os.remove(dst)`, "
    "`os.rmdir(dst)`, `shutil.rmtree(dst)`, a function named `delete_if_exists` (oslo.utils' `fileutils.delete_if_exists(dst)`), `dst.unlink()`, "
    "alone or as the only statement of an `if` without `else` or of a `try` body): the destination is then "
    "gone and Windows renames as POSIX does. That is not atomic on any platform (for a moment there is no "
    "file, and another process may recreate it), but that is the code's choice, not a platform difference.",
    "On Linux and macOS `os.rename(src, dst)` replaces an existing file `dst` atomically. On Windows it raises "
    "`FileExistsError` ([WinError 183]) instead, so the usual \"write a temporary file, then rename it over "
    "the real one\" update works on POSIX and fails on Windows from the second run on. `os.replace()` "
    "(Python 3.3+) replaces the destination on every platform, atomically where the file system allows.",
    "with open(tmp, \"w\", encoding=\"utf-8\") as f:\n    json.dump(state, f)\nos.rename(tmp, STATE_FILE)",
    "with open(tmp, \"w\", encoding=\"utf-8\") as f:\n    json.dump(state, f)\nos.replace(tmp, STATE_FILE)",
    kWindowsOnly, kTags, FixAvailability::Sometimes,
    "The fix replaces the attribute `rename` with `replace`, keeping how the module is spelled (`os.rename` → "
    "`os.replace`, `_os.rename` → `_os.replace`, `path.rename(t)` → `path.replace(t)`). On Linux and macOS both "
    "functions are the same `rename(2)` system call, and on Windows the only difference is that `os.replace()` "
    "overwrites an existing destination where `os.rename()` raised `FileExistsError` — the behaviour the code "
    "already has on POSIX. Calls whose surrounding `try` catches `FileExistsError` or `OSError` are not reported "
    "at all, so code that relies on the exception keeps it. The fix is still unsafe: it changes which function "
    "is called, and tests that patch `os.rename` (`mock.patch(\"os.rename\")`, common in OpenStack projects) no "
    "longer intercept the call and let the real rename run; patch `os.replace` there when applying it "
    "(`--unsafe-fixes`). No fix is offered for a bare `rename(...)` imported with `from os import rename`."};

constexpr RuleMeta kChmodPosixBits{
    "PORT803", "chmod-posix-bits", Level::Warning,
    "Sets or returns POSIX permission bits that Windows ignores or makes up, or changes ownership with `shutil.chown()`",
    "Finds `os.chmod()`, `os.fchmod()` and `Path.chmod()` whose mode is known to contain bits other than "
    "`stat.S_IREAD` and `stat.S_IWRITE`: execute bits, group and other permissions, set-user-id, set-group-id "
    "and sticky bits (`0o755`, `stat.S_IXUSR`, `st.st_mode | stat.S_IEXEC`, a constant assigned once). Also "
    "`shutil.chown()`. A writable mode written as a number that keeps group and other users out (`0o600`, a "
    "name assigned `0o600` once) is reported as well, as a protection that does nothing on Windows (`0o400` "
    "is not: it makes the file read-only, which Windows honours); the same "
    "value spelled `stat.S_IREAD | stat.S_IWRITE` or `stat.S_IRUSR | stat.S_IWUSR` is how portable code "
    "sets or clears the read-only flag and is not. A mode chosen elsewhere (a parameter, an attribute such as "
    "`self.file_permission`, a setting, `int(mode)`) is reported too: whatever bits it holds, Windows applies only "
    "the read-only flag. Not reported are a mode read from a file's status or built from `stat` constants "
    "(`st.st_mode & ~stat.S_IWRITE`, a name assigned `os.stat(src).st_mode`: how portable code copies or toggles "
    "the read-only flag), and a call that is the whole body of a function and passes that function's own "
    "parameter as the mode (a wrapper forwarding its caller's choice). `os.mkdir()` and `os.makedirs()` are "
    "reported when their mode keeps other users from reading (`0o750`, `0o770`, `0o700`; Windows honours `0o700` "
    "only from Python 3.13 on, which the message says). A function that returns `stat.S_IMODE()` of a file's status "
    "(`return stat.S_IMODE(os.stat(path).st_mode)`) is reported too: its callers get permission bits that Windows "
    "makes up; the same value kept to pass to `os.chmod()` (copying a mode) is not. "
    "`os.chown()`, `os.lchown()`, `os.fchown()` and `os.lchmod()` are missing on some platforms and reported by "
    "PORT402.",
    "Windows has no POSIX permission bits: `os.chmod()` there only sets or clears the read-only attribute "
    "(from `stat.S_IWRITE`) and silently ignores everything else. Making a script executable with `0o755` has "
    "no effect, and restricting a secret to its owner with `0o600`/`0o700` or taking group and other "
    "permissions away leaves the file as readable as its ACL says — no error tells you. `shutil.chown()` "
    "calls `os.chown()`, which does not exist on Windows, and fails there.",
    "import os, stat\n\nos.chmod(script, 0o755)\nos.chmod(key_file, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)",
    "import os, stat, sys\n\nif sys.platform != \"win32\":\n    os.chmod(script, 0o755)  # on Windows run it "
    "with `sys.executable script`\n\n# read-only is the one permission that works everywhere:\n"
    "os.chmod(path, stat.S_IREAD)\n# for secrets, create them private (`os.open(path, flags, 0o600)` on POSIX) "
    "and set an ACL on Windows",
    kWindowsOnly, kSecurityTags};

constexpr RuleMeta kSymlinkNeedsPrivilege{
    "PORT804", "symlink-needs-privilege", Level::Warning,
    "Creates a symbolic link, which Windows allows only with a privilege or Developer Mode",
    "Finds `os.symlink()` and `Path.symlink_to()`. Calls inside a `try` that handles `OSError` are not "
    "reported, unless the handler raises the error again, only logs it, or goes on only for errors such as "
    "`errno.EEXIST` (`if e.errno == errno.EEXIST: return` / `else: raise`) and raises the missing privilege "
    "again.",
    "On Windows creating a symbolic link needs the `SeCreateSymbolicLinkPrivilege` (administrators) or "
    "Developer Mode; an ordinary user gets `OSError: [WinError 1314] A required privilege is not held by the "
    "client`. A link to a directory also needs `target_is_directory=True` there, or it is created as a file "
    "link that does not work. FAT and exFAT volumes (USB sticks) have no symbolic links on any platform.",
    "import os\n\nos.symlink(release_dir, current_link)",
    "import os, shutil\n\ntry:\n    os.symlink(release_dir, current_link, target_is_directory=True)\n"
    "except OSError:\n    # no privilege (Windows) or no link support: copy instead\n"
    "    shutil.copytree(release_dir, current_link)",
    kWindowsOnly, kTags};

constexpr RuleMeta kForkStartMethod{
    "PORT805", "fork-start-method", Level::Warning,
    "Relies on the `fork` start method, or starts processes at module level without a `__main__` guard",
    "Finds `multiprocessing.set_start_method(\"fork\")` and `multiprocessing.get_context(\"fork\")` (also "
    "`\"forkserver\"`, which Windows lacks), and `multiprocessing.Process(...)`, `multiprocessing.Pool(...)`, "
    "`multiprocessing.Manager()` and `concurrent.futures.ProcessPoolExecutor(...)` created at module level "
    "(outside any function) without an enclosing `if __name__ == \"__main__\":`. `os.fork()` is reported by "
    "PORT402.",
    "Windows has no `fork`: `get_context(\"fork\")` raises `ValueError: cannot find context for 'fork'`. "
    "macOS has it, but forking a process that has used system frameworks crashes the child, which is why "
    "`spawn` is the default there since Python 3.8 (and since 3.14 `forkserver` is the default on Linux). "
    "With `spawn` every child re-imports the main module, so processes started at module level start "
    "children again: Python stops this with `RuntimeError: An attempt has been made to start a new process "
    "before the current process has finished its bootstrapping phase`. Code written against Linux's `fork` "
    "default also assumes the child inherits module globals, which `spawn` does not provide.",
    "import multiprocessing\n\nmultiprocessing.set_start_method(\"fork\")\npool = multiprocessing.Pool(4)\n"
    "results = pool.map(work, items)",
    "import multiprocessing\n\ndef main():\n    with multiprocessing.Pool(4) as pool:  # the platform's default "
    "start method\n        results = pool.map(work, items)\n\nif __name__ == \"__main__\":\n    main()",
    kNotLinux, kProcessTags};

constexpr RuleMeta kSelectOnPipe{
    "PORT807", "select-on-non-socket", Level::Warning,
    "Calls `select.select()` on a pipe or a standard stream, which Windows supports only for sockets",
    "Finds `select.select()` whose read, write or error list contains a standard stream or a subprocess pipe "
    "(`proc.stdout`, `proc.stderr`, `sys.stdin`, `x.stdout.fileno()`, ...), and "
    "`selector.register(proc.stdout, selectors.EVENT_READ)` on such a stream. `select.select()` on sockets "
    "is portable and not reported.",
    "On Windows `select()` is Winsock's and accepts only sockets: a pipe, a console handle or a file raises "
    "`OSError: [WinError 10038] An operation was attempted on something that is not a socket`. The same goes "
    "for `selectors.DefaultSelector`, which is `SelectSelector` there. On Linux and macOS the code works, so "
    "the problem only shows when a Windows user runs it.",
    "import select, subprocess\n\nproc = subprocess.Popen(cmd, stdout=subprocess.PIPE)\n"
    "ready, _, _ = select.select([proc.stdout], [], [], 1.0)",
    "import asyncio\n\nasync def run(cmd):\n    proc = await asyncio.create_subprocess_exec(*cmd, "
    "stdout=asyncio.subprocess.PIPE)\n    line = await asyncio.wait_for(proc.stdout.readline(), timeout=1.0)\n\n"
    "# or read the pipe in a thread and hand lines over through a queue.Queue",
    kWindowsOnly, kTags};

constexpr RuleMeta kAccessExecuteBit{
    "PORT812", "access-execute-bit", Level::Warning,
    "Tests a file for execute permission with `os.access(path, os.X_OK)`, which is true for every file on Windows",
    "Finds `os.access(path, os.X_OK)` (also through `from os import access, X_OK`): the usual test whether a "
    "file is a program one can run, as in a hand-written `which()`. A mode that combines `X_OK` with other "
    "modes (`os.W_OK | os.X_OK`), or a condition that also tests another mode of `os.access` (`os.access(d, "
    "os.R_OK) and os.access(d, os.X_OK)`), checks permissions, usually of a directory, and is not reported: "
    "Windows only checks them less strictly.",
    "Windows has no execute permission: `os.access(path, os.X_OK)` is true for any file or directory that "
    "exists, a text file as much as a program. What Windows runs is decided by the extension (`PATHEXT`: "
    "`.exe`, `.bat`, `.cmd`, ...), which such a search also never appends, so it accepts data files and misses "
    "`tool.exe` when looking for `tool`.",
    "import os\n\ndef which(name):\n    for d in os.environ[\"PATH\"].split(os.pathsep):\n"
    "        path = os.path.join(d, name)\n        if os.path.isfile(path) and os.access(path, os.X_OK):\n"
    "            return path\n    return None",
    "import shutil\n\n# honours PATHEXT on Windows and the execute bit elsewhere\npath = shutil.which(name)",
    kWindowsOnly, kTags};

constexpr const RuleMeta* kRules[] = {&kOpenWithoutEncoding, &kRenameMayNotReplace, &kChmodPosixBits,
                                      &kSymlinkNeedsPrivilege, &kForkStartMethod, &kSelectOnPipe,
                                      &kAccessExecuteBit};

// ---------------------------------------------------------------------------------------------
// Small syntax helpers.

template <size_t N>
bool oneOf(std::string_view s, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}



std::string_view methodName(Node call) {
  const Node fn = skipParentheses(call.field("function"));
  return fn.is("attribute") ? fn.field("attribute").text() : std::string_view{};
}

// True when `expr` is known to evaluate to a pathlib path: `Path(...)`, `Path.home()`, `p / "x"`,
// `p.with_suffix(...)`, `p.parent`, or a name the file assigns such a value exactly once.
bool isPathObject(Node expr, const SemanticModel& model, int depth = 0) {
  expr = skipParentheses(expr);
  if (!expr || depth > 8) return false;
  static constexpr std::array<std::string_view, 6> kConstructors = {
      "pathlib.Path", "pathlib.PosixPath", "pathlib.WindowsPath", "pathlib.PurePath", "pathlib.PurePosixPath",
      "pathlib.PureWindowsPath"};
  static constexpr std::array<std::string_view, 11> kPathReturning = {
      "joinpath", "with_name", "with_suffix", "with_stem", "resolve", "absolute", "expanduser", "relative_to",
      "home", "cwd", "readlink"};
  const std::string_view k = expr.kind();
  if (k == "call") {
    const Node fn = skipParentheses(expr.field("function"));
    if (oneOf(std::string_view(model.qualifiedName(fn)), kConstructors)) return true;
    if (fn.is("attribute") && oneOf(fn.field("attribute").text(), kPathReturning)) {
      const Node object = skipParentheses(fn.field("object"));
      return oneOf(std::string_view(model.qualifiedName(object)), kConstructors) ||
             isPathObject(object, model, depth + 1);
    }
    return false;
  }
  if (k == "binary_operator") {
    return expr.field("operator").text() == "/" && isPathObject(expr.field("left"), model, depth + 1);
  }
  if (k == "attribute") {
    return expr.field("attribute").text() == "parent" && isPathObject(expr.field("object"), model, depth + 1);
  }
  if (k == "identifier") {
    const Node assigned = model.singleAssignment(expr.text());
    return assigned && isPathObject(assigned, model, depth + 1);
  }
  return false;
}

// The receiver of `x.method(...)` when it is a pathlib path.
bool calledOnPath(Node call, const SemanticModel& model) {
  const Node fn = skipParentheses(call.field("function"));
  return fn.is("attribute") && isPathObject(fn.field("object"), model);
}

// What a failing rename raises when the target exists on Windows, and what a failing symlink
// raises (a missing privilege, a file system without links): a `try` catching one keeps the
// exception the code relies on.
constexpr std::string_view kRenameErrors[] = {"FileExistsError", "OSError"};
constexpr std::string_view kSymlinkErrors[] = {"OSError"};

// ---------------------------------------------------------------------------------------------
// PORT801: text-mode opens.

enum class DefaultMode { Text, Binary };

struct OpenApi {
  std::string_view name;  // qualified name, or a pathlib method name for `method`
  int modeIndex;          // positional index of `mode`; -1: none (always text)
  int encodingIndex;      // positional index of `encoding`; -1: keyword-only
  DefaultMode defaultMode;
  bool textNeedsT;  // gzip/bz2/lzma: text only with "t" in the mode
};

constexpr OpenApi kOpenFunctions[] = {
    {"builtins.open", 1, 3, DefaultMode::Text, false},
    {"io.open", 1, 3, DefaultMode::Text, false},
    {"os.fdopen", 1, 3, DefaultMode::Text, false},
    {"io.TextIOWrapper", -1, 1, DefaultMode::Text, false},
    {"tempfile.NamedTemporaryFile", 0, 2, DefaultMode::Binary, false},
    {"tempfile.TemporaryFile", 0, 2, DefaultMode::Binary, false},
    {"tempfile.SpooledTemporaryFile", 1, 3, DefaultMode::Binary, false},
    {"gzip.open", 1, 3, DefaultMode::Binary, true},
    {"bz2.open", 1, 3, DefaultMode::Binary, true},
    {"lzma.open", 1, -1, DefaultMode::Binary, true},
};

constexpr OpenApi kPathMethods[] = {
    {"open", 0, 2, DefaultMode::Text, false},
    {"read_text", -1, 0, DefaultMode::Text, false},
    {"write_text", -1, 1, DefaultMode::Text, false},
};

// The quote character the call's own string arguments use ('"' when they use none).
char quoteStyle(const CallArguments& args) {
  auto quoteOf = [](Node s) -> char {
    s = skipParentheses(s);
    if (!s || !s.is("string")) return 0;
    for (char c : s.text()) {
      if (c == '"' || c == '\'') return c;
    }
    return 0;
  };
  for (const Node& p : args.positional) {
    if (char c = quoteOf(p)) return c;
  }
  for (const Node& k : args.keywords) {
    if (char c = quoteOf(k.field("value"))) return c;
  }
  return '"';
}

// Appends `encoding="utf-8"` as the call's last argument.
Fix encodingFix(const CallArguments& args) {
  const char q = quoteStyle(args);
  const std::string keyword = std::string("encoding=") + q + "utf-8" + q;
  Node last;
  for (uint32_t i = 0; i < args.list.namedChildCount(); ++i) {
    const Node a = args.list.namedChild(i);
    if (!a.is("comment")) last = a;
  }
  Edit edit;
  if (last) {
    edit.startByte = edit.endByte = last.endByte();
    edit.replacement = ", " + keyword;
  } else {
    edit.startByte = edit.endByte = args.list.startByte() + 1;  // just after "("
    edit.replacement = keyword;
  }
  Fix fix;
  fix.description = "Pass `" + keyword + "`";
  fix.safety = FixSafety::Unsafe;
  fix.edits.push_back(std::move(edit));
  return fix;
}

// ---------------------------------------------------------------------------------------------
// PORT801 exemptions: content the encoding cannot change. Every ASCII-compatible encoding (UTF-8 and
// all Windows code pages Python picks by default) reads and writes ASCII text to the same bytes, so
// an open whose every read and write is provably ASCII behaves the same on every platform. Anything
// not proven (an unknown string, a handle passed on or returned) keeps the finding.

constexpr int kMaxValueDepth = 8;

bool isAsciiOnly(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string_view calleeName(Node call, const SemanticModel& model) {
  return model.qualifiedName(skipParentheses(call.field("function")));
}

// True when the function (or module) around `use` extends `name` with `name += ...`.
bool augmentedInScope(Node use, std::string_view name) {
  const Node scope = bindingScope(use);
  const SyntaxTree& tree = *scope.tree();
  for (uint32_t i = scope.index(); i < tree.subtreeEnd(scope); ++i) {
    const Node n = tree.node(i);
    if (n.is("augmented_assignment") && n.field("left").text() == name) return true;
  }
  return false;
}

// The whole value a name refers to at `use`: its one assignment in the function around `use`
// (none when `name += ...` adds to it), else the file's one assignment of it.
Node assignedValue(Node name, const SemanticModel& model) {
  if (const Node local = localSingleAssignment(name, name.text())) {
    return augmentedInScope(name, name.text()) ? Node{} : local;
  }
  return model.singleAssignment(name.text());
}

// A number by construction: literals, arithmetic on numbers, and calls that return numbers
// (`len(x)`, `int(x)`, `os.getpid()`, `time.time()`), through names assigned once.
bool isNumber(Node expr, const SemanticModel& model, int depth = 0) {
  expr = skipParentheses(expr);
  if (!expr || depth > kMaxValueDepth) return false;
  const std::string_view k = expr.kind();
  if (k == "integer" || k == "float" || k == "true" || k == "false") return true;
  if (k == "unary_operator") return isNumber(expr.field("argument"), model, depth + 1);
  if (k == "binary_operator") {
    static constexpr std::array<std::string_view, 7> kArithmetic = {"+", "-", "*", "/", "//", "%", "**"};
    return oneOf(expr.field("operator").text(), kArithmetic) && isNumber(expr.field("left"), model, depth + 1) &&
           isNumber(expr.field("right"), model, depth + 1);
  }
  if (k == "identifier") {
    const Node value = assignedValue(expr, model);
    return value && isNumber(value, model, depth + 1);
  }
  if (k == "call") {
    static constexpr std::array<std::string_view, 20> kNumberFunctions = {
        "builtins.int",     "builtins.float",   "builtins.len",        "builtins.round",  "builtins.abs",
        "builtins.ord",     "builtins.hash",    "builtins.id",         "os.getpid",       "os.getppid",
        "os.getuid",        "os.geteuid",       "os.getgid",           "os.getegid",      "time.time",
        "time.time_ns",     "time.monotonic",   "time.perf_counter",   "os.cpu_count",    "random.randint"};
    return oneOf(calleeName(expr, model), kNumberFunctions);
  }
  return false;
}

bool isAsciiText(Node expr, const SemanticModel& model, int depth = 0);

bool isAsciiOrNumber(Node expr, const SemanticModel& model, int depth) {
  return isNumber(expr, model, depth) || isAsciiText(expr, model, depth);
}

// What each operand of a `%` format must be for the result to be ASCII, in operand order: true for
// `%s`/`%r` (ASCII text or a number), false for the conversions whose output is ASCII whatever the
// operand (`%d`, `%x`, `%f`, ... print digits or raise TypeError on every platform; `%a` escapes;
// a `*` width or precision is an int). Nullopt for `%c` (any character) or a format Python rejects;
// `mapped` is set when the format names its operands (`%(pid)d`).
std::optional<std::vector<bool>> percentOperands(std::string_view format, bool& mapped) {
  static constexpr std::string_view kAsciiConversions = "diouxXeEfFgGa";
  std::vector<bool> needsAscii;
  mapped = false;
  for (size_t at = format.find('%'); at != std::string_view::npos; at = format.find('%', at)) {
    size_t i = at + 1;
    if (i < format.size() && format[i] == '(') {
      mapped = true;
      i = format.find(')', i);
      if (i == std::string_view::npos) return std::nullopt;
      ++i;
    }
    while (i < format.size() && std::string_view("#0- +").find(format[i]) != std::string_view::npos) ++i;
    for (bool precision = false;; precision = true) {
      if (i < format.size() && format[i] == '*') {
        needsAscii.push_back(false);
        ++i;
      }
      while (i < format.size() && std::isdigit(static_cast<unsigned char>(format[i]))) ++i;
      if (precision || i >= format.size() || format[i] != '.') break;
      ++i;
    }
    while (i < format.size() && std::string_view("hlL").find(format[i]) != std::string_view::npos) ++i;
    if (i >= format.size()) return std::nullopt;
    const char conversion = format[i];
    at = i + 1;
    if (conversion == '%') continue;
    if (conversion == 's' || conversion == 'r') {
      needsAscii.push_back(true);
    } else if (kAsciiConversions.find(conversion) != std::string_view::npos) {
      needsAscii.push_back(false);
    } else {
      return std::nullopt;
    }
  }
  return needsAscii;
}

// `"%d\n" % pid`, `"%s:%d" % (HOST, port)`: an ASCII format whose `%s` operands are numbers or ASCII
// text; operands of numeric conversions may be anything.
bool isAsciiPercentFormat(Node expr, const SemanticModel& model, int depth) {
  if (!isAsciiText(expr.field("left"), model, depth + 1)) return false;
  const auto format = model.stringValue(expr.field("left"));  // complete: isAsciiText folded it
  bool mapped = false;
  const auto needsAscii = format ? percentOperands(format->value, mapped) : std::nullopt;
  if (!needsAscii) return false;
  // A format without `%s`/`%r` prints ASCII from any operands, a mapping's included.
  if (std::ranges::find(*needsAscii, true) == needsAscii->end()) return true;
  if (mapped) return false;
  const Node right = skipParentheses(expr.field("right"));
  if (!right || !right.is("tuple")) return isAsciiOrNumber(right, model, depth + 1);
  for (uint32_t i = 0; i < right.namedChildCount(); ++i) {
    const bool any = needsAscii->size() == right.namedChildCount() && !(*needsAscii)[i];
    if (!any && !isAsciiOrNumber(right.namedChild(i), model, depth + 1)) return false;
  }
  return true;
}

bool hasInterpolation(Node string) {
  for (uint32_t i = 0; i < string.namedChildCount(); ++i) {
    if (string.namedChild(i).is("interpolation")) return true;
  }
  return false;
}

// Literal text of an f-string, escapes still written out: `\u00e9`, `\N{...}`, `\x..` and octal
// escapes may stand for non-ASCII characters, so they do not count as ASCII.
bool isAsciiLiteralPart(std::string_view text) {
  if (!isAsciiOnly(text)) return false;
  for (size_t at = text.find('\\'); at != std::string_view::npos && at + 1 < text.size(); at = text.find('\\', at + 2)) {
    const char escaped = text[at + 1];
    if (escaped == 'u' || escaped == 'U' || escaped == 'N' || escaped == 'x' || (escaped >= '0' && escaped <= '7')) {
      return false;
    }
  }
  return true;
}

// An f-string whose literal parts are ASCII and whose every replacement field is a number or ASCII text.
bool isAsciiFString(Node string, const SemanticModel& model, int depth) {
  for (uint32_t i = 0; i < string.namedChildCount(); ++i) {
    const Node part = string.namedChild(i);
    if (part.is("string_content") && !isAsciiLiteralPart(part.text())) return false;
    if (part.is("interpolation") && !isAsciiOrNumber(part.field("expression"), model, depth + 1)) return false;
  }
  return true;
}

// Serializers whose output escapes every non-ASCII character unless told otherwise: `json` and
// oslo.serialization's `jsonutils` (`ensure_ascii=True` by default) and PyYAML (`allow_unicode=False`).
bool isAsciiSerializer(std::string_view callee, bool toFile) {
  static constexpr std::array<std::string_view, 4> kToText = {"json.dumps", "oslo_serialization.jsonutils.dumps",
                                                              "yaml.dump", "yaml.safe_dump"};
  static constexpr std::array<std::string_view, 4> kToFile = {"json.dump", "oslo_serialization.jsonutils.dump",
                                                              "yaml.dump", "yaml.safe_dump"};
  return toFile ? oneOf(callee, kToFile) : oneOf(callee, kToText);
}

// The call keeps the serializer's ASCII default: no `ensure_ascii=`/`allow_unicode=` other than the
// default, and no `**kwargs` that could change it.
bool serializesAscii(std::string_view callee, const CallArguments& args) {
  if (args.splat()) return false;
  if (callee.starts_with("yaml.")) {
    const Node allowUnicode = args.keyword("allow_unicode");
    return !allowUnicode || skipParentheses(allowUnicode).is("false") || skipParentheses(allowUnicode).is("none");
  }
  const Node ensureAscii = args.keyword("ensure_ascii");
  return !ensureAscii || skipParentheses(ensureAscii).is("true");
}

// `uuid.uuid4()`, `uuid.UUID(text)`: a UUID, whose text is hexadecimal digits and dashes.
bool isUuid(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr || !expr.is("call")) return false;
  const std::string_view callee = calleeName(expr, model);
  return callee.starts_with("uuid.uuid") || callee == "uuid.UUID";
}

// Text that is ASCII by construction: ASCII literals and folded strings, `str()` of a number or a
// UUID, `%` and f-string formats of numbers and ASCII text, `json.dumps()` (it escapes non-ASCII by
// default), hex digests, and `+` of such text.
bool isAsciiText(Node expr, const SemanticModel& model, int depth) {
  expr = skipParentheses(expr);
  if (!expr || depth > kMaxValueDepth) return false;
  const std::string_view k = expr.kind();
  if (k == "string" && hasInterpolation(expr)) return isAsciiFString(expr, model, depth);
  if (const auto folded = model.stringValue(expr); folded && folded->complete) return isAsciiOnly(folded->value);
  if (k == "binary_operator") {
    const std::string_view op = expr.field("operator").text();
    if (op == "%") return isAsciiPercentFormat(expr, model, depth);
    if (op == "*") {  // `"=" * 40`
      return (isAsciiText(expr.field("left"), model, depth + 1) && isNumber(expr.field("right"), model, depth + 1)) ||
             (isNumber(expr.field("left"), model, depth + 1) && isAsciiText(expr.field("right"), model, depth + 1));
    }
    return op == "+" && isAsciiText(expr.field("left"), model, depth + 1) &&
           isAsciiText(expr.field("right"), model, depth + 1);
  }
  if (k == "identifier") {
    const Node value = assignedValue(expr, model);
    return value && isAsciiText(value, model, depth + 1);
  }
  // `uuid.uuid4().hex`: hexadecimal digits.
  if (k == "attribute") return expr.field("attribute").text() == "hex" && isUuid(expr.field("object"), model);
  if (k != "call") return false;
  const CallArguments args = argumentsOf(expr);
  if (args.splat()) return false;
  const std::string_view callee = calleeName(expr, model);
  if (callee == "builtins.hex" || callee == "builtins.oct" || callee == "builtins.bin") return true;
  // oslo.utils' `uuidutils.generate_uuid()`: the text of a uuid4.
  if (callee == "oslo_utils.uuidutils.generate_uuid") return true;
  if (callee == "builtins.str" || callee == "builtins.repr") {
    return args.positional.size() == 1 &&
           (isAsciiOrNumber(args.positional[0], model, depth + 1) || isUuid(args.positional[0], model));
  }
  if (isAsciiSerializer(callee, /*toFile=*/false)) return serializesAscii(callee, args);
  if (callee == "textwrap.dedent") return args.positional.size() == 1 && isAsciiText(args.positional[0], model, depth + 1);
  const std::string_view method = methodName(expr);
  if (method == "hexdigest" || method == "hex") return args.positional.empty() && args.keywords.empty();
  static constexpr std::array<std::string_view, 5> kTextMethods = {"strip", "lstrip", "rstrip", "upper", "lower"};
  if (oneOf(method, kTextMethods) && args.positional.empty() && args.keywords.empty()) {
    return isAsciiText(skipParentheses(expr.field("function")).field("object"), model, depth + 1);
  }
  return false;
}

// `f.read()`, `(f.read()).strip()`, `f.read().rstrip().lstrip()`: the outermost expression that is
// still the text read, past parentheses and up to three strips. Null past more.
Node strippedRead(Node read) {
  static constexpr std::array<std::string_view, 3> kStrips = {"strip", "rstrip", "lstrip"};
  Node value = read;
  for (int steps = 0; steps < 4; ++steps) {
    Node outer = value;
    while (outer.parent() && outer.parent().is("parenthesized_expression")) outer = outer.parent();
    const Node parent = outer.parent();
    if (!parent || !parent.is("attribute") || !(parent.field("object") == outer) ||
        !oneOf(parent.field("attribute").text(), kStrips)) {
      return outer;
    }
    const Node strip = parent.parent();
    if (!strip || !strip.is("call") || !(strip.field("function") == parent)) return outer;
    value = strip;
  }
  return {};
}

// `int(<read>)` or `float(<read>)`, allowing `.strip()`-like calls in between: reading digits is the
// same in every ASCII-compatible encoding, and anything else fails to convert on every platform.
bool convertedToNumber(Node read, const SemanticModel& model) {
  const Node outer = strippedRead(read);
  const Node parent = outer ? outer.parent() : Node{};
  if (!parent || !parent.is("argument_list") || parent.namedChildCount() != 1) return false;
  const Node conversion = parent.parent();
  if (!conversion.is("call")) return false;
  const std::string_view callee = calleeName(conversion, model);
  return callee == "builtins.int" || callee == "builtins.float";
}

// `self.assertEqual("cert text", f.read())`, `assert f.read().strip() == "1"`: text read only to be
// compared for equality with ASCII text. ASCII bytes decode alike in every ASCII-compatible
// encoding, and other bytes make the comparison fail on Linux as well: the test is right or wrong
// everywhere. (Not `!=` or `assertNotEqual`: there a non-ASCII file passes on Linux and may not
// decode on Windows.)
bool comparedWithAsciiText(Node read, const SemanticModel& model) {
  const Node outer = strippedRead(read);
  const Node parent = outer ? outer.parent() : Node{};
  if (!parent) return false;
  if (parent.is("comparison_operator") && parent.namedChildCount() == 2 && parent.childCount() == 3 &&
      parent.child(1).text() == "==" && parent.parent() && parent.parent().is("assert_statement")) {
    return isAsciiText(parent.namedChild(0) == outer ? parent.namedChild(1) : parent.namedChild(0), model);
  }
  if (!parent.is("argument_list") || parent.namedChildCount() < 2) return false;
  const Node assertion = parent.parent();
  const Node callee = assertion.is("call") ? skipParentheses(assertion.field("function")) : Node{};
  if (!callee || !callee.is("attribute") || callee.field("attribute").text() != "assertEqual") return false;
  const CallArguments args = argumentsOf(assertion);
  if (args.splat() || args.positional.size() < 2) return false;
  if (args.positional[0] == outer) return isAsciiText(args.positional[1], model);
  if (args.positional[1] == outer) return isAsciiText(args.positional[0], model);
  return false;
}

// True when `accept` holds for every reference to `name` under `scope` other than `binding`.
bool everyReference(Node scope, std::string_view name, Node binding, const std::function<bool(Node)>& accept) {
  const SyntaxTree& tree = *scope.tree();
  const uint32_t end = tree.subtreeEnd(scope);
  for (uint32_t i = scope.index(); i < end; ++i) {
    const Node n = tree.node(i);
    if (n == binding || !n.is("identifier") || n.text() != name) continue;
    const Node parent = n.parent();
    if (parent.is("attribute") && parent.field("attribute") == n) continue;
    if (parent.is("keyword_argument") && parent.field("name") == n) continue;
    if (!accept(n)) return false;
  }
  return true;
}

// `pid = f.readline()` ... `int(pid)`: the text read is kept in a name that is only ever converted to
// a number (see convertedToNumber) in its function.
bool storedForNumber(Node read, const SemanticModel& model) {
  Node outer = read;
  while (outer.parent() && outer.parent().is("parenthesized_expression")) outer = outer.parent();
  const Node assignment = outer.parent();
  if (!assignment || !assignment.is("assignment") || !(assignment.field("right") == outer)) return false;
  const Node target = assignment.field("left");
  if (!target.is("identifier")) return false;
  bool used = false;
  return everyReference(bindingScope(read), target.text(), target,
                        [&](Node use) { return used = convertedToNumber(use, model); }) &&
         used;
}

// Calls that take a file object and use it without its encoding: locks, and serializers that write
// only ASCII by default (`json.dump()`, `yaml.dump()`; see isAsciiSerializer).
bool passedWithoutEncoding(Node handle, const SemanticModel& model) {
  Node argument = handle;
  Node list = handle.parent();
  if (list && list.is("keyword_argument")) {
    // `subprocess.run(cmd, stdout=f)`: the child writes to (or reads from) the descriptor itself.
    const std::string_view keyword = list.field("name").text();
    if (keyword == "stdin" || keyword == "stdout" || keyword == "stderr") return true;
    argument = list;
    list = list.parent();
  }
  if (!list || !list.is("argument_list")) return false;
  const Node call = list.parent();
  if (!call.is("call")) return false;
  const std::string_view callee = calleeName(call, model);
  if (callee == "fcntl.flock" || callee == "fcntl.lockf" || callee == "fcntl.fcntl") {
    return list.namedChildCount() > 0 && list.namedChild(0) == argument;
  }
  if (!isAsciiSerializer(callee, /*toFile=*/true)) return false;
  const CallArguments args = argumentsOf(call);
  const Node stream = args.argument(1, callee.starts_with("yaml.") ? "stream" : "fp");
  return stream == handle && serializesAscii(callee, args);
}

// `f.write(text)`, `path.write_text(text)`: one argument, ASCII by construction.
bool writesAsciiOnly(const CallArguments& args, const SemanticModel& model) {
  return !args.splat() && args.positional.size() == 1 && args.keywords.empty() && isAsciiText(args.positional[0], model);
}

// The name an `as` target binds when it is a plain name, else empty.
std::string_view plainName(Node target) {
  const std::string_view text = target ? target.text() : std::string_view{};
  const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
  });
  return plain ? text : std::string_view{};
}

bool everyUseIgnoresEncoding(Node scope, std::string_view name, Node binding, const SemanticModel& model);

// `handles.append(open(p, "w"))` ... `for h in handles: fcntl.flock(h, ...)`: a file object kept in a
// list of the function whose every other use creates it empty, appends to it or loops over it, each
// element of the loop used only in ways the encoding cannot change (see useIgnoresEncoding).
bool keptInListIgnoringEncoding(Node handle, const SemanticModel& model) {
  const Node list = handle.parent();
  if (!list || !list.is("argument_list") || list.namedChildCount() != 1) return false;
  const Node call = list.parent();
  if (!call.is("call") || methodName(call) != "append") return false;
  const Node owner = skipParentheses(call.field("function")).field("object");
  if (!owner.is("identifier")) return false;
  bool looped = false;
  const bool everyUse = everyReference(bindingScope(call), owner.text(), owner, [&](Node reference) {
    const Node parent = reference.parent();
    if (parent.is("assignment") && parent.field("left") == reference) {
      const Node value = skipParentheses(parent.field("right"));
      return value.is("list") && value.namedChildCount() == 0;
    }
    if (parent.is("attribute") && parent.field("object") == reference && parent.field("attribute").text() == "append") {
      return parent.parent().is("call") && parent.parent().field("function") == parent;
    }
    if (parent.is("for_statement") && parent.field("right") == reference) {
      const Node target = parent.field("left");
      const std::string_view element = plainName(target);
      looped = true;
      return !element.empty() && everyUseIgnoresEncoding(parent.field("body"), element, target, model);
    }
    return false;
  });
  return everyUse && looped;
}

// One use of an open file object (`use` evaluates to it) that its encoding cannot affect.
bool useIgnoresEncoding(Node use, const SemanticModel& model) {
  Node outer = use;
  while (outer.parent() && outer.parent().is("parenthesized_expression")) outer = outer.parent();
  const Node parent = outer.parent();
  if (!parent) return false;
  if (parent.is("expression_statement")) return true;  // opened (truncated, created) and dropped
  if (!parent.is("attribute") || !(parent.field("object") == outer)) {
    return passedWithoutEncoding(outer, model) || keptInListIgnoringEncoding(outer, model);
  }
  const std::string_view attribute = parent.field("attribute").text();
  const Node call = parent.parent();
  if (!call || !call.is("call") || !(call.field("function") == parent)) return attribute == "name" || attribute == "closed";
  // `fileno()` leaves the text layer: what goes through the descriptor is bytes.
  static constexpr std::array<std::string_view, 7> kNeutralMethods = {"close",    "flush", "fileno", "seek",
                                                                      "truncate", "tell",  "__enter__"};
  if (oneOf(attribute, kNeutralMethods)) return true;
  const CallArguments args = argumentsOf(call);
  if (attribute == "write") return writesAsciiOnly(args, model);
  if (attribute == "read" || attribute == "readline") {
    return convertedToNumber(call, model) || storedForNumber(call, model) || comparedWithAsciiText(call, model);
  }
  return false;
}

// Every reference to `name` under `scope` other than `binding` is a use that ignores the encoding.
bool everyUseIgnoresEncoding(Node scope, std::string_view name, Node binding, const SemanticModel& model) {
  return everyReference(scope, name, binding, [&](Node use) { return useIgnoresEncoding(use, model); });
}

// Opens whose encoding cannot matter: `open(os.devnull, "w")`, and a file object whose every use is
// proven not to depend on it (see useIgnoresEncoding): `open(p, "w").close()`, `with open(p, "a"): pass`,
// `f.write(str(os.getpid()))`, `int(f.read().strip())`, a lock file used only with `fcntl.flock()`.
// The path an open names: the `file` of `open()`, the argument of `Path(x)` that `.read_text()`,
// `.write_text()` or `.open()` is called on; null when not written at the call.
Node openedPath(Node call, const OpenApi* api, const CallArguments& args, const SemanticModel& model) {
  if (api->name == "builtins.open" || api->name == "io.open") return args.argument(0, "file");
  const Node fn = skipParentheses(call.field("function"));
  const Node receiver = fn.is("attribute") ? skipParentheses(fn.field("object")) : Node{};
  if (!receiver || !receiver.is("call") || !isPathObject(receiver, model)) return {};
  const CallArguments constructed = argumentsOf(receiver);
  return constructed.positional.size() == 1 && !constructed.splat() ? constructed.positional[0] : Node{};
}

// True when a `mock.patch` target names the `open` this file calls: `"builtins.open"`, this module's
// (`"%s.open" % __name__`, `__name__ + ".open"`, `f"{__name__}.open"`, or its dotted name spelt out).
bool namesThisFilesOpen(Node target, const SemanticModel& model) {
  target = skipParentheses(target);
  if (!target) return false;
  const auto isName = [](Node n) { return n && skipParentheses(n).is("identifier") && skipParentheses(n).text() == "__name__"; };
  const auto literal = [&](Node n) { return n && skipParentheses(n).is("string") ? model.stringValue(n) : std::nullopt; };
  if (target.is("binary_operator")) {
    const std::string_view op = target.field("operator").text();
    const auto left = literal(target.field("left"));
    const auto right = literal(target.field("right"));
    if (op == "%") return left && left->complete && left->value == "%s.open" && isName(target.field("right"));
    return op == "+" && isName(target.field("left")) && right && right->complete && right->value == ".open";
  }
  if (target.is("string") && hasInterpolation(target)) {
    // f"{__name__}.open": the name first, then the text ".open".
    bool nameFirst = false;
    std::string rest;
    for (uint32_t i = 0; i < target.childCount(); ++i) {
      const Node part = target.child(i);
      if (part.is("interpolation")) {
        if (nameFirst || !rest.empty() || part.namedChildCount() != 1 || !isName(part.namedChild(0))) return false;
        nameFirst = true;
      } else if (part.is("string_content")) {
        rest += part.text();
      }
    }
    return nameFirst && rest == ".open";
  }
  const auto value = literal(target);
  if (!value || !value->complete) return false;
  if (value->value == "builtins.open" || value->value == "__builtin__.open") return true;
  if (!value->value.ends_with(".open")) return false;
  // `ironic.tests.unit.test_x.open` patched in ironic/tests/unit/test_x.py.
  std::string module = value->value.substr(0, value->value.size() - 5);
  std::replace(module.begin(), module.end(), '.', '/');
  const std::string_view path = model.file().path();
  return path.ends_with(module + ".py") && (path.size() == module.size() + 3 || path[path.size() - module.size() - 4] == '/');
}

// `@mock.patch("%s.open" % __name__, new=mock.mock_open(), create=True)` on the function around a
// call of `open`, or a `with mock.patch("builtins.open", ...)` around it: the call opens no file.
bool openIsMocked(Node call, const SemanticModel& model) {
  const Node callee = skipParentheses(call.field("function"));
  if (!callee || !callee.is("identifier") || callee.text() != "open") return false;
  const auto patchesOpen = [&](Node item) {
    std::string_view name;
    const Node patch = calledInContext(item, name);
    if (!patch || name != "patch") return false;
    const CallArguments patchArgs = argumentsOf(patch);
    return !patchArgs.positional.empty() && namesThisFilesOpen(patchArgs.positional[0], model);
  };
  return underContextOrDecorator(call, patchesOpen);
}

bool encodingIrrelevant(Node call, const OpenApi* api, const CallArguments& args, const SemanticModel& model) {
  if (api->name == "builtins.open" && openIsMocked(call, model)) return true;
  if (const Node file = openedPath(call, api, args, model)) {
    if (model.qualifiedName(skipParentheses(file)) == "os.devnull") return true;
    const auto path = model.stringValue(file);
    if (path && path->complete && (path->value == "/dev/null" || path->value == "nul")) return true;
    // A file of Linux's /proc or /sys (`os.path.join(SYS, path)` with `SYS = "/sys"`): Windows, where
    // the encoding would differ, has no such file, so the open fails there first (PORT1xx says so).
    if (path && (path->value.starts_with("/proc/") || path->value.starts_with("/sys/"))) return true;
  }
  // `Path.write_text()` and `Path.read_text()` are the whole use of the file.
  if (api->name == "write_text") return writesAsciiOnly(args, model);
  if (api->name == "read_text") return convertedToNumber(call, model) || comparedWithAsciiText(call, model);
  Node outer = call;
  while (outer.parent() && outer.parent().is("parenthesized_expression")) outer = outer.parent();
  const Node parent = outer.parent();
  if (!parent) return false;
  if (parent.is("with_item")) return true;  // `with open(p, "a"): ...` never names the file object
  if (parent.is("as_pattern") && parent.parent() && parent.parent().is("with_item")) {
    const Node target = parent.field("alias");
    const Node body = parent.parent().parent().parent().field("body");  // with_item < with_clause < with_statement
    const std::string_view name = plainName(target);
    return !name.empty() && body && everyUseIgnoresEncoding(body, name, target, model);
  }
  if (parent.is("assignment") && parent.field("right") == outer) {
    const Node target = parent.field("left");
    if (!target.is("identifier")) return false;
    return everyUseIgnoresEncoding(bindingScope(call), target.text(), target, model);
  }
  return useIgnoresEncoding(call, model);
}

// The function whose parameter `name` is, or null.
Node functionOfParameter(Node name) {
  if (!name.is("identifier") || !isParameterOfEnclosingFunction(name)) return {};
  Node function = name.parent();
  while (function && !function.is("function_definition")) function = function.parent();
  return function;
}

// The default value of parameter `name` of `function`, or null.
Node parameterDefault(Node function, std::string_view name) {
  const Node params = function.field("parameters");
  for (uint32_t i = 0; params && i < params.namedChildCount(); ++i) {
    const Node p = params.namedChild(i);
    if ((p.is("default_parameter") || p.is("typed_default_parameter")) && p.field("name").text() == name) {
      return p.field("value");
    }
  }
  return {};
}

// `"b" in mode` or `"b" not in mode.lower()` in `function`: the function expects binary and text
// modes alike, and treats the text ones as text.
bool testsForBinaryMode(Node function, std::string_view name, const SemanticModel& model) {
  const SyntaxTree& tree = *function.tree();
  for (uint32_t i = function.index(); i < tree.subtreeEnd(function); ++i) {
    const Node n = tree.node(i);
    if (!n.is("comparison_operator") || n.namedChildCount() != 2) continue;
    const auto letter = model.stringValue(n.namedChild(0));
    if (!letter || !letter->complete || letter->value != "b") continue;
    Node tested = skipParentheses(n.namedChild(1));
    if (tested.is("call") && (methodName(tested) == "lower" || methodName(tested) == "upper")) {
      tested = skipParentheses(skipParentheses(tested.field("function")).field("object"));
    }
    if (tested.is("identifier") && tested.text() == name) return true;
  }
  return false;
}

// A mode that is the enclosing function's parameter and can be a text mode: its default is one
// (`def load(path, mode="r")`), or the function tells binary modes from text ones itself.
bool textModeParameter(Node mode, const OpenApi& api, const SemanticModel& model) {
  mode = skipParentheses(mode);
  const Node function = functionOfParameter(mode);
  if (!function) return false;
  // `if mode in ("", "r"): mode = "rb"` (bz2, lzma): what the open gets is no longer the caller's mode.
  bool rebound = augmentedInScope(mode, mode.text());
  model.forEachAssignmentTo(function.field("body"), mode.text(), [&](Node) { return rebound = true; });
  if (rebound) return false;
  if (const Node fallback = parameterDefault(function, mode.text())) {
    const auto value = model.stringValue(fallback);
    if (value && value->complete && value->value.find('b') == std::string::npos &&
        (!api.textNeedsT || value->value.find('t') != std::string::npos)) {
      return true;
    }
  }
  // gzip, bz2 and lzma open "r" as binary: telling "b" apart says nothing there.
  return !api.textNeedsT && testsForBinaryMode(function, mode.text(), model);
}

void checkOpen(Node call, std::string_view qualified, const CallArguments& args, RuleContext& ctx) {
  if (!args.list || args.listSplat || args.dictSplat) return;
  const OpenApi* api = nullptr;
  for (const OpenApi& a : kOpenFunctions) {
    if (qualified == a.name) api = &a;
  }
  std::string shown;
  if (api) {
    shown = "`" + std::string(qualified.substr(qualified.starts_with("builtins.") ? 9 : 0)) + "()`";
  } else {
    const std::string_view method = methodName(call);
    for (const OpenApi& a : kPathMethods) {
      if (method == a.name) api = &a;
    }
    if (!api || !calledOnPath(call, ctx.model())) return;
    shown = "`Path." + std::string(method) + "()`";
  }
  if (args.argument(api->encodingIndex, "encoding")) return;
  if (encodingIrrelevant(call, api, args, ctx.model())) return;
  if (api->modeIndex >= 0) {
    const Node mode = args.argument(api->modeIndex, "mode");
    if (!mode) {
      if (api->defaultMode == DefaultMode::Binary) return;
    } else {
      const auto value = ctx.model().stringValue(mode);
      if ((!value || !value->complete) && textModeParameter(mode, *api, ctx.model())) {
        // No fix: `encoding=` makes a binary open raise `ValueError`.
        ctx.report(kOpenWithoutEncoding, call,
                   shown + " with mode `" + std::string(skipParentheses(mode).text()) +
                       "`, a parameter that can be a text mode, has no `encoding=`: a text open then uses the locale's "
                       "encoding, UTF-8 on Linux and macOS but a legacy code page such as cp1252 on Windows; pass "
                       "`encoding=\"utf-8\"` when the mode has no `\"b\"` (`None` otherwise)");
        return;
      }
      if (!value || !value->complete) return;  // a mode known only at run time
      if (value->value.find('b') != std::string::npos) return;
      if (api->textNeedsT && value->value.find('t') == std::string::npos) return;
      shown += " in text mode `\"" + value->value + "\"`";
    }
  }
  ctx.report(kOpenWithoutEncoding, call,
             shown + " without `encoding=` uses the locale's encoding, which is UTF-8 on Linux and macOS but a legacy "
                     "code page such as cp1252 on Windows; pass `encoding=\"utf-8\"` (or `encoding=\"locale\"` if the "
                     "platform's encoding is meant)",
             encodingFix(args));
}

// ---------------------------------------------------------------------------------------------
// PORT802: os.rename.

bool statementRemoves(Node statement, std::string_view path, const SemanticModel& model, bool throughHelpers);

// The function of this file a call runs (`_remove(path)`, `self._cleanup(path)`), and whether its
// first parameter is `self` or `cls`; null when the file does not say.
Node calledHelper(Node call, const SemanticModel& model, bool& method) {
  const Node fn = skipParentheses(call.field("function"));
  method = false;
  if (fn.is("identifier")) return model.functionDefinition(fn.text());
  if (!fn.is("attribute")) return {};
  const std::string_view object = skipParentheses(fn.field("object")).text();
  if (object != "self" && object != "cls") return {};
  method = true;
  return methodDefinition(call, fn.field("attribute").text());
}

// A helper of the file whose body removes the parameter that `call` passes `path` to
// (`self._cleanup_failed_instance_base(dst)`, whose body is `shutil.rmtree(inst_base)` in a `try`).
bool helperRemoves(Node call, std::string_view path, const SemanticModel& model) {
  bool method = false;
  const Node helper = calledHelper(call, model, method);
  if (!helper) return false;
  const CallArguments args = argumentsOf(call);
  const Node params = helper.field("parameters");
  const Node body = helper.field("body");
  if (!params || !body) return false;
  for (size_t i = 0; i < args.positional.size(); ++i) {
    if (skipParentheses(args.positional[i]).text() != path) continue;
    const uint32_t index = static_cast<uint32_t>(i + (method ? 1 : 0));
    if (index >= params.namedChildCount() || !params.namedChild(index).is("identifier")) return false;
    const std::string_view parameter = params.namedChild(index).text();
    for (uint32_t j = 0; j < body.namedChildCount(); ++j) {
      if (statementRemoves(body.namedChild(j), parameter, model, false)) return true;
    }
    return false;
  }
  return false;
}

// A call that removes the file or directory `path` names: `os.unlink(path)`, `os.remove(path)`,
// `shutil.rmtree(path)`, `fileutils.delete_if_exists(path)` (oslo.utils), `path.unlink()`, and,
// through helpers, a function of this file that does one of those to its parameter.
bool removes(Node call, std::string_view path, const SemanticModel& model, bool throughHelpers) {
  call = skipParentheses(call);
  if (!call || !call.is("call")) return false;
  const CallArguments args = argumentsOf(call);
  const std::string_view callee = model.qualifiedName(skipParentheses(call.field("function")));
  static constexpr std::array<std::string_view, 5> kRemovals = {"os.unlink", "os.remove", "os.rmdir", "shutil.rmtree",
                                                                "os.rmdir"};
  const std::string_view function = callee.empty() ? methodName(call) : callee.substr(callee.rfind('.') + 1);
  if (oneOf(callee, kRemovals) || function == "delete_if_exists") {
    const Node removed = args.argument(0);
    return removed && skipParentheses(removed).text() == path;
  }
  const Node fn = skipParentheses(call.field("function"));
  if (methodName(call) == "unlink" && skipParentheses(fn.field("object")).text() == path) return true;
  return throughHelpers && helperRemoves(call, path, model);
}

// A statement that removes `path` and does nothing else: the call itself, or the call alone under an
// `if` without `else` (`if os.path.exists(dst): os.remove(dst)`) or in the body of a `try`
// (`try: os.unlink(dst) except FileNotFoundError: pass`).
bool statementRemoves(Node statement, std::string_view path, const SemanticModel& model, bool throughHelpers) {
  if (statement.is("expression_statement")) {
    return statement.namedChildCount() == 1 && removes(statement.namedChild(0), path, model, throughHelpers);
  }
  Node body;
  if (statement.is("if_statement") && !statement.field("alternative")) body = statement.field("consequence");
  if (statement.is("try_statement")) body = statement.field("body");
  if (!body || body.namedChildCount() != 1) return false;
  return statementRemoves(body.namedChild(0), path, model, throughHelpers);
}

// `os.unlink(dst)` (or another removal of the same expression) is the statement just before the
// rename in its block: the destination is gone, so Windows renames as POSIX does.
bool destinationRemovedBefore(Node call, Node destination, const SemanticModel& model) {
  if (!destination) return false;
  Node statement = call.parent();
  while (statement && statement.is("parenthesized_expression")) statement = statement.parent();
  if (!statement || !statement.is("expression_statement")) return false;
  Node before = statement.prevNamedSibling();
  while (before && before.is("comment")) before = before.prevNamedSibling();
  return before && statementRemoves(before, skipParentheses(destination).text(), model, true);
}

void checkRename(Node call, std::string_view qualified, const CallArguments& args, RuleContext& ctx) {
  const Node fn = skipParentheses(call.field("function"));
  const bool osRename = qualified == "os.rename";
  const bool pathRename = !osRename && methodName(call) == "rename" && calledOnPath(call, ctx.model());
  if (!osRename && !pathRename) return;
  if (insideTryCatching(call, kRenameErrors)) return;
  const Node destination = osRename ? args.argument(1, "dst") : args.argument(0, "target");
  if (destinationRemovedBefore(call, destination, ctx.model())) return;
  const std::string shown = osRename ? "`os.rename()`" : "`Path.rename()`";
  const std::string instead = osRename ? "`os.replace()`" : "`Path.replace()`";
  std::string message = shown + " raises `FileExistsError` on Windows when the destination exists (POSIX replaces "
                        "it); use " + instead + ", which replaces the destination on every platform";
  if (!fn.is("attribute")) {
    ctx.report(kRenameMayNotReplace, call, std::move(message));
    return;
  }
  const Node attr = fn.field("attribute");
  Fix fix;
  fix.description = "Replace `" + std::string(fn.text()) + "` with `" + std::string(fn.field("object").text()) +
                    ".replace`";
  fix.safety = FixSafety::Unsafe;  // tests that patch os.rename stop intercepting the call
  fix.edits.push_back(Edit{attr.startByte(), attr.endByte(), "replace"});
  ctx.report(kRenameMayNotReplace, call, std::move(message), std::move(fix));
}

// ---------------------------------------------------------------------------------------------
// PORT803: permission bits.

struct ModeBits {
  uint32_t bits = 0;      // bits known to be set
  bool complete = false;  // the whole value is known
};

std::optional<uint32_t> parseInteger(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c != '_') digits += c;
  }
  int base = 10;
  size_t start = 0;
  if (digits.size() > 2 && digits[0] == '0') {
    const char p = static_cast<char>(std::tolower(static_cast<unsigned char>(digits[1])));
    base = p == 'o' ? 8 : p == 'x' ? 16 : p == 'b' ? 2 : 10;
    if (base != 10) start = 2;
  }
  if (start >= digits.size()) return std::nullopt;
  uint64_t value = 0;
  for (size_t i = start; i < digits.size(); ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(digits[i])));
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 99;
    if (d >= base) return std::nullopt;
    value = value * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
    if (value > 0xFFFFFFFFu) return std::nullopt;
  }
  return static_cast<uint32_t>(value);
}

struct StatConstant {
  std::string_view name;
  uint32_t value;
};
constexpr StatConstant kStatConstants[] = {
    {"S_ISUID", 04000}, {"S_ISGID", 02000}, {"S_ISVTX", 01000}, {"S_ENFMT", 02000}, {"S_IRWXU", 0700},
    {"S_IRUSR", 0400},  {"S_IWUSR", 0200},  {"S_IXUSR", 0100},  {"S_IREAD", 0400},  {"S_IWRITE", 0200},
    {"S_IEXEC", 0100},  {"S_IRWXG", 0070},  {"S_IRGRP", 0040},  {"S_IWGRP", 0020},  {"S_IXGRP", 0010},
    {"S_IRWXO", 0007},  {"S_IROTH", 0004},  {"S_IWOTH", 0002},  {"S_IXOTH", 0001},
};

ModeBits evaluateMode(Node expr, const SemanticModel& model, int depth = 0) {
  expr = skipParentheses(expr);
  if (!expr || depth > 16) return {};
  const std::string_view k = expr.kind();
  if (k == "integer") {
    if (auto v = parseInteger(expr.text())) return {*v, true};
    return {};
  }
  if (k == "attribute" || k == "identifier") {
    const std::string_view q = model.qualifiedName(expr);
    if (q.starts_with("stat.")) {
      const std::string_view name = std::string_view(q).substr(5);
      for (const StatConstant& c : kStatConstants) {
        if (c.name == name) return {c.value, true};
      }
      return {};
    }
    if (k == "identifier") {
      if (const Node assigned = model.singleAssignment(expr.text())) return evaluateMode(assigned, model, depth + 1);
    }
    return {};
  }
  if (k == "binary_operator") {
    const std::string_view op = expr.field("operator").text();
    const ModeBits l = evaluateMode(expr.field("left"), model, depth + 1);
    const ModeBits r = evaluateMode(expr.field("right"), model, depth + 1);
    if (op == "|") return {l.bits | r.bits, l.complete && r.complete};
    if (!l.complete || !r.complete) return {};
    if (op == "&") return {l.bits & r.bits, true};
    if (op == "^") return {l.bits ^ r.bits, true};
    if (op == "+") return {l.bits + r.bits, true};
    return {};
  }
  if (k == "unary_operator" && expr.field("operator").text() == "~") {
    const ModeBits v = evaluateMode(expr.field("argument"), model, depth + 1);
    if (v.complete) return {~v.bits & 07777u, true};
    return {};
  }
  return {};
}

std::string ignoredBits(uint32_t bits) {
  std::vector<std::string_view> parts;
  if (bits & 0111) parts.push_back("execute");
  if (bits & 0066) parts.push_back("group/other");
  if (bits & 07000) parts.push_back("set-id/sticky");
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

// A mode written as a number (`0o600`, `384`, a name assigned such a number once): someone thinking in
// POSIX permission bits. `stat.S_IREAD | stat.S_IWRITE` has the same value as `0o600` but is how
// portable code toggles the read-only flag, so only the numeric spelling says "owner only".
bool isNumericMode(Node mode, const SemanticModel& model, int depth = 0) {
  mode = skipParentheses(mode);
  if (!mode || depth > 4) return false;
  if (mode.is("integer")) return true;
  if (!mode.is("identifier")) return false;
  const Node assigned = model.singleAssignment(mode.text());
  return assigned && isNumericMode(assigned, model, depth + 1);
}

// A mode meant to keep other users from reading: it grants its owner something and others nothing to
// read. Windows ignores it, so nobody is kept out there.
bool restrictsOthers(const ModeBits& m) { return m.complete && (m.bits & 0700u) != 0 && (m.bits & 0004u) == 0; }

void checkMkdirMode(Node call, std::string_view qualified, const CallArguments& args, RuleContext& ctx) {
  const Node mode = args.argument(1, "mode");
  if (!mode) return;
  const ModeBits m = evaluateMode(mode, ctx.model());
  if (!restrictsOthers(m)) return;
  const std::string shown = "`" + std::string(qualified) + "()` with mode `" + std::string(skipParentheses(mode).text()) + "`";
  // Python 3.13 honours exactly 0o700 on Windows (an ACL for the current user only); the versions
  // before it ignore it like any other mode, and nothing in the code says which one runs it.
  if (m.bits == 0700u) {
    ctx.report(kChmodPosixBits, call,
               shown + " keeps other users out on Windows only from Python 3.13 on: earlier versions ignore the mode, "
                       "so the directory stays as open as its parent's ACL; require Python 3.13 on Windows, or set an "
                       "ACL there");
    return;
  }
  ctx.report(kChmodPosixBits, call,
             shown + " keeps other users out on POSIX only: Windows ignores the mode (Python 3.13+ honours "
                     "only `0o700`), so the directory stays as open as its parent's ACL; use `0o700`, or set an ACL "
                     "on Windows");
}

// True when the value of `expr` is read from a file's status or built from `stat` constants
// (`st.st_mode | stat.S_IWRITE`, `os.stat(p)[stat.ST_MODE]`, a name assigned such a value): portable
// code copies or toggles the read-only flag that way, so its bits say nothing about intent.
bool mentionsStatBits(Node expr, const SemanticModel& model, int depth = 0) {
  expr = skipParentheses(expr);
  if (!expr || depth > kMaxValueDepth) return false;
  const SyntaxTree& tree = *expr.tree();
  for (uint32_t i = expr.index(); i < tree.subtreeEnd(expr); ++i) {
    const Node n = tree.node(i);
    if (n.is("attribute") && n.field("attribute").text() == "st_mode") return true;
    if (!n.is("identifier") && !n.is("attribute")) continue;
    const std::string_view q = model.qualifiedName(n);
    if (q.starts_with("stat.") || q == "os.stat" || q == "os.lstat" || q == "os.fstat") return true;
    if (!n.is("identifier")) continue;
    const Node parent = n.parent();
    if (parent.is("attribute") && parent.field("attribute") == n) continue;
    if (const Node value = assignedValue(n, model); value && !(value == expr)) {
      if (mentionsStatBits(value, model, depth + 1)) return true;
      continue;
    }
    bool found = false;
    model.forEachAssignmentTo(bindingScope(n), n.text(), [&](Node assignment) {
      return found = mentionsStatBits(assignment.field("right"), model, depth + 1);
    });
    if (found) return true;
  }
  return false;
}

// `def chmod(self, mode): os.chmod(self.path, mode)`: a function whose whole body (after a docstring)
// is the call, with the mode its parameter, only forwards the caller's choice.
bool onlyForwardsMode(Node call, Node mode) {
  mode = skipParentheses(mode);
  if (!mode.is("identifier") || !isParameterOfEnclosingFunction(mode)) return false;
  Node statement = call.parent();
  while (statement && statement.is("parenthesized_expression")) statement = statement.parent();
  if (!statement || (!statement.is("expression_statement") && !statement.is("return_statement"))) return false;
  const Node body = statement.parent();
  if (!body || !body.is("block") || !body.parent() || !body.parent().is("function_definition")) return false;
  for (uint32_t i = 0; i < body.namedChildCount(); ++i) {
    const Node s = body.namedChild(i);
    if (s == statement || s.is("comment")) continue;
    if (i == 0 && s.is("expression_statement") && s.namedChild(0).is("string")) continue;  // docstring
    return false;
  }
  return true;
}

// `return stat.S_IMODE(os.stat(path).st_mode)`: a function that hands its callers a file's permission
// bits. On Windows they are made up (`0o666`, `0o444` when read-only, execute bits from the name's
// extension), so a caller comparing them with `0o600` or testing group bits learns nothing. Kept in
// a name and passed to `os.chmod()` (copying the mode, as `shutil.copymode` does) is portable and not
// reported.
void checkReturnedMode(Node call, const CallArguments& args, RuleContext& ctx) {
  Node outer = call;
  while (outer.parent() && outer.parent().is("parenthesized_expression")) outer = outer.parent();
  if (!outer.parent() || !outer.parent().is("return_statement")) return;
  const Node status = args.argument(0, "mode");
  if (!status || !mentionsStatBits(status, ctx.model())) return;
  ctx.report(kChmodPosixBits, call,
             "returns a file's POSIX permission bits, which Windows makes up (`0o666`, `0o444` when read-only, execute "
             "bits from the file name's extension): callers that compare them with a mode such as `0o600` or test group "
             "and other bits get the same answer for every file there; check `os.access()` or the read-only flag "
             "instead, or guard the callers with `sys.platform != \"win32\"`");
}

void checkChmod(Node call, std::string_view qualified, const CallArguments& args, RuleContext& ctx) {
  if (qualified == "os.mkdir" || qualified == "os.makedirs") return checkMkdirMode(call, qualified, args, ctx);
  if (qualified == "stat.S_IMODE") return checkReturnedMode(call, args, ctx);
  if (qualified == "shutil.chown") {
    ctx.report(kChmodPosixBits, call,
               "`shutil.chown()` calls `os.chown()`, which does not exist on Windows (files there have owners and ACLs, "
               "not POSIX user and group ids); guard it with `sys.platform != \"win32\"`");
    return;
  }
  Node mode;
  std::string shown;
  if (qualified == "os.chmod" || qualified == "os.fchmod") {
    mode = args.argument(1, "mode");
    shown = qualified;
  } else if (methodName(call) == "chmod" && calledOnPath(call, ctx.model())) {
    mode = args.argument(0, "mode");
    shown = "Path.chmod";
  } else {
    return;
  }
  if (!mode) return;
  const ModeBits m = evaluateMode(mode, ctx.model());
  const uint32_t ignored = m.bits & ~0600u & 07777u;
  if (!ignored && !m.complete && !mentionsStatBits(mode, ctx.model()) && !onlyForwardsMode(call, mode)) {
    ctx.report(kChmodPosixBits, call,
               "`" + shown + "()` with mode `" + std::string(skipParentheses(mode).text()) +
                   "`, POSIX permission bits chosen elsewhere: Windows ignores every bit but `stat.S_IWRITE` (the "
                   "read-only flag), so the execute, group and other permissions it asks for are not applied there; "
                   "guard it with `sys.platform != \"win32\"`, and do not rely on it to keep a file private");
    return;
  }
  if (!ignored) {
    // `0o400` alone makes the file read-only, which Windows honours: only a writable owner-only mode
    // says "private".
    if (!isNumericMode(mode, ctx.model()) || !restrictsOthers(m) || !(m.bits & 0200u)) return;
    ctx.report(kChmodPosixBits, call,
               "`" + shown + "()` with mode `" + std::string(skipParentheses(mode).text()) +
                   "` makes the file private to its owner on POSIX only: Windows ignores the group and other bits, "
                   "so the file stays as readable as its ACL allows; guard it with `sys.platform != \"win32\"` and "
                   "restrict the file with an ACL there (`win32security`, `icacls`), or keep the secret in a "
                   "credential store (`keyring`)");
    return;
  }
  ctx.report(kChmodPosixBits, call,
             "`" + shown + "()` with mode `" + std::string(skipParentheses(mode).text()) + "` sets " + ignoredBits(ignored) +
                 " permission bits, which Windows ignores (it only honours `stat.S_IWRITE` as the read-only flag); "
                 "guard it with `sys.platform != \"win32\"`, and do not rely on it to keep a file private");
}

// ---------------------------------------------------------------------------------------------
// PORT804: symbolic links.

void checkSymlink(Node call, std::string_view qualified, RuleContext& ctx) {
  std::string shown;
  if (qualified == "os.symlink") shown = "`os.symlink()`";
  else if (methodName(call) == "symlink_to") shown = "`Path.symlink_to()`";
  else return;
  if (insideTryRecovering(call, kSymlinkErrors)) return;
  // A handler that only logs or raises is there already; what it lacks is the fallback.
  const std::string_view handle = insideTryCatching(call, kSymlinkErrors)
                                      ? "the `except` around it does not recover (it logs, raises or gives up): fall back there"
                                      : "handle `OSError` and fall back";
  ctx.report(kSymlinkNeedsPrivilege, call,
             shown + " needs administrator rights or Developer Mode on Windows (`OSError: [WinError 1314]`) and "
                     "`target_is_directory=True` for directories; " + std::string(handle) + " to a copy "
                     "(`shutil.copy2`/`shutil.copytree`) or a hard link (`os.link`)");
}

// ---------------------------------------------------------------------------------------------
// PORT812: the execute bit through os.access.

// Whether the condition `call` is part of (through `and`, `or`, `not`) also asks for another access
// mode: `os.access(d, os.R_OK) and os.access(d, os.W_OK) and os.access(d, os.X_OK)` validates a
// directory's permissions, which Windows merely checks less strictly.
bool testsOtherAccess(Node call, const SemanticModel& model) {
  Node top = call;
  for (Node p = top.parent(); p && (p.is("boolean_operator") || p.is("not_operator") || p.is("parenthesized_expression"));
       p = p.parent()) {
    top = p;
  }
  std::vector<Node> stack{top};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.is("call") && n != call && model.qualifiedName(n.field("function")) == "os.access") return true;
    if (n.is("boolean_operator") || n.is("not_operator") || n.is("parenthesized_expression")) {
      for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
    }
  }
  return false;
}

void checkAccessExecute(Node call, std::string_view qualified, const CallArguments& args, RuleContext& ctx) {
  if (qualified != "os.access") return;
  // Execute permission alone is the question "is this a program?"; with other modes, or-ed in or
  // tested beside it, the call checks permissions, which Windows only checks less strictly.
  const Node mode = skipParentheses(args.argument(1, "mode"));
  if (!mode || ctx.model().qualifiedName(mode) != "os.X_OK" || testsOtherAccess(call, ctx.model())) return;
  ctx.report(kAccessExecuteBit, call,
             "`os.access(..., os.X_OK)` is true for every existing file on Windows, which has no execute "
             "permission and runs files by extension (`PATHEXT`); find programs with `shutil.which()`, or "
             "check the extension against `PATHEXT` there");
}

// ---------------------------------------------------------------------------------------------
// PORT805: start methods and module-level processes.

bool isMainGuard(Node condition, bool& negated) {
  condition = skipParentheses(condition);
  if (!condition || !condition.is("comparison_operator") || condition.namedChildCount() != 2) return false;
  const std::string_view a = condition.namedChild(0).text();
  const std::string_view b = condition.namedChild(1).text();
  const bool names = (a == "__name__" && (b == "\"__main__\"" || b == "'__main__'")) ||
                     (b == "__name__" && (a == "\"__main__\"" || a == "'__main__'"));
  if (!names) return false;
  for (uint32_t i = 0; i < condition.childCount(); ++i) {
    const std::string_view op = condition.child(i).kind();
    if (op == "==") {
      negated = false;
      return true;
    }
    if (op == "!=") {
      negated = true;
      return true;
    }
  }
  return false;
}

// Runs when the module is imported: not inside a function or lambda, and not under
// `if __name__ == "__main__":` (or the `else` of `!=`).
bool runsAtImport(Node node) {
  Node child = node;
  for (Node parent = child.parent(); parent; child = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "function_definition" || k == "lambda") return false;
    if (k == "if_statement") {
      bool negated = false;
      if (!isMainGuard(parent.field("condition"), negated)) continue;
      if (!negated && child == parent.field("consequence")) return false;
      if (negated && child.is("else_clause")) return false;
    }
  }
  return true;
}

void checkStartMethod(Node call, std::string_view qualified, const CallArguments& args, RuleContext& ctx) {
  if (qualified.ends_with("multiprocessing.set_start_method") || qualified.ends_with("multiprocessing.get_context")) {
    const Node method = args.argument(0, "method");
    const auto value = method ? ctx.model().stringValue(method) : std::nullopt;
    if (!value || !value->complete) return;
    if (value->value == "fork") {
      ctx.report(kForkStartMethod, call,
                 "the `fork` start method does not exist on Windows (`ValueError`) and is unsafe on macOS, whose "
                 "default is `spawn`; use the platform's default start method and pass state to the workers "
                 "explicitly",
                 kNotLinux);
    } else if (value->value == "forkserver") {
      ctx.report(kForkStartMethod, call,
                 "the `forkserver` start method does not exist on Windows (`ValueError`); use the platform's "
                 "default start method",
                 kWindowsOnly);
    }
    return;
  }
  static constexpr std::array<std::string_view, 6> kStarters = {
      "multiprocessing.Process", "multiprocessing.Pool", "multiprocessing.pool.Pool", "multiprocessing.Manager",
      "concurrent.futures.ProcessPoolExecutor", "concurrent.futures.process.ProcessPoolExecutor"};
  if (!oneOf(std::string_view(qualified), kStarters)) return;
  if (!runsAtImport(call)) return;
  const std::string_view shown = std::string_view(qualified).substr(qualified.rfind('.') + 1);
  ctx.report(kForkStartMethod, call,
             "`" + std::string(shown) + "(...)` at module level starts processes when the module is imported; with "
             "the `spawn` start method (the default on Windows and macOS) every child re-imports it and fails with "
             "`RuntimeError`; move it into a function called under `if __name__ == \"__main__\":`");
}

// ---------------------------------------------------------------------------------------------
// PORT807: select on pipes.

// A standard stream or subprocess pipe: `x.stdout`, `proc.stderr`, `sys.stdin`, `stdin` imported from
// sys, or `.fileno()` of one.
bool isPipeLike(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr) return false;
  if (expr.is("call")) {
    const Node fn = skipParentheses(expr.field("function"));
    if (!fn.is("attribute") || fn.field("attribute").text() != "fileno") return false;
    const Node args = expr.field("arguments");
    if (args && args.namedChildCount() != 0) return false;
    return isPipeLike(fn.field("object"), model);
  }
  static constexpr std::array<std::string_view, 3> kStreams = {"stdin", "stdout", "stderr"};
  if (expr.is("attribute")) return oneOf(expr.field("attribute").text(), kStreams);
  if (expr.is("identifier")) {
    const std::string_view q = model.qualifiedName(expr);
    return q == "sys.stdin" || q == "sys.stdout" || q == "sys.stderr";
  }
  return false;
}

void checkSelect(Node call, std::string_view qualified, const CallArguments& args, RuleContext& ctx) {
  const SemanticModel& model = ctx.model();
  if (qualified == "select.select") {
    for (size_t i = 0; i < args.positional.size() && i < 3; ++i) {
      const Node list = skipParentheses(args.positional[i]);
      if (!list.is("list") && !list.is("tuple")) continue;
      for (uint32_t j = 0; j < list.namedChildCount(); ++j) {
        const Node element = list.namedChild(j);
        if (!isPipeLike(element, model)) continue;
        ctx.report(kSelectOnPipe, call,
                   "`select.select()` on `" + std::string(skipParentheses(element).text()) +
                       "` works only with sockets on Windows (`OSError: [WinError 10038]`); read the pipe in a thread "
                       "or use `asyncio` subprocess streams");
        return;
      }
    }
    return;
  }
  if (methodName(call) != "register" || args.positional.size() < 2) return;
  // The events argument names the selectors module: `selectors.EVENT_READ`, `EVENT_READ | EVENT_WRITE`.
  Node events = skipParentheses(args.positional[1]);
  if (events.is("binary_operator")) events = skipParentheses(events.field("left"));
  if (!model.qualifiedName(events).starts_with("selectors.EVENT_")) return;
  if (!isPipeLike(args.positional[0], model)) return;
  ctx.report(kSelectOnPipe, call,
             "registering `" + std::string(skipParentheses(args.positional[0]).text()) +
                 "` with a selector works only with sockets on Windows, where `selectors.DefaultSelector` is "
                 "`select()`-based (`OSError: [WinError 10038]`); read the pipe in a thread or use `asyncio` "
                 "subprocess streams");
}

// ---------------------------------------------------------------------------------------------

class FileSystemSemanticsCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT8xx file-system semantics"; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"call"};
    return kinds;
  }
  void visit(Node call, RuleContext& ctx) const override {
    const std::string_view qualified = ctx.model().qualifiedName(skipParentheses(call.field("function")));
    const CallArguments args = argumentsOf(call);
    if (ctx.enabled(kOpenWithoutEncoding)) checkOpen(call, qualified, args, ctx);
    if (ctx.enabled(kRenameMayNotReplace)) checkRename(call, qualified, args, ctx);
    if (ctx.enabled(kChmodPosixBits)) checkChmod(call, qualified, args, ctx);
    if (ctx.enabled(kSymlinkNeedsPrivilege)) checkSymlink(call, qualified, ctx);
    if (ctx.enabled(kForkStartMethod)) checkStartMethod(call, qualified, args, ctx);
    if (ctx.enabled(kSelectOnPipe)) checkSelect(call, qualified, args, ctx);
    if (ctx.enabled(kAccessExecuteBit)) checkAccessExecute(call, qualified, args, ctx);
  }
};

}  // namespace

const Check& fileSystemSemanticsCheck() {
  static const FileSystemSemanticsCheck check;
  return check;
}

}  // namespace platlint
