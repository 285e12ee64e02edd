// PORT501-PORT504: running other programs. One matcher (rules/command_calls.h) finds the calls that
// run a command (subprocess, os.system/popen/exec*/spawn*, asyncio, and the wrapper functions of
// defaultCommandWrappers()) and the programs they run; curated tables say which programs exist only
// on Linux (PORT501) or only on POSIX systems (PORT502). The shell command line itself is checked
// for syntax that only a POSIX shell understands (PORT503) and for privilege escalation (PORT504).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/string_literal.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/rule.h"
#include "rules/command_calls.h"
#include "rules/path_use.h"
#include "rules/program_table.h"
#include "rules/run_as_root.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "external-command"};

constexpr RuleMeta kLinuxOnlyCommand{
    "PORT501", "linux-only-command", Level::Warning,
    "Runs a program that exists only on Linux, such as mount, lsblk, ip, iptables or systemctl",
    "Finds calls that run an external program (`subprocess.run`/`call`/`check_call`/`check_output`/`Popen`, "
    "`os.system`, `os.popen`, `os.exec*`, `os.spawn*`, `asyncio.create_subprocess_exec`/`_shell`, and wrappers "
    "such as `processutils.execute`, `utils.execute` and `self._execute`, plus those listed in the "
    "`command-wrappers` configuration setting; other functions whose name says they run something (`exec`, "
    "`run` as a word, `call`, `subp`, `popen`, `spawn`, `command`, `cmd`, `shell` in their last name: `subp.subp([...])`, "
    "`self._run(...)`, an `execute=` parameter) count when the command's program is one of the tables', except "
    "mock assertions and `mock.call`, names that build or fake a command, database cursors and sessions, and "
    "anything that runs on another host: names with `ssh`, `client`, `instance`, `remote`, `host`, `guest`, "
    "`server` or `container`, functions the file defines mentioning ssh, and a class's own method that hands the "
    "command to such an object, as an integration test's `self.execute(cmd)` does with `self.instance.execute(cmd)`) "
    "whose program is one of a curated "
    "table of Linux-only tools: util-linux (`mount`, `lsblk`, `blkid`, `losetup`, `findmnt`, "
    "`fallocate`, `nsenter`, `unshare`, `lscpu`), iproute2 and netfilter (`ip`, `bridge`, `tc`, `ss`, `iptables`, "
    "`ip6tables`, `ebtables`, `nft`, `brctl`, `ethtool`, `tunctl`, `conntrackd`, `keepalived`), Open vSwitch "
    "(`ovs-vsctl`, `ovs-ofctl`, `ovs-appctl`, `ovsdb-client`), storage (`iscsiadm`, `multipath`, `nvme`, `lvm` and "
    "the LVM commands, `thin_*`, `dmsetup`, `kpartx`, `cryptsetup`, `mdadm`, `ndctl`, `daxctl`, `lsscsi`, `sg_*`, "
    "`qemu-nbd`, `ploop`, `vhd-util`, `exportfs`, `mkfs.*`, `mke2fs`, `tune2fs`, `e2fsck`, `xfs_*`, `btrfs`, "
    "`bcachefs`, `parted`, `sfdisk`, `fdisk`, `growpart`, `genisoimage`, `blkdiscard`, `fstrim`, the `mount.<type>` and "
    "`umount.<type>` helpers, Lustre's `lfs` and `lctl`), iSCSI targets (`tgtadm`, `tgt-admin`, `targetcli`, `scstadmin`, `cinder-rtstool`), "
    "kernel modules (`modprobe`, `lsmod`, `rmmod`), cgroups (`cgcreate`, `cgexec`, `cgset`, ...), `udevadm`, "
    "systemd (`systemctl`, `journalctl`, `service`, `systemd-*`), SELinux (`restorecon`, `chcon`, `semanage`, "
    "`getenforce`, `setenforce`, `setsebool`), `runuser`, `hwclock`, `ifup`/`ifdown`, `dhclient`, "
    "`transactional-update` (openSUSE only), `nsenter`, `setsid`, `flock`, `ionice`, `dmidecode`, "
    "`free`, `nproc`, `sysctl`, `getent`, `ldconfig`, `setfacl`/`getfacl`, and the package managers (`apt-get`, "
    "`dpkg`, `yum`, `dnf`, `rpm`). The program is the first word of a "
    "command string, the first element of a list, or the first positional argument of a wrapper, after "
    "stripping a directory (`/sbin/ip`), `sudo` and `env NAME=value`; every command of a shell pipeline and "
    "the inner command of `sh -c` count. The list may be held in a name (built up with `append` and `+=`, "
    "assigned in branches or by a conditional expression, copied with `x[:]`, `list(x)` or `[str(a) for a in x]`, or "
    "at the front of a `+` concatenation), in a class "
    "attribute read through `self`, or returned by a function or method of the same file (also one picked from a "
    "dictionary of them); a program named by a name with known values (`app = \"zpool\" if p else \"zfs\"`, or "
    "the variable of a loop over a literal list: `for t in (\"iptables\", \"ip6tables\")`) gives each, also "
    "written into a longer word (`f\"{t}-save\"`, `t + \"-save\"`, `\"%s-save\" % t`), and an f-string gives a "
    "program family by its prefix (`f\"mkfs.{fs}\"`). "
    "`self.assertRaises(Error, execute, \"ip\", ...)` runs what it calls.",
    "These programs come with the Linux kernel's user space: macOS and Windows do not have them, so the call "
    "raises `FileNotFoundError` (or the shell prints `command not found` and the code goes on with empty "
    "output). Where macOS has a program of the same name (`mount`, `fdisk`, `sysctl`) it takes other options "
    "and prints another format. Many of them answer questions that a portable library answers directly.",
    "out = subprocess.check_output([\"lsblk\", \"-J\", \"-o\", \"NAME,MOUNTPOINT\"])\n"
    "cpus = int(subprocess.check_output([\"nproc\"]))\n"
    "processutils.execute(\"ip\", \"link\", \"set\", dev, \"up\", run_as_root=True)",
    "import os, sys, psutil\nmount_points = [p.mountpoint for p in psutil.disk_partitions()]\n"
    "cpus = os.cpu_count()\n\nif sys.platform == \"linux\":  # no portable way to configure interfaces\n"
    "    processutils.execute(\"ip\", \"link\", \"set\", dev, \"up\", run_as_root=True)",
    kNotLinux, kTags};

