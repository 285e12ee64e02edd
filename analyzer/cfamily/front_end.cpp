#include "analyzer/cfamily/front_end_module.h"

#include <dlfcn.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

#include <clang/Basic/Version.h>
#include <clang/Tooling/ArgumentsAdjusters.h>

#include "analyzer/base/platform_paths.h"
#include "analyzer/cfamily/clang_pass.h"
#include "analyzer/cfamily/compile_commands.h"
#include "analyzer/lint/findings.h"
#include "analyzer/syntax/source_file.h"
#include "platlint_build_id.h"
#include "rules/c_rules.h"

namespace platlint {
namespace {

namespace fs = std::filesystem;

// The build's own configuration runs on Linux; the other passes see the code as macOS and
// Windows compilers would, as far as the predefined platform macros decide. The host's headers
// stay in place (another target's are not installed), so those passes may report errors, which
// are ignored: they exist to see the code in branches that Linux does not compile.
struct PlatformPass {
  Platform platform;
  std::vector<std::string> macroArgs;
};

const std::vector<PlatformPass>& otherPlatformPasses() {
  static const std::vector<PlatformPass> passes = {
      {Platform::MacOS,
       {"-U__linux__", "-U__linux", "-Ulinux", "-U__gnu_linux__", "-D__APPLE__=1", "-D__MACH__=1"}},
      {Platform::Windows,
       {"-U__linux__", "-U__linux", "-Ulinux", "-U__gnu_linux__", "-U__unix__", "-U__unix", "-Uunix", "-U__ELF__",
        "-D_WIN32=1", "-D_WIN64=1", "-DWIN32=1"}},
  };
  return passes;
}

// Appends options to a command line, before a "--" that ends the options (interpolated
// database commands have one).
void addOptions(std::vector<std::string>& commandLine, const std::vector<std::string>& options) {
  commandLine.insert(std::find(commandLine.begin(), commandLine.end(), "--"), options.begin(), options.end());
}

bool isCppExtension(const std::string& path) {
  const std::string ext = fs::path(path).extension().string();
  return ext == ".cc" || ext == ".cpp" || ext == ".cxx" || ext == ".hpp" || ext == ".hh" || ext == ".hxx" ||
         ext == ".c++" || ext == ".h++";
}

// The compiler command line for `absolute`: the database's (adjusted to only parse), or a plain
// clang invocation with --c-args.
PassInput baseInput(const std::string& absolute, const std::string& bytes, const CFamilyOptions& options) {
  PassInput input;
  input.mainFile = absolute;
  input.bytes = &bytes;
  std::optional<clang::tooling::CompileCommand> command;
  if (options.compileCommands) command = options.compileCommands->commandFor(absolute);
  std::vector<std::string> args;
  if (command) {
    input.directory = command->Directory;
    args = command->CommandLine;
    // The database may name the file relative to its directory: use the path the bytes are mapped at.
    for (std::string& a : args) {
      if (a == command->Filename) a = absolute;
    }
  } else {
    std::error_code ec;
    input.directory = fs::current_path(ec).string();
    args = {isCppExtension(absolute) ? "clang++" : "clang", absolute};
  }
  const std::string fileName = absolute;
  args = clang::tooling::getClangSyntaxOnlyAdjuster()(args, fileName);
  args = clang::tooling::getClangStripOutputAdjuster()(args, fileName);
  args = clang::tooling::getClangStripDependencyFileAdjuster()(args, fileName);
  args = clang::tooling::getStripPluginsAdjuster()(args, fileName);
  std::vector<std::string> extra = options.extraArgs;
  if (!options.resourceDir.empty()) extra.push_back("-resource-dir=" + options.resourceDir);
  for (const std::string& dir : options.pythonIncludeDirs) {
    extra.push_back("-idirafter");
    extra.push_back(dir);
  }
  // Warnings are not findings; -w also keeps a database's -Werror from turning them into errors.
  // Without spell checking, Clang's error recovery cannot turn an undeclared `zone` into a
  // reference to glibc's `clone`.
  extra.insert(extra.end(),
               {"-w", "-fno-color-diagnostics", "-fno-caret-diagnostics", "-ferror-limit=0", "-fno-spell-checking"});
  addOptions(args, extra);
  input.commandLine = std::move(args);
  return input;
}

using FindingKey = std::tuple<std::string_view, uint32_t, uint32_t>;

// The findings of all passes, once each: code that only another platform compiles is seen only
// by that platform's pass.
void merge(std::map<FindingKey, PassFinding>& merged, PassResult& pass) {
  for (PassFinding& f : pass.findings) merged.try_emplace(FindingKey{f.rule->id, f.begin, f.end}, std::move(f));
}

bool skipped(const PassResult& pass, uint32_t offset) {
  return std::any_of(pass.skippedRanges.begin(), pass.skippedRanges.end(),
                     [&](const auto& r) { return offset >= r.first && offset < r.second; });
}

std::string resourceDirectory() {
  const auto usable = [](const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / "include" / "stddef.h", ec);
  };
  // Next to the libclang-cpp this process loaded: lib/libclang-cpp.so -> lib/clang/VERSION.
  Dl_info info{};
  if (::dladdr(reinterpret_cast<void*>(&clang::getClangFullVersion), &info) != 0 && info.dli_fname) {
    const fs::path candidate = fs::path(info.dli_fname).parent_path() / "clang" / CLANG_VERSION_STRING;
    if (usable(candidate)) return candidate.string();
  }
#ifdef PLATLINT_CLANG_RESOURCE_DIR
  if (usable(PLATLINT_CLANG_RESOURCE_DIR)) return PLATLINT_CLANG_RESOURCE_DIR;
#endif
  return {};
}

std::shared_ptr<const CompileCommands> loadDatabase(const std::string& directory) {
  return std::make_shared<const CompileCommands>(directory);
}

// The platform a header belongs to when this (Linux) machine lacks it: a file that includes it
// unconditionally is built for that platform only. Empty for headers of no known platform (the
// project's own, a library that is not installed).
std::string platformOfMissingHeader(std::string_view header) {
  if (const auto finding = matchPlatformHeader(header); finding && finding->rule->id == std::string_view("PORT411")) {
    return "windows";
  }
  // The Mach kernel, Apple's frameworks and libproc are macOS's; the rest below the BSDs'.
  for (std::string_view prefix : {"mach/", "mach-o/", "CoreFoundation/", "IOKit/", "Carbon/", "libproc.h",
                                  "sys/proc_info.h", "AvailabilityMacros.h", "TargetConditionals.h"}) {
    if (header.starts_with(prefix)) return "macos";
  }
  for (std::string_view bsd : {"kvm.h", "libutil.h", "devstat.h", "libprocstat.h", "sys/sysctl.h", "sys/vmmeter.h",
                               "sys/user.h", "sys/proc.h", "sys/cpuset.h", "sys/swap.h", "sys/sched.h",
                               "netinet/in_pcb.h", "net/if_dl.h", "sys/dkstat.h", "sys/disk.h"}) {
    if (header == bsd) return "bsd";
  }
  for (std::string_view sunos : {"kstat.h", "sys/mnttab.h", "procfs.h", "zone.h", "sys/proc.h", "inet/tcp.h"}) {
    if (header == sunos) return "sunos";
  }
  if (header == "libperfstat.h" || header == "sys/procfs.h" || header == "procinfo.h") return "aix";
  return {};
}

bool isHeaderPath(const std::string& path) {
  const std::string ext = fs::path(path).extension().string();
  return ext == ".h" || ext == ".hh" || ext == ".hpp" || ext == ".hxx" || ext == ".h++";
}

// -D for the configured build macros of `platform` (`c-platform-macros`), -U for the others: a
// file's branches on them are then seen as each platform's compiler sees them.
std::vector<std::string> platformMacroArgs(const FileSettings& settings, std::string_view platform) {
  std::vector<std::string> args;
  for (const auto& [macro, macroPlatform] : settings.cPlatformMacros) {
    args.push_back(macroPlatform == platform ? "-D" + macro + "=1" : "-U" + macro);
  }
  return args;
}

CFamilyResult skippedAs(const std::string& path, CFamilyResult::Grouped grouped, std::string platform = {}) {
  CFamilyResult out;
  out.file.path = path;
  // Counted by the run's notice that says why, not as a file that could not be analysed (as
  // FileResult::pathOnly paths count neither as analysed nor as skipped).
  out.file.pathOnly = true;
  out.file.language.clear();
  out.grouped = grouped;
  out.platform = std::move(platform);
  return out;
}

CFamilyResult analyzeFile(const std::string& path, const std::string& bytes, const CFamilyOptions& options) {
  const FileSettings& settings = options.settings;
  std::error_code ec;
  const std::string absolute = fs::absolute(path, ec).lexically_normal().string();
  // A database given is the build's word on what is compiled here: a source file it does not
  // list belongs to another configuration or platform. Headers are never listed; a file named on
  // the command line (a pre-commit hook's staged file) is analysed in any case.
  if (options.compileCommands && !options.namedOnCommandLine && !isHeaderPath(absolute) &&
      !options.compileCommands->lists(absolute)) {
    return skippedAs(path, CFamilyResult::Grouped::NotInDatabase);
  }
  std::string namedFor;  // the platform the file's path names; empty: none (or not asked for)
  PlatformSet fileIsFor = PlatformSet::all();
  if (settings.cPlatformFromPath) {
    if (const std::optional<PathPlatform> named = platformNamedByPath(path)) {
      namedFor = named->name;
      fileIsFor = named->platforms;
    }
  }
  // Named for platforms none of which is a target: nothing in it could be reported.
  if (!namedFor.empty() && settings.applyGuards && (fileIsFor & settings.targets).empty()) {
    return skippedAs(path, CFamilyResult::Grouped::OtherPlatform, namedFor);
  }

  CFamilyResult out;
  FileResult& result = out.file;
  result.path = path;
  if (looksBinary(bytes)) {
    result.notices.push_back({FileNotice::Kind::Binary, Level::Warning,
                              "skipped: the file contains NUL bytes and looks binary", {0, 0}});
    return out;
  }
  PassInput linuxInput = baseInput(absolute, bytes, options);
  addOptions(linuxInput.commandLine, platformMacroArgs(settings, platformName(Platform::Linux)));
  PassResult primary = runClangPass(linuxInput);
  if (!primary.ran) {
    result.notices.push_back({FileNotice::Kind::SyntaxError, Level::Error,
                              "not analysed: Clang could not make a compile job of its command line: " +
                                  primary.driverError,
                              {0, 0}});
    return out;
  }
  result.analyzed = true;
  result.language = primary.cplusplus ? "cpp" : "c";

  std::map<FindingKey, PassFinding> merged;
  merge(merged, primary);
  // Where no conditional but an include guard exists, every platform compiles what Linux does.
  const uint32_t guards = primary.includeGuarded ? 1 : 0;
  std::vector<std::pair<Platform, PassResult>> others;
  if (primary.conditionalDirectives > guards) {
    for (const PlatformPass& other : otherPlatformPasses()) {
      PassInput input = linuxInput;
      addOptions(input.commandLine, other.macroArgs);
      addOptions(input.commandLine, platformMacroArgs(settings, platformName(other.platform)));
      others.emplace_back(other.platform, runClangPass(input));
      merge(merged, others.back().second);
    }
  }
  // The platforms that compile the code at `offset`: those whose pass did not skip it, among
  // those the file's name is for.
  const auto compiledOn = [&](uint32_t offset) {
    PlatformSet where = skipped(primary, offset) ? PlatformSet::none() : PlatformSet(Platform::Linux);
    for (Platform p : {Platform::MacOS, Platform::Windows}) {
      const auto pass = std::find_if(others.begin(), others.end(), [&](const auto& o) { return o.first == p; });
      if (pass == others.end() || (pass->second.ran && !skipped(pass->second, offset))) where = where | p;
    }
    return where & fileIsFor;
  };

  const SourceFile source(path, bytes);
  // SourceFile drops a UTF-8 byte-order mark; Clang's offsets count it.
  const uint32_t shift = source.hadBom() ? 3 : 0;
  const auto at = [&](uint32_t offset) { return source.position(offset >= shift ? offset - shift : 0); };
  for (auto& [key, f] : merged) {
    const RuleMeta& rule = *f.rule;
    if (!settings.rules.enabled(rule)) continue;
    // Code breaks only on the platforms that compile it: a guard keeps it from the others.
    const PlatformSet breaksOn = keptOn(settings, f.breaksOn, [&, begin = f.begin] { return compiledOn(begin); });
    if (breaksOn.empty()) continue;
    const TextRange range{f.begin - std::min(f.begin, shift), f.end - std::min(f.end, shift), at(f.begin), at(f.end)};
    // "(breaks on ...)" as Python findings say.
    result.diagnostics.push_back(makeFinding(rule, settings, range,
                                             std::move(f.message) + platformNote(breaksOn), breaksOn));
  }
  orderFindings(result.diagnostics);

  if (primary.errors == 0) return out;
  // A file of another platform fails here for want of that platform's headers: said once for
  // all such files (CFamilyRun::notices), not by a notice in each.
  std::string platform = fileIsFor != PlatformSet(Platform::Linux) ? namedFor : "";
  for (size_t i = 0; platform.empty() && i < primary.missingHeaders.size(); ++i) {
    platform = platformOfMissingHeader(primary.missingHeaders[i]);
  }
  if (!platform.empty()) {
    out.grouped = CFamilyResult::Grouped::ForeignHeaders;
    out.platform = std::move(platform);
    out.firstError = primary.firstError;
    return out;
  }
  std::string message = "Clang reported " + std::to_string(primary.errors) +
                        (primary.errors == 1 ? " error" : " errors") + " (first: " + primary.firstError +
                        "); findings may be incomplete. Give the build's flags with --compile-commands or --c-args";
  const SourcePosition where = primary.firstErrorInMainFile ? at(primary.firstErrorOffset) : SourcePosition{0, 0};
  result.notices.push_back({FileNotice::Kind::SyntaxError, Level::Warning, std::move(message), where});
  return out;
}

}  // namespace

}  // namespace platlint

extern "C" __attribute__((visibility("default"))) const platlint::CFamilyModule* platlint_cfamily_module() {
  static const platlint::CFamilyModule module{PLATLINT_BUILD_ID, &platlint::resourceDirectory,
                                              &platlint::loadDatabase, &platlint::analyzeFile};
  return &module;
}
