#include "rules/command_table.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace platlint {
namespace {

constexpr std::string_view kWrappers[] = {
    "oslo_concurrency.processutils.execute",
    "oslo_concurrency.processutils.trycmd",
    "*.processutils.execute",
    "*.processutils.trycmd",
    "*.utils.execute",
    "*.utils.trycmd",
    "*.privsep.*.execute",
    "*.rootwrap.execute",
    "*.rootwrap.custom_execute",
    "*._execute",
};


constexpr std::string_view kGuard = "there is no portable equivalent: guard it with `sys.platform == \"linux\"`";
constexpr std::string_view kDisks = "use `psutil.disk_partitions()` to list disks and partitions";
constexpr std::string_view kNetAddrs =
    "use `psutil.net_if_addrs()`/`psutil.net_if_stats()` or `socket.if_nameindex()` to inspect interfaces; "
    "changing them has no portable equivalent: guard it with `sys.platform == \"linux\"`";
constexpr std::string_view kFirewall = "firewalls differ per platform (macOS: `pfctl`, Windows: `netsh advfirewall`): guard it with `sys.platform == \"linux\"`";
constexpr std::string_view kLvm = "LVM is Linux-only: guard it with `sys.platform == \"linux\"`";
constexpr std::string_view kFilesystem = "file-system tools differ per platform (macOS: `newfs_*`, `diskutil`): guard it with `sys.platform == \"linux\"`";
constexpr std::string_view kSystemd = "service managers differ per platform (macOS: `launchctl`, Windows: `sc.exe`): guard it with `sys.platform == \"linux\"`";
constexpr std::string_view kModules = "kernel modules are Linux-only: guard it with `sys.platform == \"linux\"`";
constexpr std::string_view kPackages = "package managers differ per distribution and platform: use `importlib.metadata` for Python packages, `shutil.which()` to test for a tool, or guard it";
constexpr std::string_view kUsers = "user management differs per platform (macOS: `dscl`, Windows: `net user`): guard it with `sys.platform == \"linux\"`";

// Sorted by nothing in particular but grouped by subsystem; a name ending in '*' is a prefix.
constexpr CommandFact kLinuxOnly[] = {
    {"mount", "use `os.path.ismount()` or `psutil.disk_partitions()` to inspect mounts; mounting has no portable equivalent (macOS `mount` takes other options): guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"umount", "unmounting has no portable equivalent (macOS: `diskutil unmount`): guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"findmnt", "use `os.path.ismount()` or `psutil.disk_partitions()`", kNotLinux},
    {"mountpoint", "use `os.path.ismount()`", kNotLinux},
    {"lsblk", kDisks, kNotLinux},
    {"blkid", kDisks, kNotLinux},
    {"blockdev", kGuard, kNotLinux},
    {"wipefs", kGuard, kNotLinux},
    {"partprobe", kGuard, kNotLinux},
    {"parted", "partitioning tools differ per platform (macOS: `diskutil`, `gpt`): guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"sfdisk", "partitioning tools differ per platform (macOS: `diskutil`, `gpt`): guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"fdisk", "macOS's `fdisk` is a different program with other options and Windows has none: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"sgdisk", kGuard, kNotLinux},
    {"ip", kNetAddrs, kNotLinux},
    {"brctl", kNetAddrs, kNotLinux},
    {"bridge", kNetAddrs, kNotLinux},
    {"ethtool", "use `psutil.net_if_stats()` for speed, duplex and MTU", kNotLinux},
    {"iw", kGuard, kNotLinux},
    {"iwconfig", kGuard, kNotLinux},
    {"nmcli", kGuard, kNotLinux},
    {"arping", kGuard, kNotLinux},
    {"iptables", kFirewall, kNotLinux},
    {"iptables-save", kFirewall, kNotLinux},
    {"iptables-restore", kFirewall, kNotLinux},
    {"ip6tables", kFirewall, kNotLinux},
    {"ip6tables-save", kFirewall, kNotLinux},
    {"ip6tables-restore", kFirewall, kNotLinux},
    {"ebtables", kFirewall, kNotLinux},
    {"arptables", kFirewall, kNotLinux},
    {"nft", kFirewall, kNotLinux},
    {"ipset", kFirewall, kNotLinux},
    {"conntrack", kFirewall, kNotLinux},
    {"tc", "traffic control is Linux-only: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"ss", "use `psutil.net_connections()`", kNotLinux},
    {"iscsiadm", "iSCSI initiators differ per platform: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"multipath", kGuard, kNotLinux},
    {"multipathd", kGuard, kNotLinux},
    {"nvme", kGuard, kNotLinux},
    {"modprobe", kModules, kNotLinux},
    {"insmod", kModules, kNotLinux},
    {"rmmod", kModules, kNotLinux},
    {"lsmod", kModules, kNotLinux},
    {"depmod", kModules, kNotLinux},
    {"modinfo", kModules, kNotLinux},
    {"udevadm", "udev is Linux-only: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"systemctl", kSystemd, kNotLinux},
    {"journalctl", "use the `logging` module; the systemd journal is Linux-only", kNotLinux},
    {"service", kSystemd, kNotLinux},
    {"loginctl", kSystemd, kNotLinux},
    {"hostnamectl", "use `socket.gethostname()` or `platform.node()` to read the host name", kNotLinux},
    {"timedatectl", "use `time.tzname` or `datetime.datetime.now().astimezone().tzinfo`", kNotLinux},
    {"dmidecode", "DMI data has no portable source (macOS: `ioreg`, Windows: WMI): guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"lvm", kLvm, kNotLinux},
    {"lvcreate", kLvm, kNotLinux},
    {"lvremove", kLvm, kNotLinux},
    {"lvextend", kLvm, kNotLinux},
    {"lvreduce", kLvm, kNotLinux},
    {"lvresize", kLvm, kNotLinux},
    {"lvrename", kLvm, kNotLinux},
    {"lvchange", kLvm, kNotLinux},
    {"lvdisplay", kLvm, kNotLinux},
    {"lvs", kLvm, kNotLinux},
    {"vgcreate", kLvm, kNotLinux},
    {"vgremove", kLvm, kNotLinux},
    {"vgextend", kLvm, kNotLinux},
    {"vgchange", kLvm, kNotLinux},
    {"vgdisplay", kLvm, kNotLinux},
    {"vgs", kLvm, kNotLinux},
    {"pvcreate", kLvm, kNotLinux},
    {"pvremove", kLvm, kNotLinux},
    {"pvdisplay", kLvm, kNotLinux},
    {"pvs", kLvm, kNotLinux},
    {"losetup", "loop devices are Linux-only (macOS: `hdiutil attach`): guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"dmsetup", "device-mapper is Linux-only: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"kpartx", "device-mapper is Linux-only: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"cryptsetup", "dm-crypt is Linux-only: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"qemu-nbd", "network block devices are Linux-only: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"mkfs", kFilesystem, kNotLinux},
    {"mkfs.*", kFilesystem, kNotLinux},
    {"mke2fs", kFilesystem, kNotLinux},
    {"tune2fs", kFilesystem, kNotLinux},
    {"e2fsck", kFilesystem, kNotLinux},
    {"resize2fs", kFilesystem, kNotLinux},
    {"e2label", kFilesystem, kNotLinux},
    {"xfs_*", kFilesystem, kNotLinux},
    {"btrfs", kFilesystem, kNotLinux},
    {"mkswap", kFilesystem, kNotLinux},
    {"swapon", kFilesystem, kNotLinux},
    {"swapoff", kFilesystem, kNotLinux},
    {"fallocate", "use `os.posix_fallocate()` where it exists, or `f.truncate(size)`", kNotLinux},
    {"chattr", "file attributes differ per platform (macOS: `chflags`): guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"lsattr", "file attributes differ per platform (macOS: `chflags`): guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"setfacl", "ACLs differ per platform (macOS: `chmod +a`, Windows: `icacls`): guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"getfacl", "ACLs differ per platform (macOS: `ls -le`, Windows: `icacls`): guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"setcap", "file capabilities are Linux-only: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"getcap", "file capabilities are Linux-only: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"free", "use `psutil.virtual_memory()` and `psutil.swap_memory()`", kNotLinux},
    {"nproc", "use `os.cpu_count()` (or `os.process_cpu_count()` on Python 3.13+)", kNotLinux},
    {"lscpu", "use `os.cpu_count()`, `platform.machine()`, `platform.processor()` or `psutil.cpu_freq()`", kNotLinux},
    {"lspci", kGuard, kNotLinux},
    {"lsusb", kGuard, kNotLinux},
    {"pidof", "use `psutil.process_iter([\"name\"])`", kNotLinux},
    {"taskset", "use `psutil.Process().cpu_affinity()` (Linux and Windows)", kNotLinux},
    {"ionice", "use `psutil.Process().ionice()` (Linux and Windows)", kNotLinux},
    {"chrt", kGuard, kNotLinux},
    {"nsenter", "namespaces are Linux-only: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"unshare", "namespaces are Linux-only: guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"virsh", "libvirt's hypervisors here are Linux ones: use the `libvirt` Python binding under a Linux guard", kNotLinux},
    {"sysctl", "macOS's `sysctl` has other keys and Windows has none: use `os.cpu_count()`, `psutil` or guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"getent", "use `pwd.getpwnam()`, `grp.getgrnam()` or `socket.getaddrinfo()`", kNotLinux},
    {"ldconfig", "use `ctypes.util.find_library()`", kNotLinux},
    {"ldd", "shared-library inspection differs per platform (macOS: `otool -L`): guard it with `sys.platform == \"linux\"`", kNotLinux},
    {"useradd", kUsers, kNotLinux},
    {"userdel", kUsers, kNotLinux},
    {"usermod", kUsers, kNotLinux},
    {"groupadd", kUsers, kNotLinux},
    {"groupdel", kUsers, kNotLinux},
    {"apt", kPackages, kNotLinux},
    {"apt-get", kPackages, kNotLinux},
    {"apt-cache", kPackages, kNotLinux},
    {"dpkg", kPackages, kNotLinux},
    {"dpkg-query", kPackages, kNotLinux},
    {"yum", kPackages, kNotLinux},
    {"dnf", kPackages, kNotLinux},
    {"rpm", kPackages, kNotLinux},
    {"zypper", kPackages, kNotLinux},
    {"apk", kPackages, kNotLinux},
};

constexpr std::string_view kText = "process the text in Python (`str` methods, `re`)";

// Tools that POSIX systems have and Windows does not (cmd.exe builtins such as `echo` and `mkdir`
// only exist with shell=True and take other options). Not listed because Windows ships a program of
// the same name that does the same job: `hostname`, `whoami`, `tar` (Windows 10+).
constexpr CommandFact kPosixOnly[] = {
    {"cat", "use `open(path).read()` or `pathlib.Path(path).read_text()`", kWindowsOnly},
    {"rm", "use `os.remove()`, or `shutil.rmtree()` for `rm -r`", kWindowsOnly},
    {"rmdir", "use `os.rmdir()` or `shutil.rmtree()`", kWindowsOnly},
    {"cp", "use `shutil.copy2()`, or `shutil.copytree()` for `cp -r`", kWindowsOnly},
    {"mv", "use `shutil.move()` or `os.replace()`", kWindowsOnly},
    {"mkdir", "use `os.makedirs(path, exist_ok=True)`", kWindowsOnly},
    {"ln", "use `os.symlink()` or `os.link()`", kWindowsOnly},
    {"chmod", "use `os.chmod()`", kWindowsOnly},
    {"chown", "use `shutil.chown()`", kWindowsOnly},
    {"chgrp", "use `shutil.chown(path, group=...)`", kWindowsOnly},
    {"touch", "use `pathlib.Path(path).touch()`", kWindowsOnly},
    {"ls", "use `os.listdir()`, `os.scandir()` or `pathlib.Path.iterdir()`", kWindowsOnly},
    {"find", "use `os.walk()` or `pathlib.Path.rglob()` (Windows has a `find` that searches text)", kWindowsOnly},
    {"which", "use `shutil.which()`", kWindowsOnly},
    {"id", "use `getpass.getuser()` (and `os.getuid()` where it exists)", kWindowsOnly},
    {"df", "use `shutil.disk_usage()`", kWindowsOnly},
    {"du", "sum `os.stat().st_size` over `os.walk()`", kWindowsOnly},
    {"stat", "use `os.stat()`", kWindowsOnly},
    {"kill", "use `os.kill()` or `Popen.terminate()`/`Popen.kill()`", kWindowsOnly},
    {"pkill", "use `psutil.process_iter()` and `Process.terminate()`", kWindowsOnly},
    {"killall", "use `psutil.process_iter()` and `Process.terminate()`", kWindowsOnly},
    {"pgrep", "use `psutil.process_iter([\"name\", \"cmdline\"])`", kWindowsOnly},
    {"ps", "use `psutil.process_iter()`", kWindowsOnly},
    {"grep", "use `re` on the text in Python", kWindowsOnly},
    {"egrep", "use `re` on the text in Python", kWindowsOnly},
    {"fgrep", "use `in` on the text in Python", kWindowsOnly},
    {"sed", "use `re.sub()` on the text in Python", kWindowsOnly},
    {"awk", kText, kWindowsOnly},
    {"cut", kText, kWindowsOnly},
    {"tr", kText, kWindowsOnly},
    {"head", kText, kWindowsOnly},
    {"tail", kText, kWindowsOnly},
    {"wc", kText, kWindowsOnly},
    {"sort", "use `sorted()` (Windows's `sort` is a different program)", kWindowsOnly},
    {"uniq", kText, kWindowsOnly},
    {"xargs", "loop over the arguments in Python", kWindowsOnly},
    {"tee", "write to both files in Python, or use `shutil.copyfileobj()`", kWindowsOnly},
    {"basename", "use `os.path.basename()`", kWindowsOnly},
    {"dirname", "use `os.path.dirname()`", kWindowsOnly},
    {"readlink", "use `os.readlink()` or `os.path.realpath()`", kWindowsOnly},
    {"realpath", "use `os.path.realpath()`", kWindowsOnly},
    {"test", "use `os.path.exists()` and friends", kWindowsOnly},
    {"[", "use `os.path.exists()` and friends", kWindowsOnly},
    {"sleep", "use `time.sleep()`", kWindowsOnly},
    {"date", "use `datetime.datetime.now()` and `strftime()`", kWindowsOnly},
    {"echo", "use `print()` or write to the stream in Python", kWindowsOnly},
    {"true", "there is nothing to run: drop the call", kWindowsOnly},
    {"false", "there is nothing to run: drop the call", kWindowsOnly},
    {"dd", "copy with `shutil.copyfileobj(src, dst, length)`", kWindowsOnly},
    {"file", "use `mimetypes.guess_type()` or inspect the bytes (e.g. `python-magic`)", kWindowsOnly},
    {"diff", "use `difflib`", kWindowsOnly},
    {"cmp", "use `filecmp.cmp(a, b, shallow=False)`", kWindowsOnly},
    {"gzip", "use the `gzip` module", kWindowsOnly},
    {"gunzip", "use the `gzip` module", kWindowsOnly},
    {"zcat", "use `gzip.open()`", kWindowsOnly},
    {"bzip2", "use the `bz2` module", kWindowsOnly},
    {"xz", "use the `lzma` module", kWindowsOnly},
    {"zip", "use `zipfile` or `shutil.make_archive()`", kWindowsOnly},
    {"unzip", "use `zipfile` or `shutil.unpack_archive()`", kWindowsOnly},
    {"nohup", "use `subprocess.Popen(..., start_new_session=True)`", kWindowsOnly},
    {"sh", "write the logic in Python, or run the script through a shell that every target has", kWindowsOnly},
    {"bash", "write the logic in Python, or run the script through a shell that every target has", kWindowsOnly},
    // GNU coreutils only: macOS has BSD tools without them.
    {"md5sum", "use `hashlib.md5()`", kNotLinux},
    {"sha1sum", "use `hashlib.sha1()`", kNotLinux},
    {"sha256sum", "use `hashlib.sha256()`", kNotLinux},
    {"sha512sum", "use `hashlib.sha512()`", kNotLinux},
    {"timeout", "use `subprocess.run(..., timeout=seconds)`", kNotLinux},
    {"stdbuf", "read the pipe unbuffered in Python (`bufsize=0`)", kNotLinux},
};

const CommandFact* lookup(std::span<const CommandFact> table, std::string_view program) {
  if (program.empty()) return nullptr;
  for (const CommandFact& f : table) {
    if (f.name.ends_with('*') ? program.starts_with(f.name.substr(0, f.name.size() - 1)) : program == f.name) return &f;
  }
  return nullptr;
}

// Nested `sh -c "..."` inside `su -c "..."` inside ...: real commands nest once or twice.
constexpr int kMaxNesting = 3;

std::vector<std::string_view> splitDots(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    const size_t dot = s.find('.', start);
    out.push_back(s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return out;
}

bool matchComponents(std::span<const std::string_view> pattern, std::span<const std::string_view> name) {
  if (pattern.empty()) return name.empty();
  if (pattern.front() == "*") {
    for (size_t skip = 0; skip <= name.size(); ++skip) {
      if (matchComponents(pattern.subspan(1), name.subspan(skip))) return true;
    }
    return false;
  }
  return !name.empty() && pattern.front() == name.front() && matchComponents(pattern.subspan(1), name.subspan(1));
}

// `self.utils.execute` as written: identifiers and attributes only, else empty.
std::string writtenDottedName(Node expr) {
  std::vector<std::string_view> parts;
  Node n = skipParentheses(expr);
  while (n && n.is("attribute") && parts.size() < 32) {
    parts.push_back(n.field("attribute").text());
    n = skipParentheses(n.field("object"));
  }
  if (!n || !n.is("identifier")) return {};
  std::string out(n.text());
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    out += '.';
    out += *it;
  }
  return out;
}

bool isTrue(Node n) {
  n = skipParentheses(n);
  return n && n.is("true");
}

// Unlike analyzer/semantic/call_arguments.h, positions after a `*args` are unknown and not collected.
struct CommandCallArguments {
  std::vector<Node> positional;  // up to the first `*args`
  bool splat = false;            // a `*args` ends the known positions
  Node leadingSplat;             // `x` of `f(*x, ...)` when it comes first
  Node keyword(std::string_view name) const {
    for (const auto& [k, v] : keywords) {
      if (k == name) return v;
    }
    return {};
  }
  std::vector<std::pair<std::string_view, Node>> keywords;
};

CommandCallArguments commandArgumentsOf(Node call) {
  CommandCallArguments out;
  const Node args = call.field("arguments");
  if (!args || !args.is("argument_list")) return out;
  forEachNamedChild(args, [&](Node a) {
    if (a.is("keyword_argument")) {
      out.keywords.emplace_back(a.field("name").text(), a.field("value"));
    } else if (a.is("list_splat") || a.is("dictionary_splat") || a.is("parenthesized_list_splat")) {
      if (!a.is("dictionary_splat")) {
        if (!out.splat && out.positional.empty() && a.is("list_splat")) out.leadingSplat = a.namedChild(0);
        out.splat = true;
      }
    } else if (!a.is("comment") && !out.splat) {
      out.positional.push_back(a);
    }
  });
  return out;
}

// Bounds the walk over a function body when resolving a local name.
constexpr size_t kMaxLocalScan = 20000;

// True when a target such as `a, (b, name)` binds `name`.
bool bindsName(Node target, std::string_view name) {
  std::vector<Node> stack{target};
  while (!stack.empty()) {
    const Node n = stack.back();
    stack.pop_back();
    if (n.is("identifier") && n.text() == name) return true;
    if (n.is("attribute") || n.is("subscript")) continue;
    for (uint32_t i = 0; i < n.namedChildCount() && stack.size() < 256; ++i) stack.push_back(n.namedChild(i));
  }
  return false;
}

// The value of `name` when the function around `use` binds it exactly once, with a plain
// assignment before `use` (`cmd = ["lvs", ...]` ... `execute(*cmd)`); `cmd += [...]` and
// `cmd.append(...)` keep its first word and are allowed. Null otherwise (parameters, loops, several
// assignments, module level: SemanticModel::singleAssignment covers that).
Node localAssignment(Node use, std::string_view name) {
  Node function = use.parent();
  while (function && !function.is("function_definition")) {
    if (function.is("lambda") || function.is("class_definition")) return {};
    function = function.parent();
  }
  if (!function) return {};
  const Node params = function.field("parameters");
  if (params) {
    for (uint32_t i = 0; i < params.namedChildCount(); ++i) {
      Node p = params.namedChild(i);
      if (p.is("default_parameter") || p.is("typed_default_parameter")) p = p.field("name");
      else if (p.is("typed_parameter") || p.is("list_splat_pattern") || p.is("dictionary_splat_pattern")) p = p.namedChild(0);
      if (p && p.text() == name) return {};
    }
  }
  Node value;
  int bindings = 0;
  std::vector<Node> stack{function.field("body")};
  size_t visited = 0;
  while (!stack.empty() && visited++ < kMaxLocalScan) {
    const Node n = stack.back();
    stack.pop_back();
    if (!n) continue;
    const std::string_view k = n.kind();
    if (k == "function_definition" || k == "class_definition" || k == "lambda") continue;
    if (k == "assignment") {
      const Node left = n.field("left");
      if (left.is("identifier")) {
        if (left.text() == name) {
          ++bindings;
          value = n.field("right");
          if (n.startByte() > use.startByte()) return {};
        }
      } else if (left.is("subscript") ? left.field("value").text() == name
                                      : !left.is("attribute") && bindsName(left, name)) {
        return {};  // `a, cmd = ...` or `cmd[0] = ...`
      }
    } else if ((k == "for_statement" || k == "for_in_clause" || k == "with_item" || k == "named_expression" ||
                k == "global_statement" || k == "nonlocal_statement" || k == "as_pattern") &&
               n.text().find(name) != std::string_view::npos) {
      const Node target = k == "named_expression" ? n.field("name") : k == "for_statement" || k == "for_in_clause" ? n.field("left") : n;
      if (target && target.text().find(name) != std::string_view::npos) return {};
    }
    for (uint32_t i = n.namedChildCount(); i-- > 0;) stack.push_back(n.namedChild(i));
  }
  return bindings == 1 ? value : Node{};
}

// The expression a name stands for: a module constant or a function-local single assignment.
Node resolveName(Node expr, const SemanticModel& model) {
  expr = skipParentheses(expr);
  if (!expr || !expr.is("identifier")) return expr;
  if (const Node v = model.singleAssignment(expr.text())) return skipParentheses(v);
  if (const Node v = localAssignment(expr, expr.text())) return skipParentheses(v);
  return expr;
}

// stringValue, also through a function-local single assignment.
std::optional<FoldedString> valueOf(Node expr, const SemanticModel& model) {
  if (auto v = model.stringValue(expr)) return v;
  const Node resolved = resolveName(expr, model);
  if (resolved && !(resolved == skipParentheses(expr))) return model.stringValue(resolved);
  return std::nullopt;
}

// Words of a string that shlex.split()/str.split() would produce (quotes removed).
std::vector<std::string> plainWords(std::string_view s, bool complete) {
  std::vector<std::string> out;
  for (const auto& segment : shellSegments(s, complete)) out.insert(out.end(), segment.begin(), segment.end());
  return out;
}

// A list or tuple literal, directly, in parentheses, or through a name assigned once.
Node sequenceLiteral(Node expr, const SemanticModel& model) {
  expr = resolveName(expr, model);
  // `["ip", "link"] + extra`: the literal gives the leading words.
  while (expr && expr.is("binary_operator") && expr.field("operator").text() == "+") expr = skipParentheses(expr.field("left"));
  if (expr && (expr.is("list") || expr.is("tuple"))) return expr;
  return {};
}

// `"ip addr".split()` / `shlex.split("ip addr")`: the split string, else null.
Node splitSource(Node expr, const SemanticModel& model) {
  expr = resolveName(expr, model);
  if (!expr || !expr.is("call")) return {};
  const Node function = expr.field("function");
  const CommandCallArguments args = commandArgumentsOf(expr);
  if (model.qualifiedName(function) == "shlex.split" && args.positional.size() == 1) return args.positional[0];
  if (function.is("attribute") && function.field("attribute").text() == "split" && args.positional.empty() &&
      args.keywords.empty()) {
    return function.field("object");
  }
  return {};
}

// Appends the known leading words of a list literal; false when an element is unknown.
bool appendSequence(Node seq, const SemanticModel& model, std::vector<CommandWord>& out) {
  for (uint32_t i = 0; i < seq.namedChildCount(); ++i) {
    const Node element = seq.namedChild(i);
    if (element.is("comment")) continue;
    const auto v = valueOf(element, model);
    if (!v || !v->complete) return false;
    out.push_back({v->value, element});
  }
  return true;
}

// Fills the command of `inv` from one expression: a shell string, an argument vector, or a
// string that Windows would split into words (a non-shell string).
void describeCommand(Node expr, const SemanticModel& model, CommandInvocation& inv) {
  inv.commandNode = expr;
  if (const Node seq = sequenceLiteral(expr, model)) {
    inv.shell = false;
    appendSequence(seq, model, inv.argv);
    return;
  }
  if (const Node source = splitSource(expr, model)) {
    inv.shell = false;
    if (const auto v = valueOf(source, model)) {
      for (std::string& w : plainWords(v->value, v->complete)) inv.argv.push_back({std::move(w), expr});
    }
    return;
  }
  const auto v = valueOf(expr, model);
  if (!v) return;
  if (inv.shell) {
    inv.commandLine = v->value;
    inv.commandLineComplete = v->complete;
    return;
  }
  // subprocess.run("ls -l") without a shell: POSIX looks for a program named "ls -l", Windows
  // splits the command line; either way its first word names the program.
  const auto segments = shellSegments(v->value, v->complete);
  if (!segments.empty()) {
    for (const std::string& w : segments.front()) inv.argv.push_back({w, expr});
  }
}

// Positional string arguments as argv (`execute("ip", "addr", dev)` -> ip addr); a single list
// argument is the argv itself.
void describeVarargs(const CommandCallArguments& args, const SemanticModel& model, CommandInvocation& inv) {
  if (args.positional.empty()) {
    // execute(*cmd) with `cmd = ["lvs", ...]`
    if (args.leadingSplat && sequenceLiteral(args.leadingSplat, model)) describeCommand(args.leadingSplat, model, inv);
    return;
  }
  inv.commandNode = args.positional.front();
  if (args.positional.size() == 1 && (sequenceLiteral(args.positional.front(), model) ||
                                      splitSource(args.positional.front(), model))) {
    describeCommand(args.positional.front(), model, inv);
    return;
  }
  if (inv.shell) {
    describeCommand(args.positional.front(), model, inv);
    return;
  }
  for (const Node a : args.positional) {
    const auto v = valueOf(a, model);
    if (!v || !v->complete) break;
    inv.argv.push_back({v->value, a});
  }
}

constexpr std::string_view kSubprocessExec[] = {"run", "call", "check_call", "check_output", "Popen"};
constexpr std::string_view kShellApis[] = {"subprocess.getoutput", "subprocess.getstatusoutput", "os.system",
                                           "os.popen", "asyncio.create_subprocess_shell"};
constexpr std::string_view kExec[] = {"execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp",
                                      "execvpe", "posix_spawn", "posix_spawnp"};
constexpr std::string_view kSpawn[] = {"spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp",
                                       "spawnvpe"};

template <size_t N>
bool oneOf(std::string_view s, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

std::string_view basename(std::string_view word) {
  const size_t slash = word.rfind('/');
  return slash == std::string_view::npos ? word : word.substr(slash + 1);
}

bool isAssignment(std::string_view word) {
  const size_t eq = word.find('=');
  if (eq == std::string_view::npos || eq == 0) return false;
  if (!(std::isalpha(static_cast<unsigned char>(word[0])) || word[0] == '_')) return false;
  return std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(eq),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

bool isShell(std::string_view name) {
  return name == "sh" || name == "bash" || name == "dash" || name == "zsh" || name == "ksh";
}

// `-c`, `-ec`, `-xc`, `-lc`: a shell option cluster that ends in `c` takes the command next.
bool isCommandOption(std::string_view word) {
  return word.size() >= 2 && word.size() <= 4 && word[0] == '-' && word[1] != '-' && word.back() == 'c';
}

// Shell reserved words and builtins that only introduce the command after them.
bool isCommandPrefixWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"if", "then", "else", "elif", "do", "while", "until", "!", "{",
                                                "}", "fi", "done", "time", "exec", "command", "builtin"};
  return oneOf(w, kWords);
}

struct Word {
  std::string text;
  Node node;
};

void programsOfWords(const std::vector<Word>& words, bool shellSegment, std::string escalation, Node escalationNode,
                     int depth, std::vector<ProgramUse>& out);

void programsOfShell(std::string_view commandLine, bool complete, Node node, const std::string& escalation,
                     Node escalationNode, int depth, std::vector<ProgramUse>& out) {
  if (depth > kMaxNesting) return;
  for (const auto& segment : shellSegments(commandLine, complete)) {
    std::vector<Word> words;
    for (const std::string& w : segment) words.push_back({w, node});
    programsOfWords(words, true, escalation, escalationNode, depth, out);
  }
}

void programsOfWords(const std::vector<Word>& words, bool shellSegment, std::string escalation, Node escalationNode,
                     int depth, std::vector<ProgramUse>& out) {
  size_t i = 0;
  const auto option = [&](std::initializer_list<std::string_view> withArgument) {
    // Skips one option word (and its argument); false at the first non-option.
    if (i >= words.size() || words[i].text.size() < 2 || words[i].text[0] != '-') return false;
    if (words[i].text == "--") {
      ++i;
      return false;
    }
    const std::string_view w = words[i].text;
    i += std::find(withArgument.begin(), withArgument.end(), w) != withArgument.end() ? 2 : 1;
    return true;
  };
  while (i < words.size()) {
    const std::string_view w = basename(words[i].text);
    if (isAssignment(words[i].text) || (shellSegment && isCommandPrefixWord(words[i].text))) {
      ++i;
    } else if (w == "sudo" || w == "doas") {
      escalation = std::string(w);
      escalationNode = words[i].node;
      ++i;
      while (option({"-u", "-g", "-C", "-D", "-p", "-R", "-T", "-U", "-r", "-t", "-h"})) {
      }
    } else if (w == "pkexec") {
      escalation = "pkexec";
      escalationNode = words[i].node;
      ++i;
      while (option({"--user"})) {
      }
    } else if (w == "su") {
      // su [options] [user] -c COMMAND: the program is the first word of COMMAND.
      for (size_t j = i + 1; j + 1 < words.size(); ++j) {
        if (words[j].text == "-c" || words[j].text == "--command") {
          programsOfShell(words[j + 1].text, true, words[j + 1].node, "su", words[i].node, depth + 1, out);
          return;
        }
      }
      out.push_back({"", {}, words[i].node, "su", words[i].node});
      return;
    } else if (w == "env") {
      ++i;
      while (option({"-u", "-C", "-S", "--unset", "--chdir", "--split-string"})) {
      }
    } else {
      break;
    }
  }
  if (i >= words.size()) {
    if (!escalation.empty()) out.push_back({"", {}, escalationNode, escalation, escalationNode});
    return;
  }
  ProgramUse use;
  use.name = std::string(basename(words[i].text));
  use.node = words[i].node;
  use.escalation = escalation;
  use.escalationNode = escalationNode;
  for (size_t j = i + 1; j < words.size(); ++j) use.args.push_back(words[j].text);
  const bool nestedShell = isShell(use.name);
  out.push_back(std::move(use));
  if (nestedShell) {
    for (size_t j = i + 1; j + 1 < words.size(); ++j) {
      if (isCommandOption(words[j].text)) {
        programsOfShell(words[j + 1].text, true, words[j + 1].node, escalation, escalationNode, depth + 1, out);
        break;
      }
      if (words[j].text[0] != '-') break;  // a script file: its commands are not known
    }
  }
}

}  // namespace

std::span<const std::string_view> defaultCommandWrappers() { return kWrappers; }

const CommandFact* linuxOnlyCommand(std::string_view program) { return lookup(kLinuxOnly, program); }
const CommandFact* posixOnlyCommand(std::string_view program) { return lookup(kPosixOnly, program); }

namespace {

// A pattern ending in a name matches only names ending in it. Checked before anything is split or
// built, because this runs for every call in every file.
bool patternEndsLike(std::string_view pattern, std::string_view lastName) {
  const std::string_view lastOfPattern = pattern.substr(pattern.rfind('.') + 1);
  return lastOfPattern == "*" || lastOfPattern == lastName;
}

}  // namespace

bool matchesWrapperPattern(std::string_view pattern, std::string_view dottedName) {
  if (dottedName.empty()) return false;
  if (!patternEndsLike(pattern, dottedName.substr(dottedName.rfind('.') + 1))) return false;
  const auto p = splitDots(pattern);
  const auto n = splitDots(dottedName);
  return matchComponents(p, n);
}

namespace {

// Words whose value comes from a constant or an earlier assignment are reported at the call's
// argument: that is where the command runs, and where platform guards apply.
CommandInvocation anchored(CommandInvocation inv) {
  for (CommandWord& w : inv.argv) {
    if (w.node.startByte() < inv.call.startByte() || w.node.endByte() > inv.call.endByte()) w.node = inv.commandNode;
  }
  return inv;
}

}  // namespace

std::optional<CommandInvocation> commandInvocation(Node call, const SemanticModel& model,
                                                   std::span<const std::string> extraWrappers) {
  if (!call.is("call")) return std::nullopt;
  const Node function = call.field("function");
  if (!function || !(function.is("identifier") || function.is("attribute"))) return std::nullopt;
  // Most calls run no command: their arguments are not looked at.
  std::optional<CommandCallArguments> argumentsOfCall;
  const auto args = [&]() -> const CommandCallArguments& {
    if (!argumentsOfCall) argumentsOfCall = commandArgumentsOf(call);
    return *argumentsOfCall;
  };
  CommandInvocation inv;
  inv.call = call;
  const std::string_view q = model.qualifiedName(function);
  const auto first = [&](std::string_view keyword) -> Node {
    if (!args().positional.empty()) return args().positional.front();
    return keyword.empty() ? Node{} : args().keyword(keyword);
  };

  if (q.starts_with("subprocess.") && oneOf(std::string_view(q).substr(11), kSubprocessExec)) {
    const Node cmd = first("args");
    if (!cmd) return std::nullopt;
    inv.api = q;
    inv.shell = isTrue(args().keyword("shell"));
    describeCommand(cmd, model, inv);
    return anchored(std::move(inv));
  }
  if (oneOf(q, kShellApis)) {
    const Node cmd = first(q == "subprocess.getoutput" || q == "subprocess.getstatusoutput" ? "cmd" : "");
    if (!cmd) return std::nullopt;
    inv.api = q;
    inv.shell = true;
    describeCommand(cmd, model, inv);
    return anchored(std::move(inv));
  }
  if (q.starts_with("os.") && (oneOf(std::string_view(q).substr(3), kExec) || oneOf(std::string_view(q).substr(3), kSpawn))) {
    const size_t index = oneOf(std::string_view(q).substr(3), kSpawn) ? 1 : 0;
    if (args().positional.size() <= index) return std::nullopt;
    inv.api = q;
    inv.commandNode = args().positional[index];
    if (const auto v = valueOf(inv.commandNode, model); v && v->complete) inv.argv.push_back({v->value, inv.commandNode});
    return anchored(std::move(inv));
  }
  if (q == "asyncio.create_subprocess_exec") {
    inv.api = q;
    describeVarargs(args(), model, inv);
    return anchored(std::move(inv));
  }
  if (!q.empty() && (q.starts_with("subprocess.") || q.starts_with("os.") || q.starts_with("asyncio.") ||
                     q.starts_with("builtins."))) {
    return std::nullopt;
  }
  // Most calls end in a name that no wrapper pattern ends in: they are answered before the
  // dotted name is built (this runs for every call, from two checks).
  const Node callee = skipParentheses(function);
  const std::string_view lastName = !q.empty() ? q.substr(q.rfind('.') + 1)
                                    : callee.is("attribute") ? callee.field("attribute").text()
                                                             : callee.text();
  const auto endsLike = [&](std::string_view p) { return patternEndsLike(p, lastName); };
  const auto wrappers = defaultCommandWrappers();
  if (std::none_of(wrappers.begin(), wrappers.end(), endsLike) &&
      std::none_of(extraWrappers.begin(), extraWrappers.end(), endsLike)) {
    return std::nullopt;
  }
  const std::string dotted = q.empty() ? writtenDottedName(function) : std::string(q);
  const auto matches = [&](std::string_view p) { return matchesWrapperPattern(p, dotted); };
  if (std::none_of(wrappers.begin(), wrappers.end(), matches) &&
      std::none_of(extraWrappers.begin(), extraWrappers.end(), matches)) {
    return std::nullopt;
  }
  inv.api = dotted;
  inv.wrapper = true;
  inv.shell = isTrue(args().keyword("shell"));
  describeVarargs(args(), model, inv);
  return anchored(std::move(inv));
}

std::vector<ProgramUse> programsOf(const CommandInvocation& command) {
  std::vector<ProgramUse> out;
  if (command.shell) {
    if (!command.commandLine.empty()) {
      for (const auto& segment : shellSegments(command.commandLine, command.commandLineComplete)) {
        std::vector<Word> words;
        for (const std::string& w : segment) words.push_back({w, command.commandNode});
        const size_t first = out.size();
        programsOfWords(words, true, "", {}, 0, out);
        if (first < out.size()) out[first].viaShell = true;
      }
    }
    return out;
  }
  std::vector<Word> words;
  for (const CommandWord& w : command.argv) words.push_back({w.text, w.node});
  programsOfWords(words, false, "", {}, 0, out);
  return out;
}

std::vector<std::vector<std::string>> shellSegments(std::string_view s, bool complete) {
  std::vector<std::vector<std::string>> segments;
  std::vector<std::string> current;
  std::string word;
  bool inWord = false;
  bool skipNext = false;  // the next word is a redirection target
  bool truncated = false;  // a quote or substitution runs past the end
  const auto flush = [&] {
    if (inWord) {
      if (!skipNext) current.push_back(word);
      skipNext = false;
    }
    word.clear();
    inWord = false;
  };
  const auto endSegment = [&] {
    flush();
    skipNext = false;
    if (!current.empty()) segments.push_back(std::move(current));
    current.clear();
  };
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    const char c = s[i];
    if (c == '\'') {
      inWord = true;
      const size_t close = s.find('\'', i + 1);
      if (close == std::string_view::npos) {
        word.append(s.substr(i + 1));
        truncated = true;
        break;
      }
      word.append(s.substr(i + 1, close - i - 1));
      i = close;
    } else if (c == '"') {
      inWord = true;
      size_t j = i + 1;
      for (; j < n && s[j] != '"'; ++j) {
        if (s[j] == '\\' && j + 1 < n && (s[j + 1] == '"' || s[j + 1] == '\\' || s[j + 1] == '$' || s[j + 1] == '`')) ++j;
        word.push_back(s[j]);
      }
      if (j >= n) {
        truncated = true;
        break;
      }
      i = j;
    } else if (c == '\\') {
      if (i + 1 < n && s[i + 1] != '\n') {
        inWord = true;
        word.push_back(s[i + 1]);
      }
      ++i;
    } else if (c == '\n' || c == ';' || c == '|' || c == '(' || c == ')' ||
               (c == '&' && !(i + 1 < n && s[i + 1] == '>'))) {
      if (c == '&' && !word.empty() && word.back() == '>') {  // `2>&1`: part of a redirection
        word.push_back(c);
        continue;
      }
      endSegment();
      if (i + 1 < n && (s[i + 1] == c || (c == '|' && s[i + 1] == '&'))) ++i;  // || && ;; |&
    } else if (c == '>' || c == '<' || (c == '&' && i + 1 < n && s[i + 1] == '>')) {
      // A redirection: a leading file-descriptor number belongs to it, and so does the next word.
      if (inWord && std::all_of(word.begin(), word.end(), [](char d) { return std::isdigit(static_cast<unsigned char>(d)); })) {
        word.clear();
        inWord = false;
      }
      flush();
      size_t j = i + 1;
      while (j < n && (s[j] == '>' || s[j] == '<' || s[j] == '&' || s[j] == '|')) ++j;
      // `>&2`, `2>&1`, `<&-`: the target is attached to the operator.
      if (j < n && s[j - 1] == '&' && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '-')) {
        while (j < n && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '-')) ++j;
      } else {
        skipNext = true;
      }
      i = j - 1;
    } else if (c == '$' && i + 1 < n && s[i + 1] == '(') {
      inWord = true;
      int nesting = 0;
      size_t j = i + 1;
      for (; j < n; ++j) {
        if (s[j] == '(') ++nesting;
        if (s[j] == ')' && --nesting == 0) break;
      }
      if (j >= n) {
        truncated = true;
        break;
      }
      word.append(s.substr(i, j - i + 1));
      i = j;
    } else if (c == '`') {
      inWord = true;
      const size_t close = s.find('`', i + 1);
      if (close == std::string_view::npos) {
        truncated = true;
        break;
      }
      word.append(s.substr(i, close - i + 1));
      i = close;
    } else if (c == '#' && !inWord) {
      const size_t eol = s.find('\n', i);
      if (eol == std::string_view::npos) break;
      i = eol - 1;
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      flush();
    } else {
      inWord = true;
      word.push_back(c);
    }
  }
  if (truncated || (!complete && inWord)) {
    word.clear();
    inWord = false;
  }
  endSegment();
  return segments;
}

}  // namespace platlint
