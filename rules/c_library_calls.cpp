// PORT418: the C library loaded through ctypes by its POSIX name (`CDLL(find_library("c"))`,
// `CDLL(None)`) and the C functions called through it. Windows has no C library by that name:
// `find_library("c")` returns None there, and `CDLL(None)` fails. The functions called through the
// handle decide where else it breaks: `splice` and `prctl` are Linux's, `sysctl` the BSDs' and
// macOS's (glibc removed it). PORT405 covers a library named by file (`libc.so.6`).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/rule.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/semantic_model.h"
#include "rules/ctypes_loaders.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "ctypes"};

constexpr RuleMeta kCLibraryThroughCtypes{
    "PORT418", "c-library-through-ctypes", Level::Warning,
    "Calls the C library through ctypes, loaded by its POSIX name or as the process's own symbols",
    "Finds `ctypes.CDLL()`, `ctypes.PyDLL()`, `ctypes.cdll.LoadLibrary()` and `ctypes.pydll.LoadLibrary()` "
    "of `ctypes.util.find_library(\"c\")` or `None`, directly or through a name assigned once. The finding "
    "is at the load; the C functions looked up through the handle (`libc.splice(...)`, `getifaddrs = "
    "libc.getifaddrs`, `self._libc.sysctl`) are its related locations, and those that only some C libraries "
    "have widen where it breaks, unless a `try: ... except AttributeError` or a guard covers the lookup: Linux's "
    "(`prctl`, `unshare`, `setns`, `splice`, `fallocate`, `sysinfo`, `malloc_trim`, `inotify_*`, `epoll_*`, "
    "`memfd_create`, ...) break it on macOS too, the BSDs' (`sysctl`, `sysctlbyname`, `kqueue`) on Linux. "
    "A load inside `try: ... except (OSError, AttributeError, TypeError)` or under a platform guard is not "
    "reported. A library named by its file (`libc.so.6`) is PORT405's.",
    "On Windows `ctypes.util.find_library(\"c\")` returns `None`: the Universal C Runtime cannot be loaded "
    "by that name, so `CDLL(None)` follows, and that fails (`TypeError`) where POSIX would have opened the "
    "program's own symbols. Even where the load works, C libraries differ: glibc has Linux's system-call "
    "wrappers, macOS's libSystem and the BSDs' libc have `sysctl` and `kqueue`, and a function one of them "
    "lacks raises `AttributeError` when it is looked up.",
    "import ctypes, ctypes.util\n\nlibc = ctypes.CDLL(ctypes.util.find_library(\"c\"), use_errno=True)\n\n"
    "def preallocate(fd, size):\n    libc.fallocate(fd, 0, 0, ctypes.c_int64(size))",
    "import os\n\ndef preallocate(fd, size):\n    if hasattr(os, \"posix_fallocate\"):  # Linux and the BSDs\n"
    "        os.posix_fallocate(fd, 0, size)",
    PlatformSet::all(), kTags};

constexpr const RuleMeta* kRules[] = {&kCLibraryThroughCtypes};
constexpr std::string_view kNodeKinds[] = {"call"};
// Where the load or a lookup fails: OSError (no such library), TypeError (`CDLL(None)` on Windows),
// AttributeError (a function the C library does not have).
constexpr std::string_view kLoadErrors[] = {"OSError", "TypeError", "AttributeError"};

constexpr PlatformSet kLinux = PlatformSet(Platform::Linux);
constexpr PlatformSet kBsdAndMacos = PlatformSet(Platform::MacOS);  // of the three platforms reported on
constexpr PlatformSet kPosix = PlatformSet(Platform::Linux) | PlatformSet(Platform::MacOS);

// C functions only some C libraries have, with what Python offers instead.
struct CFunction {
  std::string_view name;
  PlatformSet existsOn;
  std::string_view owner;      // "which only Linux's C library has"
  std::string_view portable;   // completes "use <portable>"; empty when nothing is portable
};

constexpr std::string_view kLinuxLibc = "which only Linux's C library has";
constexpr std::string_view kPosixLibc = "which every POSIX C library has";
constexpr std::string_view kBsdLibc = "which only the BSDs' and macOS's C libraries have (glibc removed it in 2.32)";

constexpr std::string_view kPsutilSystemInfo =
    "`psutil` (`psutil.boot_time()`, `psutil.cpu_count()`, `psutil.virtual_memory()`)";

