// PORT3xx: environment-driven behaviour. One matcher (environment_access.h) finds every access to
// the process environment; the variable's name is looked up in a catalog of variables that
// silently switch the behaviour of libraries (TLS trust, loaders, locale, proxies, ...) or that
// exist on one platform only. Reads report the variable's catalog rule; writes of a switch report
// PORT320 instead, so one access never gets both.
#include <algorithm>
#include <string>

#include "analyzer/lint/file_settings.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/lint/rule.h"
#include "rules/command_calls.h"
#include "rules/environment_access.h"
#include "rules/environment_catalog.h"
#include "rules/environment_child.h"
#include "rules/environment_switch.h"
#include "rules/path_use.h"
#include "rules/undocumented_switch.h"

namespace platlint {
namespace {

constexpr PlatformSet kAllPlatforms = PlatformSet::all();

constexpr std::string_view kSwitchTags[] = {"portability", "environment", "hidden-state"};
constexpr std::string_view kTlsTags[] = {"portability", "environment", "hidden-state", "security", "tls"};
constexpr std::string_view kPlatformTags[] = {"portability", "environment", "platform-specific"};

constexpr RuleMeta kTlsTrust{
    "PORT301", "tls-trust-environment", Level::Warning,
    "Reads an environment variable that silently changes which TLS certificates are trusted",
    "Finds reads and membership tests of `SSL_CERT_FILE`, `SSL_CERT_DIR`, `REQUESTS_CA_BUNDLE`, `CURL_CA_BUNDLE`, "
    "`PYTHONHTTPSVERIFY`, `OPENSSL_CONF`, `HTTPLIB2_CA_CERTS`, `SSLKEYLOGFILE`, `WEBSOCKET_CLIENT_CA_BUNDLE`, "
    "`GRPC_DEFAULT_SSL_ROOTS_FILE_PATH` and `AWS_CA_BUNDLE` through `os.environ`, `os.getenv` and their aliases.",
    "These variables are read behind the program's back by OpenSSL, `requests`, `httplib2`, gRPC and the "
    "standard library. Whoever controls the environment decides whether certificates are checked and against "
    "which authorities, and code that consults them copies that hidden switch into the application. Their "
    "effect differs per platform: `PYTHONHTTPSVERIFY` exists only in Linux distributions' patched Pythons "
    "(PEP 493, RHEL/CentOS) and does nothing on upstream CPython, macOS or Windows; `SSL_CERT_FILE` and "
    "`SSL_CERT_DIR` replace OpenSSL's default paths, while on Windows `ssl.create_default_context()` also loads "
    "the system certificate store and on macOS python.org builds trust only what `Install Certificates` "
    "put in place. OpenStack Nova's TLS could be switched between \"all verified\" and \"none\" this way.",
    "import os, requests\nbundle = os.environ.get(\"REQUESTS_CA_BUNDLE\", \"/etc/ssl/certs/ca-certificates.crt\")\n"
    "requests.get(url, verify=bundle)",
    "import ssl, requests\n# the CA bundle is a documented configuration option of the application\n"
    "ctx = ssl.create_default_context(cafile=conf.ca_file)\nrequests.get(url, verify=conf.ca_file)",
    kAllPlatforms, kTlsTags};

constexpr RuleMeta kLibrarySwitch{
    "PORT302", "library-switch-environment", Level::Warning,
    "Reads an environment variable that silently switches how a library or the interpreter behaves",
    "Finds reads of variables that reconfigure a library or the Python interpreter for the whole process: "
    "`EVENTLET_NO_GREENDNS`, `EVENTLET_HUB`, `EVENTLET_THREADPOOL_SIZE`, `GEVENT_RESOLVER`, `GEVENT_LOOP`, "
    "`PYTHONHASHSEED`, `PYTHONIOENCODING`, `PYTHONUTF8`, `PYTHONWARNINGS`, `PYTHONASYNCIODEBUG`, "
    "`PYTHONDONTWRITEBYTECODE`, `PYTHONPATH`, `PYTHONHOME`, `PYTHONSTARTUP`, `PYTHONUNBUFFERED`, "
    "`PYTHONDEVMODE`, `PYTHONFAULTHANDLER`, `PYTHONTRACEMALLOC`, `PYTHONBREAKPOINT`, `PYTHONUSERBASE`, "
    "`PYTHONNOUSERSITE`, `PYTHONPYCACHEPREFIX`, `PYTHONLEGACYWINDOWSSTDIO`, `OMP_NUM_THREADS`, "
    "`OPENBLAS_NUM_THREADS` and `MKL_NUM_THREADS`, plus the variables listed in the `environment-switches` "
    "configuration setting (the project's own hidden switches).",
    "The variable is a switch that someone else's code already reads; reading it again ties the application's "
    "behaviour to the environment of whoever started it, which no configuration file or test shows. The values "
    "also differ per platform: `EVENTLET_HUB=epolls` exists only on Linux and `kqueue` only on macOS and the "
    "BSDs; `PYTHONUTF8` changes the default encoding that Windows uses for `open()`; `PYTHONPATH` is separated "
    "by `:` on Linux and macOS and by `;` on Windows. OpenStack Nova's unit tests only passed with "
    "`EVENTLET_NO_GREENDNS` set, a fact recorded in no test configuration.",
    "import os\nif os.environ.get(\"EVENTLET_NO_GREENDNS\", \"\").lower() in (\"yes\", \"1\"):\n"
    "    resolver = \"system\"",
    "import sys, warnings\n# ask the interpreter or the library for its state instead of re-reading the switch\n"
    "utf8 = sys.flags.utf8_mode\nwarnings.filterwarnings(\"error\", category=DeprecationWarning)\n"
    "# and make the choice a documented, explicit configuration option\nresolver = conf.dns_resolver",
    kAllPlatforms, kSwitchTags};

constexpr RuleMeta kDynamicLoader{
    "PORT303", "dynamic-loader-environment", Level::Warning,
    "Reads an environment variable of the ELF dynamic loader such as LD_LIBRARY_PATH or LD_PRELOAD",
    "Finds reads of `LD_PRELOAD`, `LD_LIBRARY_PATH`, `LD_BIND_NOW`, `LD_DEBUG`, `LD_AUDIT` (the glibc/ELF "
    "dynamic loader) and of their macOS counterparts `DYLD_LIBRARY_PATH`, `DYLD_FALLBACK_LIBRARY_PATH`, "
    "`DYLD_INSERT_LIBRARIES`.",
    "These variables steer the dynamic loader of the operating system, not Python. Only Linux (and other ELF "
    "systems) honour `LD_*`; macOS uses `DYLD_*` and System Integrity Protection strips those from the "
    "environment of system binaries and their children; Windows finds DLLs through `PATH` and "
    "`os.add_dll_directory()`. Code that reads them to find or load a library works on one platform only, "
    "and every library loaded into the process is affected by their value.",
    "import ctypes, os\nlib_dir = os.environ.get(\"LD_LIBRARY_PATH\", \"/usr/lib\").split(\":\")[0]\n"
    "lib = ctypes.CDLL(os.path.join(lib_dir, \"libvirt.so.0\"))",
    "import ctypes, ctypes.util\npath = ctypes.util.find_library(\"virt\")  # searches the platform's way\n"
    "if path is None:\n    raise OSError(\"libvirt is not installed\")\nlib = ctypes.CDLL(path)\n"
    "# on Windows, add a directory for DLL lookups explicitly: os.add_dll_directory(conf.lib_dir)",
    kNotLinux, kSwitchTags};

constexpr RuleMeta kLocaleTimezone{
    "PORT304", "locale-timezone-environment", Level::Warning,
    "Reads a locale or time-zone environment variable (TZ, LANG, LANGUAGE, LC_ALL, LC_*)",
    "Finds reads of `TZ`, `LANG`, `LANGUAGE`, `LC_ALL` and any `LC_*` variable. A read kept only to be put "
    "back (`old = os.environ.get(\"TZ\")` ... `os.environ[\"TZ\"] = old`, or a test's `self.orig_tz`) "
    "depends on nothing and is not reported.",
    "On Linux and macOS the C library derives the locale and the local time zone from these variables. "
    "Windows ignores `LANG` and `LC_*` (the locale comes from the user's regional settings), and its C runtime "
    "understands only a limited `TZ` format (`EST5EDT`, not `Europe/Berlin`), so `time.tzset()` does not even "
    "exist there. Parsing the variables by hand (`LANG.split(\".\")[1]` for the encoding) also breaks on "
    "values such as `C`, `POSIX` or `C.UTF-8`.",
    "import os\nencoding = os.environ.get(\"LANG\", \"en_US.UTF-8\").split(\".\")[1]\n"
    "tz = os.environ.get(\"TZ\", \"UTC\")",
    "import locale, zoneinfo\nencoding = locale.getpreferredencoding(False)  # or pass encoding= explicitly\n"
    "language, _ = locale.getlocale()\ntz = zoneinfo.ZoneInfo(conf.timezone)",
    kWindowsOnly, kPlatformTags};

constexpr RuleMeta kTempDir{
    "PORT305", "temp-dir-environment", Level::Warning,
    "Reads TMPDIR, TEMP or TMP to find the temporary directory",
    "Finds reads of `TMPDIR`, `TEMP` and `TMP`.",
    "Each platform sets a different one: macOS sets `TMPDIR` to a per-user directory, Windows sets `TEMP` "
    "and `TMP`, and most Linux systems set none of them (the default is `/tmp`). Code that reads one variable "
    "falls back to a hard-coded path on the others. `tempfile.gettempdir()` consults all three in the "
    "platform's order, checks that the directory is writable, and falls back correctly.",
    "import os\nscratch = os.environ.get(\"TMPDIR\", \"/tmp\")",
    "import tempfile\nscratch = tempfile.gettempdir()\n# better: a private directory\n"
    "with tempfile.TemporaryDirectory() as scratch:\n    ...",
    kAllPlatforms, kPlatformTags};

constexpr RuleMeta kProxy{
    "PORT306", "proxy-environment", Level::Warning,
    "Reads an HTTP proxy environment variable (http_proxy, https_proxy, no_proxy, ...) directly",
    "Finds reads of `http_proxy`, `https_proxy`, `ftp_proxy`, `no_proxy`, `all_proxy` and their upper-case "
    "forms.",
    "The proxy variables have no single definition: `urllib`, `requests`, curl and Go disagree on whether the "
    "lower-case or the upper-case form wins and on the syntax of `no_proxy`. On Windows environment names "
    "ignore case, so `http_proxy` and `HTTP_PROXY` are the same variable there, and the system proxy is "
    "configured in the registry; on macOS it lives in System Configuration. `urllib.request.getproxies()` "
    "reads all of these. In CGI programs the upper-case `HTTP_PROXY` can be set by a request header "
    "(\"httpoxy\"), which is why `urllib` ignores it when `REQUEST_METHOD` is set.",
    "import os, requests\nproxy = os.environ.get(\"https_proxy\") or os.environ.get(\"HTTPS_PROXY\")\n"
    "requests.get(url, proxies={\"https\": proxy})",
    "import urllib.request, requests\nproxies = urllib.request.getproxies()  # environment, registry or "
    "System Configuration\nrequests.get(url, proxies=proxies)  # or a documented configuration option",
    kNotLinux, kSwitchTags};

constexpr RuleMeta kPosixOnly{
    "PORT310", "posix-only-environment-variable", Level::Warning,
    "Reads an environment variable that exists only on POSIX systems, such as HOME, USER or XDG_CONFIG_HOME",
    "Finds reads, writes and membership tests of `HOME`, `USER`, `LOGNAME`, `SHELL`, `PWD`, `DISPLAY`, "
    "`WAYLAND_DISPLAY`, `XDG_*`, `HOSTNAME`, `UID` and `EUID`, unless the same expression also consults the "
    "Windows counterpart (`os.environ.get(\"HOME\") or os.environ.get(\"USERPROFILE\")`).",
    "Windows does not set these variables: `os.environ[\"HOME\"]` raises `KeyError` there and "
    "`os.environ.get(\"HOME\")` returns `None` (and since Python 3.8 `os.path.expanduser()` ignores `HOME` on "
    "Windows, so setting it in a test does not redirect the home directory). The `XDG_*` base directories are "
    "a freedesktop.org convention that macOS does not follow either, `DISPLAY` and `WAYLAND_DISPLAY` exist "
    "only under X11 and Wayland, and `HOSTNAME`, `UID` and `EUID` are shell variables that bash does not "
    "export, so they are usually missing even on Linux.",
    "import os\nconfig_dir = os.path.join(os.environ[\"HOME\"], \".config\", \"nova\")\n"
    "user = os.environ[\"USER\"]",
    "import getpass, pathlib, platformdirs\nconfig_dir = platformdirs.user_config_path(\"nova\")\n"
    "home = pathlib.Path.home()\nuser = getpass.getuser()",
    kWindowsOnly, kPlatformTags};

constexpr RuleMeta kWindowsOnlyVar{
    "PORT311", "windows-only-environment-variable", Level::Warning,
    "Reads an environment variable that exists only on Windows, such as USERPROFILE, APPDATA or USERNAME",
    "Finds reads, writes and membership tests of `USERPROFILE`, `USERNAME`, `APPDATA`, `LOCALAPPDATA`, "
    "`PROGRAMDATA`, `COMSPEC`, `SYSTEMROOT`, `WINDIR`, `PROGRAMFILES`, `COMPUTERNAME`, `HOMEDRIVE`, "
    "`HOMEPATH`, `PATHEXT` and similar, in any letter case, unless the same expression also consults the "
    "POSIX counterpart.",
    "Linux and macOS do not set these variables, so `os.environ[\"APPDATA\"]` raises `KeyError` there and "
    "`os.environ.get(\"USERPROFILE\")` returns `None`. The standard library and `platformdirs` already know "
    "where each platform keeps these directories and names.",
    "import os\ndata_dir = os.path.join(os.environ[\"APPDATA\"], \"nova\")\nuser = os.environ[\"USERNAME\"]",
    "import getpass, platformdirs\ndata_dir = platformdirs.user_data_path(\"nova\")\nuser = getpass.getuser()",
    kNotWindows, kPlatformTags};

constexpr RuleMeta kLowercase{
    "PORT312", "lowercase-environment-variable", Level::Note,
    "Uses an environment variable whose name contains lower-case letters",
    "Finds environment accesses whose variable name contains lower-case letters, except the proxy variables "
    "(`http_proxy`, ..., reported by PORT306) and Windows-only variables (which ignore case anyway). A "
    "lower-case spelling of a variable Windows itself sets (`Path`, `Include`, `Lib`, `temp`) reads that "
    "variable on Windows and another one on Linux and macOS, so it is reported as breaking there, and not "
    "in code that runs only on Windows.",
    "On Linux and macOS environment names are case-sensitive: `myapp_debug` and `MYAPP_DEBUG` are two "
    "variables. On Windows they are one: names ignore case and `os.environ` upper-cases its keys, so code that "
    "iterates `os.environ` or compares keys never sees `myapp_debug`, and a variable set as `MYAPP_DEBUG` "
    "answers to both names. The same program therefore reads different settings per platform.",
    "import os\ndebug = os.environ.get(\"myapp_debug\") == \"1\"",
    "import os\ndebug = os.environ.get(\"MYAPP_DEBUG\") == \"1\"",
    kWindowsOnly, kPlatformTags};

constexpr RuleMeta kWriteSteers{
    "PORT320", "environment-write-steers-library", Level::Warning,
    "Writes an environment variable to steer the behaviour of a library",
    "Finds writes and removals of the variables of PORT301-PORT306 (TLS trust, library and interpreter "
    "switches, dynamic loader, locale and time zone, temporary directory, proxies): `os.environ[...] = v`, "
    "`os.environ.update()`, `os.environ.setdefault()`, `os.environ.pop()`, `del os.environ[...]`, "
    "`os.putenv()`, `os.unsetenv()`, pytest's `monkeypatch.setenv()`/`delenv()`, OpenStack's "
    "`fixtures.EnvironmentVariable()` and `mock.patch.dict(os.environ, ...)`. A removal in a test module "
    "(`fixtures.EnvironmentVariable(\"http_proxy\")`, `monkeypatch.delenv(\"SSL_CERT_FILE\")`) is not "
    "reported: the test shields itself from the environment of whoever runs it. Nor is a write that puts "
    "back a value saved from the same variable (`old = os.environ.get(\"TZ\")` ... `os.environ[\"TZ\"] = old`, "
    "or `self.orig_tz` kept by a test's `setUp` and restored by its `tearDown`).",
    "Setting a variable such as `SSL_CERT_FILE`, `PYTHONHTTPSVERIFY`, `EVENTLET_NO_GREENDNS` or `TMPDIR` "
    "changes every library in the process at once, and only if it happens before the library first reads the "
    "variable (`tempfile` caches its directory, OpenSSL its default paths, eventlet decides at import time), "
    "so the result depends on import order. `os.putenv()` does not update `os.environ` at all, and what each "
    "variable does differs per platform (`PYTHONHTTPSVERIFY` is honoured only by some Linux distributions' "
    "Pythons, `LD_LIBRARY_PATH` only by ELF loaders, `TZ` needs `time.tzset()`, which Windows lacks). A test "
    "suite that only passes with such a variable set hides the dependency from everyone who runs the code.",
    "import os\nos.environ[\"REQUESTS_CA_BUNDLE\"] = conf.ca_file\nos.environ[\"TZ\"] = \"UTC\"\n"
    "subprocess.run([\"qemu-img\", \"info\", path])",
    "import os, requests, subprocess\nrequests.get(url, verify=conf.ca_file)\n"
    "# a child process gets its own environment instead of the parent's\n"
    "subprocess.run([\"qemu-img\", \"info\", path], env={**os.environ, \"TZ\": \"UTC\"})",
    kAllPlatforms, kSwitchTags};

constexpr const RuleMeta* kRules[] = {&kTlsTrust, &kLibrarySwitch, &kDynamicLoader, &kLocaleTimezone, &kTempDir,
                                      &kProxy,    &kPosixOnly,     &kWindowsOnlyVar, &kLowercase,     &kWriteSteers,
                                      // Fed by this check's `env-switch` facts, reported per project.
                                      &kUndocumentedSwitch};

struct EnvironmentVariable {
  std::string_view name;     // canonical spelling; a trailing '*' makes it a prefix ("LC_*")
  const RuleMeta* rule;
  std::string_view effect;   // completes "reads `X`, which <effect>"
  std::string_view advice;   // completes "...; <advice>"
  PlatformSet breaksOn{};    // where it breaks, when narrower than the rule's
  std::string_view writeEffect{};  // what a write or removal does, when it differs from `effect`
  std::string_view writeAdvice{};  // advice for a write or removal, when it differs from `advice`
};

constexpr PlatformSet kNoOverride{};

constexpr std::string_view kProxyEffectHttp =
    "silently routes HTTP requests through a proxy, with case and precedence rules that differ between libraries "
    "(Windows ignores the case, and its system proxy, like macOS's, is not in the environment)";
constexpr std::string_view kProxyEffectHttpUpper =
    "silently routes HTTP requests through a proxy, with case and precedence rules that differ between libraries "
    "(and in CGI programs a request header can set it: \"httpoxy\")";
constexpr std::string_view kProxyEffectHttps =
    "silently routes HTTPS requests through a proxy, with case and precedence rules that differ between libraries "
    "(Windows ignores the case, and its system proxy, like macOS's, is not in the environment)";
constexpr std::string_view kProxyEffectFtp =
    "silently routes FTP requests through a proxy, with case and precedence rules that differ between libraries";
constexpr std::string_view kProxyEffectAll =
    "silently routes every request through a proxy in the libraries that honour it (curl, `requests`; not `urllib`)";
constexpr std::string_view kProxyEffectNo =
    "silently exempts hosts from the proxy, in a syntax (wildcards, CIDR ranges, ports) that each library parses "
    "differently";
constexpr std::string_view kProxyAdvice = "use `urllib.request.getproxies()` or pass `proxies=` explicitly";
constexpr std::string_view kNoProxyAdvice = "use `urllib.request.proxy_bypass(host)` or pass `proxies=` explicitly";

constexpr EnvironmentVariable kCatalog[] = {
    // PORT301: TLS trust
    {"SSL_CERT_FILE", &kTlsTrust,
     "silently replaces the CA bundle OpenSSL trusts for every TLS connection in the process",
     "pass the bundle explicitly (`ssl.create_default_context(cafile=...)`, `requests.get(..., verify=path)`)"},
    {"SSL_CERT_DIR", &kTlsTrust,
     "silently replaces the directory of CA certificates OpenSSL trusts for every TLS connection in the process",
     "pass the certificates explicitly (`ssl.create_default_context(capath=...)`, `requests.get(..., verify=path)`)"},
    {"REQUESTS_CA_BUNDLE", &kTlsTrust,
     "silently replaces the CA bundle `requests` verifies against, even where the code says `verify=True`",
     "pass the bundle explicitly (`requests.get(..., verify=path)` or `session.verify = path`)"},
    {"CURL_CA_BUNDLE", &kTlsTrust,
     "silently replaces the CA bundle of curl and `requests` (and an empty value has switched verification off "
     "in some `requests` versions)",
     "pass the bundle explicitly (`requests.get(..., verify=path)`, `ssl.create_default_context(cafile=...)`)"},
    {"PYTHONHTTPSVERIFY", &kTlsTrust,
     "switches certificate verification of the standard library off in Linux distributions' patched Pythons "
     "(PEP 493) and does nothing on upstream CPython, macOS and Windows",
     "create the context explicitly with `ssl.create_default_context()` and make any exception a documented "
     "configuration option"},
    {"OPENSSL_CONF", &kTlsTrust,
     "loads another OpenSSL configuration (providers, protocol versions, ciphers) into every TLS connection in "
     "the process",
     "set the options on the context (`ctx.minimum_version`, `ctx.set_ciphers()`)"},
    {"HTTPLIB2_CA_CERTS", &kTlsTrust, "silently replaces the CA bundle `httplib2` verifies against",
     "pass the bundle explicitly (`httplib2.Http(ca_certs=path)`)"},
    {"SSLKEYLOGFILE", &kTlsTrust,
     "makes OpenSSL write every TLS session key to a file, so whoever reads it can decrypt the traffic",
     "set `ctx.keylog_filename` explicitly, and only in debugging code"},
    {"WEBSOCKET_CLIENT_CA_BUNDLE", &kTlsTrust,
     "silently replaces the CA bundle `websocket-client` verifies against",
     "pass the bundle explicitly (`sslopt={\"ca_certs\": path}`)"},
    {"GRPC_DEFAULT_SSL_ROOTS_FILE_PATH", &kTlsTrust, "silently replaces the root certificates gRPC trusts",
     "pass them explicitly (`grpc.ssl_channel_credentials(root_certificates=...)`)"},
    {"AWS_CA_BUNDLE", &kTlsTrust, "silently replaces the CA bundle botocore verifies against",
     "pass the bundle explicitly (`boto3.client(..., verify=path)`)"},

    // PORT302: library and interpreter switches
    {"EVENTLET_NO_GREENDNS", &kLibrarySwitch,
     "switches eventlet between its green DNS resolver (dnspython) and the blocking system resolver when "
     "eventlet is imported",
     "choose the resolver explicitly before importing eventlet and make it a documented configuration option; "
     "tests must not depend on the variable"},
    {"EVENTLET_HUB", &kLibrarySwitch,
     "selects eventlet's event hub, whose choices are platform-specific (`epolls` on Linux, `kqueue` on macOS)",
     "call `eventlet.hubs.use_hub()` explicitly, or let eventlet pick the platform's default"},
    {"EVENTLET_THREADPOOL_SIZE", &kLibrarySwitch, "sizes eventlet's native thread pool (`tpool`) for the whole process",
     "call `eventlet.tpool.set_num_threads()` from a configuration option"},
    {"GEVENT_RESOLVER", &kLibrarySwitch, "switches gevent's DNS resolver (thread, ares, dnspython, block)",
     "set `gevent.config.resolver` in code"},
    {"GEVENT_LOOP", &kLibrarySwitch, "switches gevent's event loop implementation",
     "set `gevent.config.loop` in code"},
    {"PYTHONHASHSEED", &kLibrarySwitch,
     "fixes or randomises the hash of every `str` and `bytes`, which changes set iteration order between runs",
     "do not depend on set or hash order: sort explicitly"},
    {"PYTHONIOENCODING", &kLibrarySwitch, "overrides the encoding of `sys.stdin`, `sys.stdout` and `sys.stderr`",
     "ask the stream (`sys.stdout.encoding`) or set it with `sys.stdout.reconfigure(encoding=...)`"},
    {"PYTHONUTF8", &kLibrarySwitch,
     "switches the interpreter's UTF-8 mode, which changes the default encoding of `open()` (on Windows above "
     "all)",
     "check `sys.flags.utf8_mode`, and pass `encoding=` explicitly"},
    {"PYTHONWARNINGS", &kLibrarySwitch, "changes which warnings are shown, ignored or raised as errors",
     "read `sys.warnoptions` or set filters with `warnings.filterwarnings()`"},
    {"PYTHONASYNCIODEBUG", &kLibrarySwitch, "switches asyncio's debug mode for every event loop",
     "pass `debug=True` to `asyncio.run()` or call `loop.set_debug()`"},
    {"PYTHONDONTWRITEBYTECODE", &kLibrarySwitch, "stops the interpreter from writing `.pyc` files",
     "use `sys.dont_write_bytecode`"},
    {"PYTHONPATH", &kLibrarySwitch,
     "prepends directories to `sys.path` of every interpreter that inherits it, separated by `os.pathsep` "
     "(`:` on Linux and macOS, `;` on Windows)",
     "inspect `sys.path`; for a child interpreter build the value with `os.pathsep.join(...)` and pass `env=`"},
    {"PYTHONHOME", &kLibrarySwitch, "relocates the standard library of every interpreter that inherits it",
     "use `sys.prefix`, `sys.base_prefix` or `sysconfig.get_paths()`"},
    {"PYTHONSTARTUP", &kLibrarySwitch, "names a file that interactive interpreters execute at start-up",
     "pass what the session needs explicitly (`code.interact(local=...)`)"},
    {"PYTHONUNBUFFERED", &kLibrarySwitch, "switches off buffering of `sys.stdout` and `sys.stderr`",
     "call `sys.stdout.reconfigure(line_buffering=True)` or pass `flush=True`"},
    {"PYTHONDEVMODE", &kLibrarySwitch, "switches the interpreter's development mode", "check `sys.flags.dev_mode`"},
    {"PYTHONFAULTHANDLER", &kLibrarySwitch, "installs the fault handler at start-up",
     "call `faulthandler.enable()` or check `faulthandler.is_enabled()`"},
    {"PYTHONTRACEMALLOC", &kLibrarySwitch, "starts tracing memory allocations at start-up",
     "call `tracemalloc.start()` or check `tracemalloc.is_tracing()`"},
    {"PYTHONBREAKPOINT", &kLibrarySwitch, "replaces the debugger that `breakpoint()` starts",
     "set `sys.breakpointhook` explicitly"},
    {"PYTHONUSERBASE", &kLibrarySwitch, "moves the user site-packages directory",
     "use `site.getuserbase()` and `site.getusersitepackages()`"},
    {"PYTHONNOUSERSITE", &kLibrarySwitch, "removes the user site-packages directory from `sys.path`",
     "check `site.ENABLE_USER_SITE`"},
    {"PYTHONPYCACHEPREFIX", &kLibrarySwitch, "moves the `__pycache__` directories", "use `sys.pycache_prefix`"},
    {"PYTHONLEGACYWINDOWSSTDIO", &kLibrarySwitch, "switches the Windows console back to legacy, code-page I/O",
     "ask the stream (`sys.stdout.encoding`)"},
    {"OMP_NUM_THREADS", &kLibrarySwitch,
     "sizes the OpenMP thread pools of numpy, scipy and every BLAS library loaded into the process",
     "limit threads explicitly with `threadpoolctl.threadpool_limits()`"},
    {"OPENBLAS_NUM_THREADS", &kLibrarySwitch, "sizes OpenBLAS's thread pool for the whole process",
     "limit threads explicitly with `threadpoolctl.threadpool_limits()`"},
    {"MKL_NUM_THREADS", &kLibrarySwitch, "sizes Intel MKL's thread pool for the whole process",
     "limit threads explicitly with `threadpoolctl.threadpool_limits()`"},

    // PORT303: dynamic loader
    {"LD_PRELOAD", &kDynamicLoader,
     "injects shared libraries into every dynamically linked program the process starts, and exists only for "
     "ELF loaders (macOS has `DYLD_INSERT_LIBRARIES`, stripped by SIP; Windows has nothing like it)",
     "load what you need explicitly with `ctypes.CDLL(path)`, and pass `env=` to a child process that needs it"},
    {"LD_LIBRARY_PATH", &kDynamicLoader,
     "changes where the ELF dynamic loader searches shared libraries; macOS uses `DYLD_LIBRARY_PATH` (stripped "
     "by SIP) and Windows searches `PATH`",
     "find libraries with `ctypes.util.find_library()` or explicit paths, and `os.add_dll_directory()` on "
     "Windows"},
    {"LD_BIND_NOW", &kDynamicLoader,
     "makes the ELF dynamic loader resolve all symbols at start-up, and exists only on ELF systems",
     "use `ctypes.CDLL(path, mode=os.RTLD_NOW)` where the binding mode matters"},
    {"LD_DEBUG", &kDynamicLoader, "makes the glibc dynamic loader print its decisions, and exists only on glibc",
     "do not depend on it in code; debug the loader outside the program"},
    {"LD_AUDIT", &kDynamicLoader, "loads auditing libraries into the glibc dynamic loader, and exists only on glibc",
     "do not depend on it in code"},
    {"DYLD_LIBRARY_PATH", &kDynamicLoader,
     "changes where the macOS dynamic loader searches libraries, exists only on macOS and is stripped by SIP",
     "find libraries with `ctypes.util.find_library()` or explicit paths", Platform::Linux | Platform::Windows},
    {"DYLD_FALLBACK_LIBRARY_PATH", &kDynamicLoader,
     "changes where the macOS dynamic loader searches libraries, exists only on macOS and is stripped by SIP",
     "find libraries with `ctypes.util.find_library()` or explicit paths", Platform::Linux | Platform::Windows},
    {"DYLD_INSERT_LIBRARIES", &kDynamicLoader,
     "injects libraries into macOS programs, exists only on macOS and is stripped by SIP",
     "load what you need explicitly with `ctypes.CDLL(path)`", Platform::Linux | Platform::Windows},

    // PORT304: locale and time zone
    {"TZ", &kLocaleTimezone,
     "silently changes the local time zone of the C library, takes effect only after `time.tzset()` (which "
     "Windows lacks) and has a different format on Windows",
     "use an explicit `zoneinfo.ZoneInfo(...)` and aware datetimes"},
    {"LANG", &kLocaleTimezone,
     "sets the locale on Linux and macOS but is ignored by Windows, and its values (`C`, `C.UTF-8`, "
     "`en_US.UTF-8`) do not parse uniformly",
     "ask `locale.getlocale()` / `locale.getpreferredencoding(False)`, or pass `encoding=` explicitly"},
    {"LANGUAGE", &kLocaleTimezone,
     "chooses the message language of GNU gettext and is ignored by Windows programs",
     "pass the languages explicitly (`gettext.translation(..., languages=[...])`)"},
    {"LC_ALL", &kLocaleTimezone, "overrides every locale category on Linux and macOS but is ignored by Windows",
     "ask `locale.getlocale()` / `locale.getpreferredencoding(False)`, or pass `encoding=` explicitly"},
    {"LC_*", &kLocaleTimezone, "sets a locale category on Linux and macOS but is ignored by Windows",
     "ask `locale.getlocale(category)`, or pass `encoding=` explicitly"},

    // PORT305: temporary directory
    // Unset on most Linux systems too, where the usual fallback (`/tmp`) is right: Windows is where it breaks.
    {"TMPDIR", &kTempDir,
     "is set on macOS but usually not on Linux and never on Windows (which uses `TEMP` and `TMP`)",
     "use `tempfile.gettempdir()`, which consults all of them in the platform's order",
     PlatformSet(Platform::Windows),
     "redirects `tempfile` for the whole process, but only until `tempfile.gettempdir()` has cached its first answer",
     "pass `dir=` to the `tempfile` functions"},
    {"TEMP", &kTempDir, "is set on Windows but not on Linux or macOS (which use `TMPDIR` or `/tmp`)",
     "use `tempfile.gettempdir()`, which consults all of them in the platform's order",
     Platform::Linux | Platform::MacOS,
     "redirects `tempfile` for the whole process, but only until `tempfile.gettempdir()` has cached its first answer",
     "pass `dir=` to the `tempfile` functions"},
    {"TMP", &kTempDir, "is set on Windows but not on Linux or macOS (which use `TMPDIR` or `/tmp`)",
     "use `tempfile.gettempdir()`, which consults all of them in the platform's order",
     Platform::Linux | Platform::MacOS,
     "redirects `tempfile` for the whole process, but only until `tempfile.gettempdir()` has cached its first answer",
     "pass `dir=` to the `tempfile` functions"},

    // PORT306: proxies (both spellings are canonical)
    {"http_proxy", &kProxy, kProxyEffectHttp, kProxyAdvice},
    {"https_proxy", &kProxy, kProxyEffectHttps, kProxyAdvice},
    {"ftp_proxy", &kProxy, kProxyEffectFtp, kProxyAdvice},
    {"all_proxy", &kProxy, kProxyEffectAll, kProxyAdvice},
    {"no_proxy", &kProxy, kProxyEffectNo, kNoProxyAdvice},
    {"HTTP_PROXY", &kProxy, kProxyEffectHttpUpper, kProxyAdvice},
    {"HTTPS_PROXY", &kProxy, kProxyEffectHttps, kProxyAdvice},
    {"FTP_PROXY", &kProxy, kProxyEffectFtp, kProxyAdvice},
    {"ALL_PROXY", &kProxy, kProxyEffectAll, kProxyAdvice},
    {"NO_PROXY", &kProxy, kProxyEffectNo, kNoProxyAdvice},

    // PORT310: POSIX-only
    {"HOME", &kPosixOnly, "is not set on Windows (its home directory is `USERPROFILE`)",
     "use `pathlib.Path.home()` or `os.path.expanduser(\"~\")`", kNoOverride,
     "does not move the home directory on Windows, where `os.path.expanduser()` reads `USERPROFILE` (since "
     "Python 3.8)",
     "set `USERPROFILE` too, or pass the directory to the code explicitly"},
    {"USER", &kPosixOnly, "is not set on Windows (which has `USERNAME`)", "use `getpass.getuser()`"},
    {"LOGNAME", &kPosixOnly, "is not set on Windows (which has `USERNAME`)", "use `getpass.getuser()`"},
    {"SHELL", &kPosixOnly,
     "is not set on Windows (whose command interpreter is `COMSPEC`) and names the user's login shell, not "
     "`/bin/sh`",
     "let `subprocess` pick the shell (`shell=True`) or pass an argument list; there is no portable equivalent"},
    {"PWD", &kPosixOnly, "is set by POSIX shells only and goes stale after `os.chdir()`", "use `os.getcwd()`"},
    {"OLDPWD", &kPosixOnly, "is set by POSIX shells only", "remember the previous directory in the program"},
    {"DISPLAY", &kPosixOnly, "exists only under X11: macOS and Windows have a display without it",
     "let the GUI toolkit detect the display (e.g. `tkinter.Tk()` raising `TclError`)",
     Platform::MacOS | Platform::Windows},
    {"WAYLAND_DISPLAY", &kPosixOnly, "exists only under Wayland", "let the GUI toolkit detect the display",
     Platform::MacOS | Platform::Windows},
    {"XDG_*", &kPosixOnly, "is a freedesktop.org convention that macOS and Windows do not follow",
     "use `platformdirs` (`user_config_path()`, `user_data_path()`, `user_cache_path()`, `user_runtime_path()`)",
     Platform::MacOS | Platform::Windows},
    {"HOSTNAME", &kPosixOnly, "is a bash variable that is usually not exported, so it is missing even on Linux",
     "use `socket.gethostname()`", kAllPlatforms},
    {"UID", &kPosixOnly, "is a bash variable that is not exported, so it is missing even on Linux",
     "use `os.getuid()` under a POSIX guard", kAllPlatforms},
    {"EUID", &kPosixOnly, "is a bash variable that is not exported, so it is missing even on Linux",
     "use `os.geteuid()` under a POSIX guard", kAllPlatforms},

    // PORT311: Windows-only (names ignore case on Windows, so any spelling is this variable)
    {"USERPROFILE", &kWindowsOnlyVar, "is set only on Windows (Linux and macOS have `HOME`)",
     "use `pathlib.Path.home()` or `os.path.expanduser(\"~\")`"},
    {"USERNAME", &kWindowsOnlyVar, "is set only on Windows (Linux and macOS have `USER` and `LOGNAME`)",
     "use `getpass.getuser()`"},
    {"APPDATA", &kWindowsOnlyVar, "is set only on Windows", "use `platformdirs.user_config_path()` or `user_data_path()`"},
    {"LOCALAPPDATA", &kWindowsOnlyVar, "is set only on Windows",
     "use `platformdirs.user_cache_path()` or `user_data_path()`"},
    {"PROGRAMDATA", &kWindowsOnlyVar, "is set only on Windows", "use `platformdirs.site_data_path()`"},
    {"ALLUSERSPROFILE", &kWindowsOnlyVar, "is set only on Windows", "use `platformdirs.site_data_path()`"},
    {"COMSPEC", &kWindowsOnlyVar, "is set only on Windows",
     "let `subprocess` pick the shell (`shell=True`) or pass an argument list"},
    {"SYSTEMROOT", &kWindowsOnlyVar, "is set only on Windows",
     "there is no portable equivalent: guard with `sys.platform == \"win32\"`"},
    {"WINDIR", &kWindowsOnlyVar, "is set only on Windows",
     "there is no portable equivalent: guard with `sys.platform == \"win32\"`"},
    {"SYSTEMDRIVE", &kWindowsOnlyVar, "is set only on Windows",
     "there is no portable equivalent: guard with `sys.platform == \"win32\"`"},
    {"PROGRAMFILES", &kWindowsOnlyVar, "is set only on Windows", "find programs with `shutil.which()`"},
    {"PROGRAMFILES(X86)", &kWindowsOnlyVar, "is set only on 64-bit Windows", "find programs with `shutil.which()`"},
    {"PROGRAMW6432", &kWindowsOnlyVar, "is set only on 64-bit Windows", "find programs with `shutil.which()`"},
    {"COMMONPROGRAMFILES", &kWindowsOnlyVar, "is set only on Windows", "find programs with `shutil.which()`"},
    {"COMPUTERNAME", &kWindowsOnlyVar, "is set only on Windows", "use `socket.gethostname()` or `platform.node()`"},
    {"HOMEDRIVE", &kWindowsOnlyVar, "is set only on Windows", "use `pathlib.Path.home()`"},
    {"HOMEPATH", &kWindowsOnlyVar, "is set only on Windows", "use `pathlib.Path.home()`"},
    {"USERDOMAIN", &kWindowsOnlyVar, "is set only on Windows",
     "there is no portable equivalent: guard with `sys.platform == \"win32\"`"},
    {"PATHEXT", &kWindowsOnlyVar, "is set only on Windows",
     "use `shutil.which()`, which applies `PATHEXT` where it exists"},
    {"PROCESSOR_ARCHITECTURE", &kWindowsOnlyVar, "is set only on Windows", "use `platform.machine()`"},
    {"PROCESSOR_IDENTIFIER", &kWindowsOnlyVar, "is set only on Windows", "use `platform.processor()`"},
    {"NUMBER_OF_PROCESSORS", &kWindowsOnlyVar, "is set only on Windows", "use `os.cpu_count()`"},
};

// Variables Windows or its compilers set, which Windows code spells in mixed or lower case
// (`Path` is how Windows itself lists PATH).
bool spelledAsWindowsDoes(std::string_view upperName) {
  static constexpr std::string_view kNames[] = {"PATH", "LIB", "LIBPATH", "INCLUDE", "MSSDK", "TEMP", "TMP"};
  return std::find(std::begin(kNames), std::end(kNames), upperName) != std::end(kNames);
}

char upperChar(char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; }

// `name` is `pattern`, or starts with it when the pattern ends in '*' ("LC_*"); optionally
// ignoring the letter case.
bool nameMatches(std::string_view name, std::string_view pattern, bool ignoreCase) {
  const bool prefix = pattern.ends_with('*');
  if (prefix) pattern.remove_suffix(1);
  if (prefix ? name.size() <= pattern.size() : name.size() != pattern.size()) return false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (ignoreCase ? upperChar(name[i]) != upperChar(pattern[i]) : name[i] != pattern[i]) return false;
  }
  return true;
}

struct CatalogMatch {
  const EnvironmentVariable* entry = nullptr;
  bool wrongCase = false;  // matched only after upper-casing (ssl_cert_file)
};

CatalogMatch lookup(std::string_view name) {
  for (const EnvironmentVariable& e : kCatalog) {
    if (nameMatches(name, e.name, false)) return {&e, false};
  }
  for (const EnvironmentVariable& e : kCatalog) {
    if (!nameMatches(name, e.name, true)) continue;
    // Windows variables and the proxy variables are spelt in any case by design.
    const bool anyCase = e.rule == &kWindowsOnlyVar || e.rule == &kProxy;
    return {&e, !anyCase};
  }
  return {};
}

bool isPlatformFamily(const RuleMeta* r) { return r == &kPosixOnly || r == &kWindowsOnlyVar; }

// The expression an access is part of, up to its statement: `os.environ.get("HOME") or
// os.environ.get("USERPROFILE")`, `os.environ.get("USERPROFILE", os.environ.get("HOME"))`.
Node enclosingExpression(Node node) {
  for (Node parent = node.parent(); parent; node = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "boolean_operator" || k == "conditional_expression" || k == "parenthesized_expression" ||
        k == "argument_list" || k == "call" || k == "not_operator" || k == "comparison_operator" ||
        k == "expression_list" || k == "tuple" || k == "list" || k == "subscript" || k == "attribute" ||
        k == "keyword_argument") {
      continue;
    }
    break;
  }
  return node;
}

