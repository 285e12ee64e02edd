// The PORT1xx, PORT2xx and PORT3xx findings of C and C++ code: the Python rules' catalogs
// (path_catalogs.h, environment_catalog.h) decide what a literal or a variable is, and this file
// gives the advice a C programmer can act on, per rule.
#include <algorithm>
#include <string>

#include "rules/c_rules.h"
#include "rules/environment_catalog.h"
#include "rules/path_catalogs.h"

namespace platlint {
namespace {

struct RuleAdvice {
  std::string_view id;
  std::string_view advice;
};

// Completes "...; <advice>" for C and C++ code, by rule id.
constexpr RuleAdvice kPathAdvice[] = {
    {"PORT101", "use `getmntinfo()`/`getfsstat()` on macOS and the BSDs and `GetLogicalDriveStrings()` on Windows, "
                "or keep the code under `#ifdef __linux__`"},
    {"PORT102", "use `sysconf()` (`_SC_NPROCESSORS_ONLN`, `_SC_PHYS_PAGES`), `getloadavg()`, `sysctl()` on macOS and "
                "`GetSystemInfo()`/`GlobalMemoryStatusEx()` on Windows, or keep the code under `#ifdef __linux__`"},
    {"PORT103", "use `getrusage()` for the own process, `proc_pidinfo()` (libproc) on macOS and "
                "`OpenProcess()`/`GetProcessMemoryInfo()` on Windows, or keep the code under `#ifdef __linux__`"},
    {"PORT104", "use `getifaddrs()`/`if_nameindex()` for network interfaces and `sysctl()` on macOS, or keep the "
                "code under `#ifdef __linux__`"},
    {"PORT105", "there is no portable equivalent (macOS: DiskArbitration/IOKit, Windows: volume GUID paths): keep "
                "the code under `#ifdef __linux__`"},
    {"PORT106", "use `uname()` for the kernel and keep distribution lookups under `#ifdef __linux__`"},
    {"PORT107", "use `shm_open()` (POSIX; no path on macOS) or `CreateFileMapping()` on Windows"},
    {"PORT108", "keep the code under `#ifdef __linux__` and take device names from the caller or configuration"},
    {"PORT109", "make the location a configuration option (macOS keeps runtime state in `/var/run`)"},
    {"PORT110", "use `sysctl()`/libproc on macOS and the Windows APIs, or keep the code under `#ifdef __linux__`"},
    {"PORT201", "create files with `mkstemp()`/`mkdtemp()` in the directory from `TMPDIR` (falling back to `/tmp`), "
                "`GetTempPath()` on Windows, or use `tmpfile()`"},
    {"PORT202", "use `\"NUL\"` on Windows (`#ifdef _WIN32`), or avoid opening a file at all"},
    {"PORT203", "find the program on `PATH` (`execvp()`, `posix_spawnp()`) or make its location configurable"},
    {"PORT204", "make the location configurable, or ask the API that owns the data (`getaddrinfo()`, `getpwnam()`)"},
    {"PORT205", "make the location a configuration option"},
    {"PORT206", "use `getenv(\"HOME\")`/`getpwuid()` on POSIX and `SHGetKnownFolderPath()` on Windows"},
    {"PORT207", "keep the code under `#ifndef _WIN32` (random bytes: `getentropy()`/`arc4random_buf()`, "
                "`BCryptGenRandom()` on Windows)"},
    {"PORT208", "derive the location from the installation prefix at build time, or make it configurable"},
};

constexpr RuleAdvice kEnvironmentAdvice[] = {
    {"PORT301", "pass the CA file or directory explicitly (`SSL_CTX_load_verify_locations()`) from a documented "
                "configuration option"},
    {"PORT302", "make the choice an explicit, documented configuration option"},
    {"PORT303", "load libraries by name through the platform's search (`dlopen()`, `LoadLibraryExW()` with "
                "`LOAD_LIBRARY_SEARCH_*` on Windows) or by an explicit, configured path"},
    {"PORT304", "use `setlocale(LC_ALL, \"\")` and `nl_langinfo(CODESET)` (POSIX) or `GetUserDefaultLocaleName()` "
                "on Windows; `localtime()` applies `TZ` itself"},
    {"PORT305", "read `TMPDIR` with a `/tmp` fallback on POSIX and call `GetTempPathW()` on Windows, or take the "
                "directory from configuration"},
    {"PORT306", "let the HTTP library apply the proxy settings (libcurl reads them itself) or take the proxy from "
                "configuration"},
    {"PORT310", "fall back to `getpwuid(getuid())` on POSIX and use `SHGetKnownFolderPath()`/`GetUserNameW()` on "
                "Windows"},
    {"PORT311", "keep the code under `#ifdef _WIN32`; POSIX systems have `HOME` and `getpwuid()`"},
};

std::string_view adviceFor(std::span<const RuleAdvice> table, const RuleMeta& rule) {
  for (const RuleAdvice& a : table) {
    if (a.id == rule.id) return a.advice;
  }
  return "keep the code under a platform guard";
}

constexpr std::string_view kFileSystemCalls[] = {
    "open",   "open64",   "openat", "openat64", "creat",    "fopen",     "fopen64", "freopen", "stat",
    "stat64", "lstat",    "lstat64", "access",  "faccessat", "opendir",  "scandir", "readlink", "realpath",
    "statfs", "statvfs",  "truncate", "unlink", "remove",   "rename",    "mkdir",   "rmdir",   "chdir",
    "chmod",  "chown",    "utime",   "utimes",  "mkfifo",   "mknod",     "glob",    "nftw",    "ftw",
    "dlopen", "execv",    "execve",  "execl",   "execle",   "posix_spawn", "setmntent", "PyFile_FromString",
    "PyUnicode_DecodeFSDefault"};

constexpr std::string_view kComparisons[] = {"strcmp", "strncmp", "strcasecmp", "strncasecmp", "strstr",
                                             "strcasestr", "memcmp", "strcoll", "fnmatch", "strspn", "strcspn",
                                             "strpbrk", "strchr", "strrchr"};

bool contains(std::span<const std::string_view> list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}


}  // namespace

bool isFileSystemCall(std::string_view function) { return contains(kFileSystemCalls, function); }
bool isStringComparison(std::string_view function) { return contains(kComparisons, function); }

std::optional<CFinding> matchPathLiteral(std::string_view literal, bool accessed) {
  if (!literal.starts_with('/') || literal.starts_with("//")) return std::nullopt;
  if (literal.find_first_of(" \t\r\n") != std::string_view::npos) return std::nullopt;
  const size_t conversion = literal.find('%');
  const bool complete = conversion == std::string_view::npos;
  const std::string_view value = literal.substr(0, conversion);
  const std::string shown(literal);
  const std::string_view verb = accessed ? "opens" : "uses";
  if (const auto k = kernelPathMatch(value, complete, accessed)) {
    return CFinding{k->rule,
                    std::string(verb) + " `" + shown + "`, which exists only on Linux; " +
                        std::string(adviceFor(kPathAdvice, *k->rule)),
                    k->breaksOn};
  }
  const auto h = hardcodedPathMatch(value, complete);
  if (!h) return std::nullopt;
  // "/opt", "/mnt" alone are as often prefixes to compare with as directories.
  if (h->topLevelDirectory && complete && value == h->prefix && !accessed) return std::nullopt;
  return CFinding{h->rule,
                  std::string(verb) + " `" + shown + "`, " + std::string(h->what) + "; " +
                      std::string(adviceFor(kPathAdvice, *h->rule)),
                  h->breaksOn};
}

EnvironmentCall environmentCallKind(std::string_view function) {
  static constexpr std::string_view kReads[] = {"getenv", "secure_getenv", "__secure_getenv", "g_getenv",
                                                "Py_GETENV", "_wgetenv", "getenv_s", "_dupenv_s"};
  static constexpr std::string_view kWrites[] = {"setenv", "unsetenv", "putenv", "_putenv", "g_setenv",
                                                 "g_unsetenv", "SetEnvironmentVariableA"};
  if (contains(kReads, function)) return EnvironmentCall::Read;
  if (contains(kWrites, function)) return EnvironmentCall::Write;
  return EnvironmentCall::None;
}

const RuleMeta* environmentPlatformFamily(std::string_view name) {
  const auto m = environmentCatalogMatch(name);
  return m && m->platformFamily ? m->rule : nullptr;
}

std::vector<CFinding> matchEnvironmentAccess(std::string_view function, std::string_view name,
                                             bool counterpartConsulted) {
  std::vector<CFinding> out;
  const EnvironmentCall kind = environmentCallKind(function);
  if (kind == EnvironmentCall::None || name.empty()) return out;
  const bool write = kind == EnvironmentCall::Write;
  const std::string verb = (write ? "sets `" : "reads `") + std::string(name) + "` with `" + std::string(function) + "()`";
  const auto match = environmentCatalogMatch(name);
  if (match) {
    std::string shownName = verb;
    if (match->wrongCase) shownName += " (`" + upper(name) + "` on Windows, where names ignore case)";
    if (match->platformFamily) {
      if (!counterpartConsulted) {
        out.push_back({match->rule,
                       shownName + ", which " + std::string(match->effect) + "; " +
                           std::string(adviceFor(kEnvironmentAdvice, *match->rule)),
                       match->breaksOn});
      }
    } else if (write) {
      const RuleMeta& steer = environmentWriteRule();
      out.push_back({&steer,
                     shownName + ", which " + std::string(match->writeEffect) +
                         ": changing it steers every library in the process, and only if done before the library "
                         "first reads it; configure the library explicitly, and pass a modified environment to "
                         "child processes (`execve()`, `posix_spawn()`) instead",
                     steer.breaksOn});
    } else {
      out.push_back({match->rule,
                     shownName + ", which " + std::string(match->effect) + "; " +
                         std::string(adviceFor(kEnvironmentAdvice, *match->rule)),
                     match->breaksOn});
    }
  }
  if (!(match && match->anyCase) && hasLowercase(name)) {
    const RuleMeta& lowercase = lowercaseEnvironmentRule();
    const std::string canonical = upper(name);
    out.push_back({&lowercase,
                   verb + ", whose name has lower-case letters: on Windows names ignore case, so `" + std::string(name) +
                       "` and `" + canonical + "` are one variable there and two on Linux and macOS; use the "
                       "upper-case name `" + canonical + "`",
                   lowercase.breaksOn});
  }
  return out;
}

}  // namespace platlint
