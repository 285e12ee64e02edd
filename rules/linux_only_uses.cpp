#include "rules/linux_only_uses.h"

#include <optional>
#include <string_view>
#include <vector>

#include "analyzer/semantic/availability.h"
#include "analyzer/semantic/scopes.h"
#include "rules/command_calls.h"
#include "rules/path_use.h"
#include "rules/program_table.h"

namespace platlint {
namespace {

constexpr std::string_view kLinuxKernelPaths[] = {"/proc",          "/sys",       "/dev/disk", "/dev/shm",
                                                  "/etc/os-release", "/etc/mtab", "/dev/mapper", "/dev/kvm"};
// How many nodes of a block the scan inspects; blocks are rarely larger.
constexpr size_t kMaxScannedNodes = 20000;

bool isKernelPath(std::string_view path) {
  for (std::string_view p : kLinuxKernelPaths) {
    if (pathIsUnder(path, p)) return true;
  }
  return false;
}

// The kernel path a call of a function of this file returns, when its one return gives a known
// value (`def get_sys_class_path(): return SYS_CLASS_NET`).
std::optional<std::string> kernelPathReturnedBy(Node call, const SemanticModel& model) {
  const Node function = call.field("function");
  const Node arguments = call.field("arguments");
  if (!function || !function.is("identifier") || !arguments || arguments.namedChildCount() != 0) return std::nullopt;
  const Node definition = model.functionDefinition(function.text());
  if (!definition) return std::nullopt;
  const std::vector<Node> values = returnedValues(definition);
  if (values.size() != 1) return std::nullopt;
  const auto value = model.stringValue(values.front());
  if (!value || !value->complete || !isKernelPath(value->value)) return std::nullopt;
  return value->value;
}

}  // namespace

void forEachLinuxOnlyUse(Node block, const SemanticModel& model, const GuardAnalysis& guards,
                         std::span<const std::string> commandWrappers, PlatformSet runsOn,
                         const std::function<bool(const LinuxOnlyUse&)>& visit) {
  std::vector<Node> stack{block};
  size_t visited = 0;
  const auto runs = [&](Node n) { return !(guards.reachableOn(n) & runsOn).empty(); };
  while (!stack.empty() && visited++ < kMaxScannedNodes) {
    const Node n = stack.back();
    stack.pop_back();
    const std::string_view k = n.kind();
    if (k == "string") {
      if (const auto use = absolutePathUse(n, model); use && isKernelPath(use->value.value) && runs(n)) {
        if (visit({n, LinuxOnlyKind::KernelFile, "`" + use->shown() + "`, which exists only on Linux"})) return;
      }
      continue;
    }
    if (k == "call") {
      if (const auto command = commandInvocation(n, model, commandWrappers)) {
        for (const ProgramUse& p : programsOf(*command)) {
          if (linuxOnlyCommand(p.name) && runs(n) &&
              visit({n, LinuxOnlyKind::Program, "the Linux-only program `" + p.name + "`"})) {
            return;
          }
        }
      }
      if (const auto path = kernelPathReturnedBy(n, model); path && runs(n)) {
        if (visit({n, LinuxOnlyKind::KernelFile,
                   "`" + std::string(n.text()) + "`, which returns `" + *path + "`, a path that exists only on Linux"})) {
          return;
        }
      }
    }
    if (k == "attribute" || (k == "identifier" && !(n.parent() && n.parent().is("attribute")))) {
      const std::string_view q = model.qualifiedName(n);
      if (!q.empty() && !q.starts_with("builtins.")) {
        const auto a = stdlibAvailability(q);
        if (a && a->platforms == PlatformSet(Platform::Linux) && runs(n) &&
            visit({n, LinuxOnlyKind::StdlibName, "`" + std::string(q) + "`, which exists only on Linux"})) {
          return;
        }
      }
      // A dotted name's object is a prefix of the same name; `open(...).read` holds a call to scan.
      if (k == "attribute" && !q.empty()) continue;
    }
    for (uint32_t i = n.namedChildCount(); i-- > 0;) stack.push_back(n.namedChild(i));
  }
}

}  // namespace platlint
