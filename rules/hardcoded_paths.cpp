// PORT201-PORT208: hard-coded absolute POSIX paths (temporary directory, /dev/null, executables,
// /etc, /var, home directories, POSIX device nodes, system data directories). One matcher, shared
// with PORT1xx through path_use: the value a string literal starts is compared with a table of
// path prefixes, most specific first; each entry names its rule, what the path is and the
// alternative. Paths that PORT1xx (kernel interfaces) claims are never reported here.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/absence_checks.h"
#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/value_role.h"
#include "analyzer/lint/rule.h"
#include "analyzer/semantic/string_literal.h"
#include "rules/command_calls.h"
#include "rules/command_line_paths.h"
#include "rules/path_catalogs.h"
#include "rules/path_use.h"
#include "rules/program_table.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "hard-coded-path"};
constexpr PlatformSet kNotMacOS = Platform::Linux | Platform::Windows;

constexpr RuleMeta kTempDir{
    "PORT201", "hardcoded-temp-dir", Level::Warning,
    "Uses a hard-coded temporary directory such as /tmp or /var/tmp",
    "Finds `/tmp`, `/var/tmp` and paths below them (also macOS's `/private/tmp` and `/var/folders`) used as "
    "file names: assigned, passed to a function, opened or joined with other segments, also as the path of a "
    "`file:///tmp/...` URI.",
    "Windows has no `/tmp`: its temporary directory is `%TEMP%` (`C:\\Users\\<name>\\AppData\\Local\\Temp`), so "
    "the code fails with `FileNotFoundError` or writes to `C:\\tmp` of whatever drive is current. Everywhere, a "
    "hard-coded directory ignores `TMPDIR`, which users and CI systems set on purpose; on macOS the per-user "
    "temporary directory is `$TMPDIR` under `/var/folders`, while `/tmp` is shared by all users. A fixed name "
    "in a world-writable directory is also a classic race: another user can create it first or plant a "
    "symlink there.",
    "workdir = \"/tmp/nova-build\"\nos.makedirs(workdir, exist_ok=True)\nwith open(\"/tmp/nova.lock\", \"w\") as f:\n"
    "    f.write(str(os.getpid()))",
    "import tempfile\nworkdir = tempfile.mkdtemp(prefix=\"nova-build-\")\nfd, lock_path = tempfile.mkstemp(suffix=\".lock\")\n\n"
    "# or, when a well-known name is needed:\nlock_path = os.path.join(tempfile.gettempdir(), \"nova.lock\")",
    kWindowsOnly, kTags, FixAvailability::Sometimes,
    "A string literal that is exactly `\"/tmp\"` (on its own or as the first segment of `os.path.join`, "
    "`pathlib.Path` or a concatenation) is replaced with `tempfile.gettempdir()`, and `import tempfile` is added "
    "when the module does not import it yet. The value changes wherever `TMPDIR` is set (that is the point: on "
    "macOS and Windows, and for users and CI systems that set it, the code now uses the directory they chose), "
    "and it is now computed where the literal stood. So the fix is safe only where the value is used on the spot "
    "in a function body: an argument, a local variable, a return value (in a test file even there it is only "
    "unsafe). It is unsafe where the value is stored "
    "for others to read: a module-level constant, a class attribute, a parameter's default, a dictionary value "
    "(importers, subclasses and callers see the new value, computed once at import). It is not offered for the "
    "default of a setting (`cfg.StrOpt(default=...)`, `add_argument(default=...)`, `click.option(default=...)`: "
    "the documented default and generated sample configuration would change), for data in a test file (the "
    "test's expected values mirror the code's), for values stored as a mount point, nor for paths below the "
    "temporary directory (`\"/tmp/nova.lock\"`) and `/var/tmp`: whether the file should be private "
    "(`tempfile.mkstemp()`) or have a well-known name (`os.path.join(tempfile.gettempdir(), \"nova.lock\")`) is "
    "the author's decision. Code that relies on `/tmp` being shared by all users of a macOS machine must keep its "
    "own configuration option."};

constexpr RuleMeta kDevNull{
    "PORT202", "hardcoded-dev-null", Level::Warning,
    "Uses the hard-coded null device /dev/null",
    "Finds `/dev/null` used as a file name: opened, passed to a function, given as a redirection target or "
    "made the key of a dictionary entry (`{\"/dev/null\": grub_cfg}`, a table of files to copy).",
    "Windows has no `/dev/null`; its null device is `nul`. `open(\"/dev/null\", \"w\")` fails there with "
    "`FileNotFoundError`. (Shell command lines that redirect to `/dev/null` are reported by the PORT5xx rules.)",
    "with open(\"/dev/null\", \"w\") as devnull:\n    subprocess.check_call(cmd, stdout=devnull, stderr=devnull)",
    "subprocess.check_call(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n\n"
    "# anywhere else a file name is needed:\nwith open(os.devnull, \"w\") as devnull:\n    ...",
    kWindowsOnly, kTags, FixAvailability::Sometimes,
    "A string literal that is exactly `\"/dev/null\"` and is the whole value (an argument, an assignment, a "
    "default) is replaced with `os.devnull`, and `import os` is added when the module does not import it yet "
    "(`import os.path` binds `os` too). The fix is safe: `os.devnull` is `\"/dev/null\"` on Linux and macOS "
    "and `\"nul\"` on Windows, a constant, so nothing changes where the code already ran. It is unsafe for the "
    "default of a setting (`cfg.StrOpt(default=...)`, `add_argument(default=...)`), whose documented value and "
    "generated sample configuration then depend on the platform that generates them, and for values a test file "
    "stores as data rather than uses. `/dev/null` inside a longer string (a shell command line) has no fix. For a "
    "child process's output `subprocess.DEVNULL` is better than an opened `os.devnull`, but that changes the "
    "shape of the code and is left to the author."};

constexpr RuleMeta kExecutable{
    "PORT203", "hardcoded-executable-path", Level::Warning,
    "Runs or refers to an executable by a hard-coded location such as /usr/bin/qemu-img",
    "Finds paths in the standard executable directories `/bin`, `/sbin`, `/usr/bin`, `/usr/sbin`, "
    "`/usr/local/bin`, `/usr/local/sbin` and `/usr/libexec`, including `/usr/bin/env` used as a launcher. "
    "Directories that only a program lookup searches (`which(\"netplan\", search=[\"/usr/sbin\", \"/sbin\"])`, "
    "directly or through a variable) are not reported: where they are missing the program is not found, "
    "which is the lookup's answer. Nor is a location whose existence test is the answer of a probe: returned "
    "(`def available(): return os.path.exists(\"/usr/sbin/ip\")`) or the condition of an `if` whose branches "
    "only return or assign literals (`if os.path.exists(\"/usr/sbin/transactional-update\"): method = "
    "\"transactional\" else: method = \"zypper\"`): where the program is missing the probe answers no, which "
    "is right there too. Other existence tests of a program's location are reported: the location is the "
    "assumption itself. macOS's own programs at the place macOS always gives them (`/usr/bin/defaults`, "
    "`/usr/bin/sw_vers`, `/usr/sbin/scutil`, ...) break only where the program is missing, on Linux and "
    "Windows, and not at all under a `sys.platform == \"darwin\"` check.",
    "Where a program lives is a property of the installation, not of the code. Linux distributions differ "
    "(`/usr/sbin` vs `/sbin`, `/usr/libexec` vs `/usr/lib`), macOS ships few tools in `/usr/bin` and package "
    "managers install elsewhere (Homebrew: `/opt/homebrew/bin` or `/usr/local/bin`), virtual environments "
    "have their own `bin`, and Windows has none of these directories (executables end in `.exe` and are "
    "found through `PATH` and `PATHEXT`).",
    "subprocess.check_call([\"/usr/bin/qemu-img\", \"convert\", src, dst])\n"
    "subprocess.check_call([\"/usr/bin/env\", \"python3\", script])",
    "import shutil, subprocess, sys\nqemu_img = shutil.which(\"qemu-img\")\nif qemu_img is None:\n"
    "    raise RuntimeError(\"qemu-img is not installed\")\nsubprocess.check_call([qemu_img, \"convert\", src, dst])\n"
    "subprocess.check_call([sys.executable, script])",
    kNotLinux, kTags};

