#include "analyzer/rule_docs.h"

#include <string_view>

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

template <typename Render>
std::string render(const RuleMeta& rule, Render renderSection) {
  const std::string platformLine = rule.breaksOn.empty() ? std::string() : platforms(rule);
  const Section sections[] = {
      {"What it does", clean(rule.whatItDoes), false},
      {"Why is this bad?", clean(rule.whyBad), false},
      {"Example", clean(rule.example), true},
      {"Use instead", clean(rule.useInstead), true},
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
  return render(rule, [](std::string& out, const Section& s) {
    out.append("## ").append(s.heading).append("\n");
    if (s.code) {
      out.append("```python\n").append(s.body).append("\n```\n");
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

}  // namespace platlint
