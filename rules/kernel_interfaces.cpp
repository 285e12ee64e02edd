// PORT1xx: Linux kernel interfaces (procfs, sysfs, udev device links, Linux-only files in /etc,
// /dev and /run) used as files. One matcher: the value a string literal starts is compared with a
// table of path prefixes, most specific first; each entry names its rule and the alternative. A
// literal that is no path itself is searched for the paths a command is given in its words
// (rules/command_line_paths.h): those files are opened on this host too.
#include <algorithm>
#include <string>
#include <vector>

#include "analyzer/semantic/exception_handlers.h"
#include "analyzer/semantic/helper_parameters.h"
#include "analyzer/semantic/platform_condition.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/lint/rule.h"
#include "rules/command_calls.h"
#include "rules/command_line_paths.h"
#include "rules/path_catalogs.h"
#include "rules/path_use.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"portability", "linux-only", "kernel-interface"};

constexpr RuleMeta kProcMounts{
    "PORT101", "proc-mounts", Level::Warning,
    "Reads the Linux mount table from /proc/mounts or /etc/mtab",
    "Finds file names such as `/proc/mounts`, `/proc/self/mounts`, `/proc/self/mountinfo` and `/etc/mtab` "
    "used as files: opened, listed, tested for existence or passed on as paths.",
    "The mount table in `/proc` is a Linux kernel interface. macOS has no `/proc` at all and keeps no "
    "`/etc/mtab` (its mounts come from `getmntinfo(3)`), and Windows has neither: the code raises "
    "`FileNotFoundError` there. Parsing the file also hard-codes Linux's field layout and octal escapes.",
    "with open(\"/proc/mounts\") as f:\n    mounted = any(line.split()[1] == path for line in f)",
    "import os.path\nmounted = os.path.ismount(path)\n\n# or, for the whole table:\nimport psutil\n"
    "mount_points = [p.mountpoint for p in psutil.disk_partitions(all=True)]",
    kNotLinux, kTags};

constexpr RuleMeta kProcSystemInfo{
    "PORT102", "proc-system-info", Level::Warning,
    "Reads system information from a Linux /proc file such as /proc/cpuinfo or /proc/meminfo",
    "Finds `/proc/cpuinfo`, `/proc/meminfo`, `/proc/loadavg`, `/proc/uptime`, `/proc/stat`, `/proc/version`, "
    "`/proc/partitions`, `/proc/diskstats`, `/proc/net/...`, `/proc/sys/...` and other system-wide procfs "
    "files used as files.",
    "These files are produced by the Linux kernel. macOS exposes the same facts through `sysctl`, Windows "
    "through its own APIs, and neither has `/proc`: the code fails with `FileNotFoundError`. The text "
    "formats also change between kernel versions and architectures (`/proc/cpuinfo` on ARM has no "
    "`model name`).",
    "with open(\"/proc/cpuinfo\") as f:\n    cpus = sum(1 for line in f if line.startswith(\"processor\"))",
    "import os\ncpus = os.cpu_count()\n\nimport psutil\ntotal_memory = psutil.virtual_memory().total\n"
    "load1, load5, load15 = os.getloadavg()  # POSIX; psutil.getloadavg() everywhere",
    kNotLinux, kTags};

constexpr RuleMeta kProcProcessInfo{
    "PORT103", "proc-process-info", Level::Warning,
    "Reads process information from /proc/self or /proc/<pid>",
    "Finds `/proc/self/...`, `/proc/<pid>/...` and `/proc/thread-self/...`, including paths built with an "
    "f-string, `%`, `.format()` or `os.path.join(\"/proc\", pid, ...)`.",
    "Per-process directories in `/proc` exist on Linux only (macOS and Windows have no procfs), so status, "
    "command lines, open files and memory maps read this way are unavailable elsewhere and the code fails "
    "with `FileNotFoundError`.",
    "with open(f\"/proc/{pid}/status\") as f:\n    rss = parse_vmrss(f.read())",
    "import psutil\nproc = psutil.Process(pid)\nrss = proc.memory_info().rss\ncmdline = proc.cmdline()\n"
    "open_files = proc.open_files()",
    kNotLinux, kTags};