constexpr RuleMeta kEtc{
    "PORT204", "hardcoded-etc-path", Level::Warning,
    "Uses a hard-coded path under /etc",
    "Finds paths under `/etc` used as file names: configuration files and directories, `/etc/hosts`, "
    "`/etc/passwd`, `/etc/localtime`, certificate stores. The Linux distribution files `/etc/mtab`, "
    "`/etc/os-release` and the like are left to PORT101 and PORT106. A `:`-separated list of candidates "
    "(`\"/etc/ssl/certs/ca-certificates.crt:/etc/pki/tls/cert.pem\"`) counts by its first entry under `/etc`.",
    "Windows has no `/etc`: system-wide settings live in the registry and in `%ProgramData%`, per-user ones "
    "in `%APPDATA%`, and the few files with an `/etc` equivalent are elsewhere (`hosts` is under "
    "`%SystemRoot%\\System32\\drivers\\etc`). macOS has `/etc`, but keeps most settings in property lists "
    "under `/Library/Preferences` and `~/Library`, so many Linux files are missing there too. Reading a "
    "system file directly also bypasses the API that already answers the question portably.",
    "parser.add_argument(\"--config-file\", default=\"/etc/nova/nova.conf\")\n"
    "with open(\"/etc/timezone\") as f:\n    zone = f.read().strip()",
    "import platformdirs\ndefault_config = os.path.join(platformdirs.site_config_dir(\"nova\"), \"nova.conf\")\n"
    "parser.add_argument(\"--config-file\", default=default_config)\n\n"
    "import datetime\nzone = datetime.datetime.now().astimezone().tzinfo",
    kWindowsOnly, kTags};

constexpr RuleMeta kVar{
    "PORT205", "hardcoded-var-path", Level::Warning,
    "Uses a hard-coded state, log or cache directory under /var",
    "Finds paths under `/var` (`/var/lib`, `/var/log`, `/var/run`, `/var/cache`, `/var/spool`, `/var/lock`, ...) "
    "used as file names. `/var/tmp` is PORT201.",
    "The Filesystem Hierarchy Standard is a Linux convention. Windows has no `/var` (application state "
    "belongs in `%LOCALAPPDATA%` or `%ProgramData%`); macOS has `/var/log` and `/var/run` but no `/var/lib` "
    "or `/var/cache` (it uses `~/Library/Application Support` and `~/Library/Caches`). These directories are "
    "also writable only by root, so the code fails for an ordinary user on every platform.",
    "cfg.StrOpt(\"state_path\", default=\"/var/lib/nova\")\nLOG_FILE = \"/var/log/nova/api.log\"",
    "import platformdirs\ncfg.StrOpt(\"state_path\", default=platformdirs.user_data_dir(\"nova\"))\n"
    "LOG_FILE = os.path.join(platformdirs.user_log_dir(\"nova\"), \"api.log\")\n"
    "# also: user_cache_dir(), user_runtime_dir(), or a configuration option",
    kNotLinux, kTags};

constexpr RuleMeta kHome{
    "PORT206", "hardcoded-home-path", Level::Warning,
    "Uses a hard-coded home directory such as /home/<user>, /root or /Users/<user>",
    "Finds paths under `/home`, `/root` and macOS's `/Users` used as file names.",
    "Home directories live in different places: `/home/<name>` on Linux, `/Users/<name>` on macOS, "
    "`C:\\Users\\<name>` on Windows, and `/var/root` for macOS's root. A literal home directory also bakes in "
    "one user's name, so the code works only on the machine where it was written.",
    "key_file = \"/home/stack/.ssh/id_rsa\"\nCONF_DIR = \"/root/.config/nova\"",
    "import os, pathlib\nkey_file = os.path.expanduser(\"~/.ssh/id_rsa\")\n"
    "conf_dir = pathlib.Path.home() / \".config\" / \"nova\"  # or platformdirs.user_config_dir(\"nova\")",
    kNotLinux, kTags};

constexpr RuleMeta kPosixDevice{
    "PORT207", "hardcoded-posix-device", Level::Warning,
    "Uses a POSIX device node such as /dev/urandom, /dev/zero, /dev/tty or /dev/stdout",
    "Finds `/dev/urandom`, `/dev/random`, `/dev/zero`, `/dev/tty`, `/dev/stdin`, `/dev/stdout`, `/dev/stderr` "
    "and `/dev/fd/N` used as file names, also as the value of a `key=/path` word of a command the code runs "
    "(`[\"dd\", \"if=/dev/zero\", ...]`, as the PORT201-208 rules read such words for their paths). Linux-only "
    "device nodes are PORT105, PORT107 and PORT108; `/dev/null` is PORT202.",
    "These nodes exist on Linux and macOS but not on Windows, which has no `/dev`: opening them raises "
    "`FileNotFoundError`. Python offers each of them as an API that works everywhere, without a file "
    "descriptor to leak.",
    "with open(\"/dev/urandom\", \"rb\") as f:\n    token = f.read(16)\nwith open(\"/dev/stdout\", \"w\") as out:\n"
    "    out.write(report)",
    "import os, secrets, sys\ntoken = os.urandom(16)  # or secrets.token_bytes(16)\nsys.stdout.write(report)\n"
    "zeros = bytes(4096)  # instead of reading /dev/zero",
    kWindowsOnly, kTags};

constexpr RuleMeta kSystemData{
    "PORT208", "hardcoded-system-data-path", Level::Warning,
    "Uses a hard-coded installation or data directory such as /usr/share, /usr/lib, /opt or /mnt",
    "Finds paths under `/usr/share`, `/usr/lib`, `/usr/include`, `/usr/local` (other than its `bin`), `/lib`, "
    "`/opt`, `/srv`, `/mnt`, `/media` and macOS's `/Volumes` used as file names, and files directly in the root "
    "directory (`/swap.img`, `/app_keydata`: a dot or an underscore in the name) where the code says they are "
    "files: a file-system call or `pathlib.Path` receives them, or the name they are stored in or looked up by "
    "says file (`swap_file`, `cfg.get(\"filename\", \"/swap.img\")`).",
    "Where data, libraries and mount points live depends on the platform and the installation: Windows has "
    "none of these directories, macOS keeps frameworks and libraries under `/Library` and "
    "`/System/Library`, Homebrew under `/opt/homebrew`, mounted volumes under `/Volumes`; virtual "
    "environments and `--prefix` installs move everything. The code then reads the wrong file or none.",
    "SCHEMA = \"/usr/share/nova/schema.json\"\nlibvirt = ctypes.CDLL(\"/usr/lib/x86_64-linux-gnu/libvirt.so.0\")\n"
    "images = \"/mnt/images\"",
    "from importlib import resources\nschema = resources.files(\"nova\").joinpath(\"schema.json\").read_text()\n"
    "import ctypes.util\nlibvirt = ctypes.CDLL(ctypes.util.find_library(\"virt\"))\n"
    "images = CONF.image_dir  # mount points belong in configuration",
    kNotLinux, kTags};

