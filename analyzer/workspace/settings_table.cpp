#include "analyzer/workspace/settings_table.h"

#include <algorithm>

#include "analyzer/base/platform_paths.h"
#include "analyzer/syntax/languages.h"
#include "analyzer/workspace/config_resolver.h"
#include "analyzer/workspace/settings_reader.h"

namespace platlint {
namespace {

using Json = nlohmann::ordered_json;

// `key = [...]` for a list the file gave, nothing for one it left out.
std::string shownList(std::string_view key, const std::vector<std::string>* values) {
  return values ? std::string(key) + " = " + tomlList(*values) + "\n" : std::string();
}
std::string shownList(std::string_view key, const std::vector<std::string>& values) {
  return values.empty() ? std::string() : shownList(key, &values);
}

// `[key]` and one `name = "text"` line per entry; nothing when there are none.
template <typename Entries, typename Line>
std::string shownTable(std::string_view header, const Entries& entries, Line line) {
  if (entries.empty()) return {};
  std::string out = "\n[" + std::string(header) + "]\n";
  for (const auto& entry : entries) out += line(entry) + "\n";
  return out;
}

// A per-file table (`glob = value`) for `config --show`, marking the globs that match the file.
template <typename Entries, typename Value>
std::string shownPerFileTable(std::string_view header, const Entries& entries, const ShownSettings& s, Value value) {
  if (entries.empty()) return {};
  std::string out = "\n[" + std::string(header) + "]  # patterns marked * match " + s.path + "\n";
  for (const auto& [glob, v] : entries) {
    const auto& matched = s.matchedPerFilePatterns;
    const bool marked = std::find(matched.begin(), matched.end(), glob) != matched.end();
    out += tomlString(glob) + " = " + value(v) + (marked ? "  # *" : "") + "\n";
  }
  return out;
}

// Reads a per-file table (`glob = value`), each value with `read(node, "table.\"glob\"")`.
template <typename Entries, typename Read>
void readPerFileTable(const SettingsReader& r, std::string_view key, const TomlValue& v, Entries& out, Read read) {
  for (auto&& [glob, value] : r.table(v.node, key)) {
    const std::string sub = std::string(key) + "." + SettingsReader::quotedKey(glob.str());
    if (glob.str().empty()) r.fail(value.source(), sub, "the file pattern is empty");
    out.emplace_back(std::string(glob.str()), read(value, sub));
  }
}

// Sorted and without duplicates: the order of a list in the configuration does not matter.
Json sortedList(std::vector<std::string> values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return Json(values);
}

std::string platformList(PlatformSet set) {
  std::vector<std::string> names;
  for (Platform p : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
    if (set.contains(p)) names.emplace_back(platformName(p));
  }
  return tomlList(names);
}

// A command line for splitCommandLine(): a string as written, a list with each item one argument.
std::string commandLineSetting(const SettingsReader& r, std::string_view key, const toml::node& node) {
  if (const auto text = node.value<std::string>(); node.is_string() && text) return *text;
  if (!node.is_array()) r.fail(node.source(), key, "expected a string of compiler flags, or an array of them");
  std::string line;
  for (const std::string& arg : r.strings(node, key)) {
    std::string quoted = "'";
    for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    line += (line.empty() ? "" : " ") + quoted + "'";
  }
  return line;
}

// "linux", "macos", "windows", or a system that is no target platform (its macros are defined
// on none of the passes).
std::string macroPlatform(const SettingsReader& r, std::string_view key, const toml::node& node) {
  const auto name = node.value<std::string>();
  if (!node.is_string() || !name) r.fail(node.source(), key, "expected a platform name, found " + SettingsReader::typeName(node));
  for (Platform p : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
    if (platformNamed(*name) == PlatformSet(p)) return platformName(p);
  }
  for (std::string_view other : {"bsd", "freebsd", "netbsd", "openbsd", "sunos", "solaris", "aix", "other"}) {
    if (*name == other) return *name;
  }
  r.fail(node.source(), key,
         "unknown platform '" + *name + "' (expected linux, macos, windows, or a system that is none of them: "
         "bsd, freebsd, netbsd, openbsd, sunos, solaris, aix, other)");
}

const SettingDescriptor kSettings[] = {
    {"target", "platform name or list of them: `linux`, `macos`, `windows`, `all`", "`all`",
     "Platforms the code must run on; a finding is kept only where it breaks on one of them. "
     "`--target` replaces it.",
     "target = [\"linux\", \"macos\"]",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       out.fileSettings.targets = r.targets(v.node, key);
     },
     [](const ShownSettings& s) { return "target = " + platformList(s.settings.targets) + "\n"; },
     "targets", [](const FileSettings& s) { return Json(s.targets.bits()); }},

