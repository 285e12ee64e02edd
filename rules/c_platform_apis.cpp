// PORT410-PORT412: platform-only headers and C library functions in C and C++ code (extension
// modules and the libraries under them). The C/C++ front end finds `#include` directives and
// uses of functions declared by system headers; this file decides which are platform-only and
// names the portable alternative.
#include <algorithm>
#include <string>

#include "rules/c_rules.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "c", "platform-specific"};

constexpr RuleMeta kLinuxHeader{
    "PORT410", "linux-only-header", Level::Warning,
    "Includes a header that only Linux (or glibc) provides, such as <sys/epoll.h> or <linux/fs.h>",
    "Finds `#include` of headers that exist on Linux only: `<sys/epoll.h>`, `<sys/inotify.h>`, "
    "`<sys/sendfile.h>`, `<sys/prctl.h>`, `<sys/sysinfo.h>`, `<sys/eventfd.h>`, `<sys/signalfd.h>`, "
    "`<sys/timerfd.h>`, `<sys/vfs.h>`, `<mntent.h>`, the kernel's `<linux/*.h>` and `<asm/*.h>`, and glibc-only "
    "headers such as `<sys/sysmacros.h>`, `<byteswap.h>`, `<endian.h>`, `<error.h>` and `<malloc.h>`. Includes "
    "inside `#ifdef __linux__` (or any branch compiled only for Linux) are not reported.",
    "The header is missing on macOS (and on Windows, which has no POSIX headers at all), so the extension does "
    "not compile there: `fatal error: 'sys/epoll.h' file not found`. Python packages that build such code "
    "unconditionally cannot be installed from source on macOS, and wheels for other platforms cannot be built.",
    "#include <sys/epoll.h>\n\nint wait_readable(int fd) {\n    int ep = epoll_create1(0);\n    ...\n}",
    "#include <poll.h>  /* POSIX: Linux, macOS, the BSDs */\n\nint wait_readable(int fd) {\n"
    "    struct pollfd p = {.fd = fd, .events = POLLIN};\n    return poll(&p, 1, -1);\n}\n\n"
    "/* or keep the Linux-only code behind a guard */\n#ifdef __linux__\n#include <sys/epoll.h>\n#endif",
    kNotLinux, kTags, FixAvailability::None, {}, true, "c"};

constexpr RuleMeta kWindowsHeader{
    "PORT411", "windows-only-header", Level::Warning,
    "Includes a header that only Windows provides, such as <windows.h>, <winsock2.h> or <io.h>",
    "Finds `#include` of Windows SDK and Microsoft C runtime headers: `<windows.h>`, `<winsock2.h>`, "
    "`<ws2tcpip.h>`, `<io.h>`, `<direct.h>`, `<process.h>`, `<conio.h>`, `<tchar.h>`, `<winreg.h>`, "
    "`<shlobj.h>`, `<iphlpapi.h>`, `<psapi.h>`, `<tlhelp32.h>` and others. Includes inside `#ifdef _WIN32` "
    "(or any branch compiled only for Windows) are not reported.",
    "Linux and macOS have none of these headers, so the code does not compile there. Code that includes them "
    "outside a Windows guard is usually a portability branch with the wrong condition (`#ifdef _MSC_VER` "
    "for a MinGW build, `#ifndef __linux__` that macOS also takes).",
    "#include <windows.h>\n\nvoid pause_ms(unsigned ms) { Sleep(ms); }",
    "#ifdef _WIN32\n#include <windows.h>\nvoid pause_ms(unsigned ms) { Sleep(ms); }\n#else\n#include <time.h>\n"
    "void pause_ms(unsigned ms) {\n    struct timespec t = {ms / 1000, (long)(ms % 1000) * 1000000L};\n"
    "    nanosleep(&t, NULL);\n}\n#endif",
    Platform::Linux | Platform::MacOS, kTags, FixAvailability::None, {}, true, "c"};

