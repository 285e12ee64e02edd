#include "analyzer/parallel.h"

#include <sched.h>

namespace platlint {

unsigned defaultJobs() {
  // The affinity mask is what this process may actually run on (taskset, container cpusets);
  // hardware_concurrency() counts the machine's cores.
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    const int n = CPU_COUNT(&set);
    if (n > 0) return static_cast<unsigned>(n);
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace platlint
