#pragma once
// Stopping analysis early, for three reasons: the user interrupted the run (SIGINT/SIGTERM), one
// file used up its time budget (--file-timeout), or the language server no longer wants the
// analysis (a newer edit of the buffer arrived, or the client cancelled the request). All are polled: between files, while tree-sitter
// parses (its progress callback), and during the rule walk. An interrupted run writes no report
// at all, rather than a partial one that looks complete.
#include <atomic>
#include <chrono>
#include <optional>
#include <string>

namespace platlint {

// Installs SIGINT and SIGTERM handlers that only record the signal (async-signal-safe). A second
// signal of the same kind gets the default action, so a stuck run can still be killed.
void installStopSignalHandlers();
// True once a stop signal arrived; cheap enough to call per node.
bool stopRequested();
// 128 + the signal number (130 for SIGINT, 143 for SIGTERM), the shell's convention; 0 if none.
int stopExitCode();
// What stderr says when a run stops early: "interrupted by SIGINT".
std::string stopDescription();

// A point in time after which one file's analysis gives up. The default never expires.
class Deadline {
 public:
  Deadline() = default;
  static Deadline after(std::chrono::milliseconds budget);
  // Also expires once `*cancelled` is true (set from another thread); null: no such flag.
  void cancelWhen(const std::atomic<bool>* cancelled) { cancelled_ = cancelled; }
  bool cancelled() const { return cancelled_ && cancelled_->load(std::memory_order_relaxed); }
  bool expired() const;
  // Expired, or the whole run is stopping: the analysis of this file should end now.
  bool shouldStop() const { return stopRequested() || expired(); }

 private:
  std::optional<std::chrono::steady_clock::time_point> at_;
  const std::atomic<bool>* cancelled_ = nullptr;
};

}  // namespace platlint