constexpr RuleMeta kPosixCommand{
    "PORT502", "posix-command", Level::Warning,
    "Runs a POSIX tool that Windows does not have, where Python has an equivalent",
    "Finds calls that run (see PORT501 for how commands are recognised) a POSIX command-line tool that "
    "Windows lacks and that the standard library or `psutil` replaces: `cat`, `rm`, `cp`, `mv`, `mkdir`, "
    "`ln`, `chmod`, `chown`, `touch`, `ls`, `find`, `which`, `id`, `df`, `du`, `stat`, `kill`, `pkill`, `ps`, "
    "`grep`, `sed`, `awk`, `head`, `tail`, `wc`, `sort`, `xargs`, `readlink`, `sleep`, `date`, `echo`, `true`, "
    "`false`, `dd`, `gzip`, `unzip`, `sh`, `bash`, `rsync`, `truncate`, `mktemp`, `lsof`, `fuser`, `logger`, "
    "`uptime`, `dnsmasq`, `sync`, `umount` (macOS has one, without `-l`), `make`, `sqlite3`, `socat`, `ipmitool`, `dbus-send`, `zfs`, `zpool`, `mkisofs`, "
    "`xorriso`, the mtools (`mcopy`, `mformat`, ...), `ifconfig`, `pwd` and others, and `env` when it starts a program (`env LANG=C prog`); also GNU-only tools "
    "(`md5sum`, `sha256sum`, `timeout`, `stdbuf`, `shred`) that macOS lacks too. A tool run with an option only "
    "its Linux version understands (`ps --ppid`, `sed -i` without a suffix, `stat -c`, `date -d`, `du -b`, "
    "`readlink -e`, `grep -P`, `umount -l` and `-R`, also inside a cluster such as `-fl`, and any `--long` option "
    "of `ps`, `sed`, `stat`, `date`, `du`, `df`, `cp`, `mktemp`, `readlink` and `umount`, whose BSD versions have "
    "none) is reported as breaking on macOS too, with the option named. "
    "`hostname`, `whoami`, `ssh` and `tar` are not reported: Windows ships "
    "programs of those names that do the same job, and neither are `echo`, `mkdir` and `rmdir` without options "
    "in a shell command line, which cmd.exe runs as builtins. Running `uname` is reported by PORT605.",
    "Windows has none of these programs (or, like `find` and `sort`, a different program of the same name), "
    "so the call raises `FileNotFoundError`; with `shell=True`, cmd.exe's few builtins of the same names "
    "(`echo`, `mkdir`, `date`) take other arguments. Running a process for what one library call does is "
    "also slower and turns errors into exit codes and text to parse.",
    "subprocess.check_call([\"rm\", \"-rf\", build_dir])\n"
    "subprocess.check_call([\"mkdir\", \"-p\", out_dir])\n"
    "path = subprocess.check_output([\"which\", \"qemu-img\"]).decode().strip()",
    "import shutil, os\nshutil.rmtree(build_dir, ignore_errors=True)\nos.makedirs(out_dir, exist_ok=True)\n"
    "path = shutil.which(\"qemu-img\")",
    kWindowsOnly, kTags};