constexpr RuleMeta kSysfs{
    "PORT104", "sysfs", Level::Warning,
    "Reads the Linux sysfs tree under /sys",
    "Finds paths under `/sys` (`/sys/class/net`, `/sys/block`, `/sys/class/dmi/id/product_uuid`, "
    "`/sys/devices/system/cpu`, `/sys/fs/cgroup`, ...) used as files.",
    "sysfs is the Linux kernel's device model exported as files; no other operating system has it. On "
    "macOS and Windows the code fails with `FileNotFoundError`, and inside many Linux containers parts of "
    "`/sys` are missing or read-only too.",
    "interfaces = os.listdir(\"/sys/class/net\")",
    "import socket\ninterfaces = [name for _, name in socket.if_nameindex()]\n\n# or, with addresses:\n"
    "import psutil\ninterfaces = list(psutil.net_if_addrs())",
    kNotLinux, kTags};

constexpr RuleMeta kDevDiskBy{
    "PORT105", "dev-disk-by-id", Level::Warning,
    "Uses udev's persistent device links under /dev/disk/by-*",
    "Finds `/dev/disk/by-id`, `/dev/disk/by-uuid`, `/dev/disk/by-path`, `/dev/disk/by-label` and the other "
    "udev-maintained links.",
    "These symlinks are created by udev on Linux. macOS names disks `/dev/diskN` and identifies volumes "
    "through `diskutil`; Windows uses volume GUID paths. There is no portable equivalent: such code must be "
    "isolated behind a platform check.",
    "device = os.path.join(\"/dev/disk/by-uuid\", uuid)",
    "import sys\nif sys.platform == \"linux\":\n    device = os.path.join(\"/dev/disk/by-uuid\", uuid)\nelse:\n"
    "    raise NotImplementedError(\"volume lookup by UUID is only implemented on Linux\")",
    kNotLinux, kTags};

constexpr RuleMeta kOsRelease{
    "PORT106", "os-release-file", Level::Warning,
    "Reads the Linux distribution from /etc/os-release or a distribution-specific release file",
    "Finds `/etc/os-release`, `/usr/lib/os-release`, `/etc/lsb-release`, `/etc/redhat-release`, "
    "`/etc/debian_version`, `/etc/SuSE-release` and similar files used as files.",
    "Only Linux distributions ship these files. macOS reports its version through `platform.mac_ver()`, "
    "Windows through `platform.win32_ver()`; reading the file there raises `FileNotFoundError`. Even "
    "`platform.freedesktop_os_release()` (Python 3.10+) is Linux-only, so it needs a guard too.",
    "with open(\"/etc/os-release\") as f:\n    distro = dict(line.strip().split(\"=\", 1) for line in f if \"=\" in line)",
    "import platform, sys\nif sys.platform == \"linux\":\n    distro = platform.freedesktop_os_release()\nelse:\n"
    "    distro = {\"NAME\": platform.system(), \"VERSION_ID\": platform.release()}",
    kNotLinux, kTags};

constexpr RuleMeta kDevShm{
    "PORT107", "dev-shm", Level::Warning,
    "Uses /dev/shm, Linux's shared-memory file system",
    "Finds `/dev/shm` and paths below it.",
    "`/dev/shm` is a tmpfs mount that Linux distributions provide for POSIX shared memory. macOS has no "
    "`/dev/shm` (shared memory objects have no path there) and Windows has none either, so files created "
    "there fail with `FileNotFoundError`.",
    "path = \"/dev/shm/cache.bin\"\nwith open(path, \"wb\") as f:\n    f.write(data)",
    "from multiprocessing import shared_memory\nshm = shared_memory.SharedMemory(create=True, size=len(data))\n"
    "shm.buf[:len(data)] = data\n\n# or, for a scratch file:\nimport tempfile\nwith tempfile.TemporaryFile() as f:\n"
    "    f.write(data)",
    kNotLinux, kTags};