constexpr CFunction kCFunctions[] = {
    {"prctl", kLinux, kLinuxLibc, ""},
    {"unshare", kLinux, kLinuxLibc, "`os.unshare()` (3.12+, Linux)"},
    {"setns", kLinux, kLinuxLibc, "`os.setns()` (3.12+, Linux)"},
    {"splice", kLinux, kLinuxLibc, "`os.splice()` (3.10+, Linux)"},
    {"tee", kLinux, kLinuxLibc, ""},
    {"vmsplice", kLinux, kLinuxLibc, ""},
    {"fallocate", kLinux, kLinuxLibc, "`os.posix_fallocate()` (Linux and the BSDs)"},
    {"posix_fadvise", kLinux, kLinuxLibc, "`os.posix_fadvise()`"},
    {"sysinfo", kLinux, kLinuxLibc, "`psutil.virtual_memory()` and `psutil.boot_time()`"},
    {"syncfs", kLinux, kLinuxLibc, "`os.fsync()` on the files that must reach the disk"},
    {"malloc_trim", kLinux, kLinuxLibc, ""},
    {"mallopt", kLinux, kLinuxLibc, ""},
    {"gnu_get_libc_version", kLinux, kLinuxLibc, "`platform.libc_ver()`"},
    {"sched_setaffinity", kLinux, kLinuxLibc, "`psutil.Process().cpu_affinity()`"},
    {"sched_getaffinity", kLinux, kLinuxLibc, "`psutil.Process().cpu_affinity()`"},
    {"personality", kLinux, kLinuxLibc, ""},
    {"mount", kLinux, kLinuxLibc, ""},
    {"umount", kLinux, kLinuxLibc, ""},
    {"umount2", kLinux, kLinuxLibc, ""},
    {"pivot_root", kLinux, kLinuxLibc, ""},
    {"name_to_handle_at", kLinux, kLinuxLibc, ""},
    {"open_by_handle_at", kLinux, kLinuxLibc, ""},
    {"memfd_create", kLinux, kLinuxLibc, "`os.memfd_create()` (Linux) or `tempfile.TemporaryFile()`"},
    {"renameat2", kLinux, kLinuxLibc, "`os.replace()`"},
    {"eventfd", kLinux, kLinuxLibc, "`os.eventfd()` (3.10+, Linux) or `socket.socketpair()`"},
    {"signalfd", kLinux, kLinuxLibc, "`signal.set_wakeup_fd()`"},
    {"timerfd_create", kLinux, kLinuxLibc, "`os.timerfd_create()` (3.13+, Linux) or the event loop's timers"},
    {"timerfd_settime", kLinux, kLinuxLibc, "`os.timerfd_settime()` (3.13+, Linux) or the event loop's timers"},
    {"inotify_init", kLinux, kLinuxLibc, "`watchdog`, which wraps inotify, FSEvents and ReadDirectoryChangesW"},
    {"inotify_init1", kLinux, kLinuxLibc, "`watchdog`, which wraps inotify, FSEvents and ReadDirectoryChangesW"},
    {"inotify_add_watch", kLinux, kLinuxLibc, "`watchdog`, which wraps inotify, FSEvents and ReadDirectoryChangesW"},
    {"inotify_rm_watch", kLinux, kLinuxLibc, "`watchdog`, which wraps inotify, FSEvents and ReadDirectoryChangesW"},
    {"epoll_create", kLinux, kLinuxLibc, "`selectors.DefaultSelector`"},
    {"epoll_create1", kLinux, kLinuxLibc, "`selectors.DefaultSelector`"},
    {"epoll_ctl", kLinux, kLinuxLibc, "`selectors.DefaultSelector`"},
    {"epoll_wait", kLinux, kLinuxLibc, "`selectors.DefaultSelector`"},
    {"capget", kLinux, kLinuxLibc, ""},
    {"capset", kLinux, kLinuxLibc, ""},
    {"ioprio_set", kLinux, kLinuxLibc, "`psutil.Process().ionice()`"},
    {"getrandom", kLinux, kLinuxLibc, "`os.urandom()` or `secrets`"},
    {"copy_file_range", kLinux, kLinuxLibc, "`shutil.copyfile()`, which uses the fastest copy each platform has"},
    {"__errno_location", kLinux, kLinuxLibc, "`ctypes.get_errno()` with `use_errno=True`"},
    {"sysctl", kBsdAndMacos, kBsdLibc, kPsutilSystemInfo},
    {"sysctlbyname", kBsdAndMacos, kBsdLibc, kPsutilSystemInfo},
    {"sysctlnametomib", kBsdAndMacos, kBsdLibc, "`psutil`"},
    {"kqueue", kBsdAndMacos, kBsdLibc, "`selectors.DefaultSelector`"},
    {"kevent", kBsdAndMacos, kBsdLibc, "`selectors.DefaultSelector`"},
    // Every POSIX C library has these; Python wraps them portably.
    {"getifaddrs", kPosix, kPosixLibc, "`psutil.net_if_addrs()`"},
    {"getloadavg", kPosix, kPosixLibc, "`psutil.getloadavg()`"},
    {"statvfs", kPosix, kPosixLibc, "`shutil.disk_usage()`"},
    {"clock_gettime", kPosix, kPosixLibc, "`time.clock_gettime()` or `time.monotonic()`"},
};