constexpr RuleMeta kPosixShellSyntax{
    "PORT503", "posix-shell-syntax", Level::Warning,
    "Runs a shell command that uses POSIX shell syntax cmd.exe does not understand",
    "Finds command strings run through a shell (`shell=True`, `os.system`, `os.popen`, `subprocess.getoutput`, "
    "`asyncio.create_subprocess_shell`) that use syntax only a POSIX shell understands: redirection to "
    "`/dev/null`, variables (`$HOME`, `${VAR}`), command substitution (`$(...)`, backticks), `;` between "
    "commands, single quotes, `~` for the home directory, unquoted `*` globs in `/`-separated paths, "
    "`export NAME=...` and `NAME=value command`, and bash's `&>`, `|&`, `<<` and `<(...)`. Pipes `|`, `&&`, "
    "`||`, `<`, `>` and `2>&1` mean the same in cmd.exe and are not reported by themselves, and neither are "
    "command lines that start with a Windows program or cmd.exe builtin (`powershell`, `dir`, `del`, `where`, "
    "...), which are written for cmd.exe. Also finds a command line split into the argument vector a program "
    "runs with by `shlex.split(line)` when the line is known only at run time (`args = shlex.split(cmd)` ... "
    "`subprocess.Popen(args)`): its POSIX quoting rules read the backslashes of a Windows path as escapes.",
    "On Windows, `shell=True` and `os.system` run the command with cmd.exe, not `/bin/sh`. cmd.exe has no "
    "`/dev/null` (it has `NUL`), expands `%VAR%` instead of `$VAR`, has no command substitution, separates "
    "commands with `&` instead of `;`, treats single quotes as ordinary characters, does not expand `~` or "
    "globs, and has no `export`. The command then fails, or worse, runs with literal `$HOME` and `'quoted'` "
    "arguments.",
    "subprocess.call(\"qemu-img info $IMAGE 2>/dev/null\", shell=True)\n"
    "os.system(\"cd ~/build; make\")",
    "import os, subprocess\nsubprocess.call([\"qemu-img\", \"info\", os.environ[\"IMAGE\"]], stderr=subprocess.DEVNULL)\n"
    "subprocess.run([\"make\"], cwd=os.path.expanduser(\"~/build\"), check=True)",
    kWindowsOnly, kTags};

constexpr RuleMeta kSudoCommand{
    "PORT504", "sudo-command", Level::Warning,
    "Runs a command through sudo, su, pkexec or doas",
    "Finds commands (see PORT501 for how they are recognised) that escalate privileges themselves: `sudo ...`, "
    "`doas ...`, `pkexec ...` and `su [user] -c \"...\"`, also inside shell pipelines and `sh -c`; and the "
    "escalation that command wrappers perform through a configured root helper: `run_as_root=True` given to "
    "a wrapper such as `processutils.execute` or `self._execute`, `run_as_root` set to `True` for a later call "
    "(`kwargs[\"run_as_root\"] = True`, `{\"run_as_root\": True}`), and a root helper command line that starts "
    "with `sudo`, assigned to a name or returned by a function named for it (`root_helper = \"sudo nova-rootwrap %s\" "
    "% conf`), except in tests, where it is data. In a test, `sudo` before a stand-in program (`fake`, `fake_*`, "
    "`dummy*`, `foo`, `bar`) is not reported either: no such program exists, so the executor is a double and "
    "`sudo` a word it is given (`driver.execute(\"sudo\", \"fake\", \"--foo\")`). "
    "Where the command's program is reported by PORT501 or PORT502, this finding is shown as its related location.",
    "Privilege escalation by prefix exists on POSIX systems only: Windows has no `sudo`, `su` or `pkexec` "
    "(elevation goes through UAC), so the call raises `FileNotFoundError`. `pkexec` is polkit's and exists only "
    "on Linux. Where `sudo` exists it may prompt for a password on a terminal the process does not have and "
    "hang, and it depends on the machine's sudoers policy; macOS's `sudo` works like Linux's, so only Windows "
    "(and macOS for `pkexec`) is reported. A root helper is `sudo` too; oslo.concurrency adds it only where "
    "`os.geteuid` exists, so on Windows a command run with `run_as_root=True` runs without any elevation and "
    "fails, or acts, with the rights of the calling user.",
    "subprocess.check_call([\"sudo\", \"chown\", user, path])",
    "# run the privileged part with oslo.privsep, in Python:\n@privileged.default.entrypoint\n"
    "def chown(user, path):\n    shutil.chown(path, user)\n\n"
    "# or require the caller to run with the needed privileges",
    kWindowsOnly, kTags};

constexpr RuleMeta kBsdOnlyCommand{
    "PORT505", "bsd-only-command", Level::Warning,
    "Runs a program that exists only on the BSDs, such as gpart, growfs or hammer2",
    "Finds calls that run (see PORT501 for how commands are recognised) a program of a BSD base system: "
    "FreeBSD's `gpart`, `growfs`, `mdconfig`, `camcontrol`, `kldload`, `kldunload`, `kldstat` and `sysrc`, and "
    "DragonFly BSD's `hammer` and `hammer2`.",
    "Code that supports the BSDs next to Linux (cloud-init's partition growing, for one) runs their tools on "
    "the BSDs only. Linux, macOS and Windows have none of them, so where the call is reached there, it raises "
    "`FileNotFoundError`. A check that only the BSD branch runs them (`sys.platform.startswith(\"freebsd\")`) "
    "is what keeps it working.",
    "subprocess.check_call([\"gpart\", \"resize\", \"-i\", partnum, disk])",
    "import sys\nif sys.platform.startswith(\"freebsd\"):\n    subprocess.check_call([\"gpart\", \"resize\", \"-i\", partnum, disk])\n"
    "else:\n    subprocess.check_call([\"growpart\", disk, partnum])  # Linux-only itself: PORT501",
    PlatformSet::all(), kTags};

