#include "analyzer/lint/file_settings.h"

#include "analyzer/lint/rule.h"

namespace platlint {

Level FileSettings::levelOf(const RuleMeta& rule) const {
  Level level = rule.level;
  size_t best = 0;
  for (const auto& [selector, override] : severity) {
    if (!selectorMatches(selector, rule)) continue;
    const size_t specificity = selectorSpecificity(selector);
    if (specificity >= best) {  // later entries win at equal specificity
      best = specificity;
      level = override;
    }
  }
  return level;
}


}  // namespace platlint