const CFunction* cFunction(std::string_view name) {
  for (const CFunction& f : kCFunctions) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

// What a loader's argument names: the C library by its POSIX name, the process's own symbols, or
// something else.
enum class Loaded { Other, CLibraryByName, ProcessSymbols };

Loaded loadedBy(Node arg, const SemanticModel& model, int depth = 0) {
  arg = skipParentheses(arg);
  if (!arg || depth > 2) return Loaded::Other;
  if (arg.is("none")) return Loaded::ProcessSymbols;
  if (arg.is("identifier")) return loadedBy(model.singleAssignment(arg.text()), model, depth + 1);
  if (!arg.is("call") || model.qualifiedName(skipParentheses(arg.field("function"))) != "ctypes.util.find_library") {
    return Loaded::Other;
  }
  const Node name = argumentsOf(arg).argument(0, "name");
  const auto value = name ? model.stringValue(name) : std::nullopt;
  return value && value->complete && (value->value == "c" || value->value == "libc") ? Loaded::CLibraryByName
                                                                                        : Loaded::Other;
}

// A C function looked up through the handle: `libc.splice` of `libc.splice(...)` or of
// `getifaddrs = libc.getifaddrs`, with its table entry.
struct HandleLookup {
  Node attribute;
  const CFunction* function;  // null: a function every POSIX C library has
  std::string_view name;
};

// Where the handle the load is assigned to (`libc = ...`, `self._libc = ...`) is used to look a C
// function up: in the enclosing function for a local name, anywhere in the file for an attribute
// or a module-level name. Private names (`_handle`, `_name`) are the handle's own.
std::vector<HandleLookup> lookupsThroughHandle(Node load) {
  std::vector<HandleLookup> lookups;
  Node assignment = load.parent();
  if (!assignment || !assignment.is("assignment") || !(assignment.field("right") == load)) return lookups;
  const Node target = assignment.field("left");
  if (!target || !(target.is("identifier") || target.is("attribute"))) return lookups;
  Node scope = assignment;
  while (scope.parent() && !(target.is("identifier") && scope.is("function_definition"))) scope = scope.parent();
  constexpr size_t kMaxLookups = 20;
  const uint32_t end = scope.tree()->subtreeEnd(scope);
  for (uint32_t i = scope.index(); i < end && lookups.size() < kMaxLookups; ++i) {
    const Node n = scope.tree()->node(i);
    if (!n.is("attribute") || n.field("object").text() != target.text()) continue;
    const std::string_view name = n.field("attribute").text();
    if (name.empty() || name.front() == '_' || n == target) continue;
    lookups.push_back({n, cFunction(name), name});
  }
  return lookups;
}

class CLibraryCallCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT418 C library through ctypes"; }
  std::span<const std::string_view> nodeKinds() const override { return kNodeKinds; }
  std::span<const std::string_view> failureExceptions() const override { return kLoadErrors; }
  bool failsWhereEvaluated() const override { return true; }

  void visit(Node call, RuleContext& ctx) const override {
    if (!ctx.enabled(kCLibraryThroughCtypes)) return;
    const std::string_view callee = ctx.model().qualifiedName(skipParentheses(call.field("function")));
    if (!isCtypesLibraryLoader(callee)) return;
    const Loaded loaded = loadedBy(argumentsOf(call).argument(0, "name"), ctx.model());
    if (loaded == Loaded::Other) return;

    const std::vector<HandleLookup> lookups = lookupsThroughHandle(call);
    PlatformSet breaksOn = Platform::Windows;
    std::string narrower;  // "; it looks up `splice`, which only Linux's C library has"
    std::string advice;  // the first looked-up function's portable alternative
    for (const HandleLookup& c : lookups) {
      if (!c.function) continue;
      if (advice.empty() && !c.function->portable.empty()) {
        advice = "use " + std::string(c.function->portable) + " instead of `" + std::string(c.name) + "`";
      }
      // A lookup that a `try` or a guard handles fails nowhere it runs.
      const PlatformSet missing = ~c.function->existsOn;
      if ((breaksOn | missing) == breaksOn || ctx.handled(kCLibraryThroughCtypes, c.attribute, missing)) continue;
      breaksOn = breaksOn | missing;
      narrower += "; it looks up `" + std::string(c.name) + "`, " + std::string(c.function->owner);
    }
    ctx.recordPlatformApi(call, "ctypes C library", kCLibraryThroughCtypes, breaksOn);
    const std::string what =
        loaded == Loaded::ProcessSymbols
            ? "`" + std::string(callee) + "(None)` opens the program's own symbols (`dlopen(NULL)`), which Windows "
                                          "cannot do: the load fails there"
            : "`" + std::string(callee) + "()` loads the C library by its POSIX name, `find_library(\"c\")`, which "
                                          "is None on Windows: the load fails there";
    ctx.report(kCLibraryThroughCtypes, call,
               what + narrower + "; " +
                   (advice.empty() ? "call the Python API that wraps the C function where one exists" : advice) +
                   ", or guard the load with `sys.platform`",
               breaksOn);
    for (const HandleLookup& c : lookups) {
      if (c.function) {
        ctx.relate(c.attribute, "looks up `" + std::string(c.name) + "`, " + std::string(c.function->owner));
      } else {
        ctx.relate(c.attribute, "looks up `" + std::string(c.name) + "` in the C library loaded here");
      }
    }
  }
};

}  // namespace

const Check& cLibraryCallCheck() {
  static const CLibraryCallCheck check;
  return check;
}

}  // namespace platlint