constexpr RuleMeta kPosixShellScript{
    "PORT506", "posix-shell-script", Level::Warning,
    "Writes a POSIX shell script (text that starts with `#!/bin/sh` or `#!/bin/bash`) to run as a program",
    "Finds string literals whose text starts with a shebang line for a POSIX shell: `#!/bin/sh`, `#!/bin/bash`, "
    "`#!/usr/bin/env bash` and the same for `dash`, `ksh` and `zsh`. Such a text is a script that the code writes "
    "out to run as a program: a helper, a hook, a fake tool in a test. Each literal is reported once; a bare "
    "string statement (a docstring) is not, nor, in a test module, a script the test never writes out as a program "
    "(user data, a fake download's body, a file a reader only looks at): there the text, or the name it is "
    "assigned to, must reach a call that writes (`f.write(...)`, `path.write_text(...)`, `write_file(...)`, "
    "`create_tempfiles(...)`) in a function that also makes the file executable (`os.chmod(path, 0o755)`, "
    "`path.chmod(...)`, `make_executable(...)`).",
    "Windows does not read shebang lines and has no POSIX shell: running the written file raises `OSError` "
    "(`%1 is not a valid Win32 application`), and passing it to `sh` fails for want of `sh`. The commands "
    "inside such a script are usually POSIX or Linux tools as well.",
    "SCRIPT = \"#!/bin/sh\\necho started >&2\\n\"\n"
    "with open(path, \"w\") as f:\n    f.write(SCRIPT)\nos.chmod(path, 0o755)\nsubprocess.check_call([path])",
    "import sys\n# the helper in Python, run by the interpreter that runs this code\n"
    "SCRIPT = \"import sys\\nprint('started', file=sys.stderr)\\n\"\n"
    "with open(path, \"w\") as f:\n    f.write(SCRIPT)\nsubprocess.check_call([sys.executable, path])",
    kWindowsOnly, kTags};

constexpr std::string_view kPrivilegeAdvice =
    "run the privileged part through oslo.privsep, or require the caller to have the privileges and keep it behind "
    "a `sys.platform != \"win32\"` check";

constexpr const RuleMeta* kRules[] = {&kLinuxOnlyCommand, &kPosixCommand, &kPosixShellSyntax, &kSudoCommand,
                                      &kBsdOnlyCommand, &kPosixShellScript};

// The shell a shebang line names (`#!/bin/sh`, `#!/usr/bin/env bash`) when it is a POSIX one, else empty.
std::string_view posixShellOfShebang(std::string_view text) {
  if (!text.starts_with("#!")) return {};
  std::string_view line = text.substr(2);
  line = line.substr(0, line.find('\n'));
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  std::string_view program = line.substr(0, line.find(' '));
  if (program.ends_with("/env")) {
    line.remove_prefix(program.size());
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    program = line.substr(0, line.find(' '));
  }
  program = program.substr(program.rfind('/') + 1);
  static constexpr std::string_view kShells[] = {"sh", "bash", "dash", "ksh", "zsh"};
  const auto* it = std::find(std::begin(kShells), std::end(kShells), program);
  return it == std::end(kShells) ? std::string_view{} : *it;
}

// One construct of POSIX shell syntax found in a command line.
struct ShellConstruct {
  std::string shown;        // as written, shortened
  std::string_view advice;  // the subprocess feature that replaces it
};

std::string shorten(std::string_view s) {
  constexpr size_t kMax = 24;
  return s.size() <= kMax ? std::string(s) : std::string(s.substr(0, kMax - 3)) + "...";
}

