#pragma once
// "Did you mean ...?" for mistyped names: options, commands, rule ids.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace platlint {

// Levenshtein distance (insertions, deletions, substitutions; ASCII case counts).
size_t editDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if near enough to be a typo of it: at most a third of its
// letters wrong (at least one, at most three). Ties go to the earlier candidate.
std::optional<std::string> closestSpelling(std::string_view word, std::span<const std::string> candidates);

}  // namespace platlint