    {"select", "list of rule selectors", "the rules enabled by default",
     "The rules to run: ids (`PORT101`), families (`PORT1`), rule names (`proc-mounts`) or `ALL`. "
     "Replaces the default rule set; `--select` replaces it in turn.",
     "select = [\"ALL\"]",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       out.select = r.selectors(v.node, key);
     },
     [](const ShownSettings& s) { return s.config ? shownList("select", s.config->select ? &*s.config->select : nullptr) : ""; },
     {}, nullptr},

    {"extend-select", "list of rule selectors", "none",
     "Rules to add to the selection, such as the rules that are off by default (`PORT901`).",
     "extend-select = [\"PORT901\"]",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       out.extendSelect = r.selectors(v.node, key);
     },
     [](const ShownSettings& s) { return s.config ? shownList("extend-select", s.config->extendSelect) : ""; },
     {}, nullptr},

    {"ignore", "list of rule selectors", "none",
     "Rules to remove from the selection; within the file's selection the most specific selector "
     "wins (`select = [\"PORT2\"]` with `ignore = [\"PORT201\"]` keeps PORT202).",
     "ignore = [\"PORT211\"]",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       out.ignore = r.selectors(v.node, key);
     },
     [](const ShownSettings& s) { return s.config ? shownList("ignore", s.config->ignore) : ""; },
     {}, nullptr},

    {"exclude", "list of globs", "none",
     "Paths to skip while walking directories (files named on the command line are always "
     "analysed), relative to the configuration file. `--exclude` replaces it.",
     "exclude = [\"build\", \"docs/conf.py\"]",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       out.exclude = r.strings(v.node, key);
     },
     [](const ShownSettings& s) { return s.config ? shownList("exclude", s.config->exclude ? &*s.config->exclude : nullptr) : ""; },
     {}, nullptr},

    {"extend-exclude", "list of globs", "none",
     "More paths to skip, added to `exclude` and to `--exclude` alike.",
     "extend-exclude = [\"nova/tests/fixtures/*\"]",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       out.extendExclude = r.strings(v.node, key);
     },
     [](const ShownSettings& s) { return s.config ? shownList("extend-exclude", s.config->extendExclude) : ""; },
     {}, nullptr},

    {"command-wrappers", "list of dotted function names; `*` stands for any number of components", "none",
     "The project's functions that run a command line, in addition to the built-in ones "
     "(`subprocess`, `os.system`, `processutils.execute`, ...): the programs they run are checked "
     "by the PORT5xx rules and listed by `platlint inventory`. A pattern that no call of the analysed files "
     "matches is reported by PORT903 when the run covers the configuration file's directory.",
     "command-wrappers = [\"nova.privsep.utils.execute\", \"*.rootwrap.execute_root\"]",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       for (const auto& [pattern, line] : r.stringsWithLines(v.node, key)) {
         if (!SettingsReader::isWrapperPattern(pattern)) {
           r.fail(line, key, "'" + pattern + "' is not a dotted function name (such as `nova.privsep.utils.execute`; "
                             "`*` stands for any number of components, as in `*.utils.execute`)");
         }
         out.fileSettings.commandWrappers.push_back(pattern);
         out.fileSettings.commandWrapperOrigins.push_back(r.origin(line));
       }
     },
     [](const ShownSettings& s) {
       return "command-wrappers = " + tomlList(s.settings.commandWrappers) + "  # in addition to the built-in ones\n";
     },
     "wrappers", [](const FileSettings& s) { return sortedList(s.commandWrappers); }},

    {"c-args", "string of compiler flags (split like a shell does), or a list of them, one flag each", "none",
     "Flags for compiling the project's C and C++ files (`-I`, `-D`), as `--c-args` gives them; with "
     "them (or a compilation database) directories yield C and C++ files too. Relative paths are "
     "relative to the directory platlint runs in. `--c-args` replaces it. Read from the "
     "configuration of the first path checked.",
     "c-args = \"-Iinclude -DPSUTIL_VERSION=600\"",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       out.cArgs = commandLineSetting(r, key, v.node);
     },
     [](const ShownSettings& s) {
       return s.config && s.config->cArgs ? "c-args = " + tomlString(*s.config->cArgs) + "\n" : std::string();
     },
     {}, nullptr},

    {"compile-commands", "directory holding compile_commands.json, relative to the configuration file", "none",
     "The compilation database of the project's C and C++ files: their flags, and which of them "
     "the build compiles (only the sources it lists are analysed). `--compile-commands` replaces "
     "it. Read from the configuration of the first path checked.",
     "compile-commands = \"build\"",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       const auto dir = v.node.value<std::string>();
       if (!v.node.is_string() || !dir || dir->empty()) r.fail(v.node.source(), key, "expected a directory name");
       out.compileCommands = *dir;
     },
     [](const ShownSettings& s) {
       return s.config && !s.config->compileCommands.empty()
                  ? "compile-commands = " + tomlString(s.config->compileCommands) + "\n"
                  : std::string();
     },
     {}, nullptr},

    {"c-platform-from-path", "boolean", "`true`",
     "Whether a C or C++ file whose path names a platform (a directory or a `_`/`-`/`.`-separated "
     "part of the file name: `arch/linux/`, `_psutil_windows.c`, `mem-osx.c`) is taken as compiled "
     "there only, as build systems choose such files per platform. Files named for a system that "
     "is no target (`_psutil_bsd.c`) are then skipped. `config --show FILE` says what a file's "
     "path names.",
     "c-platform-from-path = false",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       const auto value = v.node.value<bool>();
       if (!v.node.is_boolean() || !value) r.fail(v.node.source(), key, "expected true or false, found " + SettingsReader::typeName(v.node));
       out.fileSettings.cPlatformFromPath = *value;
     },
     [](const ShownSettings& s) {
       std::string line = std::string("c-platform-from-path = ") + (s.settings.cPlatformFromPath ? "true" : "false");
       if (isCFamilyPath(s.path)) {
         const auto named = platformNamedByPath(s.path);
         line += "  # " + s.path + ": " +
                 (named ? "its path names " + std::string(named->name) + (s.settings.cPlatformFromPath ? "" : " (not used)")
                        : "its path names no platform");
       }
       return line + "\n";
     },
     "cpath", [](const FileSettings& s) { return Json(s.cPlatformFromPath); }},

    {"line-length", "integer (characters per line)",
     "the project's: `[tool.ruff] line-length`, `[tool.black] line-length` or flake8's `max-line-length`, else 88",
     "The longest line a fix may leave. A fix that would make a line longer wraps inside the "
     "brackets of the line (after a comma, aligned with the bracket) or, when it cannot, is "
     "offered as unsafe with \"(would exceed line length N)\" in its description. Without this "
     "key platlint takes the project's own: in the nearest directory (up to the top of the git "
     "work tree) with such a configuration, `[tool.ruff] line-length` (pyproject.toml, ruff.toml, "
     ".ruff.toml), `[tool.black] line-length`, or `max-line-length` in `[flake8]`, `[pycodestyle]` "
     "or `[pep8]` of setup.cfg, tox.ini or .flake8; a tool's section without the key means its "
     "default, 88 for ruff and black and 79 for flake8 (also for a `[hacking]` section); 88 when "
     "there is none. `config --show` says which applies.",
     "line-length = 79",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       const auto value = v.node.value<int64_t>();
       if (!v.node.is_integer() || !value || *value < 20 || *value > 10000) {
         r.fail(v.node.source(), key, "expected a line length, an integer from 20 to 10000");
       }
       out.lineLength = static_cast<uint32_t>(*value);
       out.fileSettings.lineLength = *out.lineLength;
     },
     [](const ShownSettings& s) {
       return "line-length = " + std::to_string(s.settings.lineLength) + "  # " + s.settings.lineLengthSource + "\n";
     },
     "line-length", [](const FileSettings& s) { return Json(s.lineLength); }},

    {"linux-only-paths", "list of absolute paths, or a table of path = \"advice\"", "none",
     "Path prefixes the project knows to exist only on its Linux hosts, reported by PORT111 (never "
     "by the PORT2xx hard-coded path rules) with the advice given.",
     "linux-only-paths = { \"/var/lib/libvirt\" = \"take the directory from CONF.libvirt.images_path\" }",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       for (auto& [path, advice, line] : r.namedEntries(v.node, key)) {
         if (path.size() < 2 || path.front() != '/' || path.find_first_of(" \t\n") != std::string::npos) {
           r.fail(line, key, "'" + path + "' is not an absolute POSIX path such as `/var/lib/libvirt`");
         }
         while (path.size() > 1 && path.back() == '/') path.pop_back();
         out.fileSettings.linuxOnlyPaths.push_back({path, advice});
       }
     },
     [](const ShownSettings& s) {
       return shownTable("linux-only-paths", s.settings.linuxOnlyPaths,
                         [](const ConfiguredPath& p) { return tomlString(p.prefix) + " = " + tomlString(p.advice); });
     },
     "paths",
     [](const FileSettings& s) {
       std::vector<std::string> items;
       for (const ConfiguredPath& p : s.linuxOnlyPaths) items.push_back(Json::array({p.prefix, p.advice}).dump());
       return sortedList(std::move(items));
     }},

    {"environment-switches", "list of variable names (`NAME_*` is a prefix), or a table of name = \"effect\"", "none",
     "The project's own environment variables that silently switch behaviour, reported like the "
     "built-in switches of PORT302 and PORT320, with what they do.",
     "environment-switches = { OS_NOVA_DISABLE_EVENTLET_PATCHING = \"switches eventlet monkey-patching off\" }",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       for (auto& [name, effect, line] : r.namedEntries(v.node, key)) {
         if (!SettingsReader::isVariableName(name)) {
           r.fail(line, key, "'" + name + "' is not an environment variable name (letters, digits and `_`, "
                             "optionally ending in `*` for a prefix)");
         }
         out.fileSettings.environmentSwitches.push_back({name, effect});
       }
     },
     [](const ShownSettings& s) {
       return shownTable("environment-switches", s.settings.environmentSwitches,
                         [](const ConfiguredVariable& v) { return tomlString(v.name) + " = " + tomlString(v.effect); });
     },
     "env",
     [](const FileSettings& s) {
       std::vector<std::string> items;
       for (const ConfiguredVariable& v : s.environmentSwitches) items.push_back(Json::array({v.name, v.effect}).dump());
       return sortedList(std::move(items));
     }},

    {"per-file-ignores", "table of glob = list of rule selectors", "none",
     "Rules to skip in some files. Applied after the file's and the command line's selection; the "
     "globs are relative to the configuration file.",
     "[tool.platlint.per-file-ignores]\n\"nova/tests/*\" = [\"PORT2\"]\n\"conftest.py\" = [\"PORT3\"]",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       readPerFileTable(r, key, v, out.perFileIgnores,
                        [&](const auto& value, const std::string& sub) { return r.selectors(value, sub); });
     },
     [](const ShownSettings& s) -> std::string {
       if (!s.config) return {};
       return shownPerFileTable("per-file-ignores", s.config->perFileIgnores, s, tomlList);
     },
     {}, nullptr},

    {"per-file-target", "table of glob = platform name or list of them", "none",
     "Platforms some files run on: a component the project keeps for one platform by design "
     "(`agent/linux/*`, a guest agent's distribution code, a Linux-only storage driver). A "
     "finding there is kept only where it breaks on one of these platforms and one of the "
     "targets, as if the whole file were under `if sys.platform == \"linux\":`. Several matching "
     "patterns narrow in turn; `--target` replaces `target`, not these. The globs are relative to "
     "the configuration file. Files named for one platform (`_pslinux.py`) need no entry; "
     "directories named for one (`agent/linux/`) do, as nothing picks them per platform. `platlint check "
     "--suggest-targets` lists the components that look Linux-only by design, with the entries to paste "
     "(its criteria are in `analyzer/report/target_suggestions.h`): a starting point to review, not a verdict.",
     "[tool.platlint.per-file-target]\n\"manila/share/drivers/lvm.py\" = \"linux\"\n\"cloudinit/distros/*\" = [\"linux\"]",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       readPerFileTable(r, key, v, out.perFileTargets,
                        [&](const auto& value, const std::string& sub) { return r.targets(value, sub); });
     },
     [](const ShownSettings& s) -> std::string {
       if (!s.config) return {};
       return shownPerFileTable("per-file-target", s.config->perFileTargets, s, platformList);
     },
     {}, nullptr},

    {"c-platform-macros", "table of macro name = platform name", "none",
     "The build's own macros that say which platform a C or C++ file is compiled for "
     "(`setup.py` defines `PSUTIL_LINUX` on Linux only). Code under `#ifdef PSUTIL_LINUX` or "
     "`#if defined(PSUTIL_LINUX)` is then platform-guarded like code under `#ifdef __linux__`: each "
     "platform's pass defines that platform's macros and undefines the others. A system that is "
     "none of the targets (`bsd`, `sunos`, `aix`, `other`) has its macros defined on no pass.",
     "[tool.platlint.c-platform-macros]\nPSUTIL_LINUX = \"linux\"\nPSUTIL_OSX = \"macos\"\nPSUTIL_WINDOWS = \"windows\"\nPSUTIL_BSD = \"bsd\"",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       for (auto&& [macro, value] : r.table(v.node, key)) {
         const std::string sub = std::string(key) + "." + SettingsReader::quotedKey(macro.str());
         if (!SettingsReader::isIdentifier(macro.str())) r.fail(value.source(), sub, "is not a C macro name");
         out.fileSettings.cPlatformMacros.emplace_back(std::string(macro.str()), macroPlatform(r, sub, value));
       }
     },
     [](const ShownSettings& s) {
       return shownTable("c-platform-macros", s.settings.cPlatformMacros,
                         [](const auto& entry) { return entry.first + " = " + tomlString(entry.second); });
     },
     "cmacros",
     [](const FileSettings& s) {
       std::vector<std::string> items;
       for (const auto& [macro, platform] : s.cPlatformMacros) items.push_back(macro + "=" + platform);
       return sortedList(std::move(items));
     }},

    {"severity", "table of rule selector = \"error\" | \"warning\" | \"note\"", "each rule's own level",
     "Severity overrides: the level of each finding (`level` in SARIF and JSON, the colour of the "
     "text). The most specific selector wins. They do not change which findings are reported or "
     "the exit status.",
     "[tool.platlint.severity]\nPORT7 = \"error\"\nPORT211 = \"note\"",
     [](const SettingsReader& r, std::string_view key, const TomlValue& v, ProjectConfig& out) {
       for (auto&& [selector, value] : r.table(v.node, key)) {
         const std::string sub = std::string(key) + "." + SettingsReader::quotedKey(selector.str());
         r.checkSelector(value.source(), sub, std::string(selector.str()));
         out.fileSettings.severity.emplace_back(std::string(selector.str()), r.level(value, sub));
       }
     },
     [](const ShownSettings& s) {
       return shownTable("severity", s.settings.severity, [](const std::pair<std::string, Level>& entry) {
         return entry.first + " = " + tomlString(levelName(entry.second));
       });
     },
     // The resolved level of each enabled rule whose level differs from its default, whatever
     // selectors produced it.
     "levels",
     [](const FileSettings& s) {
       std::vector<std::string> items;
       for (const RuleMeta* rule : s.rules.catalog().rules()) {
         if (!s.rules.enabled(*rule)) continue;
         const Level level = s.levelOf(*rule);
         if (level != rule->level) items.push_back(std::string(rule->id) + ':' + levelName(level));
       }
       return sortedList(std::move(items));
     }},
};

}  // namespace