constexpr RuleMeta kLinuxFunction{
    "PORT412", "linux-only-function", Level::Warning,
    "Calls a C library function that only Linux provides, such as epoll_wait, inotify_init or getmntent",
    "Finds uses of functions that the system headers declare on Linux only: `epoll_*`, `inotify_*`, "
    "`getmntent`/`setmntent`/`endmntent`, `sendfile`, `prctl`, `sysinfo`, `sched_setaffinity`, `clone`, "
    "`unshare`, `eventfd`, `signalfd`, `timerfd_*`, `memfd_create`, `splice`, `get_nprocs`, `pipe2`, "
    "`accept4`, `dup3`, `getrandom`, `copy_file_range` and others. Functions the project defines itself are "
    "not reported; uses inside `#ifdef __linux__` are not reported either.",
    "The function is missing on macOS and Windows, so the code does not compile (or, where a function of the "
    "same name exists, such as `sendfile` on macOS, it takes different arguments and does something else). "
    "Each has a portable replacement or a per-platform counterpart that the code should pick with a guard.",
    "#include <sys/sysinfo.h>\n\nlong cpus(void) { return get_nprocs(); }",
    "#include <unistd.h>\n\nlong cpus(void) { return sysconf(_SC_NPROCESSORS_ONLN); }",
    kNotLinux, kTags, FixAvailability::None, {}, true, "c"};

constexpr const RuleMeta* kRules[] = {&kLinuxHeader, &kWindowsHeader, &kLinuxFunction};

struct Entry {
  std::string_view name;  // a trailing '/' makes it a directory prefix ("linux/")
  std::string_view advice;
  PlatformSet breaksOn{};  // narrower than the rule's, when set
};

constexpr std::string_view kEpollAdvice =
    "use `poll()` (POSIX), kqueue on macOS and the BSDs, or an event library such as libuv or libevent";
constexpr std::string_view kInotifyAdvice =
    "watch files with kqueue `EVFILT_VNODE` or FSEvents on macOS and `ReadDirectoryChangesW()` on Windows, or "
    "libuv's `uv_fs_event`";
constexpr std::string_view kMntentAdvice =
    "use `getmntinfo()`/`getfsstat()` on macOS and the BSDs and `GetLogicalDriveStrings()` on Windows";
constexpr std::string_view kSendfileAdvice =
    "macOS and FreeBSD have a `sendfile()` with other arguments in `<sys/socket.h>`; fall back to a "
    "`read()`/`write()` loop elsewhere";
constexpr std::string_view kSysinfoAdvice =
    "use `sysconf(_SC_NPROCESSORS_ONLN)`/`sysconf(_SC_PHYS_PAGES)` (POSIX), `sysctl()` on macOS and "
    "`GlobalMemoryStatusEx()` on Windows";
constexpr std::string_view kEventfdAdvice = "use a `pipe()` (the self-pipe trick) or kqueue `EVFILT_USER`";
constexpr std::string_view kSignalfdAdvice = "use a signal handler writing to a `pipe()` or kqueue `EVFILT_SIGNAL`";
constexpr std::string_view kTimerfdAdvice = "use the timeout of `poll()` or kqueue `EVFILT_TIMER`";
constexpr std::string_view kGuardAdvice = "there is no portable equivalent: keep the code under `#ifdef __linux__`";
constexpr std::string_view kAffinityAdvice =
    "macOS has no CPU affinity (only `thread_policy_set()` hints) and Windows uses `SetThreadAffinityMask()`: keep "
    "the code under `#ifdef __linux__`";
constexpr std::string_view kCloneAdvice = "use `fork()`, `posix_spawn()` or `pthread_create()`";
constexpr std::string_view kFlagsAdvice = "call it without flags and set `FD_CLOEXEC`/`O_NONBLOCK` with `fcntl()`";

