#include "rules/registry.h"

#include <algorithm>
#include <vector>

#include "rules/c_rules.h"
#include "rules/undocumented_switch.h"

namespace platlint {

// Each family's file defines its check; listing it here is all it takes to ship it.
const Check& kernelInterfaceCheck();      // PORT1xx  kernel_interfaces.cpp
const Check& environmentVariableCheck();  // PORT3xx  environment_variables.cpp
const Check& childEnvironmentCheck();     // PORT321  environment_child.cpp
const Check& hardcodedPathCheck();        // PORT201-208  hardcoded_paths.cpp
const Check& pathSeparatorCheck();        // PORT210-211  path_separators.cpp
const Check& pathStringCheck();           // PORT212-214  path_strings.cpp
const Check& platformOnlyApiCheck();      // PORT401-405  platform_only_apis.cpp
const Check& processArgumentCheck();      // PORT406  process_arguments.cpp
const Check& eventLoopMethodCheck();      // PORT407  event_loop_methods.cpp
const Check& killProbeCheck();            // PORT408, PORT417  kill_probe.cpp
const Check& cLibraryCallCheck();         // PORT418  c_library_calls.cpp
const Check& thirdPartyApiCheck();        // PORT419  third_party_apis.cpp
const Check& execSemanticsCheck();        // PORT420  exec_semantics.cpp
const Check& environmentReplacedCheck();  // PORT322  environment_replaced.cpp
const Check& signalDeliveryCheck();       // PORT409  signal_delivery.cpp
const Check& strftimeDirectiveCheck();    // PORT413  strftime_directives.cpp
const Check& localeNameCheck();           // PORT414  locale_names.cpp
const Check& errnoAliasCheck();           // PORT415  errno_aliases.cpp
const Check& whichExtensionCheck();       // PORT416  which_extension.cpp
const Check& externalCommandCheck();      // PORT501-506  external_commands.cpp
const Check& commandHelperCheck();        // PORT507  command_helpers.cpp
const Check& platformDetectionCheck();    // PORT6xx  platform_detection.cpp
const Check& linuxBranchCheck();          // PORT606  linux_branch.cpp
const Check& tlsTrustCheck();             // PORT7xx  tls_trust.cpp
const Check& fileSystemSemanticsCheck();  // PORT8xx  filesystem_semantics.cpp
const Check& caseSensitivePathCheck();    // PORT806  case_sensitive_paths.cpp
const Check& longPathLiteralCheck();      // PORT811  long_path_literal.cpp
const Check& temporaryFileReopenCheck();  // PORT813  temporary_file_reopen.cpp
const Check& optionHelpCheck();           // PORT390  undocumented_switch.cpp (help= texts)
const ProjectCheck& treeNamesCheck();     // PORT808-810  tree_names.cpp (over every path of the tree)
const ProjectCheck& helperCallCheck();    // PORT507  command_helpers.cpp (calls of other files' helpers)
const ProjectCheck& unusedWrapperCheck(); // PORT903  unused_wrappers.cpp (configured wrappers no call matches)

namespace {

const std::vector<const Check*>& checks() {
  static const std::vector<const Check*> list = {
      &kernelInterfaceCheck(),
      &environmentVariableCheck(),
      &childEnvironmentCheck(),
      &hardcodedPathCheck(),
      &pathSeparatorCheck(),
      &pathStringCheck(),
      &platformOnlyApiCheck(),
      &processArgumentCheck(),
      &eventLoopMethodCheck(),
      &killProbeCheck(),
      &cLibraryCallCheck(),
      &thirdPartyApiCheck(),
      &execSemanticsCheck(),
      &environmentReplacedCheck(),
      &signalDeliveryCheck(),
      &strftimeDirectiveCheck(),
      &localeNameCheck(),
      &errnoAliasCheck(),
      &whichExtensionCheck(),
      &externalCommandCheck(),
      &commandHelperCheck(),
      &platformDetectionCheck(),
      &linuxBranchCheck(),
      &tlsTrustCheck(),
      &fileSystemSemanticsCheck(),
      &caseSensitivePathCheck(),
      &longPathLiteralCheck(),
      &temporaryFileReopenCheck(),
      &optionHelpCheck(),
  };
  return list;
}

// Which finding names the root cause when several rules see one construct (lint/root_causes.h).
// The explained finding is folded in only where it breaks on no other platform.
using Scope = RootCause::Scope;
constexpr RootCause kRootCauses[] = {
    // open("/proc/mounts") without encoding=: the file is missing off Linux, its encoding moot.
    {"PORT1", "PORT801", Scope::Overlap},
    // os.uname()[4]: parsing uname is the cause; os.uname's absence on Windows its symptom.
    {"PORT605", "PORT402", Scope::Overlap},
    // ["sudo", "umount", dev], "systemctl restart x 2>/dev/null": the program is missing anyway.
    {"PORT501", "PORT504", Scope::SameStatement},
    {"PORT502", "PORT504", Scope::SameStatement},
    {"PORT501", "PORT503", Scope::SameStatement},
    {"PORT502", "PORT503", Scope::SameStatement},
    {"PORT505", "PORT504", Scope::SameStatement},
    // Paths that a Linux-only program is given: ["mount", dev, "/mnt/x"], ["blockdev", "/dev/sda"].
    {"PORT501", "PORT1", Scope::SameStatement},
    {"PORT501", "PORT2", Scope::SameStatement},
    {"PORT502", "PORT203", Scope::Overlap},  // ["/usr/bin/env", ...]: the tool, not its location
    // ["env", "LC_ALL=C", "blkid", dev], env={"LANG": "C"} for growpart: where the program (or `env`)
    // is missing, the variables it would have been given do not matter.
    {"PORT501", "PORT321", Scope::SameStatement},
    {"PORT502", "PORT321", Scope::SameStatement},
    {"PORT505", "PORT321", Scope::SameStatement},
    // `Popen(cmd, preexec_fn=os.setsid)`: the keyword fails on Windows whatever the hook is.
    {"PORT406", "PORT402", Scope::Overlap},
    // `loop.add_signal_handler(signal.SIGHUP, ...)`: guarding the call fixes the constant too.
    {"PORT407", "PORT403", Scope::SameStatement},
    // `if os.name == "posix":` lets every Linux-only use of its branch through to macOS.
    {"PORT603", "PORT", Scope::GuardedBranch},
    // `import fcntl` at the top of a module: on Windows the module cannot be loaded, so its other
    // Windows-only findings are reached only once that import is solved; `import pwd` in a function
    // likewise for the rest of the function. (Not PORT404: a third-party module that works only on
    // Linux may still import elsewhere.)
    {"PORT401", "PORT", Scope::UnconditionalImport},
};

}  // namespace

const RuleCatalog& builtinRules() {
  // PORT410-PORT412 are matched by the C/C++ front end (analyzer/cfamily), not by a Python check.
  static const RuleCatalog catalog(checks(), {&undocumentedSwitchCheck(), &treeNamesCheck(), &helperCallCheck(), &unusedWrapperCheck()}, cFamilyOnlyRules(), kRootCauses);
  return catalog;
}

}  // namespace platlint