constexpr RuleMeta kLinuxDevice{
    "PORT108", "linux-device-node", Level::Warning,
    "Uses a Linux-specific device node such as /dev/kvm, /dev/mapper or /dev/sda",
    "Finds device nodes whose names only Linux uses: `/dev/kvm`, `/dev/mapper/...`, udev's `/dev/block/<major>:<minor>`, `/dev/loopN`, `/dev/nbdN`, "
    "`/dev/sdX`, `/dev/vdX`, `/dev/xvdX`, `/dev/nvme...`, `/dev/dm-N`, serial ports (`/dev/ttyS0`, `/dev/ttyUSB0`, "
    "`/dev/ttyACM0`, `/dev/ttyAMA0`, `/dev/hvc0`), `/dev/net/tun`, `/dev/vhost-*`, "
    "`/dev/mqueue`, `/dev/hugepages`, `/dev/kmsg` and the syslog socket `/dev/log`, and device paths built from a "
    "name known only at run time (`\"/dev/\" + name`, `\"/dev/%s/%s\" % (vg, lv)`, `os.path.join(\"/dev\", dev)`). Built "
    "paths, `/dev/block/...` and disk names (`/dev/sdX`, "
    "`/dev/vdX`, `/dev/loopN`, ...) count only where this process uses them: a file-system call opens or tests them, "
    "a file helper of the project (`load_file`, `write_file`, ...) reads or writes them, or a program it runs gets "
    "them as an argument, directly, through local variables, as what a function of the file returns to such a "
    "use or as an argument of a function of the file that makes such a use of its parameter. Elsewhere they usually name a virtual machine's disks, not this host's.",
    "These nodes are created by Linux drivers (device mapper, KVM, loop devices, virtio). macOS names disks "
    "`/dev/diskN` and logs through `/var/run/syslog`; Windows has no `/dev`. The code fails with "
    "`FileNotFoundError` or talks to the wrong device.",
    "handler = logging.handlers.SysLogHandler(address=\"/dev/log\")",
    "import sys, logging.handlers\nif sys.platform == \"linux\":\n    address = \"/dev/log\"\n"
    "elif sys.platform == \"darwin\":\n    address = \"/var/run/syslog\"\nelse:\n    address = (\"localhost\", 514)\n"
    "handler = logging.handlers.SysLogHandler(address=address)",
    kNotLinux, kTags};

constexpr RuleMeta kRunDir{
    "PORT109", "run-directory", Level::Warning,
    "Uses /run, the Linux runtime-state directory",
    "Finds paths under `/run` (`/run/lock`, `/run/user/<uid>`, `/run/systemd`, PID files and sockets). In a test "
    "file, as for every PORT1xx rule, a path that is only data of test doubles (a constant compared with a mock's "
    "calls) is not reported: only one that reaches a use on this host, a file-system call, a file helper of the "
    "project or a program it runs, breaks the test elsewhere; nor is any path of a test on a fake file system "
    "(pyfakefs's `fs` fixture, a `fake_filesystem` fixture, `self.setUpPyfakefs()`), which has the path on every "
    "platform. Asking whether such a file exists (`os.path.exists(\"/run/initramfs/open-iscsi.interface\")`, "
    "`os.path.isdir(\"/run/systemd/system\")`) is not reported either, and covers the uses it guards: where the "
    "file is missing, no is the right answer.",
    "`/run` is a tmpfs that systemd-era Linux distributions mount for runtime state. macOS keeps such state "
    "in `/var/run` and per-user temporary directories, Windows in per-user application data; `/run` does "
    "not exist there.",
    "PIDFILE = \"/run/myservice.pid\"",
    "import platformdirs\npidfile = platformdirs.user_runtime_path(\"myservice\") / \"myservice.pid\"\n"
    "# or make the location a configuration option",
    kNotLinux, kTags};

constexpr RuleMeta kProcOther{
    "PORT110", "procfs", Level::Warning,
    "Uses the Linux /proc file system",
    "Finds `/proc` itself and paths below it that no more specific PORT1xx rule covers.",
    "procfs in its Linux form does not exist on macOS or Windows (and the BSDs mount a different, "
    "optional one). Any read of it fails with `FileNotFoundError` there.",
    "pids = [int(d) for d in os.listdir(\"/proc\") if d.isdigit()]",
    "import psutil\npids = psutil.pids()",
    kNotLinux, kTags};

constexpr RuleMeta kConfiguredPath{
    "PORT111", "configured-linux-only-path", Level::Warning,
    "Uses a path that the project's configuration declares Linux-only",
    "Finds paths under the prefixes listed in the `linux-only-paths` configuration setting (for example a "
    "vendor's device directory, `/var/lib/libvirt` or `/usr/libexec/qemu-kvm`), used as files the same way "
    "the other PORT1xx rules find kernel interfaces. Paths the built-in PORT1xx table already knows keep their "
    "own rule, and configured paths are never reported by the PORT2xx rules. With no `linux-only-paths` "
    "setting the rule finds nothing.",
    "The project knows these locations exist only on its Linux hosts: they are created by a Linux-only package, "
    "driver or service. Code that reads them fails with `FileNotFoundError` on macOS and Windows unless it is "
    "behind a platform check.",
    "# pyproject.toml: [tool.platlint] linux-only-paths = [\"/var/lib/libvirt\"]\n"
    "images = os.listdir(\"/var/lib/libvirt/images\")",
    "import sys\nif sys.platform == \"linux\":\n    images = os.listdir(CONF.libvirt.images_path)",
    kNotLinux, kTags};

