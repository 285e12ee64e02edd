#include "analyzer/base/unified_diff.h"

#include <algorithm>
#include <vector>

namespace platlint {
namespace {

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

enum class Op { Equal, Delete, Insert };

struct Step {
  Op op;
  size_t a;  // line index in `before` (Equal, Delete)
  size_t b;  // line index in `after` (Equal, Insert)
};

// Myers' shortest edit script for a[lo..) vs b[lo..) without their common suffix, appended to `out`.
void myers(const std::vector<std::string_view>& a, size_t aBegin, size_t aEnd, const std::vector<std::string_view>& b,
           size_t bBegin, size_t bEnd, std::vector<Step>& out) {
  const auto n = static_cast<long>(aEnd - aBegin);
  const auto m = static_cast<long>(bEnd - bBegin);
  auto equal = [&](long x, long y) { return a[aBegin + static_cast<size_t>(x)] == b[bBegin + static_cast<size_t>(y)]; };
  // trace[d] holds V before step d for diagonals -d-1..d+1 (index k + d + 1).
  std::vector<std::vector<long>> trace;
  std::vector<long> v{0, 0, 0};  // diagonals -1, 0, 1 before step 0: V[1] = 0
  long dFinal = -1;
  for (long d = 0; d <= n + m; ++d) {
    trace.push_back(v);
    std::vector<long> next(static_cast<size_t>(2 * d + 5), 0);
    auto at = [&](const std::vector<long>& vec, long dd, long k) { return vec[static_cast<size_t>(k + dd + 1)]; };
    bool done = false;
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && at(v, d, k - 1) < at(v, d, k + 1))) ? at(v, d, k + 1) : at(v, d, k - 1) + 1;
      long y = x - k;
      while (x < n && y < m && equal(x, y)) ++x, ++y;
      next[static_cast<size_t>(k + d + 2)] = x;
      if (x >= n && y >= m) done = true;
    }
    // Unvisited diagonals of `next` keep the values of `v` they do not overwrite (parity differs).
    for (long k = -d - 1; k <= d + 1; ++k) {
      if ((k + d) % 2 != 0) next[static_cast<size_t>(k + d + 2)] = at(v, d, k);
    }
    v = std::move(next);
    if (done) {
      dFinal = d;
      break;
    }
  }
  std::vector<Step> reversed;
  long x = n, y = m;
  for (long d = dFinal; d >= 0; --d) {
    const std::vector<long>& vd = trace[static_cast<size_t>(d)];
    auto at = [&](long k) { return vd[static_cast<size_t>(k + d + 1)]; };
    const long k = x - y;
    const long prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
    const long prevX = at(prevK);
    const long prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      --x, --y;
      reversed.push_back({Op::Equal, aBegin + static_cast<size_t>(x), bBegin + static_cast<size_t>(y)});
    }
    if (d > 0) {
      if (x == prevX) {
        reversed.push_back({Op::Insert, aBegin + static_cast<size_t>(x), bBegin + static_cast<size_t>(prevY)});
      } else {
        reversed.push_back({Op::Delete, aBegin + static_cast<size_t>(prevX), bBegin + static_cast<size_t>(y)});
      }
    }
    x = prevX;
    y = prevY;
  }
  out.insert(out.end(), reversed.rbegin(), reversed.rend());
}

std::vector<Step> editScript(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::vector<Step> steps;
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
    steps.push_back({Op::Equal, prefix, prefix});
    ++prefix;
  }
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  myers(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix, steps);
  for (size_t i = 0; i < suffix; ++i) steps.push_back({Op::Equal, a.size() - suffix + i, b.size() - suffix + i});
  return steps;
}

std::string range(size_t start, size_t count) {
  // 1-based first line; an empty range names the line before it, as diff -u does.
  std::string s = std::to_string(count == 0 ? start : start + 1);
  if (count != 1) s += "," + std::to_string(count);
  return s;
}

void appendLine(std::string& out, char prefix, std::string_view line) {
  out += prefix;
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unifiedDiff(std::string_view before, std::string_view after, std::string_view path, int context) {
  if (before == after) return {};
  const std::vector<std::string_view> a = splitLines(before);
  const std::vector<std::string_view> b = splitLines(after);
  const std::vector<Step> steps = editScript(a, b);
  const auto ctx = static_cast<size_t>(std::max(context, 0));

  std::string out;
  out.append("--- a/").append(path).append("\n+++ b/").append(path).append("\n");
  size_t i = 0;
  while (i < steps.size()) {
    // The next change, and the hunk around it: changes closer than 2 * context share one hunk.
    while (i < steps.size() && steps[i].op == Op::Equal) ++i;
    if (i == steps.size()) break;
    const size_t first = i >= ctx ? i - ctx : 0;
    size_t lastChange = i;
    for (size_t j = i; j < steps.size(); ++j) {
      if (steps[j].op != Op::Equal) {
        lastChange = j;
      } else if (j - lastChange > 2 * ctx) {
        break;
      }
    }
    const size_t end = std::min(steps.size(), lastChange + 1 + ctx);
    size_t aCount = 0, bCount = 0;
    for (size_t j = first; j < end; ++j) {
      if (steps[j].op != Op::Insert) ++aCount;
      if (steps[j].op != Op::Delete) ++bCount;
    }
    // Lines of a and b before the hunk: the indices of its first step.
    const size_t aStart = steps[first].a;
    const size_t bStart = steps[first].b;
    out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
    for (size_t j = first; j < end; ++j) {
      switch (steps[j].op) {
        case Op::Equal: appendLine(out, ' ', a[steps[j].a]); break;
        case Op::Delete: appendLine(out, '-', a[steps[j].a]); break;
        case Op::Insert: appendLine(out, '+', b[steps[j].b]); break;
      }
    }
    i = end;
  }
  return out;
}

}  // namespace platlint
