// PORT903: a `command-wrappers` pattern of the configuration that matches no call of the analysed
// files. The patterns tell PORT5xx which of the project's functions run a command line; one that is
// misspelt, or names the function differently than the imports resolve it, silently checks nothing.
// Each call that matches a configured pattern is a WrapperUse fact (commandInvocation(), also under
// a test's mock, and kept in the result cache), so the check sees a warm run as a cold one.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "analyzer/lint/file_settings.h"
#include "analyzer/lint/project_check.h"

namespace platlint {
namespace {

constexpr std::string_view kTags[] = {"configuration", "commands"};

constexpr RuleMeta kUnusedWrapper{
    "PORT903", "unused-command-wrapper", Level::Warning,
    "A `command-wrappers` pattern of the configuration matches no call in the analysed files",
    "Finds the patterns of the `command-wrappers` setting that no call of any analysed file matches, "
    "mocked calls of tests included, and reports each once, on the configuration file that sets it, with "
    "its line. A pattern matches a call by the called function's dotted name as the file's imports resolve "
    "it (`nova.privsep.utils.execute` for `from nova.privsep import utils` ... `utils.execute(...)`), or "
    "as written when no import names it (`self._run_cmd`); `*` stands for any number of components. Only a "
    "run that analyses the configuration file's whole directory (`platlint check .`) judges its patterns: "
    "one given some files (a pre-commit hook's, an editor's) or a subdirectory sees only some of the calls.",
    "A pattern that matches nothing checks nothing: the programs the wrapper runs are neither reported by "
    "PORT501-PORT505 nor listed by `platlint inventory`, and nothing says so. The usual causes are a "
    "misspelt name, a function moved to another module, or a pattern that names the function as the file "
    "that defines it does (`execute`) rather than as its callers reach it (`utils.execute`).",
    "[tool.platlint]\ncommand-wrappers = [\"myproject.utils.exceute\"]  # misspelt",
    "[tool.platlint]\ncommand-wrappers = [\"myproject.utils.execute\", \"*.rootwrap.execute_root\"]",
    PlatformSet::none(), kTags, FixAvailability::None, {}, true, "toml"};

constexpr const RuleMeta* kRules[] = {&kUnusedWrapper};

// Whether the run analysed the whole directory of the configuration file `config`: one of its paths
// is that directory or above it. A run on some files (a pre-commit hook's changed files, an editor's
// buffer) or on a subdirectory sees only some of the calls, and its unused patterns mean nothing.
bool coversDirectoryOf(const std::string& config, const std::vector<std::string>& runPaths) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path parent = fs::path(config).parent_path();
  const fs::path directory = fs::absolute(parent.empty() ? fs::path(".") : parent, ec).lexically_normal();
  return std::any_of(runPaths.begin(), runPaths.end(), [&](const std::string& p) {
    std::error_code error;
    if (!fs::is_directory(p, error)) return false;
    const fs::path root = fs::absolute(p, error).lexically_normal();
    const fs::path below = directory.lexically_relative(root);
    return !below.empty() && *below.begin() != "..";
  });
}

class UnusedWrapperCheck final : public ProjectCheck {
 public:
  std::span<const RuleMeta* const> rules() const override { return kRules; }
  std::string_view name() const override { return "PORT903 unused command wrappers"; }
  bool readsFacts(FactKind kind) const override { return kind == FactKind::WrapperUse; }
  bool applies(const ProjectContext& ctx) const override {
    for (size_t i = 0; i < ctx.fileCount(); ++i) {
      if (!ctx.settings(i).commandWrappers.empty()) return true;
    }
    return false;
  }

  void run(ProjectContext& ctx) const override {
    std::set<std::string_view> used;
    for (size_t i = 0; i < ctx.fileCount(); ++i) {
      for (const Fact& fact : ctx.file(i).facts) {
        if (fact.kind == FactKind::WrapperUse) used.insert(fact.name);
      }
    }
    // Each unused pattern, by where it is written ("pyproject.toml:12"), with the number of files it
    // applies to.
    struct Configured {
      std::string_view pattern;
      size_t files = 0;
    };
    std::map<std::string_view, Configured> byOrigin;
    for (size_t i = 0; i < ctx.fileCount(); ++i) {
      const FileSettings& settings = ctx.settings(i);
      for (size_t k = 0; k < settings.commandWrappers.size(); ++k) {
        if (used.contains(settings.commandWrappers[k])) continue;
        if (k >= settings.commandWrapperOrigins.size()) continue;  // every pattern is read from a file
        Configured& c = byOrigin[settings.commandWrapperOrigins[k]];
        c.pattern = settings.commandWrappers[k];
        ++c.files;
      }
    }
    for (const auto& [origin, c] : byOrigin) {
      const size_t colon = origin.rfind(':');  // "pyproject.toml:12"
      const bool hasLine = colon != std::string_view::npos && colon + 1 < origin.size();
      const std::string file(hasLine ? origin.substr(0, colon) : origin);
      if (!coversDirectoryOf(file, ctx.runPaths())) continue;
      const std::string line = hasLine ? " (line " + std::string(origin.substr(colon + 1)) + ")" : "";
      ctx.reportPath(file, kUnusedWrapper,
                     "the `command-wrappers` pattern `" + std::string(c.pattern) + "`" + line + " matches no call in the " +
                         std::to_string(c.files) + " analysed file" + (c.files == 1 ? "" : "s") +
                         " it applies to, so the programs it runs are not checked; write the function's dotted name "
                         "as the callers' imports resolve it (`package.module.function`, `*.module.function`)");
    }
  }
};

}  // namespace

const ProjectCheck& unusedWrapperCheck() {
  static const UnusedWrapperCheck check;
  return check;
}

}  // namespace platlint
