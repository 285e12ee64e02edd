// PORT4xx: standard-library modules, functions and constants that do not exist on every platform. One
// matcher looks imports and references up in the availability table generated from typeshed
// (analyzer/semantic/availability.h); a small curated map adds the portable alternative to each message.
//
// A module missing somewhere is reported once, at its import (PORT401); uses of its names are not
// reported again unless the name is missing on more platforms than its module (fcntl.F_FULLFSYNC is
// macOS-only inside the POSIX-only fcntl). Names are reported where they are referenced (PORT402 for
// functions and classes, PORT403 for constants), after resolving imports and aliases; a name bound by
// an unguarded `from os import fork` is reported once, at that import. Not inside
// type annotations or `if TYPE_CHECKING:` blocks, which never run. Python version bounds in the table
// are not used for reporting.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/availability.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/semantic_model.h"
#include "rules/ctypes_loaders.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "platform-specific", "stdlib"};

constexpr RuleMeta kPlatformOnlyModule{
    "PORT401", "platform-only-module", Level::Warning,
    "Imports a standard-library module that does not exist on every platform",
    "Finds `import` and `from ... import` of standard-library modules that CPython provides on some "
    "platforms only: `fcntl`, `pwd`, `grp`, `termios`, `tty`, `pty`, `resource`, `syslog`, `readline`, "
    "`curses`, `posix` (POSIX only); `ossaudiodev` (Linux only); `msvcrt`, `winreg`, `winsound`, `_winapi`, "
    "`nt` (Windows only), and the platform-specific parts of packages such as "
    "`multiprocessing.popen_fork` or `asyncio.windows_events`. The table comes from typeshed's stubs, "
    "whose `sys.platform` conditions record where each module exists.",
    "The import itself raises `ModuleNotFoundError` on the platforms where the module does not exist, so "
    "the whole module that imports it fails to load there, not just the function that needs it: `import "
    "fcntl` breaks on Windows, `import winreg` on Linux and macOS.",
    "import fcntl\n\ndef locked_write(path, data):\n    with open(path, \"a\") as f:\n"
    "        fcntl.flock(f, fcntl.LOCK_EX)\n        f.write(data)",
    "from filelock import FileLock  # or portalocker\n\ndef locked_write(path, data):\n"
    "    with FileLock(path + \".lock\"), open(path, \"a\") as f:\n        f.write(data)",
    PlatformSet::all(), kTags};

constexpr RuleMeta kPlatformOnlyFunction{
    "PORT402", "platform-only-function", Level::Warning,
    "Uses a standard-library function or class that does not exist on every platform",
    "Finds calls of and references to functions and classes that typeshed declares for some platforms "
    "only: `os.fork`, `os.getuid`, `os.statvfs`, `os.uname`, `os.killpg`, `os.setsid`, `os.sched_setaffinity`, "
    "`time.tzset`, `signal.alarm`, `select.epoll`, `select.kqueue`, `os.startfile`, `os.add_dll_directory` and "
    "hundreds more, also through aliases (`from os import fork`, `import os as _os`). A `from` import "
    "fails as a whole, so it is one finding for the names missing on the same platforms; where it stands "
    "unguarded in a module or function body, the uses of those names are its related locations. A name "
    "imported in a `try` whose `except` assigns it a fallback (`try: from socket import AF_UNIX` / `except "
    "ImportError: AF_UNIX = None`) holds that fallback where the import fails: its uses are not reported "
    "(PORT402 and PORT403), nor a name the file gives the module where it is missing (`os.O_DIRECT = 16384` under "
    "`if not hasattr(os, \"O_DIRECT\"):`, `os.O_DIRECT = getattr(os, \"O_DIRECT\", 16384)`, as tests do to run a "
    "code path everywhere). Assigning a name (`os.fork = fake_fork`) is no use of it; reading it first to put it "
    "back (`was_fork = os.fork`) is.",
    "The attribute does not exist on the other platforms, so the code raises `AttributeError` (or "
    "`ImportError` for `from os import fork`) there; the error appears only when the line runs, often in "
    "a rarely taken path. Most POSIX process and user management (`fork`, `getuid`, `setsid`, `killpg`) "
    "is missing on Windows; `epoll`, `sched_setaffinity`, `pipe2` and `memfd_create` exist only on Linux.",
    "import os\n\npid = os.fork()\nif pid == 0:\n    os.execvp(\"worker\", [\"worker\"])",
    "import subprocess\n\nworker = subprocess.Popen([\"worker\"])",
    PlatformSet::all(), kTags};

constexpr RuleMeta kPlatformOnlyConstant{
    "PORT403", "platform-only-constant", Level::Warning,
    "Uses a standard-library constant that does not exist on every platform",
    "Finds references to constants and attributes that typeshed declares for some platforms only: "
    "`os.O_DIRECT`, `os.O_BINARY`, `signal.SIGKILL`, `signal.SIGALRM`, `signal.SIGHUP`, `socket.AF_PACKET`, "
    "`socket.AF_UNIX`, `socket.SO_REUSEPORT`, `mmap.MAP_POPULATE`, platform-specific `errno` values and "
    "many more, also through aliases.",
    "Platform constants exist only where the operating system defines them: `signal.SIGKILL` and the other "
    "POSIX signals are missing on Windows, `os.O_DIRECT` and `socket.AF_PACKET` exist only on Linux. "
    "Referencing one raises `AttributeError` on the other platforms.",
    "import os, signal\n\nos.kill(pid, signal.SIGKILL)",
    "import subprocess\n\nproc = subprocess.Popen(cmd)\nproc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows\n\n"
    "# an optional flag:\nflags = os.O_WRONLY | getattr(os, \"O_DIRECT\", 0)",
    PlatformSet::all(), kTags};

constexpr std::string_view kThirdPartyTags[] = {"portability", "platform-specific", "third-party"};