constexpr const RuleMeta* kRules[] = {&kTempDir, &kDevNull, &kExecutable, &kEtc,
                                      &kVar,     &kHome,    &kPosixDevice, &kSystemData};

// Paths that PORT1xx reports (kernel_interfaces.cpp): never claimed here, so one literal gets one family.
constexpr std::string_view kKernelClaimed[] = {
    "/etc/mtab",           "/etc/os-release",     "/etc/lsb-release",   "/etc/redhat-release",
    "/etc/centos-release", "/etc/debian_version", "/etc/SuSE-release",  "/etc/system-release",
    "/usr/lib/os-release", "/proc",               "/sys",               "/run",
    "/dev/shm",            "/dev/disk"};

enum class Kind {
  Plain,       // message = what + advice
  Executable,  // advice mentions the program: `{exe}` is replaced with its name
  TopLevel,    // a bare top-level directory ("/home", "/mnt"): only reported when used as a path or extended
};

struct HardPath {
  std::string_view prefix;  // see pathIsUnder
  const RuleMeta* rule;
  std::string_view what;    // completes "uses `X`, <what>; <advice>"
  std::string_view advice;
  PlatformSet breaksOn;     // empty: the rule's breaksOn
  Kind kind = Kind::Plain;
};

constexpr std::string_view kTmpWhat =
    "a hard-coded temporary directory that does not exist on Windows and ignores TMPDIR (macOS gives each user "
    "a private one under /var/folders)";
constexpr std::string_view kTmpAdvice = "use `tempfile.mkdtemp()`/`tempfile.mkstemp()` or `tempfile.gettempdir()`";
constexpr std::string_view kExeWhat =
    "a hard-coded executable location that differs on macOS (Homebrew installs to /opt/homebrew/bin) and "
    "does not exist on Windows";
constexpr std::string_view kExeWhatPosix = "a hard-coded executable location that does not exist on Windows";
constexpr std::string_view kExeWhatSystem = "a hard-coded executable location";
constexpr std::string_view kExeAdvice = "use `shutil.which(\"{exe}\")`";
constexpr std::string_view kEtcWhat = "a hard-coded /etc path that does not exist on Windows";
constexpr std::string_view kReleaseAdvice =
    "use `platform.freedesktop_os_release()` under a Linux guard, or `platform.system()`/`platform.release()`";
constexpr std::string_view kCertAdvice =
    "use `ssl.create_default_context()` (`ssl.get_default_verify_paths()`) or `certifi.where()`";
constexpr std::string_view kHomeAdvice = "use `os.path.expanduser(\"~\")` or `pathlib.Path.home()`";
constexpr std::string_view kDataAdvice =
    "use `importlib.resources` for package data, `sysconfig.get_path(\"data\")` for the install prefix, or a "
    "configuration option";
constexpr std::string_view kDevWhat = "a POSIX device node that does not exist on Windows";