// True when `root` also accesses a variable of the other platform family (`other`): the code
// looks up both spellings and is portable.
bool consultsCounterpart(Node root, const RuleMeta* other, const SemanticModel& model) {
  std::vector<Node> stack{root};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    for (const EnvironmentAccess& a : environmentAccesses(n, model)) {
      if (!a.nameKnown) continue;
      const CatalogMatch m = lookup(a.name);
      if (m.entry && m.entry->rule == other) return true;
    }
    for (uint32_t i = 0; i < n.namedChildCount(); ++i) stack.push_back(n.namedChild(i));
  }
  return false;
}

std::string quoted(std::string_view name) { return "`" + std::string(name) + "`"; }

bool isLiteral(Node n) {
  n = skipParentheses(n);
  const std::string_view k = n.kind();
  return k == "string" || k == "concatenated_string" || k == "integer" || k == "float" || k == "true" ||
         k == "false" || k == "none";
}

// Variables whose meaning a standard or a tool outside the project defines and documents: reading
// them is not an application's own hidden switch.
bool isConventionalVariable(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "PATH",      "TERM",        "COLUMNS",      "LINES",  "NO_COLOR",     "FORCE_COLOR", "CLICOLOR",
      "CLICOLOR_FORCE", "CI",     "PAGER",        "EDITOR", "VISUAL",       "BROWSER",     "MAIL",
      "SOURCE_DATE_EPOCH", "VIRTUAL_ENV", "CONDA_PREFIX", "COMSPEC", "TERM_PROGRAM", "COLORTERM", "EMACS",
      "INSIDE_EMACS", "MANPAGER", "GIT_DIR", "GIT_WORK_TREE", "SSH_AUTH_SOCK", "KRB5CCNAME", "DEBUGINFOD_URLS",
      // Build tools' conventions (make, autoconf, distutils).
      "CC", "CXX", "CPP", "LD", "AR", "RANLIB", "CFLAGS", "CXXFLAGS", "CPPFLAGS", "LDFLAGS", "LDSHARED", "ARFLAGS",
      "MAKEFLAGS",
      // CGI (RFC 3875), set by the web server for each request.
      "REQUEST_METHOD", "CONTENT_LENGTH", "CONTENT_TYPE", "QUERY_STRING", "GATEWAY_INTERFACE", "SERVER_SOFTWARE",
      "SERVER_NAME", "SERVER_PORT", "SERVER_PROTOCOL", "SCRIPT_NAME", "PATH_INFO", "REMOTE_ADDR", "REMOTE_USER",
      // Other platforms' and desktops' own variables: AIX's loader path, GNU getopt, desktop sessions.
      "LIBPATH", "POSIXLY_CORRECT", "DESKTOP_SESSION", "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION",
      "KDE_SESSION_VERSION",
      // Set by the CI service or build tool that runs the code, which documents them.
      "CIBUILDWHEEL", "TRAVIS", "APPVEYOR", "JENKINS_URL", "BUILDKITE", "TF_BUILD", "READTHEDOCS",
      // Set by systemd for the service it starts (sd_notify(3), sd_listen_fds(3)).
      "NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID", "WATCHDOG_USEC",
      // Set by the MSYS2 shells on Windows, which document them.
      "MSYSTEM", "MINGW_PREFIX", "MINGW_CHOST",
      // Set by Android for every process; read to detect it.
      "ANDROID_ROOT", "ANDROID_DATA", "ANDROID_ARGUMENT", "ANDROID_STORAGE",
      // oslotest's, read by every OpenStack project's test base class (documented by oslotest.base).
      "OS_TEST_TIMEOUT", "OS_STDOUT_CAPTURE", "OS_STDERR_CAPTURE", "OS_LOG_CAPTURE", "OS_DEBUG"};
  if (std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames)) return true;
  // The interpreter's, pytest's, coverage.py's, tox's and CI services' variables are documented by them.
  static constexpr std::string_view kPrefixes[] = {"PYTHON", "PYTEST_", "_PYTHON", "COV_CORE_", "COVERAGE_",
                                                   "TOX_", "GITHUB_", "GITLAB_", "CIBW_", "ZUUL_"};
  return std::any_of(std::begin(kPrefixes), std::end(kPrefixes), [&](std::string_view p) { return name.starts_with(p); });
}

class EnvironmentVariableCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT3xx environment"; }
  std::span<const std::string_view> nodeKinds() const override { return kEnvironmentAccessNodeKinds; }

  void visit(Node node, RuleContext& ctx) const override {
    for (const EnvironmentAccess& access : environmentAccesses(node, ctx.model())) {
      if (!access.nameKnown || access.name.empty()) continue;
      recordFacts(access, ctx);
      report(access, ctx);
    }
    if (node.is("call")) recordChildEnvironment(node, ctx);
  }

 private:
  static void recordFacts(const EnvironmentAccess& access, RuleContext& ctx) {
    const CatalogMatch match = lookup(access.name);
    Fact fact;
    fact.name = access.name;
    const auto& configured = ctx.settings().environmentSwitches;
    const bool declared = !match.entry && std::any_of(configured.begin(), configured.end(), [&](const ConfiguredVariable& v) {
      return nameMatches(access.name, v.name, false);
    });
    if (match.entry) fact.ruleId = match.entry->rule->id;
    if (declared) fact.ruleId = kLibrarySwitch.id;  // `environment-switches`: reported by PORT302 instead
    fact.kind = access.isWrite() ? FactKind::EnvironmentWrite : FactKind::EnvironmentRead;
    fact.detail = environmentAccessVerb(access.kind);
    if (access.defaultValue && isLiteral(access.defaultValue)) fact.value = access.defaultValue.text();
    ctx.record(fact, access.node);
    if (match.entry || declared || access.isWrite() || isConventionalVariable(access.name)) return;
    const std::string_view use = environmentSwitchUse(access, ctx.model());
    if (use.empty()) return;
    fact.kind = FactKind::EnvironmentSwitch;
    fact.detail = use;
    fact.value.clear();
    ctx.record(std::move(fact), access.node);
  }

  // Variables set for a child process (environment_child.h): `env={"LANG": "C"}`,
  // `update_env=my_env`, `["env", "LC_ALL=C", ...]`.
  static void recordChildEnvironment(Node call, RuleContext& ctx) {
    for (const ChildEnvironmentEntry& entry : childEnvironmentEntries(call, ctx)) {
      Fact fact;
      fact.kind = FactKind::EnvironmentWrite;
      fact.detail = "sets for a child process";
      if (const CatalogMatch m = lookup(entry.name); m.entry) fact.ruleId = m.entry->rule->id;
      fact.name = entry.name;
      ctx.record(std::move(fact), entry.where);
    }
  }

  static void report(const EnvironmentAccess& access, RuleContext& ctx) {
    const std::string_view verb = environmentAccessVerb(access.kind);
    const std::string shown = quoted(access.name);
    CatalogMatch match = lookup(access.name);
    // A variable the configuration declares a switch (`environment-switches`) is one more PORT302
    // entry; the built-in catalog wins when both know it.
    std::string configuredEffect;
    EnvironmentVariable configured{};
    if (!match.entry) {
      for (const ConfiguredVariable& v : ctx.settings().environmentSwitches) {
        if (!nameMatches(access.name, v.name, false)) continue;
        configuredEffect = v.effect.empty() ? "the configuration declares to be a switch that silently changes how "
                                              "the program behaves (`environment-switches`)"
                                            : v.effect + " (declared in `environment-switches`)";
        configured = EnvironmentVariable{v.name, &kLibrarySwitch, configuredEffect,
                                         "make it a documented configuration option, and pass it explicitly where "
                                         "the behaviour is needed"};
        match = {&configured, false};
        break;
      }
    }
    const EnvironmentVariable* e = match.entry;

    if (e) {
      const PlatformSet breaksOn = e->breaksOn.empty() ? e->rule->breaksOn : e->breaksOn;
      std::string name = shown;
      if (match.wrongCase) name += " (`" + upper(access.name) + "` on Windows, where names ignore case)";
      const bool write = access.isWrite();
      const std::string effect(write && !e->writeEffect.empty() ? e->writeEffect : e->effect);
      const std::string advice(write && !e->writeAdvice.empty() ? e->writeAdvice : e->advice);
      if (isPlatformFamily(e->rule)) {
        const RuleMeta* other = e->rule == &kPosixOnly ? &kWindowsOnlyVar : &kPosixOnly;
        if (!consultsCounterpart(enclosingExpression(access.node), other, ctx.model())) {
          ctx.report(*e->rule, access.node, std::string(verb) + " " + name + ", which " + effect + "; " + advice,
                     breaksOn);
        }
      } else if (write && !(access.kind == EnvironmentAccessKind::Delete && isTestFile(ctx.file().path())) &&
                 !restoresSaved(access, ctx.model())) {
        // (A test that unsets the variable, `fixtures.EnvironmentVariable("http_proxy")`, shields itself
        // from the environment of whoever runs it: the isolation this rule asks for.)
        const bool mentionsChild = advice.find("env=") != std::string::npos;
        ctx.report(kWriteSteers, access.node,
                   std::string(verb) + " " + name + ", which " + effect +
                       ": changing it steers every library in the process, and only if done before the library "
                       "first reads it; " + advice + (mentionsChild ? "" : ", and pass `env=` to a child process"));
      } else if (!write && !savedToRestore(access, ctx.model())) {
        ctx.report(*e->rule, access.node, std::string(verb) + " " + name + ", which " + effect + "; " + advice,
                   breaksOn);
      }
    }

    const bool anyCase = e && (e->rule == &kWindowsOnlyVar || e->rule == &kProxy);
    if (anyCase || !hasLowercase(access.name)) return;
    const std::string canonical = upper(access.name);
    if (spelledAsWindowsDoes(canonical)) {
      // `os.environ["Path"]` is Windows' own spelling and reads `PATH` there; elsewhere it names
      // another variable. So it breaks on Linux and macOS, and code that runs only on Windows
      // (distutils' msvccompiler) is fine.
      ctx.report(kLowercase, access.node,
                 std::string(verb) + " " + shown + ", Windows' spelling of `" + canonical +
                     "`: Windows ignores the case of names, but on Linux and macOS " + shown +
                     " is another variable than `" + canonical + "`, usually unset; use the upper-case name `" +
                     canonical + "`",
                 kNotWindows);
    } else {
      ctx.report(kLowercase, access.node,
                 std::string(verb) + " " + shown + ", whose name has lower-case letters: on Windows names ignore case "
                 "and `os.environ` upper-cases its keys, so " + shown + " and `" + canonical +
                     "` are one variable there and two on Linux and macOS; use the upper-case name `" + canonical + "`");
    }
  }
};

}  // namespace

std::optional<EnvironmentCatalogMatch> environmentCatalogMatch(std::string_view name) {
  const CatalogMatch match = lookup(name);
  const EnvironmentVariable* e = match.entry;
  if (!e) return std::nullopt;
  EnvironmentCatalogMatch out;
  out.rule = e->rule;
  out.effect = e->effect;
  out.writeEffect = e->writeEffect.empty() ? e->effect : e->writeEffect;
  out.pythonAdvice = e->advice;
  out.breaksOn = e->breaksOn.empty() ? e->rule->breaksOn : e->breaksOn;
  out.wrongCase = match.wrongCase;
  out.anyCase = e->rule == &kWindowsOnlyVar || e->rule == &kProxy;
  out.platformFamily = isPlatformFamily(e->rule);
  out.steersLibraries = !out.platformFamily;
  return out;
}

const RuleMeta& environmentWriteRule() { return kWriteSteers; }
const RuleMeta& lowercaseEnvironmentRule() { return kLowercase; }

const Check& environmentVariableCheck() {
  static const EnvironmentVariableCheck check;
  return check;
}

std::string upper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), upperChar);
  return out;
}

bool hasLowercase(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](unsigned char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace platlint
