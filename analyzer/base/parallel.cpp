#include "analyzer/base/parallel.h"

#include <sched.h>

#include <filesystem>
#include <numeric>

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

std::vector<std::uintmax_t> fileSizes(const std::vector<std::string>& paths) {
  std::vector<std::uintmax_t> sizes(paths.size(), 0);
  for (size_t i = 0; i < paths.size(); ++i) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(paths[i], ec);
    if (!ec) sizes[i] = size;
  }
  return sizes;
}

std::vector<size_t> largestFirst(const std::vector<std::uintmax_t>& sizes) {
  std::vector<size_t> order(sizes.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
  return order;
}

}  // namespace platlint
