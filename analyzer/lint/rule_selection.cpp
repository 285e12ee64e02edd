#include "analyzer/lint/rule_selection.h"

#include <algorithm>
#include <stdexcept>


namespace platlint {
namespace {

// The most specific match of `rule` among `selectors`, 0 when none matches.
size_t strongest(const std::vector<std::string>& selectors, const RuleMeta& rule) {
  size_t best = 0;
  for (const std::string& s : selectors) {
    if (selectorMatches(s, rule)) best = std::max(best, selectorSpecificity(s));
  }
  return best;
}

}  // namespace

bool selectorMatches(std::string_view selector, const RuleMeta& rule) {
  return selector == "ALL" || (!selector.empty() && rule.id.starts_with(selector)) || selector == rule.name;
}

size_t selectorSpecificity(std::string_view selector) { return selector == "ALL" ? 1 : selector.size() + 1; }

void validateSelector(const RuleCatalog& catalog, std::string_view selector) {
  const auto rules = catalog.rules();
  if (std::none_of(rules.begin(), rules.end(), [&](const RuleMeta* r) { return selectorMatches(selector, *r); })) {
    throw std::invalid_argument("unknown rule selector '" + std::string(selector) +
                                "' (expected a rule id such as PORT101, a prefix such as PORT1, a rule name, or ALL)");
  }
}

RuleSelection::RuleSelection() : RuleSelection(RuleCatalog::empty()) {}

RuleSelection::RuleSelection(const RuleCatalog& catalog) : RuleSelection(catalog, std::vector<SelectorLayer>{}) {}

RuleSelection::RuleSelection(const RuleCatalog& catalog, const std::vector<std::string>& select,
                             const std::vector<std::string>& ignore)
    : RuleSelection(catalog, std::vector<SelectorLayer>{
                                 SelectorLayer{select.empty() ? std::nullopt : std::optional(select), {}, ignore}}) {}

RuleSelection::RuleSelection(const RuleCatalog& catalog, const std::vector<SelectorLayer>& layers)
    : catalog_(&catalog) {
  for (const SelectorLayer& layer : layers) {
    if (layer.select) for (const std::string& s : *layer.select) validateSelector(catalog, s);
    for (const std::string& s : layer.extendSelect) validateSelector(catalog, s);
    for (const std::string& s : layer.ignore) validateSelector(catalog, s);
  }
  const auto rules = catalog.rules();
  size_t capacity = 16;
  while (capacity < rules.size() * 4) capacity *= 2;
  byAddress_.assign(capacity, {nullptr, false});
  mask_ = capacity - 1;
  for (const RuleMeta* rule : rules) {
    bool on = rule->enabledByDefault;
    for (const SelectorLayer& layer : layers) {
      // The most specific selector of the layer wins, as in Ruff: `select PORT2, ignore PORT201`
      // keeps PORT202; at equal specificity ignoring wins. A `select` that does not mention the
      // rule turns it off.
      const size_t selected = std::max(layer.select ? strongest(*layer.select, *rule) : 0,
                                       strongest(layer.extendSelect, *rule));
      const size_t ignored = strongest(layer.ignore, *rule);
      if (selected > ignored) {
        on = true;
      } else if (ignored > 0) {
        on = false;
      } else if (layer.select) {
        on = false;
      }
    }
    if (on) enabled_.push_back(rule->id);
    size_t i = slotOf(rule, mask_);
    while (byAddress_[i].first != nullptr) i = (i + 1) & mask_;
    byAddress_[i] = {rule, on};
  }
}

bool RuleSelection::enabledAfterCollision(const RuleMeta& rule) const {
  for (size_t i = slotOf(&rule, mask_); byAddress_[i].first != nullptr; i = (i + 1) & mask_) {
    if (byAddress_[i].first == &rule) return byAddress_[i].second;
  }
  return std::binary_search(enabled_.begin(), enabled_.end(), rule.id);  // a copy of a registered rule
}

}  // namespace platlint
