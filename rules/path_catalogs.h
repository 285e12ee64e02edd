#pragma once
// The path catalogs of PORT1xx (kernel interfaces) and PORT2xx (hard-coded paths), shared by the
// Python checks and the C/C++ front end: what a path is and which rule reports it. The advice
// attached to a match is the Python one; other languages bring their own per rule.
#include <optional>
#include <string_view>

#include "analyzer/base/platform.h"
#include "analyzer/lint/rule.h"

namespace platlint {

struct PathCatalogMatch {
  const RuleMeta* rule = nullptr;
  std::string_view prefix;        // the catalog entry that matched ("/proc/mounts", "/tmp")
  std::string_view what;          // PORT2xx: completes "uses `X`, <what>"; empty for PORT1xx
  std::string_view pythonAdvice;  // completes "...; <advice>" in a Python message
  PlatformSet breaksOn;           // where the path is missing (may be narrower than the rule's)
  bool topLevelDirectory = false; // "/opt", "/mnt": only a path when used as one or extended
};

// PORT1xx: `path` (the statically known value, or its prefix when `complete` is false) names a
// Linux kernel interface. Disk device names (/dev/sda, /dev/loop0) count only when `accessed`
// (passed to a file-system call), as they usually describe some virtual machine's disks.
std::optional<PathCatalogMatch> kernelPathMatch(std::string_view path, bool complete, bool accessed);

// PORT2xx: `path` is a hard-coded absolute path. Paths PORT1xx claims are never matched here.
std::optional<PathCatalogMatch> hardcodedPathMatch(std::string_view path, bool complete);

}  // namespace platlint