// Most specific first: the first entry that matches decides.
constexpr HardPath kHardPaths[] = {
    // PORT201 temporary directories
    {"/tmp", &kTempDir, kTmpWhat, kTmpAdvice, {}},
    {"/var/tmp", &kTempDir, kTmpWhat, kTmpAdvice, {}},
    {"/usr/tmp", &kTempDir, kTmpWhat, kTmpAdvice, {}},
    {"/private/tmp", &kTempDir, "macOS's shared temporary directory, which does not exist on Linux or Windows",
     kTmpAdvice, kNotMacOS},
    {"/var/folders", &kTempDir, "macOS's per-user temporary area, which does not exist on Linux or Windows",
     "use `tempfile.gettempdir()`, `tempfile.mkdtemp()` or `tempfile.mkstemp()`", kNotMacOS},
    // PORT202
    {"/dev/null", &kDevNull, "the null device, which is `nul` on Windows",
     "use `os.devnull` (or `subprocess.DEVNULL` to discard a child process's output)", {}},
    // PORT207 POSIX device nodes
    {"/dev/urandom", &kPosixDevice, kDevWhat, "use `os.urandom(n)` or the `secrets` module", {}},
    {"/dev/random", &kPosixDevice, kDevWhat, "use `os.urandom(n)` or the `secrets` module", {}},
    {"/dev/zero", &kPosixDevice, kDevWhat, "use `bytes(n)` for zero bytes", {}},
    {"/dev/tty", &kPosixDevice, kDevWhat,
     "use `sys.stdin`/`sys.stdout` (test `isatty()`), or `getpass.getpass()` to prompt", {}},
    {"/dev/stdin", &kPosixDevice, kDevWhat, "use `sys.stdin` (`sys.stdin.buffer` for bytes)", {}},
    {"/dev/stdout", &kPosixDevice, kDevWhat, "use `sys.stdout` (`sys.stdout.buffer` for bytes)", {}},
    {"/dev/stderr", &kPosixDevice, kDevWhat, "use `sys.stderr` (`sys.stderr.buffer` for bytes)", {}},
    {"/dev/fd", &kPosixDevice, kDevWhat,
     "use the file object itself (`sys.stdin`, `sys.stdout`) or `os.fdopen(fd)`", {}},
    // PORT203 executables
    {"/usr/local/bin", &kExecutable, kExeWhat, kExeAdvice, {}, Kind::Executable},
    {"/usr/local/sbin", &kExecutable, kExeWhat, kExeAdvice, {}, Kind::Executable},
    {"/usr/local/libexec", &kExecutable, kExeWhat, kExeAdvice, {}, Kind::Executable},
    {"/usr/bin", &kExecutable, kExeWhat, kExeAdvice, {}, Kind::Executable},
    {"/usr/sbin", &kExecutable, kExeWhat, kExeAdvice, {}, Kind::Executable},
    {"/usr/libexec", &kExecutable, kExeWhat, kExeAdvice, {}, Kind::Executable},
    {"/bin", &kExecutable, kExeWhat, kExeAdvice, {}, Kind::Executable},
    {"/sbin", &kExecutable, kExeWhat, kExeAdvice, {}, Kind::Executable},
    // PORT204 /etc
    {"/etc/hosts", &kEtc, kEtcWhat,
     "resolve names with `socket.getaddrinfo()`; on Windows the file is `%SystemRoot%\\System32\\drivers\\etc\\hosts`", {}},
    {"/etc/resolv.conf", &kEtc, kEtcWhat,
     "let `socket.getaddrinfo()` resolve, or take the name servers from configuration", {}},
    {"/etc/passwd", &kEtc, kEtcWhat, "use `getpass.getuser()`, `os.path.expanduser()` or the POSIX-only `pwd` module", {}},
    {"/etc/shadow", &kEtc, kEtcWhat, "use the POSIX-only `spwd`/PAM APIs behind a platform guard", {}},
    {"/etc/group", &kEtc, kEtcWhat, "use the POSIX-only `grp` module behind a platform guard", {}},
    {"/etc/localtime", &kEtc, kEtcWhat,
     "use `datetime.datetime.now().astimezone().tzinfo` or the `tzlocal` package", {}},
    {"/etc/timezone", &kEtc, "a Debian-specific file that does not exist on macOS or Windows",
     "use `datetime.datetime.now().astimezone().tzinfo` or the `tzlocal` package", kNotLinux},
    {"/etc/hostname", &kEtc, "a Linux-specific file that does not exist on macOS or Windows",
     "use `socket.gethostname()`", kNotLinux},
    {"/etc/machine-id", &kEtc, "systemd's machine id, which exists only on Linux",
     "guard it with `sys.platform == \"linux\"`, or use an id stored by the application", kNotLinux},
    {"/etc/fstab", &kEtc, kEtcWhat, "use `psutil.disk_partitions()`", {}},
    {"/etc/mime.types", &kEtc, kEtcWhat, "use the `mimetypes` module", {}},
    {"/etc/services", &kEtc, kEtcWhat, "use `socket.getservbyname()`/`socket.getservbyport()`", {}},
    {"/etc/protocols", &kEtc, kEtcWhat, "use `socket.getprotobyname()`", {}},
    {"/etc/ssl", &kEtc, "a hard-coded certificate location that differs between distributions and does not exist on Windows",
     kCertAdvice, {}},
    {"/etc/pki/trust", &kEtc, "an openSUSE certificate location that does not exist on other distributions, macOS or Windows",
     kCertAdvice, kNotLinux},
    {"/etc/pki", &kEtc, "a Red Hat certificate location that does not exist on other distributions, macOS or Windows",
     kCertAdvice, kNotLinux},
    {"/etc/ca-certificates", &kEtc, "a Debian certificate location that does not exist on macOS or Windows",
     kCertAdvice, kNotLinux},
    {"/etc", &kEtc, kEtcWhat,
     "make the location a configuration option, or use `platformdirs.site_config_dir()` (`user_config_dir()` per user)", {}},
    // PORT205 /var
    {"/var/lib", &kVar, "a Linux state directory that does not exist on Windows or macOS",
     "use `platformdirs.user_data_dir()` (`site_data_dir()` system-wide) or a configuration option", {}},
    {"/var/cache", &kVar, "a Linux cache directory that does not exist on Windows or macOS",
     "use `platformdirs.user_cache_dir()` or a configuration option", {}},
    {"/var/log", &kVar, "a hard-coded log directory that does not exist on Windows",
     "let the user configure logging, or use `platformdirs.user_log_dir()`", kWindowsOnly},
    {"/var/run", &kVar, "a hard-coded runtime directory that does not exist on Windows",
     "use `platformdirs.user_runtime_dir()` or a configuration option", kWindowsOnly},
    {"/var/lock", &kVar, "a Linux lock directory that does not exist on Windows or macOS",
     "use `platformdirs.user_runtime_dir()` or a configuration option", {}},
    {"/var/spool", &kVar, "a hard-coded spool directory that does not exist on Windows",
     "make the location a configuration option", kWindowsOnly},
    {"/var/mail", &kVar, "a hard-coded mail directory that does not exist on Windows",
     "make the location a configuration option", kWindowsOnly},
    {"/var/db", &kVar, "a macOS/BSD state directory that does not exist on Linux or Windows",
     "use `platformdirs.user_data_dir()` or a configuration option", kNotMacOS},
    {"/var/", &kVar, "a hard-coded /var directory that does not exist on Windows",
     "use `platformdirs` (`user_data_dir()`, `user_cache_dir()`, `user_log_dir()`) or a configuration option", {}},
    // PORT206 home directories
    {"/home", &kHome, "a hard-coded Linux home directory (`/Users/<name>` on macOS, `C:\\Users\\<name>` on Windows)",
     kHomeAdvice, kNotLinux, Kind::TopLevel},
    {"/root", &kHome, "root's home directory on Linux (`/var/root` on macOS, absent on Windows)", kHomeAdvice,
     kNotLinux, Kind::TopLevel},
    {"/Users", &kHome, "a hard-coded macOS home directory (`/home/<name>` on Linux, `C:\\Users\\<name>` on Windows)",
     kHomeAdvice, kNotMacOS, Kind::TopLevel},
    // PORT208 installation and data directories
    {"/usr/share/zoneinfo", &kSystemData, "the system time-zone database, which Windows does not have",
     "use the `zoneinfo` module (with the `tzdata` package on Windows)", kWindowsOnly},
    {"/usr/lib/python*", &kSystemData, "a hard-coded Python installation directory",
     "use `sysconfig.get_path(\"stdlib\")`, `sysconfig.get_path(\"purelib\")` or `site.getsitepackages()`", {}},
    {"/usr/local/lib/python*", &kSystemData, "a hard-coded Python installation directory",
     "use `sysconfig.get_path(\"stdlib\")`, `sysconfig.get_path(\"purelib\")` or `site.getsitepackages()`", {}},
    {"/usr/include", &kSystemData, "a hard-coded header directory",
     "use `sysconfig.get_path(\"include\")` or a configuration option", {}},
    {"/usr/share", &kSystemData, "a hard-coded system data directory", kDataAdvice, {}},
    {"/usr/lib", &kSystemData, "a hard-coded system library directory", kDataAdvice, {}},
    {"/usr/lib64", &kSystemData, "a hard-coded system library directory", kDataAdvice, {}},
    {"/usr/lib32", &kSystemData, "a hard-coded system library directory", kDataAdvice, {}},
    {"/usr/local", &kSystemData, "a hard-coded installation prefix", kDataAdvice, {}},
    {"/usr/", &kSystemData, "a hard-coded system directory", kDataAdvice, {}},
    {"/lib", &kSystemData, "a hard-coded system library directory", kDataAdvice, {}},
    {"/lib64", &kSystemData, "a hard-coded system library directory", kDataAdvice, {}},
    {"/opt", &kSystemData, "a hard-coded installation directory", "make the location a configuration option", {},
     Kind::TopLevel},
    {"/srv", &kSystemData, "a hard-coded service data directory", "make the location a configuration option", {},
     Kind::TopLevel},
    {"/mnt", &kSystemData, "a hard-coded mount point (macOS mounts under /Volumes, Windows uses drive letters)",
     "make the location a configuration option", {}, Kind::TopLevel},
    {"/media", &kSystemData, "a hard-coded mount point (macOS mounts under /Volumes, Windows uses drive letters)",
     "make the location a configuration option", {}, Kind::TopLevel},
    {"/Volumes", &kSystemData, "macOS's mount point directory, which does not exist on Linux or Windows",
     "make the location a configuration option", kNotMacOS, Kind::TopLevel},
};

// Executables that macOS ships at the same location, so only Windows lacks them.
constexpr std::string_view kOnMacOS[] = {
    "/bin/bash", "/bin/cat", "/bin/chmod", "/bin/cp", "/bin/csh", "/bin/dash", "/bin/date", "/bin/dd",
    "/bin/df", "/bin/echo", "/bin/hostname", "/bin/kill", "/bin/ksh", "/bin/ln", "/bin/ls", "/bin/mkdir",
    "/bin/mv", "/bin/ps", "/bin/pwd", "/bin/rm", "/bin/rmdir", "/bin/sh", "/bin/sleep", "/bin/stty",
    "/bin/tcsh", "/bin/test", "/bin/zsh", "/sbin/ifconfig", "/sbin/mount", "/sbin/ping", "/sbin/umount",
    "/usr/bin/awk", "/usr/bin/bzip2", "/usr/bin/curl", "/usr/bin/diff", "/usr/bin/env", "/usr/bin/false",
    "/usr/bin/file", "/usr/bin/find", "/usr/bin/git", "/usr/bin/grep", "/usr/bin/gzip", "/usr/bin/head",
    "/usr/bin/id", "/usr/bin/less", "/usr/bin/locale", "/usr/bin/make", "/usr/bin/more", "/usr/bin/nice",
    "/usr/bin/open", "/usr/bin/openssl", "/usr/bin/patch", "/usr/bin/perl", "/usr/bin/python3",
    "/usr/bin/scp", "/usr/bin/sed", "/usr/bin/sort", "/usr/bin/ssh", "/usr/bin/ssh-keygen", "/usr/bin/tail",
    "/usr/bin/tar", "/usr/bin/time", "/usr/bin/tr", "/usr/bin/true", "/usr/bin/uname", "/usr/bin/unzip",
    "/usr/bin/uuidgen", "/usr/bin/vi", "/usr/bin/vim", "/usr/bin/wc", "/usr/bin/which", "/usr/bin/whoami",
    "/usr/bin/xargs", "/usr/bin/zip", "/usr/sbin/chown", "/usr/sbin/lsof", "/usr/sbin/netstat",
    "/usr/sbin/sysctl"};

