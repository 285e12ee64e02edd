#include "analyzer/lint/root_causes.h"

#include <algorithm>

#include "analyzer/lint/rule.h"

namespace platlint {
namespace {

bool matchesRule(const Diagnostic& d, std::string_view idOrPrefix) {
  return d.rule && d.rule->id.starts_with(idOrPrefix);
}

// The innermost node around bytes [start, end).
Node innermost(Node root, uint32_t start, uint32_t end) {
  Node n = root;
  for (;;) {
    Node inner;
    for (Node c = n.firstChild(); c; c = c.nextSibling()) {
      if (c.startByte() <= start && end <= c.endByte() && !(c.startByte() == c.endByte())) {
        inner = c;
        break;
      }
    }
    if (!inner) return n;
    n = inner;
  }
}

bool isStatement(Node n) {
  const std::string_view k = n.kind();
  return k.ends_with("_statement") || k == "function_definition" || k == "class_definition" ||
         k == "decorated_definition";
}

Node statementAround(Node root, const Diagnostic& d) {
  for (Node n = innermost(root, d.range.startByte, d.range.endByte); n; n = n.parent()) {
    if (isStatement(n)) return n;
  }
  return {};
}

bool within(const Diagnostic& d, Node n) { return n.startByte() <= d.range.startByte && d.range.endByte <= n.endByte(); }

// Whether `other` is reached only through the import statement around `cause`: the import is at
// the module's top level, or directly in a function's body with `other` after it in that function
// (not in a class, `if` or `try`: those run, or fail, only on their own path).
bool followsUnconditionalImport(Node root, const Diagnostic& cause, const Diagnostic& other) {
  const Node statement = statementAround(root, cause);
  if (!statement || !(statement.is("import_statement") || statement.is("import_from_statement"))) return false;
  const Node block = statement.parent();
  if (block == root) return true;
  const Node function = block ? block.parent() : Node{};
  return function && function.is("function_definition") && function.field("body") == block &&
         other.range.startByte >= statement.endByte() && within(other, block);
}


// The block that runs when the condition holding `cause` is true: `if`/`elif`/`while` bodies, or
// the true arm of a conditional expression.
Node guardedBranch(Node root, const Diagnostic& cause) {
  for (Node n = innermost(root, cause.range.startByte, cause.range.endByte); n; n = n.parent()) {
    const Node parent = n.parent();
    if (!parent) break;
    const std::string_view k = parent.kind();
    if ((k == "if_statement" || k == "elif_clause" || k == "while_statement") && parent.field("condition") == n) {
      return parent.field("consequence");
    }
    if (isStatement(parent)) break;
  }
  return {};
}

bool inScope(Node root, const RootCause& rc, const Diagnostic& cause, const Diagnostic& other) {
  switch (rc.scope) {
    case RootCause::Scope::Overlap:
      return cause.range.startByte < other.range.endByte && other.range.startByte < cause.range.endByte;
    case RootCause::Scope::SameStatement: {
      const Node a = statementAround(root, cause);
      return a && a == statementAround(root, other);
    }
    case RootCause::Scope::GuardedBranch: {
      const Node branch = guardedBranch(root, cause);
      return branch && within(other, branch);
    }
    case RootCause::Scope::UnconditionalImport:
      return !other.fix && followsUnconditionalImport(root, cause, other);
  }
  return false;
}

std::string relatedMessage(const RuleMeta* rule, std::string_view message) {
  return std::string(rule->id) + " " + std::string(rule->name) + ": " + std::string(message);
}

std::string relatedMessage(const Diagnostic& d) { return relatedMessage(d.rule, d.message); }

// "PORT203 hardcoded-executable-path: ...": the message of a finding folded in, which says its rule.
bool namesRule(std::string_view message) {
  return message.size() > 8 && message.starts_with("PORT") &&
         std::all_of(message.begin() + 4, message.begin() + 7, [](char c) { return c >= '0' && c <= '9'; }) &&
         message[7] == ' ';
}

}  // namespace

void foldRootCauses(std::vector<Diagnostic>& findings, std::span<const RootCause> causes, Node root) {
  if (findings.size() < 2 || causes.empty()) return;
  std::vector<char> folded(findings.size(), 0);
  for (const RootCause& rc : causes) {
    for (size_t c = 0; c < findings.size(); ++c) {
      if (folded[c] || !matchesRule(findings[c], rc.cause)) continue;
      for (size_t o = 0; o < findings.size(); ++o) {
        Diagnostic& cause = findings[c];
        const Diagnostic& other = findings[o];
        if (o == c || folded[o] || !matchesRule(other, rc.explained) || other.rule == cause.rule) continue;
        if (!(other.breaksOn & ~cause.breaksOn).empty()) continue;
        if (!inScope(root, rc, cause, other)) continue;
        cause.related.push_back({other.range, relatedMessage(other)});
        // Where the folded finding's program was named, say: it goes with it, under its rule
        // (a finding folded into it earlier names its own).
        for (const RelatedLocation& r : other.related) {
          cause.related.push_back({r.range, namesRule(r.message) ? r.message : relatedMessage(other.rule, r.message)});
        }
        cause.level = std::max(cause.level, other.level);
        folded[o] = 1;
      }
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < findings.size(); ++i) {
    if (folded[i]) continue;
    std::sort(findings[i].related.begin(), findings[i].related.end(),
              [](const RelatedLocation& a, const RelatedLocation& b) { return a.range.startByte < b.range.startByte; });
    if (kept != i) findings[kept] = std::move(findings[i]);
    ++kept;
  }
  findings.resize(kept);
}

}  // namespace platlint