std::string tomlString(std::string_view s) { return Json(s).dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string tomlList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const std::string& item : items) out += (out.size() > 1 ? ", " : "") + tomlString(item);
  return out + "]";
}

std::span<const SettingDescriptor> settingDescriptors() { return kSettings; }

const SettingDescriptor* findSetting(std::string_view key) {
  for (const SettingDescriptor& d : kSettings) {
    if (d.key == key) return &d;
  }
  return nullptr;
}

std::string unknownSettingHint(const std::string& key) {
  std::string normalized = key;
  std::replace(normalized.begin(), normalized.end(), '_', '-');
  for (const SettingDescriptor& d : kSettings) {
    const std::string known(d.key);
    if (normalized == known || normalized + "s" == known || normalized == known + "s") {
      return " (did you mean `" + known + "`?)";
    }
  }
  std::string list;
  for (const SettingDescriptor& d : kSettings) list += (list.empty() ? "" : ", ") + std::string(d.key);
  return "; platlint knows " + list;
}

void SettingsReader::read(const toml::table& table, ProjectConfig& out) const {
  for (auto&& [k, node] : table) {
    const std::string key(k.str());
    if (const SettingDescriptor* setting = findSetting(key)) {
      setting->read(*this, key, TomlValue{node}, out);
    } else if (key == "tool" && prefix_.empty()) {
      fail(node.source(), key, "platlint.toml holds its settings at the top level; `[tool.platlint]` belongs in pyproject.toml");
    } else {
      fail(node.source(), key, "unknown setting" + unknownSettingHint(key));
    }
  }
}

std::string settingsFingerprint(const FileSettings& settings) {
  Json j;
  j["v"] = 1;
  // What the selection, the configuration and the command line resolved to.
  j["rules"] = sortedList({settings.rules.enabledIds().begin(), settings.rules.enabledIds().end()});
  j["guards"] = settings.applyGuards;
  // Where a fix puts an import (fix placement); not a configuration key.
  j["first-party"] = sortedList(settings.firstPartyModules);
  j["imports-by-module"] = settings.importsSortedByModule;
  for (const SettingDescriptor& d : kSettings) {
    if (d.fingerprint) j[std::string(d.fingerprintKey)] = d.fingerprint(settings);
  }
  return j.dump(-1, ' ', true, Json::error_handler_t::replace);
}

std::string settingsReference() {
  std::string out;
  for (const SettingDescriptor& d : kSettings) {
    out += "### `" + std::string(d.key) + "`\n\n";
    out += std::string(d.summary) + "\n\n";
    out += "- Type: " + std::string(d.type) + "\n";
    out += "- Default: " + std::string(d.defaultValue) + "\n\n";
    out += "```toml\n" + std::string(d.example) + "\n```\n\n";
  }
  return out;
}

}  // namespace platlint
