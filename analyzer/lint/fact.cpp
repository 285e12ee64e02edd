#include "analyzer/lint/fact.h"

namespace platlint {

std::string_view factKindName(FactKind kind) {
  switch (kind) {
    case FactKind::EnvironmentRead: return "env-read";
    case FactKind::EnvironmentWrite: return "env-write";
    case FactKind::EnvironmentSwitch: return "env-switch";
    case FactKind::KernelPath: return "kernel-path";
    case FactKind::HardcodedPath: return "hardcoded-path";
    case FactKind::Command: return "command";
    case FactKind::PlatformApi: return "platform-api";
    case FactKind::HelpMention: return "help-mention";
    case FactKind::CommandHelper: return "command-helper";
    case FactKind::ProjectCall: return "project-call";
    case FactKind::WrapperUse: return "wrapper-use";
  }
  return "env-read";
}

}  // namespace platlint
