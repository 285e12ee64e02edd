#include "analyzer/semantic/api_catalog.h"

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace platlint {
namespace {

bool contains(const std::unordered_set<std::string_view>& set, std::string_view s) { return set.contains(s); }

const std::unordered_set<std::string_view> kFileSystemApis = {
    "builtins.open", "codecs.open", "fileinput.input", "glob.glob", "glob.iglob", "io.open", "os.access",
    "os.chdir", "os.chmod", "os.chown", "os.chroot", "os.fwalk", "os.lchown", "os.link", "os.listdir",
    "os.lstat", "os.makedirs", "os.mkdir", "os.mkfifo", "os.mknod", "os.open", "os.path.abspath",
    "os.path.basename", "os.path.dirname", "os.path.exists", "os.path.expanduser", "os.path.getatime",
    "os.path.getctime", "os.path.getmtime", "os.path.getsize", "os.path.isabs", "os.path.isdir",
    "os.path.isfile", "os.path.islink", "os.path.ismount", "os.path.join", "os.path.lexists",
    "os.path.normpath", "os.path.realpath", "os.path.relpath", "os.path.samefile", "os.path.split",
    "os.path.splitext", "os.readlink", "os.remove", "os.removedirs", "os.rename", "os.renames", "os.replace",
    "os.rmdir", "os.scandir", "os.stat", "os.statvfs", "os.symlink", "os.truncate", "os.unlink", "os.utime",
    "os.walk", "pathlib.Path", "pathlib.PosixPath", "pathlib.PurePath", "pathlib.PurePosixPath",
    "posixpath.exists", "posixpath.isdir", "posixpath.isfile", "posixpath.join", "shutil.chown", "shutil.copy",
    "shutil.copy2", "shutil.copyfile", "shutil.copymode", "shutil.copystat", "shutil.copytree",
    "shutil.disk_usage", "shutil.make_archive", "shutil.move", "shutil.rmtree", "shutil.unpack_archive",
    "sqlite3.connect", "subprocess.Popen", "subprocess.call", "subprocess.check_call",
    "subprocess.check_output", "subprocess.run", "tarfile.open", "tempfile.NamedTemporaryFile",
    "tempfile.SpooledTemporaryFile", "tempfile.TemporaryDirectory", "tempfile.TemporaryFile",
    "tempfile.mkdtemp", "tempfile.mkstemp", "zipfile.ZipFile", "os.execv", "os.execve", "os.execvp",
    "os.spawnv", "os.system", "os.popen"};

const std::unordered_set<std::string_view> kPathJoins = {
    "os.path.join", "pathlib.Path", "pathlib.PosixPath", "pathlib.PurePath", "pathlib.PurePosixPath",
    "posixpath.join", "pathlib.Path.joinpath"};

const std::unordered_set<std::string_view> kPathConstructors = {"pathlib.Path", "pathlib.PosixPath",
                                                               "pathlib.PurePath", "pathlib.PurePosixPath"};

const std::unordered_set<std::string_view> kPathMethods = {
    "exists", "glob", "group", "is_block_device", "is_char_device", "is_dir", "is_file", "is_mount",
    "is_symlink", "iterdir", "lstat", "mkdir", "open", "owner", "read_bytes", "read_text", "readlink",
    "resolve", "rglob", "rmdir", "stat", "symlink_to", "touch", "unlink", "walk", "write_bytes", "write_text"};

const std::unordered_set<std::string_view> kPatternApis = {
    "fnmatch.filter", "fnmatch.fnmatch", "fnmatch.fnmatchcase", "fnmatch.translate", "re.compile",
    "re.findall", "re.finditer", "re.fullmatch", "re.match", "re.search", "re.split", "re.sub", "re.subn",
    "regex.compile", "regex.match", "regex.search"};

const std::unordered_set<std::string_view> kMessageFunctions = {
    "builtins._", "builtins.input", "builtins.print", "click.echo", "click.secho", "gettext.gettext",
    "gettext.ngettext", "logging.critical", "logging.debug", "logging.error", "logging.exception",
    "logging.info", "logging.warning", "warnings.warn"};

const std::unordered_set<std::string_view> kLoggingMethods = {
    "critical", "debug", "error", "exception", "fatal", "info", "log", "trace", "warn", "warning"};

const std::unordered_set<std::string_view> kMessageKeywords = {
    "description", "detail", "details", "doc", "epilog", "error_message", "explanation", "help",
    "message", "msg", "reason",
    // oslo.config's `sample_default=`: what the generated sample file shows instead of the real default.
    "sample_default", "summary", "text", "title", "usage", "warning"};

const std::unordered_set<std::string_view> kStringInspectionMethods = {
    "count", "endswith", "find", "index", "lstrip", "partition", "removeprefix", "removesuffix", "replace",
    "rfind", "rindex", "rpartition", "rsplit", "rstrip", "startswith", "strip"};

constexpr std::string_view kBuiltins[] = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BlockingIOError",
    "ConnectionError", "EOFError", "EnvironmentError", "Exception", "FileExistsError", "FileNotFoundError",
    "IOError", "ImportError", "IndexError", "KeyError", "LookupError", "NotImplementedError", "OSError",
    "PermissionError", "RuntimeError", "RuntimeWarning", "StopIteration", "SystemExit", "TypeError",
    "UserWarning", "ValueError", "Warning", "__import__", "abs", "all", "any", "ascii", "bin", "bool",
    "breakpoint", "bytearray", "bytes", "callable", "chr", "compile", "complex", "delattr", "dict", "dir",
    "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
    "hasattr", "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list",
    "locals", "map", "max", "min", "next", "object", "open", "print", "repr", "set", "setattr", "sorted",
    "str", "tuple"};

}  // namespace

bool isFileSystemApi(std::string_view q) { return contains(kFileSystemApis, q); }
bool isPathJoin(std::string_view q) { return contains(kPathJoins, q); }
bool isPathConstructor(std::string_view q) { return contains(kPathConstructors, q); }
bool isPathMethod(std::string_view m) { return contains(kPathMethods, m); }
bool isPatternApi(std::string_view q) { return contains(kPatternApis, q); }
bool isMessageFunction(std::string_view q) { return contains(kMessageFunctions, q); }
bool isLoggingMethod(std::string_view m) { return contains(kLoggingMethods, m); }
bool isMessageKeyword(std::string_view k) { return contains(kMessageKeywords, k); }
bool isStringInspectionMethod(std::string_view m) { return contains(kStringInspectionMethods, m); }

std::string_view qualifiedBuiltinName(std::string_view n) {
  // Asked for every name of every file, most of them local: a table of (length, first letter)
  // pairs rejects those without hashing them.
  constexpr size_t kLengths = 32;
  static const std::array<std::array<bool, 128>, kLengths> possible = [] {
    std::array<std::array<bool, 128>, kLengths> all{};
    for (std::string_view b : kBuiltins) all[b.size() % kLengths][static_cast<unsigned char>(b[0]) % 128] = true;
    return all;
  }();
  if (n.empty() || !possible[n.size() % kLengths][static_cast<unsigned char>(n[0]) % 128]) return {};
  static const std::unordered_map<std::string_view, std::string> qualified = [] {
    std::unordered_map<std::string_view, std::string> all;
    for (std::string_view b : kBuiltins) all.emplace(b, "builtins." + std::string(b));
    return all;
  }();
  const auto it = qualified.find(n);
  return it == qualified.end() ? std::string_view{} : std::string_view(it->second);
}

}  // namespace platlint