constexpr Entry kLinuxHeaders[] = {
    {"sys/epoll.h", kEpollAdvice},
    {"sys/inotify.h", kInotifyAdvice},
    {"sys/fanotify.h", kInotifyAdvice},
    {"sys/sendfile.h", kSendfileAdvice},
    {"sys/prctl.h", "there is no portable equivalent (`pthread_setname_np()` names threads): keep the code under "
                    "`#ifdef __linux__`"},
    {"sys/sysinfo.h", kSysinfoAdvice},
    {"sys/eventfd.h", kEventfdAdvice},
    {"sys/signalfd.h", kSignalfdAdvice},
    {"sys/timerfd.h", kTimerfdAdvice},
    {"sys/vfs.h", "use `statvfs()` from `<sys/statvfs.h>` (POSIX)"},
    {"sys/sysmacros.h", "`major()`/`minor()` come from `<sys/types.h>` on macOS and the BSDs"},
    {"sys/personality.h", kGuardAdvice},
    {"sys/fsuid.h", kGuardAdvice},
    {"sys/klog.h", kGuardAdvice},
    {"sys/auxv.h", "use `sysconf()` or `sysctl()` for the values `getauxval()` returns"},
    {"mntent.h", kMntentAdvice},
    {"byteswap.h", "use `__builtin_bswap16/32/64()` (GCC, Clang) or `<libkern/OSByteOrder.h>` on macOS"},
    {"endian.h", "use `__BYTE_ORDER__` and `__builtin_bswap*()`, or `<machine/endian.h>` on macOS"},
    {"error.h", "use `err()`/`warn()` from `<err.h>` (BSD, macOS, glibc) or `fprintf(stderr, ...)`"},
    {"gnu/libc-version.h", kGuardAdvice},
    {"features.h", "feature macros belong on the command line (`-D_GNU_SOURCE`); the header is glibc's own"},
    {"malloc.h", "use `<stdlib.h>`; `malloc_usable_size()` is `malloc_size()` on macOS and `_msize()` on Windows",
     Platform::MacOS},
    {"linux/", "the Linux kernel's headers have no counterpart elsewhere: keep the code under `#ifdef __linux__`"},
    {"asm/", "the Linux kernel's headers have no counterpart elsewhere: keep the code under `#ifdef __linux__`"},
    {"asm-generic/", "the Linux kernel's headers have no counterpart elsewhere: keep the code under `#ifdef __linux__`"},
};

constexpr std::string_view kWindowsGuard = "keep it under `#ifdef _WIN32`";
constexpr Entry kWindowsHeaders[] = {
    {"windows.h", kWindowsGuard},  {"windef.h", kWindowsGuard},   {"winbase.h", kWindowsGuard},
    {"winnt.h", kWindowsGuard},    {"winerror.h", kWindowsGuard}, {"winreg.h", kWindowsGuard},
    {"winsock.h", "keep it under `#ifdef _WIN32` and use `<sys/socket.h>`, `<netinet/in.h>` and `<netdb.h>` elsewhere"},
    {"winsock2.h", "keep it under `#ifdef _WIN32` and use `<sys/socket.h>`, `<netinet/in.h>` and `<netdb.h>` elsewhere"},
    {"ws2tcpip.h", "keep it under `#ifdef _WIN32` and use `<arpa/inet.h>` and `<netdb.h>` elsewhere"},
    {"mswsock.h", kWindowsGuard},  {"iphlpapi.h", "keep it under `#ifdef _WIN32`; POSIX systems have `getifaddrs()`"},
    {"io.h", "keep it under `#ifdef _WIN32` and use `<unistd.h>` (`read`, `write`, `close`, `access`) elsewhere"},
    {"direct.h", "keep it under `#ifdef _WIN32` and use `<unistd.h>`/`<sys/stat.h>` (`mkdir`, `chdir`, `getcwd`) elsewhere"},
    {"process.h", "keep it under `#ifdef _WIN32` and use `<unistd.h>` (`getpid`) or `posix_spawn()` elsewhere"},
    {"conio.h", "keep it under `#ifdef _WIN32` and use `<termios.h>` elsewhere"},
    {"tchar.h", "use plain `char` strings in UTF-8, converting at the Windows API boundary"},
    {"shlobj.h", kWindowsGuard},   {"shellapi.h", kWindowsGuard}, {"shlwapi.h", kWindowsGuard},
    {"psapi.h", kWindowsGuard},    {"tlhelp32.h", kWindowsGuard}, {"winternl.h", kWindowsGuard},
    {"winioctl.h", kWindowsGuard}, {"wtsapi32.h", kWindowsGuard}, {"pdh.h", kWindowsGuard},
    {"lm.h", kWindowsGuard},       {"wincrypt.h", kWindowsGuard}, {"bcrypt.h", kWindowsGuard},
    {"objbase.h", kWindowsGuard},  {"combaseapi.h", kWindowsGuard}, {"dbghelp.h", kWindowsGuard},
    {"sddl.h", kWindowsGuard},     {"aclapi.h", kWindowsGuard},   {"versionhelpers.h", kWindowsGuard},
    {"ntstatus.h", kWindowsGuard}, {"powrprof.h", kWindowsGuard}, {"setupapi.h", kWindowsGuard},
    {"winsvc.h", kWindowsGuard},   {"crtdbg.h", kWindowsGuard},   {"share.h", kWindowsGuard},
};

