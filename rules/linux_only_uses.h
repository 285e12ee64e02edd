#pragma once
// What a block of code uses that exists only on Linux, as PORT603 and PORT606 judge a platform
// check by the code it lets through: a Linux kernel file, a standard-library name typeshed declares
// for Linux only, a Linux-only program (PORT501's table).
#include <functional>
#include <span>
#include <string>

#include "analyzer/base/platform.h"
#include "analyzer/semantic/guard_analysis.h"
#include "analyzer/semantic/semantic_model.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

enum class LinuxOnlyKind { KernelFile, StdlibName, Program };

struct LinuxOnlyUse {
  Node node;
  LinuxOnlyKind kind;
  std::string described;  // completes "uses ...": "`/proc/meminfo`, which exists only on Linux"
};

// Calls `visit` for each Linux-only use in `block`, in source order, that the guards inside the
// block let run on one of `runsOn`; stops when `visit` returns true. A call of a function of the
// file that returns a kernel file's path (`os.listdir(get_sys_class_path())`) is a use of that file.
void forEachLinuxOnlyUse(Node block, const SemanticModel& model, const GuardAnalysis& guards,
                         std::span<const std::string> commandWrappers, PlatformSet runsOn,
                         const std::function<bool(const LinuxOnlyUse&)>& visit);

}  // namespace platlint
