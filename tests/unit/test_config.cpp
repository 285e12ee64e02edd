// The configuration loader (every error names file, line and key), rule selection layers, and
// the settings fingerprint.
#include <string>

#include <doctest/doctest.h>

#include "analyzer/cfamily/cfamily_options.h"
#include "analyzer/workspace/config_file.h"
#include "analyzer/workspace/ini_file.h"
#include "analyzer/workspace/settings_table.h"
#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/rule_selection.h"
#include "rules/registry.h"
#include "tests/unit/check_contains.h"

namespace platlint {
namespace {

// The message of the ConfigError that parsing `text` throws ("" when it does not throw).
std::string errorOf(const std::string& text, bool pyproject = false) {
  try {
    parseConfigText(builtinRules(), text, pyproject ? "proj/pyproject.toml" : "proj/platlint.toml", pyproject);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}

ProjectConfig parsed(const std::string& text) {
  auto config = parseConfigText(builtinRules(), text, "platlint.toml", false);
  REQUIRE(config.has_value());
  return *config;
}

bool enabled(const RuleSelection& s, std::string_view id) { return s.enabled(*builtinRules().find(id)); }

TEST_CASE("config: every setting is read") {
  const ProjectConfig c = parsed(R"(
target = ["linux", "macos"]
select = ["PORT1", "PORT5"]
extend-select = ["PORT901"]
ignore = ["PORT110"]
exclude = ["build"]
extend-exclude = ["gen/*.py"]
command-wrappers = ["nova.privsep.utils.execute", "*.run_as_root"]
linux-only-paths = ["/var/lib/libvirt/"]
environment-switches = { NOVA_DEBUG = "turns on debug logging" }
[per-file-ignores]
"tests/*" = ["PORT1"]
[per-file-target]
"agent/linux_*.py" = "linux"
"hosts/*" = ["linux", "macos"]
[severity]
PORT101 = "error"
PORT7 = "note"
)");
  CHECK(c.fileSettings.targets == (Platform::Linux | Platform::MacOS));
  CHECK(*c.select == std::vector<std::string>{"PORT1", "PORT5"});
  CHECK(c.extendSelect == std::vector<std::string>{"PORT901"});
  CHECK(c.ignore == std::vector<std::string>{"PORT110"});
  CHECK(*c.exclude == std::vector<std::string>{"build"});
  CHECK(c.extendExclude == std::vector<std::string>{"gen/*.py"});
  CHECK(c.fileSettings.commandWrappers.size() == 2);
  REQUIRE(c.fileSettings.linuxOnlyPaths.size() == 1);
  CHECK(c.fileSettings.linuxOnlyPaths[0].prefix == "/var/lib/libvirt");  // trailing '/' dropped
  REQUIRE(c.fileSettings.environmentSwitches.size() == 1);
  CHECK(c.fileSettings.environmentSwitches[0].effect == "turns on debug logging");
  REQUIRE(c.perFileIgnores.size() == 1);
  CHECK(c.perFileIgnores[0].first == "tests/*");
  REQUIRE(c.perFileTargets.size() == 2);
  CHECK(c.perFileTargets[0].second == PlatformSet(Platform::Linux));
  CHECK(c.perFileTargets[1].second == (Platform::Linux | Platform::MacOS));
  REQUIRE(c.fileSettings.severity.size() == 2);
  CHECK(c.fileSettings.severity[1] == std::pair<std::string, Level>{"PORT7", Level::Note});
}

TEST_CASE("config: the C/C++ build settings") {
  const auto c = parseConfigText(builtinRules(), R"([tool.platlint]
c-args = ["-Iinclude", "-DNAME=it's"]
compile-commands = "build"
c-platform-from-path = false
[tool.platlint.c-platform-macros]
PSUTIL_LINUX = "linux"
PSUTIL_OSX = "darwin"
PSUTIL_BSD = "bsd"
)", "proj/pyproject.toml", true);
  REQUIRE(c.has_value());
  // One argument per item, quoted so that splitCommandLine gives them back.
  CHECK(splitCommandLine(*c->cArgs) == std::vector<std::string>{"-Iinclude", "-DNAME=it's"});
  CHECK(c->compileCommands == "build");
  CHECK_FALSE(c->fileSettings.cPlatformFromPath);
  // In the table's order (toml++ sorts keys), with `darwin` as `macos`.
  CHECK(c->fileSettings.cPlatformMacros == std::vector<std::pair<std::string, std::string>>{
                                               {"PSUTIL_BSD", "bsd"}, {"PSUTIL_LINUX", "linux"}, {"PSUTIL_OSX", "macos"}});
  CHECK(parseConfigText(builtinRules(), "c-args = \"-DX=1 -Iy\"\n", "platlint.toml", false)->cArgs == "-DX=1 -Iy");
  CHECK_CONTAINS(errorOf("[c-platform-macros]\nPSUTIL_LINUX = \"all\"\n"), "`c-platform-macros.PSUTIL_LINUX`: unknown platform 'all'");
  CHECK_CONTAINS(errorOf("[c-platform-macros]\n\"1X\" = \"linux\"\n"), "is not a C macro name");
  CHECK_CONTAINS(errorOf("c-platform-from-path = 1\n"), "`c-platform-from-path`: expected true or false");
  CHECK_CONTAINS(errorOf("c-args = 3\n"), "`c-args`: expected a string of compiler flags");
  CHECK_CONTAINS(errorOf("compile-commands = \"\"\n"), "`compile-commands`: expected a directory name");
}

TEST_CASE("config: pyproject.toml without [tool.platlint] is not a configuration") {
  CHECK_FALSE(parseConfigText(builtinRules(), "[tool.ruff]\nline-length = 100\n", "pyproject.toml", true).has_value());
  const auto c = parseConfigText(builtinRules(), "[tool.ruff]\nx = 1\n[tool.platlint]\nselect = [\"PORT1\"]\n", "pyproject.toml", true);
  REQUIRE(c.has_value());
  CHECK(c->table == "[tool.platlint]");
}

TEST_CASE("config: an unknown key is an error with file, line and key") {
  CHECK_CONTAINS(errorOf("target = \"linux\"\n\nselct = [\"PORT1\"]\n"), "proj/platlint.toml:3: `selct`: unknown setting");
  CHECK_CONTAINS(errorOf("[tool.platlint]\nextend_select = [\"PORT9\"]\n", true), "proj/pyproject.toml:2: `tool.platlint.extend_select`: unknown setting (did you mean `extend-select`?)");
  CHECK_CONTAINS(errorOf("[tool.platlint]\nselect = []\n[tool.platlint.servity]\nPORT1 = \"error\"\n", true), "`tool.platlint.servity`: unknown setting");
  CHECK_CONTAINS(errorOf("[tool.platlint]\nselect = [\"PORT1\"]\n"), "`tool`: platlint.toml holds its settings at the top level");
}

TEST_CASE("config: wrong types are errors") {
  CHECK_CONTAINS(errorOf("select = \"PORT1\"\n"), "proj/platlint.toml:1: `select`: expected an array of strings");
  CHECK_CONTAINS(errorOf("ignore = [\"PORT1\",\n  2]\n"), ":2: `ignore`: expected a string, found an integer");
  CHECK_CONTAINS(errorOf("per-file-ignores = [\"x\"]\n"), "`per-file-ignores`: expected a table");
  CHECK_CONTAINS(errorOf("[severity]\nPORT101 = 3\n"), ":2: `severity.PORT101`: expected a level");
  CHECK_CONTAINS(errorOf("environment-switches = { X = 1 }\n"), "`environment-switches.X`: expected a string that explains it, found an integer");
  CHECK_CONTAINS(errorOf("linux-only-paths = true\n"), "`linux-only-paths`: expected an array of strings, or a table");
}

TEST_CASE("config: bad values are errors") {
  CHECK_CONTAINS(errorOf("select = [\"PORT1\", \"PORT999\"]\n"), "proj/platlint.toml:1: `select`: unknown rule selector 'PORT999'");
  CHECK_CONTAINS(errorOf("[per-file-ignores]\n\"tests/*\" = [\"PROT1\"]\n"), ":2: `per-file-ignores.\"tests/*\"`: unknown rule selector 'PROT1'");
  CHECK_CONTAINS(errorOf("[severity]\nPORT101 = \"fatal\"\n"), ":2: `severity.PORT101`: unknown level 'fatal'");
  CHECK_CONTAINS(errorOf("[severity]\nPORT9999 = \"error\"\n"), "`severity.PORT9999`: unknown rule selector");
  CHECK_CONTAINS(errorOf("target = [\"linux\", \"bsd\"]\n"), "proj/platlint.toml:1: `target`: unknown platform 'bsd' (expected linux, macos, windows or all)");
  CHECK_CONTAINS(errorOf("target = []\n"), "`target`: names no platform");
  CHECK_CONTAINS(errorOf("[per-file-target]\n\"agent/*\" = \"linus\"\n"),
                 ":2: `per-file-target.\"agent/*\"`: unknown platform 'linus'");
  CHECK_CONTAINS(errorOf("command-wrappers = [\"nova utils.execute\"]\n"), "`command-wrappers`: 'nova utils.execute' is not a dotted function name");
  CHECK_CONTAINS(errorOf("command-wrappers = [\"*.*\"]\n"), "is not a dotted function name");
  CHECK_CONTAINS(errorOf("linux-only-paths = [\"var/lib\"]\n"), "`linux-only-paths`: 'var/lib' is not an absolute POSIX path");
  CHECK_CONTAINS(errorOf("environment-switches = [\"MY-VAR\"]\n"), "'MY-VAR' is not an environment variable name");
  CHECK_CONTAINS(errorOf("select = [\"PORT1\"\n"), "proj/platlint.toml:");
  CHECK_CONTAINS(errorOf("select = [\"PORT1\"\n"), "invalid TOML");
  CHECK(errorOf("select = [\"ALL\", \"proc-mounts\"]\ntarget = \"darwin\"\n").empty());
}

TEST_CASE("rule selection: defaults leave PORT901 off, layers apply in order") {
  const RuleSelection defaults(builtinRules());
  CHECK(enabled(defaults, "PORT101"));
  CHECK(enabled(defaults, "PORT902"));
  CHECK_FALSE(enabled(defaults, "PORT901"));
  CHECK(enabled(RuleSelection(builtinRules(), {"ALL"}, {}), "PORT901"));
  CHECK(enabled(RuleSelection(builtinRules(), {"PORT9"}, {}), "PORT901"));

  // The configuration selects PORT1 and PORT2 but ignores PORT201; the command line adds PORT901
  // and ignores PORT102; per-file-ignores drop PORT1 entirely.
  const SelectorLayer file{std::vector<std::string>{"PORT1", "PORT2"}, {}, {"PORT201"}};
  const SelectorLayer cli{std::nullopt, {"PORT901"}, {"PORT102"}};
  const RuleSelection layered(builtinRules(), {file, cli});
  CHECK(enabled(layered, "PORT101"));
  CHECK_FALSE(enabled(layered, "PORT102"));
  CHECK_FALSE(enabled(layered, "PORT201"));
  CHECK(enabled(layered, "PORT202"));
  CHECK(enabled(layered, "PORT901"));
  CHECK_FALSE(enabled(layered, "PORT501"));
  const RuleSelection perFile(builtinRules(), {file, cli, SelectorLayer{std::nullopt, {}, {"PORT1"}}});
  CHECK_FALSE(enabled(perFile, "PORT101"));
  CHECK(enabled(perFile, "PORT202"));
  // A later `select` replaces the earlier choice.
  const RuleSelection replaced(builtinRules(), {file, SelectorLayer{std::vector<std::string>{"PORT5"}, {}, {}}});
  CHECK_FALSE(enabled(replaced, "PORT101"));
  CHECK(enabled(replaced, "PORT501"));
}

TEST_CASE("settings: severity overrides, most specific wins") {
  FileSettings s;
  s.severity = {{"PORT1", Level::Error}, {"PORT101", Level::Note}};
  CHECK(s.levelOf(*builtinRules().find("PORT101")) == Level::Note);
  CHECK(s.levelOf(*builtinRules().find("PORT102")) == Level::Error);
  CHECK(s.levelOf(*builtinRules().find("PORT701")) == builtinRules().find("PORT701")->level);
}

// Settings whose rule selection is the built-in catalogue's defaults.
FileSettings defaultSettings() {
  FileSettings s;
  s.rules = RuleSelection(builtinRules());
  return s;
}

TEST_CASE("settings: the fingerprint covers what changes results and nothing else") {
  FileSettings a = defaultSettings();
  FileSettings b = defaultSettings();
  CHECK(settingsFingerprint(a) == settingsFingerprint(b));
  // Spelling does not matter: the same enabled rules give the same fingerprint.
  b.rules = RuleSelection(builtinRules(), {"PORT000", "PORT1", "PORT2", "PORT3", "PORT4", "PORT5", "PORT6", "PORT7", "PORT8", "PORT902", "PORT903"}, {});
  CHECK(settingsFingerprint(a) == settingsFingerprint(b));
  b.commandWrappers = {"b.run", "a.run"};
  a.commandWrappers = {"a.run", "b.run"};
  CHECK(settingsFingerprint(a) == settingsFingerprint(b));
  b.commandWrappers = {"a.run"};
  CHECK(settingsFingerprint(a) != settingsFingerprint(b));

  FileSettings c = defaultSettings();
  FileSettings d = defaultSettings();
  d.targets = Platform::Windows;
  CHECK(settingsFingerprint(c) != settingsFingerprint(d));
  d = defaultSettings();
  d.applyGuards = false;
  CHECK(settingsFingerprint(c) != settingsFingerprint(d));
  d = defaultSettings();
  d.severity = {{"PORT101", Level::Error}};
  CHECK(settingsFingerprint(c) != settingsFingerprint(d));
  d.severity = {{"PORT101", builtinRules().find("PORT101")->level}};  // no change of level: same results
  CHECK(settingsFingerprint(c) == settingsFingerprint(d));
  d = defaultSettings();
  d.linuxOnlyPaths = {{"/opt/x", ""}};
  CHECK(settingsFingerprint(c) != settingsFingerprint(d));
  d = defaultSettings();
  d.environmentSwitches = {{"MY_SWITCH", ""}};
  CHECK(settingsFingerprint(c) != settingsFingerprint(d));
  d = defaultSettings();
  d.rules = RuleSelection(builtinRules(), {}, {"PORT101"});
  CHECK(settingsFingerprint(c) != settingsFingerprint(d));
  // Fixes depend on the line length and on the project's packages (where imports go).
  d = defaultSettings();
  d.lineLength = 79;
  CHECK(settingsFingerprint(c) != settingsFingerprint(d));
  d = defaultSettings();
  d.firstPartyModules = {"nova"};
  CHECK(settingsFingerprint(c) != settingsFingerprint(d));
  d = defaultSettings();
  d.lineLengthSource = "tox.ini [flake8] max-line-length";  // where it came from changes nothing
  CHECK(settingsFingerprint(c) == settingsFingerprint(d));
}

TEST_CASE("config: line-length is an integer") {
  CHECK(parsed("line-length = 100\n").lineLength == 100u);
  CHECK(parsed("line-length = 100\n").fileSettings.lineLength == 100u);
  CHECK_FALSE(parsed("target = \"all\"\n").lineLength.has_value());
  CHECK_CONTAINS(errorOf("line-length = \"79\"\n"), "proj/platlint.toml:1: `line-length`: expected a line length");
  CHECK_CONTAINS(errorOf("line-length = 5\n"), "an integer from 20 to 10000");
}

TEST_CASE("ini files: sections, both separators, comments, continuation lines, key spelling") {
  const IniFile ini = parseIni("# top\n[flake8]\nmax_line_length = 99  # hacking\nexclude =\n    .git,\n    build\n"
                               "; comment\n[isort]\nprofile: black\r\n");
  REQUIRE(ini.value("flake8", "max-line-length"));
  CHECK(*ini.value("flake8", "max-line-length") == "99");
  CHECK(*ini.value("flake8", "exclude") == "\n.git,\nbuild");
  CHECK(*ini.value("isort", "profile") == "black");
  CHECK(ini.has("isort"));
  CHECK_FALSE(ini.has("pycodestyle"));
  CHECK(ini.value("flake8", "select") == nullptr);
}

// Each setting's documented example is a valid configuration; a per-file setting changes the
// fingerprint (one the fingerprint left out would let the cache serve results computed without
// it), and a setting without a fingerprint of its own is one of selection or discovery.
TEST_CASE("settings table: every example reads, and every per-file setting reaches the fingerprint") {
  for (const SettingDescriptor& setting : settingDescriptors()) {
    CAPTURE(setting.key);
    CHECK_FALSE(setting.summary.empty());
    CHECK(findSetting(setting.key) == &setting);
    const std::string example(setting.example);
    const std::string text = example.starts_with("[") ? example : "[tool.platlint]\n" + example;
    const std::optional<ProjectConfig> config = parseConfigText(builtinRules(), text, "pyproject.toml", true);
    REQUIRE(config.has_value());
    if (!setting.fingerprint) {
      // Then it must act through the rule selection or discovery, which the fingerprint covers as a whole.
      const ProjectConfig& c = *config;
      // per-file-target acts through the file's resolved targets, which have a fingerprint; c-args
      // and compile-commands through the C/C++ front end, whose results are never cached.
      CHECK((c.select || !c.extendSelect.empty() || !c.ignore.empty() || !c.perFileIgnores.empty() || c.exclude ||
             !c.extendExclude.empty() || !c.perFileTargets.empty() || c.cArgs || !c.compileCommands.empty()));
      continue;
    }
    FileSettings configured = config->fileSettings;
    configured.rules = RuleSelection(builtinRules());
    CHECK(settingsFingerprint(configured) != settingsFingerprint(defaultSettings()));
  }
}

TEST_CASE("settings table: a misspelt key is named with the key it resembles") {
  CHECK(unknownSettingHint("extend_select") == " (did you mean `extend-select`?)");
  CHECK(unknownSettingHint("command-wrapper") == " (did you mean `command-wrappers`?)");
  const std::string list = unknownSettingHint("colour");
  for (const SettingDescriptor& setting : settingDescriptors()) CHECK_CONTAINS(list, std::string(setting.key));
}

}  // namespace
}  // namespace platlint