constexpr RuleMeta kThirdPartyPlatformOnlyModule{
    "PORT404", "third-party-platform-only-module", Level::Warning,
    "Imports a third-party module that works on some platforms only",
    "Finds `import` and `from ... import` of third-party modules that wrap an interface of one operating "
    "system: `pyudev` (libudev), `rtslib`/`rtslib_fb` (LIO iSCSI targets), `iptc` (python-iptables), "
    "`inotify`, `pyinotify` and `inotify_simple`, `systemd` (python-systemd), `prctl` (python-prctl) and "
    "`dbus` (dbus-python) (Linux only); `xattr`, `posix_ipc`, `sysv_ipc` and `uvloop` (Linux and macOS, not "
    "Windows). A module matches with its submodules (`from systemd import journal`). The table is "
    "`rules/third_party_modules.def`. Each module is reported once per file, at its first import, with its "
    "uses as related locations. Two modules import on every platform and work only on Linux: `pyroute2` "
    "(netlink; its macOS and Windows back ends only list interfaces and addresses) and `oslo_privsep` (it binds "
    "`capset` and `prctl` only on Linux). Their import is no finding: the file's first use of them that does "
    "something platform-specific is (a privsep context, `IPRoute().link(...)`), with the other uses (the "
    "context's `capabilities=[caps.CAP_SYS_ADMIN]`) as related locations, and a file that only imports them "
    "has none. Constants (`pyroute2.netlink.rtnl.TC_H_ROOT`), exception classes (`except "
    "pyroute2.NetlinkError:`) and the module's own test doubles (`pyroute2.iproute.ipmock`) do nothing "
    "platform-specific: a file that uses nothing else has no finding. Imports inside `try: ... except "
    "ImportError` and under a platform guard are not reported, as for PORT401.",
    "Most of these packages do not install on the other platforms (they build against a Linux library or "
    "header) or fail when imported, because the kernel interface they wrap does not exist there; the module "
    "that imports them then fails to load, not just the feature that needs them. Some import everywhere and "
    "fail when used: oslo.privsep's daemon calls `prctl` and `capset`, which exist only on Linux, and "
    "elsewhere its entrypoints run in the calling process without any privilege.",
    "import pyinotify\n\nwm = pyinotify.WatchManager()\nwm.add_watch(path, pyinotify.IN_MODIFY)",
    "from watchdog.observers import Observer  # inotify, FSEvents or ReadDirectoryChangesW\n\n"
    "observer = Observer()\nobserver.schedule(handler, path)\nobserver.start()",
    PlatformSet::all(), kThirdPartyTags};

constexpr std::string_view kLibraryTags[] = {"portability", "platform-specific", "ctypes"};

constexpr RuleMeta kPlatformLibraryName{
    "PORT405", "platform-library-name", Level::Warning,
    "Loads a shared library by a file name that exists on one platform only",
    "Finds `ctypes.CDLL()`, `ctypes.PyDLL()`, `ctypes.cdll.LoadLibrary()` and `ctypes.pydll.LoadLibrary()` "
    "whose library file name is known (a literal, or a name assigned once) and pins a platform by its form: "
    "`*.so` and `*.so.N` (`libc.so.6`, `librt.so.1`: ELF shared objects, Linux), `*.dylib` (macOS), `*.dll` "
    "(Windows). A name from `ctypes.util.find_library()`, a name without a suffix (`\"c\"`) and `None` are not "
    "reported (PORT418 reports the C library loaded as `find_library(\"c\")` or `None`), nor is a path with a "
    "directory (`/usr/lib/x86_64-linux-gnu/libvirt.so.0`): PORT208 reports that as a hard-coded library "
    "directory. The C functions called through the library are not checked.",
    "Each platform names its shared libraries differently and ships different ones: `libc.so.6` is glibc's "
    "file name and exists on neither macOS (`libSystem.B.dylib`) nor Windows (`ucrtbase.dll`, `msvcrt.dll`). "
    "Loading it raises `OSError` there, and the functions looked up in it are often Linux-only as well.",
    "import ctypes\n\nlibc = ctypes.CDLL(\"libc.so.6\")\nlibc.malloc_trim(0)",
    "import ctypes, ctypes.util, sys\n\nif sys.platform == \"linux\":  # malloc_trim is glibc's\n"
    "    libc = ctypes.CDLL(ctypes.util.find_library(\"c\"))\n    libc.malloc_trim(0)",
    PlatformSet::all(), kLibraryTags};

constexpr const RuleMeta* kRules[] = {&kPlatformOnlyModule, &kPlatformOnlyFunction, &kPlatformOnlyConstant,
                                      &kThirdPartyPlatformOnlyModule, &kPlatformLibraryName};

// The platform a shared-library file name belongs to, from its form (see PORT405), with a phrase
// for the message; nullopt for a name that could be any platform's.
struct LibraryPlatform {
  PlatformSet platform;
  std::string_view kind;
};

std::optional<LibraryPlatform> libraryPlatform(std::string_view name) {
  // A path is a hard-coded library directory first, which PORT208 reports.
  if (name.find_first_of("/\\") != std::string_view::npos) return std::nullopt;
  const std::string lower = toLower(name);
  if (lower.ends_with(".so") || lower.find(".so.") != std::string::npos) {
    return LibraryPlatform{PlatformSet(Platform::Linux), "an ELF shared-object name (Linux)"};
  }
  if (lower.ends_with(".dylib")) {
    return LibraryPlatform{PlatformSet(Platform::MacOS), "a macOS library name"};
  }
  if (lower.ends_with(".dll")) return LibraryPlatform{PlatformSet(Platform::Windows), "a Windows DLL name"};
  return std::nullopt;
}

// Third-party modules that work on some platforms only (PORT404).
struct ThirdPartyModule {
  std::string_view name;
  PlatformSet worksOn;
  std::string_view why;     // completes "works only on Linux (<why>)"
  std::string_view advice;  // completes "...; <advice>"
  bool importsEverywhere = false;  // the import succeeds everywhere: its uses fail, not the import
};

constexpr PlatformSet kLinux = PlatformSet(Platform::Linux);
constexpr PlatformSet kPosix = PlatformSet(Platform::Linux) | PlatformSet(Platform::MacOS);

constexpr ThirdPartyModule kThirdPartyModules[] = {
#define LINUX_ONLY(module, why, advice) {module, kLinux, why, advice},
#define POSIX_ONLY(module, why, advice) {module, kPosix, why, advice},
#define LINUX_ONLY_IN_USE(module, why, advice) {module, kLinux, why, advice, true},
#include "rules/third_party_modules.def"
#undef LINUX_ONLY
#undef POSIX_ONLY
#undef LINUX_ONLY_IN_USE
};

// The entry for `module` or a package it belongs to (`systemd.journal` -> `systemd`).
const ThirdPartyModule* thirdPartyModule(std::string_view module) {
  for (const ThirdPartyModule& m : kThirdPartyModules) {
    if (module == m.name || (module.starts_with(m.name) && module[m.name.size()] == '.')) return &m;
  }
  return nullptr;
}