constexpr const RuleMeta* kRules[] = {&kProcMounts, &kProcSystemInfo, &kProcProcessInfo, &kSysfs,
                                      &kDevDiskBy,  &kOsRelease,      &kDevShm,          &kLinuxDevice,
                                      &kRunDir,     &kProcOther,      &kConfiguredPath};

struct KernelPath {
  std::string_view prefix;  // see pathIsUnder
  const RuleMeta* rule;
  std::string_view advice;  // completes "...exists only on Linux; <advice>"
  // Disk names such as /dev/sda are mostly data about virtual machines' disks (libvirt XML,
  // block-device mappings), not files of this host: only a file-system call on them counts.
  bool onlyWhenAccessed = false;
};

// Most specific first: the first entry that matches decides.
constexpr std::string_view kSerialPorts =
    "serial port names differ per platform (macOS: `/dev/cu.*`, Windows: `COMn`): take the port from "
    "configuration or `serial.tools.list_ports`";

constexpr KernelPath kKernelPaths[] = {
    {"/proc/mounts", &kProcMounts, "use `os.path.ismount()` or `psutil.disk_partitions()`"},
    {"/proc/self/mounts", &kProcMounts, "use `os.path.ismount()` or `psutil.disk_partitions()`"},
    {"/proc/self/mountinfo", &kProcMounts, "use `os.path.ismount()` or `psutil.disk_partitions()`"},
    {"/etc/mtab", &kProcMounts, "use `os.path.ismount()` or `psutil.disk_partitions()`"},
    {"/proc/cpuinfo", &kProcSystemInfo, "use `os.cpu_count()`, `platform.processor()` or `psutil.cpu_freq()`"},
    {"/proc/meminfo", &kProcSystemInfo, "use `psutil.virtual_memory()` and `psutil.swap_memory()`"},
    {"/proc/loadavg", &kProcSystemInfo, "use `os.getloadavg()` (POSIX) or `psutil.getloadavg()`"},
    {"/proc/uptime", &kProcSystemInfo, "use `psutil.boot_time()`"},
    {"/proc/stat", &kProcSystemInfo, "use `psutil.cpu_times()` or `psutil.cpu_stats()`"},
    {"/proc/version", &kProcSystemInfo, "use `platform.uname()` or `platform.release()`"},
    {"/proc/partitions", &kProcSystemInfo, "use `psutil.disk_partitions()`"},
    {"/proc/diskstats", &kProcSystemInfo, "use `psutil.disk_io_counters(perdisk=True)`"},
    {"/proc/net/dev", &kProcSystemInfo, "use `psutil.net_io_counters(pernic=True)`"},
    {"/proc/net", &kProcSystemInfo, "use `psutil.net_connections()`, `psutil.net_if_addrs()` or `socket.if_nameindex()`"},
    {"/proc/sys", &kProcSystemInfo, "there is no portable equivalent of these kernel tunables: guard with `sys.platform == \"linux\"`"},
    {"/proc/modules", &kProcSystemInfo, "kernel modules are Linux-specific: guard with `sys.platform == \"linux\"`"},
    {"/proc/self/exe", &kProcProcessInfo, "use `sys.executable` or `psutil.Process().exe()`"},
    {"/proc/self/fd", &kProcProcessInfo, "use `psutil.Process().open_files()` or `psutil.Process().num_fds()`"},
    {"/proc/self", &kProcProcessInfo, "use `psutil.Process()` (`.status()`, `.cmdline()`, `.memory_info()`, `.open_files()`)"},
    {"/proc/thread-self", &kProcProcessInfo, "use `psutil.Process().threads()` or `threading`"},
    {"/proc/sysvipc", &kProcSystemInfo, "there is no portable equivalent: guard with `sys.platform == \"linux\"`"},
    {"/sys/class/net", &kSysfs, "use `socket.if_nameindex()` or `psutil.net_if_addrs()`/`psutil.net_if_stats()`"},
    {"/sys/class/dmi/id", &kSysfs, "there is no portable source of DMI data: guard with `sys.platform == \"linux\"` (macOS: `ioreg`, Windows: WMI)"},
    {"/sys/block", &kSysfs, "use `psutil.disk_partitions()` and `psutil.disk_io_counters(perdisk=True)`"},
    {"/sys/devices/system/cpu", &kSysfs, "use `os.cpu_count()`, `os.sched_getaffinity()` (Linux) or `psutil.cpu_count()`"},
    {"/sys/fs/cgroup", &kSysfs, "cgroups are Linux-only: guard with `sys.platform == \"linux\"`"},
    {"/sys", &kSysfs, "sysfs has no portable equivalent: guard with `sys.platform == \"linux\"` or use `psutil`"},
    {"/dev/disk/by-", &kDevDiskBy, "there is no portable equivalent: guard with `sys.platform == \"linux\"`"},
    {"/dev/disk", &kDevDiskBy, "there is no portable equivalent: guard with `sys.platform == \"linux\"`"},
    {"/etc/os-release", &kOsRelease, "use `platform.freedesktop_os_release()` under a Linux guard, or `platform.system()`/`platform.release()`"},
    {"/usr/lib/os-release", &kOsRelease, "use `platform.freedesktop_os_release()` under a Linux guard, or `platform.system()`/`platform.release()`"},
    {"/etc/lsb-release", &kOsRelease, "use `platform.freedesktop_os_release()` under a Linux guard, or `platform.system()`/`platform.release()`"},
    {"/etc/redhat-release", &kOsRelease, "use `platform.freedesktop_os_release()` under a Linux guard, or `platform.system()`/`platform.release()`"},
    {"/etc/centos-release", &kOsRelease, "use `platform.freedesktop_os_release()` under a Linux guard, or `platform.system()`/`platform.release()`"},
    {"/etc/debian_version", &kOsRelease, "use `platform.freedesktop_os_release()` under a Linux guard, or `platform.system()`/`platform.release()`"},
    {"/etc/SuSE-release", &kOsRelease, "use `platform.freedesktop_os_release()` under a Linux guard, or `platform.system()`/`platform.release()`"},
    {"/etc/system-release", &kOsRelease, "use `platform.freedesktop_os_release()` under a Linux guard, or `platform.system()`/`platform.release()`"},
    {"/dev/shm", &kDevShm, "use `multiprocessing.shared_memory` or `tempfile`"},
    {"/dev/kvm", &kLinuxDevice, "KVM is Linux-only: guard with `sys.platform == \"linux\"`"},
    {"/dev/mapper", &kLinuxDevice, "device-mapper is Linux-only: guard with `sys.platform == \"linux\"`"},
    // udev's links by device number (`/dev/block/253:0`); the name is never a file of another platform.
    {"/dev/block", &kLinuxDevice, "these udev links have no counterpart elsewhere: guard with `sys.platform == \"linux\"`", true},
    {"/dev/loop*", &kLinuxDevice, "loop devices are Linux-only: guard with `sys.platform == \"linux\"`", true},
    {"/dev/nbd*", &kLinuxDevice, "network block devices are Linux-only: guard with `sys.platform == \"linux\"`", true},
    {"/dev/sd*", &kLinuxDevice, "disk device names differ per platform (macOS: `/dev/diskN`): take the device from configuration or `psutil.disk_partitions()`", true},
    {"/dev/vd*", &kLinuxDevice, "virtio disk names are Linux-only: take the device from configuration or `psutil.disk_partitions()`", true},
    {"/dev/xvd*", &kLinuxDevice, "Xen disk names are Linux-only: take the device from configuration or `psutil.disk_partitions()`", true},
    {"/dev/nvme*", &kLinuxDevice, "NVMe device names differ per platform: take the device from configuration or `psutil.disk_partitions()`", true},
    {"/dev/dm-*", &kLinuxDevice, "device-mapper is Linux-only: guard with `sys.platform == \"linux\"`"},
    {"/dev/ttyS*", &kLinuxDevice, kSerialPorts},
    {"/dev/ttyUSB*", &kLinuxDevice, kSerialPorts},
    {"/dev/ttyACM*", &kLinuxDevice, kSerialPorts},
    {"/dev/ttyAMA*", &kLinuxDevice, kSerialPorts},
    {"/dev/hvc*", &kLinuxDevice, kSerialPorts},
    {"/dev/net/tun", &kLinuxDevice, "the TUN/TAP interface differs per platform: guard with `sys.platform == \"linux\"`"},
    {"/dev/vhost-*", &kLinuxDevice, "vhost is Linux-only: guard with `sys.platform == \"linux\"`"},
    {"/dev/mqueue", &kLinuxDevice, "POSIX message queues have no path outside Linux: guard with `sys.platform == \"linux\"`"},
    {"/dev/hugepages", &kLinuxDevice, "huge pages are Linux-only: guard with `sys.platform == \"linux\"`"},
    {"/dev/kmsg", &kLinuxDevice, "the kernel log is Linux-only: guard with `sys.platform == \"linux\"`"},
    {"/dev/log", &kLinuxDevice, "the syslog socket is `/var/run/syslog` on macOS and absent on Windows: choose the address per platform or log over UDP"},
    // systemd's own state (`/run/systemd/system` is its presence probe), not a directory to put files in.
    {"/run/systemd", &kRunDir, "it is systemd's state, so the check only means something on Linux: guard it with `sys.platform == \"linux\"` or ask the service manager"},
    {"/run", &kRunDir, "use `platformdirs.user_runtime_path()` or a configurable directory"},
    {"/proc", &kProcOther, "use `psutil`, which exposes the same facts on Linux, macOS and Windows"},
};

