#include "analyzer/base/profile.h"

#include <time.h>

#include <cstdio>
#include <ostream>

namespace platlint {

const char* phaseName(Phase phase) {
  switch (phase) {
    case Phase::Discovery: return "discovery";
    case Phase::CacheLookup: return "cache lookup";
    case Phase::Read: return "read";
    case Phase::Decode: return "decode";
    case Phase::Parse: return "parse";
    case Phase::SemanticModel: return "semantic model";
    case Phase::Rules: return "rules";
    case Phase::Documentation: return "documentation";
    case Phase::Suppression: return "suppression";
    case Phase::CacheStore: return "cache store";
    case Phase::Report: return "report";
    case Phase::Count: break;
  }
  return "?";
}

void Profile::merge(const Profile& other) {
  for (size_t i = 0; i < kPhaseCount; ++i) {
    phases[i].wallNs += other.phases[i].wallNs;
    phases[i].cpuNs += other.phases[i].cpuNs;
    phases[i].count += other.phases[i].count;
  }
  if (checks.size() < other.checks.size()) checks.resize(other.checks.size());
  for (size_t i = 0; i < other.checks.size(); ++i) {
    if (checks[i].name.empty()) checks[i].name = other.checks[i].name;
    checks[i].ns += other.checks[i].ns;
    checks[i].visits += other.checks[i].visits;
  }
  files += other.files;
  bytes += other.bytes;
  cacheHits += other.cacheHits;
}

uint64_t threadCpuNs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000ull + static_cast<uint64_t>(ts.tv_nsec);
}

namespace {

std::string line(const char* format, auto... args) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, format, args...);
  return buffer;
}

}  // namespace

void printProfile(std::ostream& out, const Profile& p, double runWallSeconds, unsigned jobs) {
  const double mb = static_cast<double>(p.bytes) / 1e6;
  out << line("platlint profile: %llu files, %.1f MB, %u job%s, %.3f s wall, %.1f MB/s, %llu cache hit%s\n",
              static_cast<unsigned long long>(p.files), mb, jobs, jobs == 1 ? "" : "s", runWallSeconds,
              runWallSeconds > 0 ? mb / runWallSeconds : 0.0, static_cast<unsigned long long>(p.cacheHits),
              p.cacheHits == 1 ? "" : "s");
  uint64_t totalWall = 0;
  for (const PhaseStat& s : p.phases) totalWall += s.wallNs;
  // Per-file phases run on several workers: their wall times are summed over the workers, so
  // with --jobs N the column can add up to about N times the run's wall time.
  out << line("  %-16s %10s %10s %7s %8s\n", "phase", "wall s", "cpu s", "share", "count");
  for (size_t i = 0; i < kPhaseCount; ++i) {
    const PhaseStat& s = p.phases[i];
    if (s.count == 0) continue;
    out << line("  %-16s %10.3f %10.3f %6.1f%% %8llu\n", phaseName(static_cast<Phase>(i)), static_cast<double>(s.wallNs) / 1e9, static_cast<double>(s.cpuNs) / 1e9,
                totalWall ? 100.0 * static_cast<double>(s.wallNs) / static_cast<double>(totalWall) : 0.0,
                static_cast<unsigned long long>(s.count));
  }
  bool header = false;
  for (const Profile::CheckTime& c : p.checks) {
    if (c.visits == 0) continue;
    if (!header) {
      out << "  rules by check (wall s, node visits; included in \"rules\"):\n";
      header = true;
    }
    out << line("    %-34.*s %8.3f %10llu\n", static_cast<int>(c.name.size()), c.name.data(), static_cast<double>(c.ns) / 1e9,
                static_cast<unsigned long long>(c.visits));
  }
}

}  // namespace platlint