struct Alternative {
  std::string_view name;    // a qualified name, or a prefix ending in '*'
  std::string_view advice;  // completes "...; <advice>"
};

// The portable alternative, most specific first; names without an entry get generic advice.
constexpr Alternative kAlternatives[] = {
    // Modules (PORT401).
    {"fcntl", "for file locks use `filelock` or `portalocker`; for non-blocking I/O `os.set_blocking()`"},
    {"pwd", "use `getpass.getuser()` for the user name and `pathlib.Path.home()` for the home directory; numeric "
            "user and group ids (`pw_uid`, `pw_gid`, for `os.setuid()` or `os.chown()`) have no Windows equivalent: "
            "guard that code with `sys.platform != \"win32\"`"},
    {"grp", "groups have no portable equivalent: guard it with `sys.platform != \"win32\"`"},
    {"resource", "use `psutil` (`Process().memory_info()`, `Process().rlimit()` on Linux)"},
    {"termios", "terminal control has no portable equivalent: guard it, or use `getpass`, `curses` or `prompt_toolkit`"},
    {"tty", "terminal control has no portable equivalent: guard it, or use `getpass` or `prompt_toolkit`"},
    {"pty", "pseudo-terminals are POSIX-only: use `subprocess` pipes, or `pexpect`/`pywinpty`"},
    {"syslog", "use `logging` (with `logging.handlers.SysLogHandler` where a syslog daemon exists)"},
    {"readline", "guard it with `try: import readline except ImportError` (optional line editing)"},
    {"curses", "use `windows-curses` on Windows, or a portable library such as `prompt_toolkit`"},
    {"_curses", "use `windows-curses` on Windows, or a portable library such as `prompt_toolkit`"},
    {"crypt", "use `hashlib`/`passlib` (crypt was removed in Python 3.13)"},
    {"spwd", "there is no portable shadow password database: guard it (spwd was removed in Python 3.13)"},
    {"posix", "use `os`, which provides the portable subset on every platform"},
    {"nt", "use `os`, which provides the portable subset on every platform"},
    {"msvcrt", "for file locks use `filelock` or `portalocker`; for key presses `getpass` or `prompt_toolkit`"},
    {"winreg", "keep settings in a configuration file (`platformdirs.user_config_path()`), or guard it with `sys.platform == \"win32\"`"},
    {"winsound", "guard it with `sys.platform == \"win32\"`, or use a portable audio library"},
    {"_winapi", "use `subprocess`, `os` or `multiprocessing`, which wrap it portably"},
    {"multiprocessing.popen_*", "choose the start method with `multiprocessing.get_context()` instead of importing its implementation"},
    {"asyncio.windows_events", "use `asyncio.new_event_loop()`/`asyncio.run()`, which pick the platform's loop"},
    {"asyncio.windows_utils", "use `asyncio.new_event_loop()`/`asyncio.run()`, which pick the platform's loop"},
    {"asyncio.unix_events", "use `asyncio.new_event_loop()`/`asyncio.run()`, which pick the platform's loop"},
    // Functions and classes (PORT402).
    {"os.fork", "use `subprocess` to run programs or `multiprocessing` for worker processes"},
    {"os.forkpty", "use `subprocess` to run programs or `multiprocessing` for worker processes"},
    {"os.getuid", "use `getpass.getuser()` for the user's name; Windows has no numeric user ids"},
    {"os.geteuid", "use `getpass.getuser()` for the user's name; Windows has no numeric user ids"},
    {"os.getgid", "Windows has no numeric group ids: guard it with `sys.platform != \"win32\"`"},
    {"os.getegid", "Windows has no numeric group ids: guard it with `sys.platform != \"win32\"`"},
    {"os.statvfs", "use `shutil.disk_usage()` for free and total space"},
    {"os.sendfile", "copy files with `shutil.copyfile()` or `shutil.copyfileobj()`, which use the fastest copy each platform has; macOS's `sendfile` writes only to sockets, so a copy to a file fails there too"},
    {"os.uname", "use `platform.uname()`, `platform.system()` or `platform.node()`"},
    {"os.getloadavg", "use `psutil.getloadavg()`"},
    {"os.setsid", "use `subprocess.Popen(..., start_new_session=True)`"},
    {"os.setpgrp", "use `subprocess.Popen(..., process_group=0)` (3.11+) or `start_new_session=True`"},
    {"os.setpgid", "use `subprocess.Popen(..., process_group=0)` (3.11+) or `start_new_session=True`"},
    {"os.getpgid", "keep the `subprocess.Popen` object and use `Popen.terminate()`/`Popen.kill()`, or `psutil`"},
    {"os.killpg", "use `Popen.terminate()`/`Popen.kill()` on the processes you started, or `psutil.Process.children()`"},
    {"os.wait", "use `subprocess.Popen.wait()` or `multiprocessing`"},
    {"os.wait3", "use `subprocess.Popen.wait()` or `psutil`"},
    {"os.wait4", "use `subprocess.Popen.wait()` or `psutil`"},
    {"os.nice", "use `psutil.Process().nice()`"},
    {"os.sched_setaffinity", "use `psutil.Process().cpu_affinity()` (Linux and Windows)"},
    {"os.sched_getaffinity", "use `os.process_cpu_count()` (3.13+), `os.cpu_count()` or `psutil.Process().cpu_affinity()`"},
    {"os.pipe2", "use `os.pipe()` (its descriptors are non-inheritable) and `os.set_blocking()`"},
    {"os.mkfifo", "use `multiprocessing.Pipe()`, `multiprocessing.connection` or a socket"},
    {"os.sync", "call `os.fsync()` on the files that must reach the disk"},
    {"os.chown", "Windows has no POSIX ownership: guard it with `sys.platform != \"win32\"`"},
    {"os.lchown", "Windows has no POSIX ownership: guard it with `sys.platform != \"win32\"`"},
    {"os.fchown", "Windows has no POSIX ownership: guard it with `sys.platform != \"win32\"`"},
    {"os.startfile", "use `subprocess.run([\"open\", path])` on macOS, `[\"xdg-open\", path]` on Linux, or `webbrowser.open()`"},
    {"os.add_dll_directory", "guard it with `sys.platform == \"win32\"` (POSIX loaders use the rpath or `LD_LIBRARY_PATH`)"},
    {"time.tzset", "use `zoneinfo.ZoneInfo` for the time zone instead of changing `TZ` and calling `tzset()`"},
    {"signal.alarm", "use `threading.Timer`, or the timeout parameter of the blocking call"},
    {"signal.setitimer", "use `threading.Timer`, or the timeout parameter of the blocking call"},
    {"signal.getitimer", "use `threading.Timer`, or the timeout parameter of the blocking call"},
    {"signal.pause", "wait on a `threading.Event` instead"},
    {"select.epoll", "use `selectors.DefaultSelector`, which picks epoll, kqueue or select per platform"},
    {"select.kqueue", "use `selectors.DefaultSelector`, which picks epoll, kqueue or select per platform"},
    {"select.kevent", "use `selectors.DefaultSelector`, which picks epoll, kqueue or select per platform"},
    {"select.poll", "use `selectors.DefaultSelector`, which picks epoll, kqueue or select per platform"},
    {"selectors.EpollSelector", "use `selectors.DefaultSelector`"},
    {"selectors.KqueueSelector", "use `selectors.DefaultSelector`"},
    {"selectors.PollSelector", "use `selectors.DefaultSelector`"},
    {"asyncio.ProactorEventLoop", "use `asyncio.run()`/`asyncio.new_event_loop()`, which pick the platform's loop"},
    {"asyncio.SelectorEventLoop", "use `asyncio.run()`/`asyncio.new_event_loop()`, which pick the platform's loop"},
    // Constants (PORT403).
    {"signal.SIGKILL", "use `Popen.kill()` (TerminateProcess on Windows) or `os.kill(pid, signal.SIGTERM)`"},
    {"signal.SIGALRM", "use `threading.Timer`, or the timeout parameter of the blocking call"},
    {"signal.SIG*", "Windows knows only SIGABRT, SIGFPE, SIGILL, SIGINT, SIGSEGV, SIGTERM and SIGBREAK: guard it with `hasattr(signal, \"{name}\")` or `sys.platform`"},
    {"os.O_DIRECT", "there is no portable unbuffered I/O flag: use `getattr(os, \"O_DIRECT\", 0)` (macOS: `fcntl.F_NOCACHE`)"},
    {"os.O_*", "use `getattr(os, \"{name}\", 0)` where the flag is optional"},
    {"os.WNOHANG", "use `Popen.poll()` to check a child without blocking"},
    {"socket.AF_PACKET", "raw link-layer sockets are Linux-only: use a capture library such as `scapy`, or guard it"},
    {"socket.AF_UNIX", "use TCP on localhost or `multiprocessing.connection` (named pipes on Windows)"},
    {"socket.SO_REUSEPORT", "guard it with `hasattr(socket, \"SO_REUSEPORT\")` (Windows has only `SO_REUSEADDR`/`SO_EXCLUSIVEADDRUSE`)"},
    {"errno.*", "catch the `OSError` subclasses (`FileNotFoundError`, `PermissionError`, ...) or guard it with `hasattr(errno, ...)`"},
};

