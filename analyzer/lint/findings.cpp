#include "analyzer/lint/findings.h"

#include <algorithm>
#include <tuple>

namespace platlint {
namespace {

auto orderKey(const Diagnostic& d) {
  return std::make_tuple(d.range.start.line, d.range.start.column, d.rule ? d.rule->id : std::string_view(),
                         d.range.endByte, std::string_view(d.message));
}

}  // namespace

Diagnostic makeFinding(const RuleMeta& rule, const FileSettings& settings, TextRange range, std::string message,
                       PlatformSet breaksOn) {
  Diagnostic d;
  d.rule = &rule;
  d.level = settings.levelOf(rule);
  d.message = std::move(message);
  d.breaksOn = breaksOn;
  d.range = range;
  return d;
}

void orderFindings(std::vector<Diagnostic>& findings) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return orderKey(a) < orderKey(b); });
  findings.erase(std::unique(findings.begin(), findings.end(),
                             [](const Diagnostic& a, const Diagnostic& b) { return orderKey(a) == orderKey(b); }),
                 findings.end());
}

}  // namespace platlint