// "/usr/ccs/bin/dump", "/opt/stack/bin/x": a program in some other `bin` directory under /usr or /opt.
bool isInOtherBinDirectory(std::string_view path) {
  if (!path.starts_with("/usr/") && !path.starts_with("/opt/")) return false;
  const size_t slash = path.rfind('/');
  if (slash == std::string_view::npos || slash + 1 == path.size()) return false;
  const std::string_view dir = path.substr(0, slash);
  return dir.ends_with("/bin") || dir.ends_with("/sbin");
}

// `root_dir + "/etc/apt/apt.conf"`: the literal continues a path whose start is unknown (a chroot, an
// install root), so it is not an absolute path; PORT211 reports the concatenation itself.
bool isSuffixOfUnknownBase(Node root, const SemanticModel& model) {
  Node node = root;
  Node parent = node.parent();
  while (parent && parent.is("parenthesized_expression")) {
    node = parent;
    parent = parent.parent();
  }
  return parent && parent.is("binary_operator") && parent.field("operator").kind() == "+" &&
         parent.field("right") == node && !model.stringValue(parent.field("left"));
}

bool isKernelClaimed(std::string_view path) {
  return std::any_of(std::begin(kKernelClaimed), std::end(kKernelClaimed),
                     [&](std::string_view p) { return pathIsUnder(path, p); });
}


// The name the value is bound to or passed as: `MEDIA_URL = "/media/"` -> "MEDIA_URL",
// `f(url="/x")` -> "url", `{"route": "/x"}` -> "route". Empty when there is none.
std::string_view boundName(Node expr, const SemanticModel& model) {
  Node node = expr;
  for (Node parent = node.parent(); parent; node = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "parenthesized_expression" || k == "conditional_expression" || k == "boolean_operator" ||
        k == "list" || k == "tuple" || k == "expression_list") {
      continue;
    }
    Node name;
    if (k == "assignment" && parent.field("right") == node) name = parent.field("left");
    else if (k == "keyword_argument") name = parent.field("name");
    else if (k == "default_parameter" || k == "typed_default_parameter") name = parent.field("name");
    else if (k == "pair" && parent.field("value") == node) {
      const Node key = parent.field("key");
      if (key.is("string")) {
        const auto v = model.stringValue(key);
        if (v) return key.text();  // the literal as written; good enough for a word test
      }
      return {};
    }
    if (!name) return {};
    if (name.is("attribute")) name = name.field("attribute");
    return name.is("identifier") ? name.text() : std::string_view{};
  }
  return {};
}

// Names that say the value is a URL or a web route rather than a file.
bool isWebName(std::string_view name) {
  const std::string n = toLower(name);
  for (std::string_view w : {"url", "uri", "href", "route", "endpoint", "link", "location_path"}) {
    if (n.find(w) != std::string::npos) return true;
  }
  return false;
}

// Homebrew installs the tools a developer adds (under /usr/local/bin, or /usr/bin on Linux), not system
// programs such as /sbin/init or /usr/libexec helpers, nor the Linux- or BSD-only programs of PORT501
// and PORT505 (`/usr/bin/systemctl`): only for the others is it worth naming.
bool homebrewCouldProvide(std::string_view path) {
  if (!pathIsUnder(path, "/usr/bin") && !pathIsUnder(path, "/usr/local/bin")) return false;
  const std::string_view program = path.substr(path.rfind('/') + 1);
  return !linuxOnlyCommand(program) && !bsdOnlyCommand(program);
}

// `guest_agent = "/usr/bin/qemu-ga"`, a method `_chroot_cmd`: the path names a program of another
// system (a guest, a chroot, a container), where Homebrew has no say either.
bool aboutAnotherSystem(std::string_view boundTo, Node root) {
  auto mentions = [](std::string_view name) {
    const std::string n = toLower(name);
    for (std::string_view w : {"guest", "chroot", "container", "remote"}) {
      if (n.find(w) != std::string::npos) return true;
    }
    return false;
  };
  if (mentions(boundTo)) return true;
  for (Node n = root.parent(); n; n = n.parent()) {
    if (n.is("function_definition") && mentions(n.field("name").text())) return true;
  }
  return false;
}

// "/usr/bin/qemu-img" -> "qemu-img"; empty when the value stops before the name.
std::string executableName(const FoldedString& v) {
  const size_t slash = v.value.rfind('/');
  std::string name = v.value.substr(slash + 1);
  if (!v.complete && v.value.ends_with('/')) return {};
  return name;
}

// `/usr/bin/env` in an argument list (`["/usr/bin/env", "sh"]`, or the words given one by one to
// `execute("/usr/bin/env", "sh")`): the program it launches, when written as a literal next to it.
std::string launchedProgram(Node root, const SemanticModel& model) {
  Node n = root;
  while (n.parent() && n.parent().is("parenthesized_expression")) n = n.parent();
  if (!n.parent() || !(n.parent().is("list") || n.parent().is("tuple") || n.parent().is("argument_list"))) return {};
  Node next = n.nextNamedSibling();
  while (next && next.is("comment")) next = next.nextNamedSibling();
  if (!next) return {};
  const auto v = model.stringValue(next);
  if (!v || !v->complete || v->value.empty() || v->value.starts_with('-')) return {};
  return v->value;
}

void replaceAll(std::string& s, std::string_view token, std::string_view with) {
  for (size_t at = s.find(token); at != std::string::npos; at = s.find(token, at + with.size())) {
    s.replace(at, token.size(), with);
  }
}

bool insideSubprocessRedirection(Node root) {
  Node n = root;
  for (int i = 0; i < 4 && n; ++i, n = n.parent()) {
    if (n.is("keyword_argument")) {
      const std::string_view k = n.field("name").text();
      return k == "stdin" || k == "stdout" || k == "stderr";
    }
  }
  return false;
}

// A plain string literal (no bytes or f-string prefix) that stands alone where any expression may
// stand: not a part of an implicit concatenation, not a `case` pattern.
bool replaceableLiteral(Node literal) {
  if (!literal.is("string") || literal.childCount() == 0) return false;
  const Node start = literal.child(0);
  if (!start.is("string_start")) return false;
  for (char c : start.text()) {
    const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (l == 'b' || l == 'f' || l == 't') return false;
  }
  for (Node n = literal.parent(); n; n = n.parent()) {
    const std::string_view k = n.kind();
    if (k == "concatenated_string" && n == literal.parent()) return false;
    if (k == "case_pattern") return false;
    if (k == "module" || k == "block" || k.ends_with("_statement")) break;
  }
  return true;
}