std::string_view alternativeFor(std::string_view qualified) {
  for (const Alternative& a : kAlternatives) {
    if (matchesNameOrPrefix(a.name, qualified)) return a.advice;
  }
  return {};
}

// "windows", "macos and windows", "linux, macos and windows".
std::string listPlatforms(PlatformSet set) {
  std::string out;
  int count = 0;
  for (Platform p : {Platform::Linux, Platform::MacOS, Platform::Windows}) count += set.contains(p) ? 1 : 0;
  int seen = 0;
  for (Platform p : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
    if (!set.contains(p)) continue;
    ++seen;
    if (seen > 1) out += seen == count ? " and " : ", ";
    out += platformName(p);
  }
  return out;
}

// "does not exist on windows"
std::string missingPhrase(PlatformSet missing) {
  if (missing == PlatformSet::all()) return "exists on none of linux, macos and windows";
  return "does not exist on " + listPlatforms(missing);
}

std::string genericAdvice(std::string_view qualified, PlatformSet missing) {
  const size_t dot = qualified.rfind('.');
  std::string guard = missing == PlatformSet(Platform::Windows) ? "`sys.platform != \"win32\"`" : "`sys.platform`";
  if (dot == std::string_view::npos) return "guard the import with " + guard + " or `try: ... except ImportError`";
  return "guard it with " + guard + " or `hasattr(" + std::string(qualified.substr(0, dot)) + ", \"" +
         std::string(qualified.substr(dot + 1)) + "\")`";
}

std::string advice(std::string_view qualified, PlatformSet missing) {
  const std::string_view curated = alternativeFor(qualified);
  if (curated.empty()) return genericAdvice(qualified, missing);
  std::string out(curated);
  // Prefix entries name the attribute with {name}.
  if (const size_t at = out.find("{name}"); at != std::string::npos) {
    const size_t dot = qualified.rfind('.');
    out.replace(at, 6, qualified.substr(dot == std::string_view::npos ? 0 : dot + 1));
  }
  return out;
}

// The module a table entry belongs to: the longest prefix that is a stdlib module.
std::optional<Availability> moduleOf(std::string_view qualified) {
  for (size_t dot = qualified.rfind('.'); dot != std::string_view::npos; dot = qualified.rfind('.', dot - 1)) {
    const std::string_view prefix = qualified.substr(0, dot);
    if (isStdlibModule(prefix)) return stdlibAvailability(prefix);
    if (dot == 0) break;
  }
  return std::nullopt;
}

bool isTypeCheckingCondition(Node condition) {
  const std::string_view t = condition.text();
  return t == "TYPE_CHECKING" || t == "typing.TYPE_CHECKING" || t == "typing_extensions.TYPE_CHECKING";
}

// Code that never runs: type annotations (a `type` node) and the body of `if TYPE_CHECKING:`.
bool neverRuns(Node node) {
  for (Node child = node, n = node.parent(); n; child = n, n = n.parent()) {
    if (n.is("type")) return true;
    if (n.is("if_statement") && child == n.field("consequence") && isTypeCheckingCondition(n.field("condition"))) {
      return true;
    }
  }
  return false;
}

