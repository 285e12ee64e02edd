#include "analyzer/lint/diagnostic.h"

namespace platlint {

const char* levelName(Level level) {
  switch (level) {
    case Level::Note: return "note";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
  }
  return "warning";  // unreachable for valid enumerators
}

std::string platformNote(PlatformSet breaksOn) {
  if (breaksOn == PlatformSet::all()) return " (on every platform)";
  return " (breaks on " + breaksOn.describe() + ")";
}

}  // namespace platlint