// The catalog entry of a /dev path whose name is known only at run time.
constexpr std::string_view kBuiltDevicePrefix = "/dev/<name>";

// A /proc/<pid> path (digits, or a value only known up to "/proc/") is per-process information.
bool isPerProcess(std::string_view path, bool complete) {
  if (!path.starts_with("/proc/")) return false;
  const std::string_view rest = path.substr(6);
  if (rest.empty()) return !complete;
  const size_t slash = rest.find('/');
  const std::string_view first = rest.substr(0, slash);
  return std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         (!first.empty() || !complete);
}

// `if os.path.exists("/proc"):`, `if not Path("/sys/class/net").is_dir(): return`: the portable
// way to ask for Linux's kernel interfaces. The probe selects the code that may use them (the
// guard analysis reads it as "only on Linux") and is no finding itself.
// True when every handler of `tryStatement` answers no: its last statement is `return False` or
// `return None` (or a bare `return`).
bool everyHandlerAnswersNo(Node tryStatement) {
  bool any = false;
  for (uint32_t i = 0; i < tryStatement.namedChildCount(); ++i) {
    const Node clause = tryStatement.namedChild(i);
    if (!clause.is("except_clause")) continue;
    const Node last = lastStatement(lastStatement(clause));
    if (!last || !last.is("return_statement")) return false;
    const Node value = last.namedChildCount() ? last.namedChild(0) : Node{};
    if (value && !value.is("false") && !value.is("none")) return false;
    any = true;
  }
  return any;
}