// Replaces `literal`, whose value must be exactly `value`, with `replacement` that needs `module`.
std::optional<Fix> literalFix(Node literal, std::string_view value, std::string_view replacement,
                              std::string_view module) {
  if (!replaceableLiteral(literal)) return std::nullopt;
  const FoldedString v = decodeStringLiteral(literal);
  if (!v.complete || v.value != value) return std::nullopt;
  Fix fix;
  fix.description = "Replace `" + std::string(literal.text()) + "` with `" + std::string(replacement) + "`";
  fix.safety = FixSafety::Safe;
  fix.edits.push_back(Edit{literal.startByte(), literal.endByte(), std::string(replacement)});
  fix.requiredImports.emplace_back(module);
  return fix;
}

// `tempfile.gettempdir()` is "/tmp" on Linux only while TMPDIR is unset, and it is computed where
// the literal stood. So the fix is safe where the value is used on the spot; where it is stored for
// others to read (a public constant, a class attribute, a signature, a dictionary) it is unsafe, and
// where it is a setting's documented default or data a test compares with, it is not offered.
// A value stored as a mount point (`{"mountpoint": "/tmp"}`) names a place, not scratch space.
std::optional<FixSafety> tempDirFixSafety(Node literal, bool testFile, const SemanticModel& model) {
  if (toLower(boundName(literal, model)).find("mount") != std::string::npos) return std::nullopt;
  const ValueRole role = valueRole(literal);
  if (role == ValueRole::OptionDefault) return std::nullopt;
  if (role == ValueRole::Computation) return testFile ? FixSafety::Unsafe : FixSafety::Safe;
  if (testFile) return std::nullopt;
  return FixSafety::Unsafe;
}

// `os.devnull` is "/dev/null" on Linux and macOS: the value cannot change there, wherever it is
// stored. A setting's default and a test's data are still left to their authors: the default is
// documented (sample configuration files, --help), and a test's expected value mirrors the code.
std::optional<FixSafety> devNullFixSafety(Node literal, bool testFile) {
  const ValueRole role = valueRole(literal);
  if (role == ValueRole::OptionDefault) return FixSafety::Unsafe;
  if (testFile && role != ValueRole::Computation) return FixSafety::Unsafe;
  return FixSafety::Safe;
}

std::optional<Fix> withSafetyOf(std::optional<Fix> fix, std::optional<FixSafety> safety) {
  if (!fix || !safety) return std::nullopt;
  fix->safety = *safety;
  return fix;
}

// The catalog entry for `path` (its value, or its prefix when not `complete`), if any.
const HardPath* findHardPath(std::string_view path, bool complete) {
  if (isKernelClaimed(path)) return nullptr;
  const HardPath* match = nullptr;
  for (const HardPath& h : kHardPaths) {
    if (pathIsUnder(path, h.prefix)) {
      match = &h;
      break;
    }
  }
  static constexpr HardPath kOtherBin{"", &kExecutable, kExeWhat, kExeAdvice, {}, Kind::Executable};
  if ((!match || match->rule == &kSystemData) && isInOtherBinDirectory(path)) match = &kOtherBin;
  // "/dev/tty" + x is "/dev/ttyS0" or a pty: a device name only known up to the prefix is not this node.
  if (match && match->prefix.starts_with("/dev/") && !complete && path == match->prefix) return nullptr;
  return match;
}

bool shippedWithMacOS(std::string_view executable) {
  return std::any_of(std::begin(kOnMacOS), std::end(kOnMacOS), [&](std::string_view p) { return p == executable; });
}

// macOS's own programs, at the location macOS always gives them: the path is right wherever the
// program exists, and Linux and Windows do not have it (`/usr/bin/defaults read ...` under a
// `sys.platform == "darwin"` check is correct code).
constexpr std::string_view kMacOSOwn[] = {
    "/bin/launchctl",      "/usr/bin/afplay",     "/usr/bin/caffeinate", "/usr/bin/codesign",
    "/usr/bin/defaults",   "/usr/bin/ditto",      "/usr/bin/hdiutil",    "/usr/bin/install_name_tool",
    "/usr/bin/lipo",       "/usr/bin/mdfind",     "/usr/bin/mdls",       "/usr/bin/osascript",
    "/usr/bin/otool",      "/usr/bin/pbcopy",     "/usr/bin/pbpaste",    "/usr/bin/pkgbuild",
    "/usr/bin/plutil",     "/usr/bin/say",        "/usr/bin/security",   "/usr/bin/sw_vers",
    "/usr/bin/textutil",   "/usr/bin/xcode-select", "/usr/bin/xcrun",    "/usr/sbin/diskutil",
    "/usr/sbin/installer", "/usr/sbin/scutil",    "/usr/sbin/spctl",     "/usr/sbin/system_profiler",
    "/usr/sbin/softwareupdate", "/usr/libexec/PlistBuddy"};

bool macOSOwnProgram(std::string_view executable) {
  return std::any_of(std::begin(kMacOSOwn), std::end(kMacOSOwn), [&](std::string_view p) { return p == executable; });
}

constexpr std::string_view kExeWhatMacOS =
    "macOS's own program at the location macOS gives it, which Linux and Windows do not have";
constexpr std::string_view kExeAdviceMacOS = "run it only where `sys.platform == \"darwin\"`";

// What a hard-coded executable is and where it breaks, when the tables say more than the catalog
// entry: a POSIX tool that macOS ships (missing only on Windows), macOS's own program (missing on
// Linux and Windows), or a system location that Homebrew does not provide (`homebrew` false).
// Nullopt where the catalog's words stand.
struct ExecutableDescription {
  std::string_view what;
  std::optional<PlatformSet> breaksOn;  // nullopt: the catalog's
};
std::optional<ExecutableDescription> describeExecutable(std::string_view path, bool homebrew) {
  if (shippedWithMacOS(path)) return ExecutableDescription{kExeWhatPosix, kWindowsOnly};
  if (macOSOwnProgram(path)) return ExecutableDescription{kExeWhatMacOS, kNotMacOS};
  if (!homebrew) return ExecutableDescription{kExeWhatSystem, std::nullopt};
  return std::nullopt;
}

// `/etc/foo-release`, `/etc/foo_version`: a Linux distribution's identification file.
bool isReleaseFile(const HardPath& match, std::string_view path) {
  return match.rule == &kEtc && match.prefix == "/etc" && (path.ends_with("-release") || path.ends_with("_version"));
}

// "/swap.img", "/cc_growpart_keydata": a file directly in the root directory (a dot or an
// underscore tells it from a top-level directory such as "/data" or "/boot").
bool isRootLevelFile(std::string_view path) {
  return path.size() > 1 && path.find('/', 1) == std::string_view::npos &&
         path.find_first_of("._", 1) != std::string_view::npos;
}

// `cfg.get("filename", "/swap.img")`: the key a literal is the default value for, or empty.
std::string defaultForKey(Node root, const SemanticModel& model) {
  const Node args = root.parent();
  if (!args || !args.is("argument_list") || !args.parent() || !args.parent().is("call")) return {};
  const Node call = args.parent();
  const Node f = call.field("function");
  if (!f.is("attribute") || (f.field("attribute").text() != "get" && f.field("attribute").text() != "setdefault")) {
    return {};
  }
  const CallArguments a = argumentsOf(call);
  if (!(a.argument(1) == root)) return {};
  const Node key = a.argument(0);
  const auto v = key && key.is("string") ? model.stringValue(key) : std::nullopt;
  return v && v->complete ? v->value : std::string{};
}

