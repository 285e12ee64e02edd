#pragma once
// Which rules are on. Selectors are rule ids (`PORT203`), prefixes (`PORT1` is a family), rule
// names (`proc-mounts`) or `ALL`. A selection is built from layers applied in order, as Ruff
// does: the configuration file's `select`/`extend-select`/`ignore`, then the command line's, then
// the file's `per-file-ignores`. Within one layer the most specific selector wins; a layer's
// `select` replaces what earlier layers chose, `extend-select` and `ignore` adjust it.
#include <optional>
#include <string>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "analyzer/lint/rule.h"
#include "analyzer/lint/rule_catalog.h"

namespace platlint {

struct SelectorLayer {
  std::optional<std::vector<std::string>> select;  // unset: keep what earlier layers chose
  std::vector<std::string> extendSelect;
  std::vector<std::string> ignore;
};

class RuleSelection {
 public:
  // Of RuleCatalog::empty(): no rule is on.
  RuleSelection();
  // The catalogue's default rules (every rule whose RuleMeta::enabledByDefault is true). The
  // catalogue must outlive the selection: it travels with it (FileSettings::rules), so that
  // whatever holds a file's settings can look rules up.
  explicit RuleSelection(const RuleCatalog& catalog);
  // One layer; an empty `select` means "not given". Throws std::invalid_argument naming the
  // selector when an entry matches no rule.
  RuleSelection(const RuleCatalog& catalog, const std::vector<std::string>& select,
                const std::vector<std::string>& ignore);
  RuleSelection(const RuleCatalog& catalog, const std::vector<SelectorLayer>& layers);

  const RuleCatalog& catalog() const { return *catalog_; }

  // Inline for the rule in its own slot (most are): checks ask at every node they look at.
  bool enabled(const RuleMeta& rule) const {
    const auto& [address, on] = byAddress_[slotOf(&rule, mask_)];
    return address == &rule ? on : enabledAfterCollision(rule);
  }
  // The ids of the enabled rules, sorted: what the selection means, independent of how it was spelt.
  const std::vector<std::string_view>& enabledIds() const { return enabled_; }

 private:
  const RuleCatalog* catalog_;
  std::vector<std::string_view> enabled_;
  // Every registered rule and whether it is on, by address in an open-addressed table: checks
  // ask at every node they look at, and hashing a pointer is cheaper than comparing ids.
  std::vector<std::pair<const RuleMeta*, bool>> byAddress_;
  size_t mask_ = 0;
  bool enabledAfterCollision(const RuleMeta& rule) const;
  static size_t slotOf(const RuleMeta* rule, size_t mask) {
    return static_cast<size_t>((reinterpret_cast<uintptr_t>(rule) >> 4) * 0x9E3779B97F4A7C15ull >> 32) & mask;
  }
};

// True when `selector` names `rule` (id, id prefix, name or ALL).
bool selectorMatches(std::string_view selector, const RuleMeta& rule);
// How specific a matching selector is (longer prefixes are more specific; ALL least).
size_t selectorSpecificity(std::string_view selector);
// Throws std::invalid_argument when `selector` matches no rule of `catalog`.
void validateSelector(const RuleCatalog& catalog, std::string_view selector);

}  // namespace platlint