// `try: return stat.S_ISDIR(os.lstat("/run/systemd/system").st_mode) / except OSError: return False`
// (sd_booted(3)): a stat of a fixed path whose every failure answers no is an existence check.
// Any handler will do: a stat of a fixed path fails only with OSError.
bool isStatProbe(Node call, const PathUse& use, const SemanticModel& model) {
  const std::string_view q = model.qualifiedName(call.field("function"));
  if ((q != "os.stat" && q != "os.lstat") || !use.value.complete) return false;
  Node child = call;
  for (Node n = call.parent(); n && !n.is("function_definition"); child = n, n = n.parent()) {
    if (n.is("try_statement")) return child == n.field("body") && everyHandlerAnswersNo(n);
  }
  return false;
}

bool isLinuxProbe(const PathUse& use, const SemanticModel& model) {
  const Node parent = use.root.parent();
  Node call;
  if (parent && parent.is("argument_list")) call = parent.parent();
  if (parent && parent.is("attribute") && parent.field("object") == use.root) call = parent.parent();
  if (!call || !call.is("call")) return false;
  return (usedAsCondition(call) && evaluatePlatformCondition(call, model).isKnown()) || isStatProbe(call, use, model);
}

// The call whose argument `expr` is, looking through lists and tuples (`["resize2fs", dev]`) and
// keywords; null when `expr` is not an argument.
Node callReceiving(Node expr) {
  Node node = expr;
  for (Node parent = node.parent(); parent; node = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "parenthesized_expression" || k == "list" || k == "tuple" || k == "keyword_argument") continue;
    if (k == "argument_list" && parent.parent() && parent.parent().is("call")) return parent.parent();
    break;
  }
  return {};
}

