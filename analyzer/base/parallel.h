#pragma once
// A minimal worker pool: runs work(index, worker) for every index in [0, count) on up to `jobs`
// threads, each index exactly once. Workers take the next index from a shared counter, so a slow
// file does not hold up the rest; callers write results into slot `index`, which makes the
// output order independent of scheduling.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstddef>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace platlint {

// The number of workers for --jobs 0 (the default): the cores this process may use.
unsigned defaultJobs();

// The size in bytes of each of `paths` (0 for an unreadable one).
std::vector<std::uintmax_t> fileSizes(const std::vector<std::string>& paths);

// The indices of files of `sizes` (fileSizes), largest first, ties in index order. Workers that
// take files in this order finish together: taken in discovery order, the largest module of a
// tree often starts last and leaves the other cores idle while one parses it.
std::vector<size_t> largestFirst(const std::vector<std::uintmax_t>& sizes);

// `makeWorker(worker)` is called once on each worker thread (to build per-thread state such as a
// parser); the object it returns is passed to work(state, index). The first exception a worker
// throws stops the pool (other workers finish their current index) and is rethrown here.
template <typename MakeWorker, typename Work>
void parallelFor(size_t count, unsigned jobs, MakeWorker&& makeWorker, Work&& work) {
  const unsigned threads = static_cast<unsigned>(std::max<size_t>(1, std::min<size_t>(jobs == 0 ? 1 : jobs, count)));
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr error;
  std::mutex errorMutex;
  auto run = [&](unsigned worker) {
    try {
      auto state = makeWorker(worker);
      for (size_t i = next++; i < count && !failed; i = next++) work(state, i);
    } catch (...) {
      const std::lock_guard lock(errorMutex);
      if (!error) error = std::current_exception();
      failed = true;
    }
  };
  if (threads == 1) {
    run(0);
  } else {
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (unsigned w = 1; w < threads; ++w) pool.emplace_back(run, w);
    run(0);
    for (std::thread& t : pool) t.join();
  }
  if (error) std::rethrow_exception(error);
}

}  // namespace platlint
