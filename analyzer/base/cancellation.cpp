#include "analyzer/base/cancellation.h"

#include <csignal>

#include <atomic>

namespace platlint {
namespace {

// Lock-free, hence safe to store from a signal handler and to read from any thread.
std::atomic<int> stopSignal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void recordStopSignal(int signal) {
  int expected = 0;
  stopSignal.compare_exchange_strong(expected, signal);
}

}  // namespace

void installStopSignalHandlers() {
  struct sigaction action {};
  action.sa_handler = recordStopSignal;
  sigemptyset(&action.sa_mask);
  // SA_RESETHAND: the second Ctrl-C kills at once. No SA_RESTART: a read blocked on a FIFO or a
  // hung network file system returns EINTR, so the stop is not held up by it.
  action.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

bool stopRequested() { return stopSignal.load(std::memory_order_relaxed) != 0; }

int stopExitCode() {
  const int signal = stopSignal.load(std::memory_order_relaxed);
  return signal == 0 ? 0 : 128 + signal;
}

std::string stopDescription() {
  const int signal = stopSignal.load(std::memory_order_relaxed);
  if (signal == SIGINT) return "interrupted by SIGINT";
  if (signal == SIGTERM) return "terminated by SIGTERM";
  return "stopped by signal " + std::to_string(signal);
}

Deadline Deadline::after(std::chrono::milliseconds budget) {
  Deadline d;
  d.at_ = std::chrono::steady_clock::now() + budget;
  return d;
}

bool Deadline::expired() const { return cancelled() || (at_ && std::chrono::steady_clock::now() >= *at_); }

}  // namespace platlint