// A project's own file helper, by its name: a verb that reads or writes and the word file
// (`util.load_text_file`, `write_file`, `read_file_or_url`).
bool isFileHelperName(std::string_view name) {
  const std::vector<std::string> words = identifierWords(name);
  if (words.empty()) return false;
  const std::string& verb = words.front();
  if (verb != "load" && verb != "read" && verb != "write" && verb != "append" && verb != "open") return false;
  return std::any_of(words.begin() + 1, words.end(), [](const std::string& w) { return w == "file"; });
}

// This process itself opens, tests or runs a program on the value `expr` holds: a file-system
// call, a file helper of the project, or the argument vector of a program it runs.
bool usedOnThisHost(Node expr, const SemanticModel& model) {
  if (model.useContext(expr) == UseContext::PathArgument) return true;
  const Node call = callReceiving(expr);
  if (!call) return false;
  if (isFileHelperName(expressionName(call.field("function")))) return true;
  return commandInvocation(call, model).has_value();
}

// When `expr` is what a function returns (`return os.path.join("/dev", vg, lv)`), the calls of
// that function in the file: `name(...)` for a function, `self.name(...)` in its class for a
// method. Empty otherwise.
std::vector<Node> callsReturning(Node expr) {
  Node statement = expr.parent();
  while (statement && statement.is("parenthesized_expression")) statement = statement.parent();
  if (!statement || !statement.is("return_statement")) return {};
  Node function = statement.parent();
  while (function && !function.is("function_definition")) {
    if (function.is("class_definition") || function.is("lambda")) return {};
    function = function.parent();
  }
  if (!function) return {};
  const std::string_view name = function.field("name").text();
  Node definition = function.parent() && function.parent().is("decorated_definition") ? function.parent() : function;
  const Node owner = definition.parent() ? definition.parent().parent() : Node{};
  const bool method = owner && owner.is("class_definition");
  const SyntaxTree& tree = *expr.tree();
  const Node scope = method ? owner : tree.root();
  std::vector<Node> calls;
  for (uint32_t i = scope.index(); i < tree.subtreeEnd(scope); ++i) {
    const Node call = tree.node(i);
    if (!call.is("call")) continue;
    const Node callee = call.field("function");
    const bool matches = method ? callee.is("attribute") && callee.field("attribute").text() == name &&
                                      (callee.field("object").text() == "self" || callee.field("object").text() == "cls")
                                : callee.is("identifier") && callee.text() == name;
    if (matches) calls.push_back(call);
  }
  return calls;
}

// The value reaches such a use directly, through local variables (`devpath = "/dev/" + name` ...
// `os.stat(devpath)`), as what a function of the file returns to its callers, or as the argument
// of a function of the file that uses its parameter so (`_is_block_device(devpath)`). Disk names
// built for a virtual machine (libvirt XML, block-device mappings) reach none of them, so they
// stay quiet.
bool reachesUseOnThisHost(Node expr, const SemanticModel& model, int depth = 0) {
  if (usedOnThisHost(expr, model)) return true;
  if (depth >= 3) return false;
  for (const Node read : readsOfAssignedValue(expr)) {
    if (reachesUseOnThisHost(read, model, depth + 1)) return true;
  }
  for (const Node read : readsInHelperOf(expr, model)) {
    if (reachesUseOnThisHost(read, model, depth + 1)) return true;
  }
  for (const Node call : callsReturning(expr)) {
    if (reachesUseOnThisHost(call, model, depth + 1)) return true;
  }
  return false;
}

