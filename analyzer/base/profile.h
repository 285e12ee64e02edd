#pragma once
// `platlint check --profile`: where the time goes, per phase, measured by the tool itself.
// Each worker thread fills its own Profile (no locking on the hot path); the run merges them.
// With profiling off every timer is a null pointer test and nothing else.
#include <array>
#include <string_view>
#include <vector>
#include <chrono>
#include <cstdint>
#include <iosfwd>

namespace platlint {

enum class Phase : uint8_t {
  Discovery,      // finding the files (git ls-files, directory walk, excludes)
  CacheLookup,    // hashing contents and reading cached results
  Read,           // reading file bytes
  Decode,         // BOM, PEP 263, UTF-8 validation, line table
  Parse,          // tree-sitter
  SemanticModel,  // parent index, imports, bindings, guard analysis
  Rules,          // the dispatch walk and every check's work (split by family below)
  Documentation,  // reading the project's documentation for PORT390, once per run
  Suppression,    // applying suppressions and baselines to a file's findings
  CacheStore,     // writing results to the cache
  Report,         // rendering and writing the report
  Count
};
constexpr size_t kPhaseCount = static_cast<size_t>(Phase::Count);
const char* phaseName(Phase phase);

struct PhaseStat {
  uint64_t wallNs = 0;
  uint64_t cpuNs = 0;
  uint64_t count = 0;  // how many times the phase ran (files, for per-file phases)
};

struct Profile {
  std::array<PhaseStat, kPhaseCount> phases{};
  // Time inside each check's visit() calls, by the check's name (Check::name()); wall clock only.
  struct CheckTime {
    std::string_view name;
    uint64_t ns = 0;
    uint64_t visits = 0;
  };
  std::vector<CheckTime> checks;  // in the order of the engine's checks
  uint64_t files = 0;
  uint64_t bytes = 0;
  uint64_t cacheHits = 0;

  void merge(const Profile& other);
};

uint64_t threadCpuNs();
inline uint64_t wallNs() {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
}

// Adds the wall and CPU time of its scope to `phase` of `profile` (nothing when it is null).
class PhaseTimer {
 public:
  PhaseTimer(Profile* profile, Phase phase) : profile_(profile), phase_(phase) {
    if (profile_) {
      wall_ = wallNs();
      cpu_ = threadCpuNs();
    }
  }
  ~PhaseTimer() { stop(); }
  // Ends the measurement before the scope does.
  void stop() {
    if (!profile_) return;
    PhaseStat& s = profile_->phases[static_cast<size_t>(phase_)];
    s.wallNs += wallNs() - wall_;
    s.cpuNs += threadCpuNs() - cpu_;
    ++s.count;
    profile_ = nullptr;
  }
  PhaseTimer(const PhaseTimer&) = delete;
  PhaseTimer& operator=(const PhaseTimer&) = delete;

 private:
  Profile* profile_;
  Phase phase_;
  uint64_t wall_ = 0;
  uint64_t cpu_ = 0;
};

// The table printed to stderr: per phase wall (summed over workers) and CPU seconds and share,
// per rule family, files, bytes, MB/s, cache hits, and the run's own wall time.
void printProfile(std::ostream& out, const Profile& profile, double runWallSeconds, unsigned jobs);

}  // namespace platlint
