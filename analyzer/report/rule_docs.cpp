#include "analyzer/report/rule_docs.h"

#include <string_view>

#include <nlohmann/json.hpp>

namespace platlint {
namespace {

// Drops trailing newlines so that metadata written as raw string literals (which usually end in
// a newline) and as plain strings render the same.
std::string_view trimEnd(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.remove_suffix(1);
  return s;
}

// Drops leading blank lines for the same reason (R"(\n...)" literals).
std::string_view trimLeadingNewlines(std::string_view s) {
  while (!s.empty() && (s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
  return s;
}

std::string_view clean(std::string_view s) { return trimEnd(trimLeadingNewlines(s)); }

std::string indent(std::string_view code) {
  std::string out;
  size_t start = 0;
  while (start <= code.size()) {
    size_t end = code.find('\n', start);
    if (end == std::string_view::npos) end = code.size();
    std::string_view line = code.substr(start, end - start);
    if (!line.empty()) out.append("    ").append(line);
    out += '\n';
    start = end + 1;
  }
  return out;
}

std::string platforms(const RuleMeta& rule) { return "Breaks on: " + rule.breaksOn.describe() + "."; }

struct Section {
  std::string_view heading;
  std::string_view body;
  bool code;
};

// The "Fix safety" section: how often a fix is offered, then the rule's own words on its safety.
std::string fixSection(const RuleMeta& rule) {
  std::string body(fixAvailabilitySentence(rule.fix));
  const std::string_view safety = clean(rule.fixSafety);
  if (!safety.empty()) {
    if (!body.empty()) body += "\n\n";
    body.append(safety);
  }
  return body;
}

template <typename Render>
std::string render(const RuleMeta& rule, Render renderSection) {
  const std::string platformLine = rule.breaksOn.empty() ? std::string() : platforms(rule);
  const std::string fix = fixSection(rule);
  const Section sections[] = {
      {"What it does", clean(rule.whatItDoes), false},
      {"Why is this bad?", clean(rule.whyBad), false},
      {"Example", clean(rule.example), true},
      {"Use instead", clean(rule.useInstead), true},
      {"Fix safety", fix, false},
      {"Platforms", platformLine, false},
  };
  std::string out;
  for (const Section& s : sections) {
    if (s.body.empty()) continue;
    if (!out.empty()) out += '\n';
    renderSection(out, s);
  }
  return out;
}

}  // namespace

std::string ruleHelpMarkdown(const RuleMeta& rule) {
  return render(rule, [&rule](std::string& out, const Section& s) {
    out.append("## ").append(s.heading).append("\n");
    if (s.code) {
      out.append("```").append(rule.codeLanguage).append("\n").append(s.body).append("\n```\n");
    } else {
      out.append(s.body).append("\n");
    }
  });
}

std::string ruleHelpText(const RuleMeta& rule) {
  return render(rule, [](std::string& out, const Section& s) {
    out.append(s.heading).append("\n");
    if (s.code) {
      out.append(indent(s.body));
    } else {
      out.append(s.body).append("\n");
    }
  });
}

const char* fixAvailabilityName(FixAvailability fix) {
  switch (fix) {
    case FixAvailability::None: return "none";
    case FixAvailability::Sometimes: return "sometimes";
    case FixAvailability::Always: return "always";
  }
  return "none";
}

std::string_view fixAvailabilitySentence(FixAvailability fix) {
  switch (fix) {
    case FixAvailability::None: return {};
    case FixAvailability::Sometimes: return "Fix is sometimes available.";
    case FixAvailability::Always: return "Fix is always available.";
  }
  return {};
}

std::string ruleHelpUri(const RuleMeta& rule) {
  return "https://github.com/platlint/platlint/blob/main/docs/rules/" + std::string(rule.id) + ".md";
}

std::string rulesJson(std::span<const RuleMeta* const> rules, bool single) {
  using Json = nlohmann::ordered_json;
  Json list = Json::array();
  for (const RuleMeta* rule : rules) {
    Json breaksOn = Json::array();
    for (Platform p : {Platform::Linux, Platform::MacOS, Platform::Windows}) {
      if (rule->breaksOn.contains(p)) breaksOn.push_back(platformName(p));
    }
    Json tags = Json::array();
    for (std::string_view tag : rule->tags) tags.push_back(tag);
    Json j;
    j["id"] = rule->id;
    j["name"] = rule->name;
    j["level"] = levelName(rule->level);
    j["short"] = rule->shortDescription;
    j["fix"] = fixAvailabilityName(rule->fix);
    j["breaks_on"] = std::move(breaksOn);
    j["tags"] = std::move(tags);
    j["help_uri"] = ruleHelpUri(*rule);
    j["docs"] = Json{{"what_it_does", clean(rule->whatItDoes)},
                     {"why_bad", clean(rule->whyBad)},
                     {"example", clean(rule->example)},
                     {"use_instead", clean(rule->useInstead)},
                     {"fix_safety", clean(rule->fixSafety)}};
    list.push_back(std::move(j));
  }
  const Json& out = single && list.size() == 1 ? list[0] : list;
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace platlint