class KernelInterfaceCheck final : public Check {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT1xx kernel interfaces"; }
  // Where it is unsupported, a missing file, directory or program raises OSError.
  std::span<const std::string_view> failureExceptions() const override { return kOsErrors; }
  // A file under /run is state another program left (a pid file, a socket, the initramfs's
  // notes, systemd's presence mark): where it is missing, "no such file" is the right answer.
  // Under /proc and /sys a missing file says nothing about the process or device asked about.
  bool existenceCheckAnswers(const RuleMeta& rule) const override { return &rule == &kRunDir; }
  std::span<const std::string_view> nodeKinds() const override {
    static constexpr std::string_view kinds[] = {"string"};
    return kinds;
  }
  void visit(Node node, RuleContext& ctx) const override {
    const auto use = absolutePathUse(node, ctx.model());
    if (!use) return reportInCommandText(node, ctx);
    if (isLinuxProbe(*use, ctx.model())) return;
    const bool accessed = use->context == UseContext::PathArgument;
    auto match = kernelPathMatch(use->value.value, use->value.complete, accessed);
    // Following the value is costly: only for names that count when this host uses them.
    if (!match && !accessed && kernelPathMatch(use->value.value, use->value.complete, true) &&
        reachesUseOnThisHost(use->root, ctx.model())) {
      match = kernelPathMatch(use->value.value, use->value.complete, true);
    }
    if (!match) {
      const std::string& path = use->value.value;
      if (const ConfiguredPath* configured = configuredLinuxOnlyPath(path, ctx.settings())) {
        ctx.record(pathFact(FactKind::KernelPath, *use, kConfiguredPath.id, kConfiguredPath.breaksOn), use->root);
        ctx.report(kConfiguredPath, use->root,
                   std::string(use->verb()) + " `" + use->shown() + "`, which the configuration declares Linux-only (`" +
                       configured->prefix + "` in `linux-only-paths`); " +
                       (configured->advice.empty() ? std::string("guard it with `sys.platform == \"linux\"` or make the location configurable")
                                                   : configured->advice));
      }
      return;
    }
    ctx.record(pathFact(FactKind::KernelPath, *use, match->rule->id, match->rule->breaksOn), use->root);
    // A test names kernel paths as data of its doubles (`LEASE_F = "/run/dhclient.lease"` compared
    // with a mock's calls): only one that reaches a use on this host breaks the test elsewhere.
    if (!accessed && isTestFile(ctx.file().path()) && !reachesUseOnThisHost(use->root, ctx.model())) return;
    // A test on a fake file system (pyfakefs) reads and writes the fake's `/proc`, on every platform.
    if (isTestFile(ctx.file().path()) && runsOnFakeFileSystem(use->root)) return;
    const std::string_view what = match->prefix == kBuiltDevicePrefix
                                      ? "`, a device path named at run time the way Linux names devices; "
                                      : "`, which exists only on Linux; ";
    ctx.report(*match->rule, use->root,
               std::string(use->verb()) + " `" + use->shown() + std::string(what) + std::string(match->pythonAdvice));
  }

 private:
  // `bash -c "grep -l %s /sys/class/net/veth*/ifindex"`, `["dd", "if=/dev/zero", ...]`: the command
  // opens the kernel interface on this host.
  static void reportInCommandText(Node literal, RuleContext& ctx) {
    const Node at = commandTextAnchor(literal);
    for (const std::string& path : pathsInCommandText(literal, ctx.model(), ctx.settings())) {
      const auto match = kernelPathMatch(path, true, true);
      if (!match) continue;
      ctx.record(passedPathFact(FactKind::KernelPath, path, match->rule->id, match->rule->breaksOn), at);
      const std::string_view what = match->prefix == kBuiltDevicePrefix
                                        ? "`, a device path named the way Linux names devices, to a command; "
                                        : "` to a command, which exists only on Linux; ";
      ctx.report(*match->rule, at, "passes `" + path + std::string(what) + std::string(match->pythonAdvice));
      return;
    }
  }
};

}  // namespace

std::optional<PathCatalogMatch> kernelPathMatch(std::string_view path, bool complete, bool accessed) {
  const KernelPath* match = nullptr;
  if (isPerProcess(path, complete)) {
    static constexpr KernelPath perProcess{"/proc/<pid>", &kProcProcessInfo,
                                           "use `psutil.Process(pid)` (`.status()`, `.cmdline()`, `.memory_info()`, `.open_files()`)"};
    match = &perProcess;
  } else {
    for (const KernelPath& k : kKernelPaths) {
      if (pathIsUnder(path, k.prefix)) {
        match = &k;
        break;
      }
    }
  }
  if (!match && path == "/dev/" && !complete) {
    // `"/dev/" + name`, `"/dev/%s" % dev`, `os.path.join("/dev", vg, lv)`: a device named at run
    // time in Linux's scheme (sdX, vdX, vg/lv, nbdN); macOS names disks /dev/diskN.
    static constexpr KernelPath builtDevice{kBuiltDevicePrefix, &kLinuxDevice,
                                            "device names differ per platform (macOS: `/dev/diskN`, Windows has no `/dev`): "
                                            "guard it with `sys.platform == \"linux\"` or take the device path from configuration",
                                            true};
    match = &builtDevice;
  }
  if (!match || (match->onlyWhenAccessed && !accessed)) return std::nullopt;
  return PathCatalogMatch{match->rule, match->prefix, {}, match->advice, match->rule->breaksOn};
}

const Check& kernelInterfaceCheck() {
  static const KernelInterfaceCheck check;
  return check;
}

}  // namespace platlint