constexpr Entry kLinuxFunctions[] = {
    {"epoll_create", kEpollAdvice},  {"epoll_create1", kEpollAdvice}, {"epoll_ctl", kEpollAdvice},
    {"epoll_wait", kEpollAdvice},    {"epoll_pwait", kEpollAdvice},   {"epoll_pwait2", kEpollAdvice},
    {"inotify_init", kInotifyAdvice}, {"inotify_init1", kInotifyAdvice},
    {"inotify_add_watch", kInotifyAdvice}, {"inotify_rm_watch", kInotifyAdvice},
    {"fanotify_init", kInotifyAdvice}, {"fanotify_mark", kInotifyAdvice},
    {"getmntent", kMntentAdvice},    {"getmntent_r", kMntentAdvice},  {"setmntent", kMntentAdvice},
    {"endmntent", kMntentAdvice},    {"addmntent", kMntentAdvice},    {"hasmntopt", kMntentAdvice},
    {"sendfile", kSendfileAdvice},   {"sendfile64", kSendfileAdvice},
    {"prctl", "there is no portable equivalent (`pthread_setname_np()` names threads): keep the code under "
              "`#ifdef __linux__`"},
    {"sysinfo", kSysinfoAdvice},
    {"get_nprocs", "use `sysconf(_SC_NPROCESSORS_ONLN)`"},
    {"get_nprocs_conf", "use `sysconf(_SC_NPROCESSORS_CONF)`"},
    {"get_phys_pages", "use `sysconf(_SC_PHYS_PAGES)`"},
    {"get_avphys_pages", "use `sysctl()` (`vm.page_free_count`) on macOS and `GlobalMemoryStatusEx()` on Windows"},
    {"sched_setaffinity", kAffinityAdvice}, {"sched_getaffinity", kAffinityAdvice},
    {"pthread_setaffinity_np", kAffinityAdvice}, {"pthread_getaffinity_np", kAffinityAdvice},
    {"sched_getcpu", kGuardAdvice},
    {"clone", kCloneAdvice},         {"clone3", kCloneAdvice},
    {"unshare", "namespaces are Linux-only: keep the code under `#ifdef __linux__`"},
    {"setns", "namespaces are Linux-only: keep the code under `#ifdef __linux__`"},
    {"eventfd", kEventfdAdvice},     {"eventfd_read", kEventfdAdvice}, {"eventfd_write", kEventfdAdvice},
    {"signalfd", kSignalfdAdvice},
    {"timerfd_create", kTimerfdAdvice}, {"timerfd_settime", kTimerfdAdvice}, {"timerfd_gettime", kTimerfdAdvice},
    {"memfd_create", "use `shm_open()` and `shm_unlink()` (POSIX), or `mkstemp()` and `unlink()`"},
    {"splice", "copy with `read()`/`write()` (or `sendfile()` where the platform has it)"},
    {"vmsplice", "copy with `read()`/`write()`"},
    {"copy_file_range", "copy with `read()`/`write()`; macOS has `fcopyfile()`/`copyfile()`"},
    {"pipe2", kFlagsAdvice},         {"accept4", kFlagsAdvice},       {"dup3", kFlagsAdvice},
    {"fallocate", "use `posix_fallocate()` (not on macOS, which has `fcntl(F_PREALLOCATE)`)"},
    {"posix_fadvise", "the hint is optional: skip it where the platform lacks it (macOS: `fcntl(F_RDADVISE)`)"},
    {"syncfs", "use `fsync()` on the files, or `sync()`"},
    {"getrandom", "use `getentropy()` (macOS, the BSDs, glibc 2.25+) or `BCryptGenRandom()` on Windows"},
    {"gettid", "use `pthread_self()`, or `pthread_threadid_np()` on macOS and `GetCurrentThreadId()` on Windows"},
    {"getauxval", "use `sysconf()` or `sysctl()` for the values it returns"},
    {"mremap", "use `munmap()` and a new `mmap()`"},
    {"malloc_trim", "drop the call where the platform lacks it; it is only a hint to glibc's allocator"},
    {"mallinfo", "use `malloc_zone_statistics()` on macOS, or drop the statistics"},
    {"mallinfo2", "use `malloc_zone_statistics()` on macOS, or drop the statistics"},
    {"malloc_usable_size", "use `malloc_size()` on macOS and `_msize()` on Windows"},
    {"personality", kGuardAdvice},   {"capget", kGuardAdvice},        {"capset", kGuardAdvice},
    {"pidfd_open", kGuardAdvice},    {"process_vm_readv", kGuardAdvice}, {"process_vm_writev", kGuardAdvice},
    {"name_to_handle_at", kGuardAdvice}, {"open_by_handle_at", kGuardAdvice},
    {"ioprio_set", kGuardAdvice},    {"ioprio_get", kGuardAdvice},
    {"renameat2", "use `rename()`/`renameat()`; macOS has `renamex_np()` for the flags"},
    {"statx", "use `stat()`/`fstatat()` (POSIX)"},
    {"get_current_dir_name", "use `getcwd()`"},
};