bool isNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// POSIX shell syntax that cmd.exe does not understand, in order of appearance, each kind once.
std::vector<ShellConstruct> posixShellSyntax(std::string_view s) {
  std::vector<ShellConstruct> out;
  std::vector<std::string_view> seen;
  const auto add = [&](std::string_view kind, std::string shown, std::string_view advice) {
    if (std::find(seen.begin(), seen.end(), kind) != seen.end()) return;
    seen.push_back(kind);
    out.push_back({std::move(shown), advice});
  };
  const size_t n = s.size();
  char quote = 0;  // '\'' or '"' while inside quotes
  bool wordStart = true;
  bool segmentStart = true;
  for (size_t i = 0; i < n; ++i) {
    const char c = s[i];
    if (quote == '\'') {
      if (c == '\'') quote = 0;
      continue;
    }
    if (c == '\\' && quote == 0) {
      ++i;  // an escaped character is literal for the shell
      wordStart = segmentStart = false;
      continue;
    }
    if (c == '$' && i + 1 < n) {
      const char d = s[i + 1];
      if (d == '(') {
        add("subst", "$(...)", "run the inner command first with `subprocess.check_output()`");
      } else if (d == '{' || isNameStart(d)) {
        size_t j = i + 1;
        if (d == '{') {
          j = s.find('}', i);
          j = j == std::string_view::npos ? n : j + 1;
        } else {
          while (j < n && isNameChar(s[j])) ++j;
        }
        add("var", std::string(s.substr(i, j - i)), "read `os.environ` in Python or pass `env=`");
      }
    } else if (c == '`') {
      add("subst", "`...`", "run the inner command first with `subprocess.check_output()`");
    }
    if (quote == '"') {
      if (c == '"') quote = 0;
      continue;
    }
    if (c == '\'') {
      const size_t close = s.find('\'', i + 1);
      if (close != std::string_view::npos) {
        add("squote", shorten(s.substr(i, close - i + 1)), "pass a list of arguments, which needs no quoting");
        i = close;
        wordStart = segmentStart = false;
        continue;
      }
    }
    if (c == '"') {
      quote = '"';
      wordStart = segmentStart = false;
      continue;
    }
    if (c == ';') add("semicolon", ";", "run the commands one after another with `subprocess.run()`");
    if (c == '~' && wordStart && (i + 1 == n || s[i + 1] == '/' || std::isspace(static_cast<unsigned char>(s[i + 1])))) {
      add("tilde", "~", "use `os.path.expanduser()`");
    }
    if (c == '*') {
      // Only path globs with POSIX separators: Windows programs (`del *.tmp`) expand `*` themselves.
      size_t b = i;
      while (b > 0 && !std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
      size_t e = i;
      while (e < n && !std::isspace(static_cast<unsigned char>(s[e]))) ++e;
      const std::string_view word = s.substr(b, e - b);
      if (word.find('/') != std::string_view::npos) add("glob", shorten(word), "use `glob.glob()`");
    }
    if ((c == '&' && i + 1 < n && s[i + 1] == '>') || (c == '|' && i + 1 < n && s[i + 1] == '&')) {
      add("bashredir", std::string(s.substr(i, 2)), "use `stdout=` and `stderr=` of `subprocess`");
    }
    if (c == '<' && i + 1 < n && (s[i + 1] == '<' || s[i + 1] == '(')) {
      add("heredoc", std::string(s.substr(i, 2)), "pass the text with `input=` of `subprocess.run()`");
    }
    if (c == '>' && i + 1 < n && s[i + 1] == '(') {
      add("heredoc", ">(", "read the output in Python");
    }
    if (segmentStart && isNameStart(c)) {
      size_t j = i;
      while (j < n && isNameChar(s[j])) ++j;
      const std::string_view name = s.substr(i, j - i);
      if (name == "export" && j < n && s[j] == ' ') {
        add("assign", "export", "pass `env={**os.environ, \"NAME\": value}`");
      } else if (j < n && s[j] == '=') {
        add("assign", std::string(name) + "=...", "pass `env={**os.environ, \"NAME\": value}`");
      }
    }
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    const bool control = c == ';' || c == '|' || c == '&' || c == '(' || c == '\n';
    wordStart = space || control || c == '=' || c == ':';
    segmentStart = control || (segmentStart && space);
  }
  // Redirection to /dev/null, shown with its operator: `2>/dev/null`, `>/dev/null`, `&>/dev/null`.
  if (const size_t p = s.find("/dev/null"); p != std::string_view::npos) {
    size_t b = p;
    while (b > 0 && s[b - 1] == ' ') --b;
    while (b > 0 && (s[b - 1] == '>' || s[b - 1] == '<' || s[b - 1] == '&' || std::isdigit(static_cast<unsigned char>(s[b - 1])))) --b;
    if (b < p && s.substr(b, p - b).find_first_of("<>") != std::string_view::npos) {
      out.insert(out.begin(), {std::string(s.substr(b, p + 9 - b)), "use `stdout=subprocess.DEVNULL`/`stderr=subprocess.DEVNULL`"});
    }
  }
  return out;
}

std::string code(std::string_view s) { return "`" + std::string(s) + "`"; }

// "a", "a and b", "a, b and c"
std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

// cmd.exe has builtins of these names, so `os.system("echo hi")` works on Windows too, unless
// POSIX options are passed (`mkdir -p` makes a directory named `-p`).
// A test's stand-in for a program (`fake`, `fake-cmd`, `dummy_tool`, `foo`): no such program exists
// anywhere, so a test that passes on Linux runs it through a mocked executor, and `sudo` before it
// is only a word that executor is given.
bool isPlaceholderProgram(std::string_view name) {
  const std::string n = toLower(name);
  return n.starts_with("fake") || n.starts_with("dummy") || n == "foo" || n == "bar";
}

bool isCmdBuiltinUse(const ProgramUse& p) {
  if (!p.viaShell || !(p.name == "echo" || p.name == "mkdir" || p.name == "rmdir")) return false;
  return std::none_of(p.args.begin(), p.args.end(), [](const std::string& a) { return a.starts_with('-'); });
}

// Programs and cmd.exe builtins that only Windows has: a command line that starts with one of them
// is written for cmd.exe, so its `*` and quotes mean what cmd.exe and the program make of them.
bool isWindowsProgram(std::string_view name) {
  static constexpr std::string_view kNames[] = {"cmd",     "cmd.exe", "powershell", "powershell.exe", "pwsh",  "wmic",
                                                "reg",     "netsh",   "sc",         "schtasks",       "taskkill", "tasklist",
                                                "where",   "del",     "dir",        "copy",           "xcopy", "robocopy",
                                                "type",    "start",   "icacls",     "ver",            "cls",   "set"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

struct Found {
  const CommandFact* fact;
  ProgramUse use;
  std::string_view gnuOption = {};  // an option only the Linux tool of that name understands
  std::vector<Node> alsoWritten = {};  // where other argument vectors name the same program
};

PlatformSet breaksOnOf(const Found& f) { return f.gnuOption.empty() ? f.fact->missingOn : f.fact->missingOn | kNotLinux; }

// "with `--ppid`, which only Linux's `ps` understands (...)", or nothing. Linux's, not GNU's: `ps` is
// procps's and `umount` util-linux's.
std::string gnuOptionNote(const Found& f) {
  if (f.gnuOption.empty()) return {};
  return "with `" + std::string(f.gnuOption) + "`, which only Linux's `" + f.use.name + "` understands (macOS and BSD `" +
         f.use.name + "` reject it or read it differently)";
}

// The program's advice, where an option of it breaks on macOS too: a guard that lets macOS in
// (`sys.platform != "win32"`) would not keep the option from it.
std::string adviceFor(const Found& f) {
  std::string advice(f.fact->advice);
  if (f.gnuOption.empty()) return advice;
  static constexpr std::string_view kNotWindows = "`sys.platform != \"win32\"`";
  if (const size_t at = advice.find(kNotWindows); at != std::string::npos) {
    advice.replace(at, kNotWindows.size(), "`sys.platform == \"linux\"`");
  }
  return advice;
}

// Reports one finding per rule and command: the first program's node, every program in the message.
void reportPrograms(const RuleMeta& rule, const std::vector<Found>& found, std::string_view single,
                    std::string_view plural, RuleContext& ctx) {
  if (found.empty()) return;
  PlatformSet breaksOn;
  for (const Found& f : found) breaksOn = breaksOn | breaksOnOf(f);
  std::string message;
  if (found.size() == 1) {
    const std::string note = gnuOptionNote(found[0]);
    const std::string_view what = found[0].fact->what.empty() ? single : found[0].fact->what;
    message = "runs " + code(found[0].use.name) + ", " + std::string(what) + (note.empty() ? "" : ", " + note) +
              "; " + adviceFor(found[0]);
  } else if (std::all_of(found.begin(), found.end(), [&](const Found& f) {
               return f.gnuOption.empty() && f.fact->advice == found[0].fact->advice;
             })) {
    // Alternatives of one tool (`iptables`, `ip6tables`): their advice is said once.
    std::vector<std::string> names;
    for (const Found& f : found) names.push_back(code(f.use.name));
    message = "runs " + joined(names) + ", " + std::string(plural) + "; " + std::string(found[0].fact->advice);
  } else {
    std::vector<std::string> parts;
    for (const Found& f : found) {
      const std::string note = gnuOptionNote(f);
      parts.push_back(code(f.use.name) + " (" + (note.empty() ? "" : note + "; ") + adviceFor(f) + ")");
    }
    message = "runs " + std::string(plural) + ": " + joined(parts);
  }
  // A check that the program exists covers it only when it is the command's one program.
  ctx.reportChecked(rule, found[0].use.node, std::move(message), breaksOn,
                    found.size() == 1 ? std::string_view(found[0].use.name) : std::string_view());
  // Reported where it runs (guards and suppressions apply there); named perhaps far above.
  for (const Found& f : found) {
    if (f.use.written) ctx.relate(f.use.written, code(f.use.name) + " is named here");
    if (f.use.listed) ctx.relate(f.use.listed, code(f.use.name) + " is put into the command here");
    for (const Node w : f.alsoWritten) ctx.relate(w, code(f.use.name) + " is named here");
  }
}

// True when the code around a script text says the script goes to another machine: injected into a
// guest's file system (`vfs.replace_file("/etc/rc.local", "#!/bin/sh ...")`) or run over ssh.
bool writtenForAnotherHost(Node string) {
  for (Node n = string.parent(); n; n = n.parent()) {
    Node named;
    if (n.is("call")) named = n.field("function");
    else if (n.is("assignment")) named = n.field("left");
    else if (n.is("keyword_argument")) named = n.field("name");
    else if (n.is("function_definition")) named = n.field("name");
    if (!named) continue;
    for (const std::string_view word : {"inject", "guest", "vfs", "remote", "ssh"}) {
      if (containsIgnoringCase(named.text(), word)) return true;
    }
    if (n.is("function_definition")) break;
  }
  return false;
}

// Whether the function around `n` (the module, outside one) calls a `chmod` (`os.chmod(path, 0o755)`,
// `script.chmod(mode=0o755)`) or a `make_executable(...)`: what turns a written file into a program.
bool functionMakesExecutable(Node n) {
  Node scope = n;
  while (scope.parent() && !scope.is("function_definition")) scope = scope.parent();
  const SyntaxTree& tree = *scope.tree();
  for (uint32_t i = scope.index(); i < tree.subtreeEnd(scope); ++i) {
    const Node call = tree.node(i);
    if (!call.is("call")) continue;
    const std::string_view name = calleeName(call);
    if (name == "chmod" || name == "make_executable") return true;
  }
  return false;
}

// True when the text `string` starts reaches a call that writes (`f.write(SCRIPT)`,
// `path.write_text(textwrap.dedent("""#!/bin/sh ..."""))`, `write_file(path, script)`,
// `create_tempfiles([(name, SCRIPT)])`), directly or through the name it is assigned to, in a function
// that makes the file executable (a script a test only writes is data for the code it tests: user
// data, a file whose first line is checked).
bool writtenOutAsProgram(Node string) {
  const auto writeArgument = [](Node n) {
    // `create_tempfiles([("name", SCRIPT)])` (oslotest) takes it inside a list of pairs.
    const auto argumentsAround = [](Node m) {
      Node p = m.parent();
      while (p && (p.is("tuple") || p.is("list") || p.is("parenthesized_expression"))) p = p.parent();
      return p;
    };
    for (Node args = argumentsAround(n); args && args.is("argument_list"); args = argumentsAround(n)) {
      const Node call = args.parent();
      const std::string_view name = calleeName(call);
      if (name.find("write") != std::string_view::npos || name.find("tempfile") != std::string_view::npos ||
          name.find("create_file") != std::string_view::npos) {
        return true;
      }
      if (name != "dedent" && name != "encode" && name != "format") return false;
      n = call;  // `textwrap.dedent(...)` passes the text on
    }
    return false;
  };
  const auto writtenAsProgram = [&](Node n) { return writeArgument(n) && functionMakesExecutable(n); };
  if (writtenAsProgram(string)) return true;
  const std::vector<Node> reads = readsOfAssignedValue(string);
  return std::any_of(reads.begin(), reads.end(), writtenAsProgram);
}

class ExternalCommandCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT5xx external commands"; }
  // Where it is unsupported, a missing file, directory or program raises OSError.
  std::span<const std::string_view> failureExceptions() const override { return kOsErrors; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"call", "string"};
    return kinds;
  }

  void visit(Node node, RuleContext& ctx) const override {
    if (node.is("string")) {
      if (ctx.enabled(kPosixShellScript)) checkScriptText(node, ctx);
      if (ctx.enabled(kSudoCommand)) checkRootHelperText(node, ctx);
      return;
    }
    if (std::none_of(std::begin(kRules), std::end(kRules), [&](const RuleMeta* r) { return ctx.enabled(*r); })) return;
    const auto& command = commandInvocation(node, ctx);
    if (!command) return;
    const std::vector<ProgramUse> programs = programsOf(*command);

    std::vector<Found> linuxOnly, posixOnly, bsdOnly;
    // A program named again (`ip_cmd = [...] if ns else ["ip"]`): one finding, each place related.
    const auto seen = [](std::vector<Found>& v, const ProgramUse& p) {
      const auto it = std::find_if(v.begin(), v.end(), [&](const Found& f) { return f.use.name == p.name; });
      if (it == v.end()) return false;
      const auto& also = it->alsoWritten;
      if (p.written && !(p.written == it->use.written) && std::find(also.begin(), also.end(), p.written) == also.end()) {
        it->alsoWritten.push_back(p.written);
      }
      return true;
    };
    for (const ProgramUse& p : programs) {
      const CommandFact* linux = linuxOnlyCommand(p.name);
      const CommandFact* posix = isCmdBuiltinUse(p) ? nullptr : posixOnlyCommand(p.name);
      if (linux && !seen(linuxOnly, p)) linuxOnly.push_back({linux, p});
      if (posix && !seen(posixOnly, p)) posixOnly.push_back({posix, p, gnuOnlyOption(p.name, p.args)});
      const CommandFact* bsd = bsdOnlyCommand(p.name);
      if (bsd && !seen(bsdOnly, p)) bsdOnly.push_back({bsd, p});
      if (p.name.empty()) continue;
      Fact fact;
      fact.kind = FactKind::Command;
      fact.name = p.name;
      fact.detail = command->api;
      if (!p.escalation.empty()) fact.detail += " through " + p.escalation;
      if (linux) {
        fact.ruleId = kLinuxOnlyCommand.id;
        fact.missingOn = linux->missingOn;
      } else if (posix) {
        fact.ruleId = kPosixCommand.id;
        fact.missingOn = posix->missingOn;
      } else if (bsd) {
        fact.ruleId = kBsdOnlyCommand.id;
        fact.missingOn = bsd->missingOn;
      }
      ctx.record(std::move(fact), p.node ? p.node : command->commandNode);
    }
    // The probe is the availability check itself: its program is still recorded above.
    if (isAvailabilityProbe(*command, programs)) {
      linuxOnly.clear();
      posixOnly.clear();
      bsdOnly.clear();
    }
    reportPrograms(kLinuxOnlyCommand, linuxOnly, "which exists only on Linux", "programs that exist only on Linux", ctx);
    reportPrograms(kPosixCommand, posixOnly, "a POSIX tool that Windows does not have",
                   "POSIX tools that Windows does not have", ctx);
    reportPrograms(kBsdOnlyCommand, bsdOnly, "which exists only on the BSDs", "programs that exist only on the BSDs",
                   ctx);

    if (command->shell && !command->commandLine.empty() && !(!programs.empty() && isWindowsProgram(programs.front().name))) {
      const auto constructs = posixShellSyntax(command->commandLine);
      if (!constructs.empty()) {
        std::vector<std::string> parts;
        for (size_t i = 0; i < constructs.size() && i < 3; ++i) {
          parts.push_back(code(constructs[i].shown) + " (" + std::string(constructs[i].advice) + ")");
        }
        ctx.report(kPosixShellSyntax, command->commandNode,
                   "runs a shell command with POSIX shell syntax that cmd.exe on Windows does not understand: " +
                       joined(parts) + "; pass a list of arguments without `shell=True`");
      }
    }

    if (const Node split = command->shell ? Node{} : posixSplitOfCommand(*command, ctx.model())) {
      ctx.report(kPosixShellSyntax, split,
                 "splits the command line with `shlex.split()`, which follows POSIX shell quoting: on Windows the "
                 "backslashes of paths (`C:\\tools\\prog.exe`) are read as escapes and dropped; build the list of "
                 "arguments in code, or split with `posix=False` on Windows");
    }

    bool escalated = false;
    const bool testFile = isTestFile(ctx.file().path());
    for (const ProgramUse& p : programs) {
      if (p.escalation.empty()) continue;
      if (testFile && isPlaceholderProgram(p.name)) {
        escalated = true;  // nor is its run_as_root=True a root helper's
        break;
      }
      const PlatformSet breaksOn = p.escalation == "pkexec" ? PlatformSet(kNotLinux) : kSudoCommand.breaksOn;
      const std::string what = p.name.empty() ? "a command" : code(p.name);
      ctx.report(kSudoCommand, p.escalationNode ? p.escalationNode : command->commandNode,
                 "runs " + what + " through " + code(p.escalation) +
                     ", which Windows does not have; " + std::string(kPrivilegeAdvice),
                 breaksOn);
      escalated = true;
      break;  // one escalation per command is enough
    }
    if (const Node runAsRoot = escalated ? Node{} : runAsRootArgument(*command)) {
      const std::string what = programs.empty() || programs.front().name.empty() ? "a command" : code(programs.front().name);
      ctx.report(kSudoCommand, runAsRoot,
                 "runs " + what + " as root: with `run_as_root=True` the executor prefixes the configured root helper "
                 "(`sudo` with rootwrap), which Windows does not have, and oslo.concurrency runs the command there "
                 "without elevation; " + std::string(kPrivilegeAdvice));
    }
  }

 private:
  // `kwargs["run_as_root"] = True` and `root_helper = "sudo nova-rootwrap %s" % conf`.
  static void checkRootHelperText(Node string, RuleContext& ctx) {
    if (setsRunAsRoot(string)) {
      ctx.report(kSudoCommand, string.parent().is("pair") ? string.parent() : string.parent().parent(),
                 "sets `run_as_root` for a command: the executor then prefixes the configured root helper "
                 "(`sudo` with rootwrap), which Windows does not have, and oslo.concurrency runs the command there "
                 "without elevation; " + std::string(kPrivilegeAdvice));
    } else if (!isTestFile(ctx.file().path()) && isSudoRootHelper(string, ctx.model())) {
      // (A test's root helper is data for the code it checks.)
      ctx.report(kSudoCommand, string,
                 "the root helper runs commands through `sudo`, which Windows does not have (oslo.concurrency skips "
                 "it there and runs them without elevation); " + std::string(kPrivilegeAdvice));
    }
  }

  static void checkScriptText(Node string, RuleContext& ctx) {
    // A docstring that quotes a shebang is no script.
    if (string.parent() && string.parent().is("expression_statement")) return;
    // Most strings hold no shebang: without `#!` or an escape in its text, the value cannot have one.
    const std::string_view raw = string.text();
    if (raw.find("#!") == std::string_view::npos && raw.find('\\') == std::string_view::npos) return;
    if (writtenForAnotherHost(string)) return;
    // Tests hold scripts as data too (user-data, a fake download's body, a file whose shebang a
    // reader is checked on): there only a script the test writes out and makes executable is one it runs.
    if (isTestFile(ctx.file().path()) && !writtenOutAsProgram(string)) return;
    const FoldedString text = decodeStringLiteral(string);
    const std::string_view shell = posixShellOfShebang(text.value);
    if (shell.empty()) return;
    ctx.report(kPosixShellScript, string,
               "writes a `" + std::string(shell) + "` script (`" + shorten(text.value.substr(0, text.value.find('\n'))) +
                   "`), which Windows cannot run: it reads no shebang line and has no POSIX shell; write the helper "
                   "in Python and run it with `sys.executable`, or keep it behind a `sys.platform != \"win32\"` check");
  }
};

}  // namespace

const Check& externalCommandCheck() {
  static const ExternalCommandCheck check;
  return check;
}

}  // namespace platlint