// Identifiers that name something rather than refer to it: definitions, parameters, keyword
// names, import clauses and the attribute part of `x.attr`.
bool isReference(Node identifier) {
  const Node parent = identifier.parent();
  if (!parent) return false;
  const std::string_view k = parent.kind();
  if (k == "attribute") return !(parent.field("attribute") == identifier);
  if (k == "keyword_argument") return !(parent.field("name") == identifier);
  if (k == "function_definition" || k == "class_definition" || k == "parameters" || k == "lambda_parameters" ||
      k == "default_parameter" || k == "typed_parameter" || k == "typed_default_parameter" ||
      k == "dotted_name" || k == "aliased_import" || k == "import_from_statement" || k == "import_statement" ||
      k == "global_statement" || k == "nonlocal_statement" || k == "keyword_pattern" ||
      k == "list_splat_pattern" || k == "dictionary_splat_pattern") {
    return false;
  }
  if ((k == "assignment" || k == "augmented_assignment" || k == "for_statement") && parent.field("left") == identifier) {
    return false;
  }
  return true;
}

// Every attribute of a chain is visited and qualifiedName() walks the chain, so only chains as short
// as a stdlib name (`os.path.X`, `select.epoll.register`) that end in a plain name are resolved: a
// 20,000-link `a.b.b...` must stay linear.
constexpr int kMaxNameParts = 6;

bool shortNameChain(Node attribute) {
  Node n = attribute;
  for (int parts = 1; parts <= kMaxNameParts; ++parts) {
    if (n.is("identifier")) return true;
    if (!n.is("attribute")) return false;
    n = n.field("object");
  }
  return false;
}

class PlatformOnlyApiCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT4xx platform-only APIs"; }
  // Where it is unsupported, a missing module or function raises ImportError or AttributeError.
  std::span<const std::string_view> failureExceptions() const override { return kMissingApiErrors; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"import_statement", "import_from_statement", "attribute", "identifier",
                                                 "call"};
    return kinds;
  }
  void visit(Node node, RuleContext& ctx) const override {
    if (node.is("import_statement")) return visitImport(node, ctx);
    if (node.is("import_from_statement")) return visitImportFrom(node, ctx);
    if (node.is("call")) return visitLibraryLoad(node, ctx);
    visitReference(node, ctx);
  }

 private:

  // What an import statement's module is to PORT401/PORT404: none of theirs, theirs but not reported
  // here (it never runs, or the file imported it already), or reported. Only a reported import's
  // uses are related to it: relate() adds to the last finding reported.
  enum class ModuleImport { Unknown, Quiet, Reported };

  // Where a file uses an imported module: the outermost attribute (`caps.CAP_SYS_ADMIN`) and the
  // qualified name it reads.
  struct ModuleUse {
    Node node;
    std::string name;
  };

  // A module missing somewhere: `import fcntl`, `import curses.panel`, `from asyncio import windows_events`.
  static ModuleImport reportModule(Node at, std::string_view module, RuleContext& ctx) {
    const auto a = stdlibAvailability(module);
    if (!a || a->kind != AvailabilityKind::Module || a->platforms == PlatformSet::all()) return ModuleImport::Unknown;
    if (neverRuns(at)) return ModuleImport::Quiet;
    const PlatformSet missing = ~a->platforms;
    ctx.recordPlatformApi(at, std::string(a->name), kPlatformOnlyModule, missing);
    ctx.report(kPlatformOnlyModule, at,
               "imports `" + std::string(a->name) + "`, which " + missingPhrase(missing) + "; " + advice(a->name, missing),
               missing);
    return ModuleImport::Reported;
  }

  // `ctypes.CDLL("libc.so.6")`: a library file name only one platform has (PORT405).
  static void visitLibraryLoad(Node call, RuleContext& ctx) {
    if (!ctx.enabled(kPlatformLibraryName)) return;
    const std::string_view callee = ctx.model().qualifiedName(skipParentheses(call.field("function")));
    if (!isCtypesLibraryLoader(callee)) return;
    const Node name = argumentsOf(call).argument(0, "name");
    const auto value = name ? ctx.model().stringValue(name) : std::nullopt;
    if (!value || !value->complete) return;
    const auto library = libraryPlatform(value->value);
    if (!library) return;
    const PlatformSet missing = ~library->platform;
    ctx.report(kPlatformLibraryName, call,
               "`" + std::string(callee) + "(\"" + value->value + "\")` loads " + std::string(library->kind) +
                   ", which does not exist on " + listPlatforms(missing) +
                   " (`OSError`); look it up with `ctypes.util.find_library()` and guard the call with "
                   "`sys.platform`, or use the Python API that wraps the C function",
               missing);
  }

  // A third-party module that works on some platforms only: `import pyudev`, `from systemd import journal`.
  // A module that imports everywhere (`oslo_privsep`) is reported at the file's first use of it
  // instead, through any of its imports, the other uses related to it; without a use nothing fails.
  static ModuleImport reportThirdPartyModule(Node at, std::string_view module, RuleContext& ctx) {
    const ThirdPartyModule* m = thirdPartyModule(module);
    if (!m || !ctx.enabled(kThirdPartyPlatformOnlyModule)) return ModuleImport::Unknown;
    if (neverRuns(at) || importedEarlier(*m, at, ctx.model())) return ModuleImport::Quiet;
    const PlatformSet missing = ~m->worksOn;
    if (m->importsEverywhere) {
      const std::vector<ModuleUse> uses = usesOfModule(*m, ctx.model());
      // Reported at the first use that does something platform-specific; without one nothing fails.
      const auto first = std::find_if(uses.begin(), uses.end(), [](const ModuleUse& use) { return !worksEverywhere(use.name); });
      if (first == uses.end()) return ModuleImport::Quiet;
      ctx.recordPlatformApi(first->node, std::string(m->name), kThirdPartyPlatformOnlyModule, missing);
      ctx.report(kThirdPartyPlatformOnlyModule, first->node,
                 "uses `" + first->name + "`, from `" + std::string(m->name) +
                     "`, a third-party module that imports everywhere but works only on " + listPlatforms(m->worksOn) +
                     ", not on " + listPlatforms(missing) + " (" + std::string(m->why) + "); " + std::string(m->advice),
                 missing);
      // The import is where a reviewer decides whether the module belongs: it goes with the finding.
      ctx.relate(at, "imports `" + std::string(module) + "`, which succeeds everywhere; its uses do not");
      for (auto use = uses.begin(); use != uses.end(); ++use) {
        if (use != first) ctx.relate(use->node, "uses `" + use->name + "`, " + failsWith(m->name));
      }
      return ModuleImport::Quiet;
    }
    ctx.recordPlatformApi(at, std::string(m->name), kThirdPartyPlatformOnlyModule, missing);
    ctx.report(kThirdPartyPlatformOnlyModule, at,
               "imports `" + std::string(module) + "`, a third-party module that works only on " +
                   listPlatforms(m->worksOn) + ", not on " + listPlatforms(missing) + " (" + std::string(m->why) +
                   "); " + std::string(m->advice),
               missing);
    return ModuleImport::Reported;
  }

  // A name of a module that imports everywhere which does nothing platform-specific when used: a
  // constant (`pyroute2.netlink.rtnl.TC_H_ROOT`), an exception class (`except pyroute2.NetlinkError`),
  // or the module's own test double (`pyroute2.iproute.ipmock.MockLink`). Such uses go with a finding
  // as related locations (a privsep context's `CAP_SYS_ADMIN` says what it needs) but make none.
  static bool worksEverywhere(std::string_view qualified) {
    const std::string_view last = qualified.substr(qualified.rfind('.') + 1);
    // Upper case with an underscore: `IPDB`, `NDB` and devlink's `DL` are classes that open sockets.
    const bool constant = last.find('_') != std::string_view::npos &&
                          std::any_of(last.begin(), last.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                          std::all_of(last.begin(), last.end(), [](char c) {
                            return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
                          });
    return constant || last.ends_with("Error") || last.ends_with("Exception") ||
           qualified.find("mock") != std::string_view::npos;
  }

  // One finding per file and module: `from oslo_privsep import capabilities` after `from oslo_privsep
  // import priv_context` adds nothing.
  static bool importedEarlier(const ThirdPartyModule& m, Node at, const SemanticModel& model) {
    for (const Import& i : model.imports()) {
      if (i.node.endByte() <= at.startByte() && thirdPartyModule(i.qualifiedName) == &m) return true;
    }
    return false;
  }

  // How a use of a reported module fails with its import.
  static std::string failsWith(std::string_view module) {
    if (const ThirdPartyModule* m = thirdPartyModule(module)) {
      return "from a module that works only on " + listPlatforms(m->worksOn);
    }
    return "from the module the import cannot load there";
  }

  // Calls visit(name, bound) for each name an import statement imports (`a.b` or `x` of `from m import
  // x`) and the name it binds (`a` of `import a.b`, `y` of `x as y`); not the module of a from-import.
  template <typename Visit>
  static void forEachImportedName(Node stmt, Visit&& visit) {
    for (uint32_t i = 0; i < stmt.namedChildCount(); ++i) {
      Node name = stmt.namedChild(i);
      Node bound = name;
      if (name.is("aliased_import")) {
        bound = name.field("alias");
        name = name.field("name");
      }
      if (!name.is("dotted_name") || name == stmt.field("module_name") || !bound) continue;
      visit(name, bound.is("dotted_name") ? bound.namedChild(0).text() : bound.text());
    }
  }

  static void visitImport(Node stmt, RuleContext& ctx) {
    forEachImportedName(stmt, [&](Node name, std::string_view bound) {
      const std::string_view module = name.text();
      const auto uses = [&] { return usesOf(stmt, module, bound, ctx.model()); };
      if (const ModuleImport stdlib = ctx.enabled(kPlatformOnlyModule) ? reportModule(name, module, ctx) : ModuleImport::Unknown;
          stdlib != ModuleImport::Unknown) {
        if (stdlib == ModuleImport::Reported) relateUses(uses(), failsWith(module), ctx);
        return;
      }
      if (thirdPartyModule(module) && reportThirdPartyModule(name, module, ctx) == ModuleImport::Reported) {
        relateUses(uses(), failsWith(module), ctx);
      }
    });
  }

  // Where the file uses the module bound to `boundName` at `import`, with the name each use reads.
  static std::vector<ModuleUse> usesOf(Node import, std::string_view module, std::string_view boundName,
                                       const SemanticModel& model) {
    constexpr size_t kMaxUses = 20;
    std::vector<ModuleUse> uses;
    Node root = import;
    while (root.parent()) root = root.parent();
    const uint32_t end = root.tree()->subtreeEnd(root);
    for (uint32_t i = root.index(); i < end && uses.size() < kMaxUses; ++i) {
      const Node n = root.tree()->node(i);
      if (!n.is("identifier") || n.text() != boundName || !isReference(n)) continue;
      Node use = n;
      while (use.parent() && use.parent().is("attribute") && use.parent().field("object") == use) use = use.parent();
      const std::string_view q = model.qualifiedName(use);
      if (q.empty() || !(q == module || (q.starts_with(module) && q.size() > module.size() && q[module.size()] == '.'))) continue;
      uses.push_back({use, std::string(q)});
    }
    return uses;
  }

  // The import fails, so each use fails with it; they belong to the import's finding rather than
  // being findings of their own.
  static void relateUses(const std::vector<ModuleUse>& uses, const std::string& why, RuleContext& ctx) {
    for (const ModuleUse& use : uses) ctx.relate(use.node, "uses `" + use.name + "`, " + why);
  }

  // The uses of the names `from module import a, b as c` binds.
  static std::vector<ModuleUse> usesOfImportedNames(Node stmt, std::string_view module, const SemanticModel& model) {
    std::vector<ModuleUse> uses;
    forEachImportedName(stmt, [&](Node name, std::string_view bound) {
      for (ModuleUse& use : usesOf(stmt, std::string(module) + "." + std::string(name.text()), bound, model)) {
        uses.push_back(std::move(use));
      }
    });
    return inSourceOrder(std::move(uses));
  }

  // The uses of a module through every import of it in the file (`from oslo_privsep import
  // capabilities` and `from oslo_privsep import priv_context`).
  static std::vector<ModuleUse> usesOfModule(const ThirdPartyModule& m, const SemanticModel& model) {
    std::vector<ModuleUse> uses;
    for (const Import& i : model.imports()) {
      if (thirdPartyModule(i.qualifiedName) != &m) continue;
      for (ModuleUse& use : usesOf(i.node, i.qualifiedName, i.localName, model)) uses.push_back(std::move(use));
    }
    return inSourceOrder(std::move(uses));
  }

  static std::vector<ModuleUse> inSourceOrder(std::vector<ModuleUse> uses) {
    const auto before = [](const ModuleUse& a, const ModuleUse& b) { return a.node.startByte() < b.node.startByte(); };
    std::sort(uses.begin(), uses.end(), before);
    uses.erase(std::unique(uses.begin(), uses.end(), [](const ModuleUse& a, const ModuleUse& b) { return a.node == b.node; }),
               uses.end());
    return uses;
  }

  static void visitImportFrom(Node stmt, RuleContext& ctx) {
    const Node module = stmt.field("module_name");
    if (!module || !module.is("dotted_name")) return;  // relative imports name the project's own modules
    if (const ModuleImport third = reportThirdPartyModule(module, module.text(), ctx); third != ModuleImport::Unknown) {
      // `from systemd import journal`: `journal.send(...)` goes with the import.
      if (third == ModuleImport::Reported) relateUses(usesOfImportedNames(stmt, module.text(), ctx.model()), failsWith(module.text()), ctx);
      return;
    }
    if (reportModule(module, module.text(), ctx) != ModuleImport::Unknown) return;
    // `from multiprocessing import popen_fork`: a platform-specific submodule; `from os import fork`:
    // a platform-specific name. The statement raises ImportError where any name is missing, so names
    // missing on the same platforms are one finding, and the uses of each belong to it.
    struct ImportedName {
      Node name;
      std::string_view bound;
      std::string qualified;
      MissingName missing;
    };
    std::vector<ImportedName> names;
    forEachImportedName(stmt, [&](Node name, std::string_view bound) {
      std::string qualified = std::string(module.text()) + "." + std::string(name.text());
      if (isStdlibModule(qualified)) {
        reportModule(name, qualified, ctx);
      } else if (const auto missing = missingName(name, qualified, ctx, /*isImport=*/true)) {
        names.push_back({name, bound, std::move(qualified), *missing});
      }
    });
    const auto sameFinding = [](const ImportedName& a, const ImportedName& b) {
      return a.missing.rule == b.missing.rule && a.missing.platforms == b.missing.platforms;
    };
    for (size_t head = 0; head < names.size(); ++head) {
      if (std::any_of(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(head),
                      [&](const ImportedName& n) { return sameFinding(n, names[head]); })) {
        continue;  // related to an earlier name's finding
      }
      reportMissingName(names[head].name, names[head].qualified, names[head].missing, ctx);
      for (size_t i = head + 1; i < names.size(); ++i) {
        if (!sameFinding(names[i], names[head])) continue;
        ctx.recordPlatformApi(names[i].name, names[i].qualified, *names[i].missing.rule, names[i].missing.platforms);
        ctx.relate(names[i].name,
                   "also imports `" + names[i].qualified + "`, which " + missingPhrase(names[i].missing.platforms) +
                       "; " + advice(names[i].qualified, names[i].missing.platforms));
      }
      if (!failsAsAWhole(stmt)) continue;
      for (size_t i = head; i < names.size(); ++i) {
        if (sameFinding(names[i], names[head])) {
          relateUses(usesOf(stmt, names[i].qualified, names[i].bound, ctx.model()), "which the import cannot load there",
                     ctx);
        }
      }
    }
  }

  // A statement directly in a module or function body runs whenever its scope does: when it is an
  // import that fails, nothing after it in that scope runs, so the uses of its names add nothing.
  static bool failsAsAWhole(Node stmt) {
    const Node parent = stmt.parent();
    if (!parent) return false;
    if (parent.is("module")) return true;
    return parent.is("block") && parent.parent() && parent.parent().is("function_definition");
  }

  // `fork()` after `from os import fork` at a module's top: the import's finding covers it.
  static bool boundByFailingImport(Node identifier, const SemanticModel& model) {
    for (const Import& i : model.imports()) {
      if (i.localName == identifier.text() && i.node.is("import_from_statement") && failsAsAWhole(i.node)) return true;
    }
    return false;
  }

  // `AF_UNIX` after `try: from socket import AF_UNIX` / `except ImportError: AF_UNIX = None`: where the
  // import fails the name holds the fallback, so a use is no failure (the code tests for the fallback).
  static bool boundWithFallback(Node identifier, const SemanticModel& model) {
    for (const Import& i : model.imports()) {
      if (i.localName != identifier.text() || !i.node.is("import_from_statement")) continue;
      Node block = i.node.parent();
      const Node tryStatement = block ? block.parent() : Node{};
      if (!tryStatement || !tryStatement.is("try_statement") || !(tryStatement.field("body") == block)) continue;
      for (uint32_t c = 0; c < tryStatement.namedChildCount(); ++c) {
        const Node clause = tryStatement.namedChild(c);
        if (!clause.is("except_clause")) continue;
        bool assigns = false;
        forEachNamedChild(clause, [&](Node statement) {
          if (!statement.is("block")) return;
          forEachNamedChild(statement, [&](Node inner) {
            const Node assignment = inner.is("expression_statement") ? inner.namedChild(0) : Node{};
            if (assignment && assignment.is("assignment") && assignment.field("left").text() == identifier.text()) {
              assigns = true;
            }
          });
        });
        if (assigns) return true;
      }
    }
    return false;
  }

  // Cheap tests first: Node::parent() costs the depth of the tree, so it runs only for table hits.
  static void visitReference(Node node, RuleContext& ctx) {
    if (node.is("attribute") && !shortNameChain(node)) return;
    // A bare name matters only when an import binds it (a built-in is never missing): asked of
    // every name of the file, that is answered without looking the built-ins up.
    if (node.is("identifier") && ctx.model().importBinding(node.text()).empty()) return;
    reportName(node, ctx.model().qualifiedName(node), ctx);
  }

  static constexpr char kDefinedNamesKey = 0;

  struct MissingName {
    const RuleMeta* rule;
    PlatformSet platforms;
  };

  static void reportName(Node node, std::string_view qualified, RuleContext& ctx) {
    if (const auto missing = missingName(node, qualified, ctx, /*isImport=*/false)) {
      reportMissingName(node, qualified, *missing, ctx);
    }
  }

  // The rule and platforms a reference or imported name is reported for; nullopt when it is not.
  static std::optional<MissingName> missingName(Node node, std::string_view qualified, RuleContext& ctx,
                                                bool isImport) {
    if (qualified.empty() || qualified.starts_with("builtins.")) return std::nullopt;
    const auto a = stdlibAvailability(qualified);
    // Only a name with a row of its own: a name without one is as available as its module or class.
    if (!a || a->name != qualified || a->kind == AvailabilityKind::Module) return std::nullopt;
    if (!isImport && (assignedAttribute(node) || definedByFile(node, qualified, ctx))) return std::nullopt;
    if (!isImport && node.is("identifier") &&
        (!isReference(node) || boundByFailingImport(node, ctx.model()) || boundWithFallback(node, ctx.model()))) {
      return std::nullopt;
    }
    const auto module = moduleOf(qualified);
    // Missing on no more platforms than its module: the import is reported instead (PORT401).
    if (!module || (module->platforms & ~a->platforms).empty()) return std::nullopt;
    const RuleMeta& rule = a->kind == AvailabilityKind::Constant ? kPlatformOnlyConstant : kPlatformOnlyFunction;
    if (!ctx.enabled(rule) || neverRuns(node)) return std::nullopt;
    return MissingName{&rule, ~a->platforms};
  }

  // `os.fork = fake_fork`: assigning creates the attribute wherever it is missing; only reading it fails.
  static bool assignedAttribute(Node node) {
    if (!node.is("attribute")) return false;
    Node target = node;
    while (target.parent() && (target.parent().is("pattern_list") || target.parent().is("tuple_pattern"))) {
      target = target.parent();
    }
    const Node parent = target.parent();
    return parent && parent.is("assignment") && parent.field("left") == target;
  }

  // `os.O_DIRECT = 16384` under `if not hasattr(os, "O_DIRECT"):`, or `os.O_DIRECT = getattr(os,
  // "O_DIRECT", 16384)` (`setattr(os, "O_DIRECT", getattr(...))` alike): the file gives the module the
  // name where it is missing, so its uses in the class that does so (a test's `setUp`), or in the
  // module when the module does, find it. Not a plain `os.fork = fake`, which a test writes
  // after saving the original (`was_fork = os.fork`, a use that fails).
  static bool definedByFile(Node node, std::string_view qualified, RuleContext& ctx) {
    struct Defined {
      bool indexed = false;
      // Where each name is given: the class of the method that gives it (a test's `setUp`), or the module.
      std::unordered_map<std::string, std::vector<Node>> scopes;
      std::unordered_map<std::string, bool> quoted;  // by attribute: whether the text spells it as a string
    };
    Defined& defined = ctx.fileState<Defined>(&kDefinedNamesKey);
    // Every way of giving the name spells it as a string (`hasattr(os, "O_DIRECT")`, `getattr(...)`,
    // `setattr(...)`): a file without the quoted name gives none, and is not searched. The text is
    // searched once per attribute, not once per use.
    const std::string attribute(qualified.substr(qualified.rfind('.') + 1));
    const auto [known, added] = defined.quoted.try_emplace(attribute, false);
    if (added) {
      const std::string_view text = node.source();
      known->second = text.find("\"" + attribute + "\"") != std::string_view::npos ||
                      text.find("'" + attribute + "'") != std::string_view::npos;
    }
    if (!known->second) return false;
    if (!defined.indexed) {
      defined.indexed = true;
      const SemanticModel& model = ctx.model();
      const SyntaxTree& tree = *node.tree();
      for (uint32_t i = 0; i < tree.size(); ++i) {
        const Node n = tree.node(i);
        std::string name;
        Node value;
        if (n.is("assignment")) {
          const Node left = skipParentheses(n.field("left"));
          if (left && left.is("attribute")) name = std::string(model.qualifiedName(left));
          value = n.field("right");
        } else if (n.is("call") && calleeName(n) == "setattr" &&
                   model.qualifiedName(n.field("function")) == "builtins.setattr") {
          const CallArguments args = argumentsOf(n);
          if (args.positional.size() < 3) continue;
          const std::string_view object = model.qualifiedName(args.positional[0]);
          const auto given = model.stringValue(args.positional[1]);
          if (!object.empty() && given && given->complete) name = std::string(object) + "." + given->value;
          value = args.positional[2];
        }
        if (!name.empty() && (probesFor(value, name, "builtins.getattr", model) || assignedWhereMissing(n, name, model))) {
          Node scope = n;
          while (scope.parent() && !scope.is("class_definition")) scope = scope.parent();
          defined.scopes[std::move(name)].push_back(scope);
        }
      }
    }
    const auto it = defined.scopes.find(std::string(qualified));
    if (it == defined.scopes.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](Node scope) {
      return scope.startByte() <= node.startByte() && node.endByte() <= scope.endByte();
    });
  }

  // `getattr(os, "O_DIRECT", ...)` (with `probe` "builtins.getattr") or `hasattr(os, "O_DIRECT")`
  // (`builtins.hasattr`) for the qualified name `name`.
  static bool probesFor(Node call, std::string_view name, std::string_view probe, const SemanticModel& model) {
    call = skipParentheses(call);
    if (!call || !call.is("call") || model.qualifiedName(call.field("function")) != probe) return false;
    const CallArguments args = argumentsOf(call);
    if (args.positional.size() < 2) return false;
    const std::string_view object = model.qualifiedName(args.positional[0]);
    const auto attribute = model.stringValue(args.positional[1]);
    return !object.empty() && attribute && attribute->complete && name.size() == object.size() + 1 + attribute->value.size() &&
           name.starts_with(object) && name[object.size()] == '.' && name.ends_with(attribute->value);
  }

  // The statement at `n` is in the body of an `if not hasattr(module, "name"):`.
  static bool assignedWhereMissing(Node n, std::string_view name, const SemanticModel& model) {
    for (Node child = n, parent = n.parent(); parent; child = parent, parent = parent.parent()) {
      if (parent.is("function_definition") || parent.is("class_definition")) return false;
      if (!parent.is("if_statement") || !(parent.field("consequence") == child)) continue;
      const Node condition = skipParentheses(parent.field("condition"));
      return condition && condition.is("not_operator") &&
             probesFor(condition.field("argument"), name, "builtins.hasattr", model);
    }
    return false;
  }

  static void reportMissingName(Node node, std::string_view qualified, const MissingName& missing, RuleContext& ctx) {
    ctx.recordPlatformApi(node, std::string(qualified), *missing.rule, missing.platforms);
    const Node parent = node.parent();
    const bool called = parent && parent.is("call") && parent.field("function") == node;
    ctx.report(*missing.rule, node,
               "`" + std::string(qualified) + (called ? "()" : "") + "` " + missingPhrase(missing.platforms) + "; " +
                   advice(qualified, missing.platforms),
               missing.platforms);
  }
};

}  // namespace

const Check& platformOnlyApiCheck() {
  static const PlatformOnlyApiCheck check;
  return check;
}

}  // namespace platlint