// A name that says file ("swap_file", "fname", "filename"); "path" alone is not enough, as
// JSON-patch paths, policy targets and routes ("/instance_info") are called paths too.
// True when `literal` is a word of a command that a call runs (`execute("/usr/bin/env", "sh")`,
// directly or through a name, or `executable="/usr/bin/qemu-img"`), rather than data beside it (an
// expected argument of a mock, a user's login shell).
bool runAsCommand(Node literal, const SemanticModel& model) {
  if (const Node keyword = literal.parent(); keyword && keyword.is("keyword_argument")) {
    const std::string_view name = keyword.field("name").text();
    return name == "executable" || name == "program" || name == "binary" || name == "cmd" || name == "command";
  }
  Node n = literal.parent();
  while (n && (n.is("list") || n.is("tuple") || n.is("argument_list") || n.is("parenthesized_expression"))) {
    if (n.is("argument_list")) break;
    n = n.parent();
  }
  if (!n || !n.is("argument_list") || !n.parent().is("call")) {
    // `TRUE = "/bin/true"` ... `execute(TRUE)`: a read of the name is the word.
    const std::vector<Node> reads = readsOfAssignedValue(literal);
    return std::any_of(reads.begin(), reads.end(), [&](Node read) { return read.is("identifier") && runAsCommand(read, model); });
  }
  const std::optional<CommandInvocation> command = commandInvocation(n.parent(), model);
  if (!command || !command->commandNode) return false;
  return command->commandNode.startByte() <= literal.startByte() && literal.endByte() <= command->commandNode.endByte();
}

// True when `value` is the directories a program lookup searches: `which("netplan",
// search=["/usr/sbin", "/sbin"])`, `shutil.which("ip", path=...)` or its second argument.
bool searchesLookup(Node value) {
  Node at = value;
  if (const Node keyword = at.parent(); keyword && keyword.is("keyword_argument")) {
    const std::string_view name = keyword.field("name").text();
    if (name != "search" && name != "path" && name != "paths") return false;
    at = keyword;
  }
  const Node args = at.parent();
  if (!args || !args.is("argument_list") || !args.parent().is("call")) return false;
  if (!at.is("keyword_argument") && (args.namedChildCount() < 2 || !(args.namedChild(1) == at))) return false;
  return isProgramLookup(args.parent().field("function"));
}

// True when the directories `literal` names are only where a program lookup searches, directly or
// through a variable every read of which is such a search: not finding the program there is the
// lookup's answer on a platform without them, not a failure.
bool onlySearchedForProgram(Node literal) {
  Node value = literal;
  while (value.parent() && (value.parent().is("list") || value.parent().is("tuple"))) value = value.parent();
  if (searchesLookup(value)) return true;
  const std::vector<Node> reads = readsOfAssignedValue(value);
  return !reads.empty() && std::all_of(reads.begin(), reads.end(), [](Node read) { return searchesLookup(read); });
}

bool namesFile(std::string_view name) {
  const std::string n = toLower(name);
  return n.find("file") != std::string::npos || n.find("fname") != std::string::npos;
}

// Root-level files are reported only where the code says they are files: a file-system call
// receives them, they become a `pathlib.Path`, or the name they are stored in or looked up by says
// file. "/favicon.ico", "/health_check" and "/instance_info" are far more often web routes and
// JSON pointers.
void reportRootLevelFile(const PathUse& use, RuleContext& ctx) {
  const SemanticModel& model = ctx.model();
  if (use.context != UseContext::PathArgument && !use.value.pathObject) {
    if (isTestFile(ctx.file().path())) return;
    const std::string_view name = boundName(use.root, model);
    if (!namesFile(name) && !namesFile(defaultForKey(use.root, model))) return;
  }
  const PlatformSet breaksOn = kSystemData.breaksOn;
  ctx.record(pathFact(FactKind::HardcodedPath, use, kSystemData.id, breaksOn), use.root);
  if (!ctx.enabled(kSystemData)) return;
  ctx.report(kSystemData, use.root,
             std::string(use.verb()) + " `" + use.shown() +
                 "`, a file directly in the root directory, which on Windows is the root of the current drive "
                 "(writable only by administrators) and on macOS is read-only; keep it in a configurable or "
                 "application directory such as `platformdirs.user_data_dir()`",
             breaksOn);
}

class HardcodedPathCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT201-208 hard-coded paths"; }
  // Where it is unsupported, a missing file, directory or program raises OSError.
  std::span<const std::string_view> failureExceptions() const override { return kOsErrors; }
  // `os.path.exists("/etc/network/interfaces")` is false where the file is missing, rightly; a
  // program's location (`os.path.exists("/usr/sbin/ovs-vswitchd")`) is the assumption itself.
  bool existenceCheckAnswers(const RuleMeta& rule) const override { return &rule != &kExecutable; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"string"};
    return kinds;
  }
  void visit(Node node, RuleContext& ctx) const override {
    const SemanticModel& model = ctx.model();
    const auto use = absolutePathUse(node, model, PathForms{.fileUris = true, .pathLists = true, .mappingKeys = true});
    if (!use) return reportOptionValue(node, ctx);
    // Literal braces survive folding only in templates (routes such as "/media/{id}"): not a path.
    if (use->value.value.find_first_of("{}") != std::string::npos) return;
    if (isSuffixOfUnknownBase(use->root, model)) return;
    // A list of candidates ("/etc/ssl/certs/ca-certificates.crt:/etc/pki/tls/cert.pem") is judged
    // by its first entry that the catalog knows.
    const HardPath* match = nullptr;
    std::string path;
    bool complete = false;
    const std::vector<NamedPath> paths = namedPaths(use->value);
    for (const NamedPath& p : paths) {
      if (configuredLinuxOnlyPath(p.path, ctx.settings())) return;  // PORT111 reports it
      if (match) continue;
      match = findHardPath(p.path, p.complete);
      path = p.path;
      complete = p.complete;
    }
    if (isWebName(boundName(use->root, model))) return;
    // A dictionary keyed by paths is as often a lookup table as a list of files to copy; a device
    // node as a key ({"/dev/null": "grub.cfg"}) can only be a file.
    const bool deviceNode = match && match->prefix.starts_with("/dev/") && complete && path == match->prefix;
    if (use->context == UseContext::Key && !deviceNode) return;
    if (!match) {
      if (paths.size() == 1 && complete && isRootLevelFile(path)) reportRootLevelFile(*use, ctx);
      return;
    }
    // A list of program directories is a search path (`env={"PATH": "/usr/sbin:/usr/bin"}`): PORT210's.
    if (paths.size() > 1 && match->rule == &kExecutable) return;
    if (match->rule == &kExecutable && onlySearchedForProgram(use->root)) return;
    // A probe (`def available(): return os.path.exists("/usr/sbin/ip")`) rightly answers no where
    // the program is missing.
    if (match->rule == &kExecutable && isProbeAnswer(use->root, model)) return;
    // "/home", "/media", "/opt" on their own are as often web routes as directories.
    if (match->kind == Kind::TopLevel && complete && path == match->prefix &&
        use->context != UseContext::PathArgument && use->root.is("string")) {
      return;
    }
    // Tests run the programs they name (`execute("/usr/bin/env", ...)`), but their other paths are
    // data unless a file-system call receives them: a login shell in a fake passwd entry, a
    // mock's expected argv.
    if (use->context != UseContext::PathArgument && isTestFile(ctx.file().path()) &&
        (match->rule != &kExecutable || !runAsCommand(use->root, model))) {
      return;
    }

    std::string what(match->what);
    std::string advice(match->advice);
    PlatformSet breaksOn = match->breaksOn.empty() ? match->rule->breaksOn : match->breaksOn;
    if (match->rule == &kTempDir && match->what == kTmpWhat) {
      if (complete && path == match->prefix) {
        advice = "use `tempfile.gettempdir()`, or `tempfile.mkdtemp()` for a private directory";
      } else {
        what = "a path under the hard-coded temporary directory `" + std::string(match->prefix) +
               "`, which does not exist on Windows and ignores TMPDIR (macOS gives each user a private one under "
               "/var/folders)";
      }
    } else if (match->rule == &kDevNull && insideSubprocessRedirection(use->root)) {
      advice = "pass `subprocess.DEVNULL` instead of an opened file, or at least open `os.devnull`";
    } else if (match->rule == &kExecutable) {
      const bool homebrew = homebrewCouldProvide(path) && !aboutAnotherSystem(boundName(use->root, model), use->root);
      if (const auto described = describeExecutable(path, homebrew)) {
        what = described->what;
        breaksOn = described->breaksOn.value_or(breaksOn);
        if (what == kExeWhatSystem) advice += " or make it configurable";
      }
      std::string exe = complete && path == match->prefix ? std::string() : executableName(FoldedString{path, complete});
      if (exe == "env") {
        const std::string program = launchedProgram(use->root, model);
        if (program.starts_with("python")) {
          advice = "run Python as `sys.executable` instead of through `env`";
        } else if (!program.empty()) {
          advice = "run `shutil.which(\"" + program + "\")` directly instead of through `env`";
        } else {
          advice = "run the program found by `shutil.which()` directly, or `sys.executable` for Python";
        }
      } else if (exe.starts_with("python")) {
        advice = "use `sys.executable` for the running interpreter, or `shutil.which(\"" + exe + "\")`";
      } else if (exe.empty() || exe.find_first_of("*?[{%") != std::string::npos) {
        what = homebrew ? "a hard-coded executable directory that differs on macOS (Homebrew: /opt/homebrew/bin) "
                          "and does not exist on Windows"
                        : "a hard-coded executable directory";
        advice = homebrew ? "find programs with `shutil.which(name)`"
                          : "find programs with `shutil.which(name)` or make the location configurable";
      } else {
        replaceAll(advice, "{exe}", exe);
      }
      if (macOSOwnProgram(path)) advice = kExeAdviceMacOS;
    } else if (match->rule == &kSystemData && path.find(".so") != std::string::npos &&
               (path.starts_with("/usr/lib") || path.starts_with("/lib") || path.starts_with("/usr/local/lib"))) {
      what = "a hard-coded shared-library location";
      advice = "use `ctypes.util.find_library()` (libraries are `.dylib` on macOS and `.dll` on Windows)";
    } else if (isReleaseFile(*match, path)) {
      what = "a Linux distribution file that does not exist on macOS or Windows";
      advice = std::string(kReleaseAdvice);
      breaksOn = kNotLinux;
    }
    if (isSettingDefault(use->root.parent())) {
      advice = match->rule == &kDevNull
                   ? "it is the default of a setting, so every installation on Windows must change it: make "
                     "`os.devnull` the default"
                   : "it is the default of a setting, so every installation on another platform must change it: "
                     "compute a default per platform (`tempfile.gettempdir()`, `platformdirs`, `sysconfig`) or "
                     "document the value to use there";
    }
    ctx.record(pathFact(FactKind::HardcodedPath, *use, match->rule->id, breaksOn), use->root);
    if (!ctx.enabled(*match->rule)) return;
    // A test on a fake file system (pyfakefs) creates `/etc/...` in the fake, on every platform.
    if (isTestFile(ctx.file().path()) && runsOnFakeFileSystem(use->root)) return;
    std::string message = std::string(use->verb()) + " `" + use->shown() + "`, " + what + "; " + advice;
    std::optional<Fix> fix;
    if (breaksOn == match->rule->breaksOn) {
      const bool testData = isTestFile(ctx.file().path());
      if (match->rule == &kTempDir && match->prefix == "/tmp") {
        // The literal "/tmp" itself, also as the first segment of a join: os.path.join(tempfile.gettempdir(), x).
        fix = withSafetyOf(literalFix(node, "/tmp", "tempfile.gettempdir()", "tempfile"), tempDirFixSafety(node, testData, model));
      } else if (match->rule == &kDevNull && use->root == node) {
        fix = withSafetyOf(literalFix(node, "/dev/null", "os.devnull", "os"), devNullFixSafety(node, testData));
      }
    }
    if (fix) {
      ctx.report(*match->rule, use->root, std::move(message), std::move(*fix));
    } else {
      ctx.report(*match->rule, use->root, std::move(message), breaksOn);
    }
    relateExistenceChecks(*use, ctx);
  }

 private:
  // `if os.path.exists("/var/run/glance/%s.pid" % server):` around the use checks the same
  // hard-coded location (a check that cannot make the use safe, or it would not be reported): the
  // check belongs to the finding.
  static void relateExistenceChecks(const PathUse& use, RuleContext& ctx) {
    for (const Node checked : enclosingExistenceChecks(use.root, ctx.model())) {
      // A check that states a requirement (every way without the file fails) is reported itself.
      if (checked == use.root || !isExistenceCheckArgument(checked, ctx.model())) continue;
      const std::optional<FoldedString> value = ctx.model().stringValue(checked);
      const bool samePath = checked.text() == use.root.text() ||
                            (value && value->complete && use.value.complete && value->value == use.value.value);
      if (samePath) ctx.relate(checked, "`" + use.shown() + "` is checked here first");
    }
  }

  // `["dd", "if=/dev/zero", "of=" + path]`, `"--pidfile=/var/run/x.pid"`: the program opens the
  // value of a `key=/path` word on this host. A search path (`PATH=/usr/sbin:/usr/bin`) is
  // PORT210's; a test's command words are data, as its other paths.
  static void reportOptionValue(Node literal, RuleContext& ctx) {
    if (isTestFile(ctx.file().path())) return;
    for (const std::string& path : pathsInCommandText(literal, ctx.model(), ctx.settings(), true)) {
      if (path.find(':') != std::string::npos) continue;
      const auto found = hardcodedPathMatch(path, true);
      if (!found || (found->topLevelDirectory && path == found->prefix)) continue;
      const Node at = commandTextAnchor(literal);
      ctx.record(passedPathFact(FactKind::HardcodedPath, path, found->rule->id, found->breaksOn), at);
      if (!ctx.enabled(*found->rule)) return;
      std::string advice(found->pythonAdvice);
      replaceAll(advice, "{exe}", executableName(FoldedString{path, true}));
      ctx.report(*found->rule, at, "passes `" + path + "`, " + std::string(found->what) + ", to a command; " + advice,
                 found->breaksOn);
      return;
    }
  }
};

}  // namespace

std::optional<PathCatalogMatch> hardcodedPathMatch(std::string_view path, bool complete) {
  const HardPath* match = findHardPath(path, complete);
  if (!match) return std::nullopt;
  PathCatalogMatch out{match->rule, match->prefix, match->what, match->advice,
                       match->breaksOn.empty() ? match->rule->breaksOn : match->breaksOn,
                       match->kind == Kind::TopLevel};
  const auto described =
      match->rule == &kExecutable ? describeExecutable(path, homebrewCouldProvide(path)) : std::nullopt;
  if (described) {
    out.what = described->what;
    out.breaksOn = described->breaksOn.value_or(out.breaksOn);
    if (out.what == kExeWhatMacOS) out.pythonAdvice = kExeAdviceMacOS;
  } else if (isReleaseFile(*match, path)) {
    out.what = "a Linux distribution file that does not exist on macOS or Windows";
    out.breaksOn = kNotLinux;
  }
  return out;
}

const Check& hardcodedPathCheck() {
  static const HardcodedPathCheck check;
  return check;
}

}  // namespace platlint