const Entry* find(std::span<const Entry> table, std::string_view name) {
  for (const Entry& e : table) {
    if (e.name.ends_with('/') ? name.starts_with(e.name) : name == e.name) return &e;
  }
  return nullptr;
}

PlatformSet breaksOn(const Entry& e, const RuleMeta& rule) { return e.breaksOn.empty() ? rule.breaksOn : e.breaksOn; }

}  // namespace

std::span<const RuleMeta* const> cFamilyOnlyRules() { return kRules; }

std::optional<CFinding> matchPlatformHeader(std::string_view name) {
  if (const Entry* e = find(kLinuxHeaders, name)) {
    const PlatformSet where = breaksOn(*e, kLinuxHeader);
    const std::string missing = where == PlatformSet(Platform::MacOS) ? "is missing on macOS" : "exists only on Linux";
    return CFinding{&kLinuxHeader, "includes `<" + std::string(name) + ">`, which " + missing + "; " +
                                       std::string(e->advice),
                    where};
  }
  // The Windows SDK's names are matched in any letter case, as Windows' file system does.
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
  if (const Entry* e = find(kWindowsHeaders, lower)) {
    return CFinding{&kWindowsHeader,
                    "includes `<" + std::string(name) + ">`, which exists only on Windows; " + std::string(e->advice),
                    breaksOn(*e, kWindowsHeader)};
  }
  return std::nullopt;
}

std::optional<CFinding> matchLinuxOnlyFunction(std::string_view name) {
  const Entry* e = find(kLinuxFunctions, name);
  if (!e) return std::nullopt;
  return CFinding{&kLinuxFunction, "uses `" + std::string(name) + "()`, which exists only on Linux; " +
                                       std::string(e->advice),
                  breaksOn(*e, kLinuxFunction)};
}

}  // namespace platlint
