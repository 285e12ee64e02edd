#include "analyzer/query.h"

#include <stdexcept>

namespace platlint {
namespace {

struct CursorDeleter {
  void operator()(TSQueryCursor* c) const { ts_query_cursor_delete(c); }
};

const char* queryErrorName(TSQueryError e) {
  switch (e) {
    case TSQueryErrorSyntax: return "syntax error";
    case TSQueryErrorNodeType: return "unknown node type";
    case TSQueryErrorField: return "unknown field";
    case TSQueryErrorCapture: return "unknown capture";
    case TSQueryErrorStructure: return "impossible pattern structure";
    case TSQueryErrorLanguage: return "language mismatch";
    default: return "error";
  }
}

std::string_view nodeText(TSNode n, std::string_view source) {
  const uint32_t start = ts_node_start_byte(n);
  return source.substr(start, ts_node_end_byte(n) - start);
}

// All nodes captured under capture index `id` in `match` (a quantified capture may bind several).
template <typename F>
bool allCapturesSatisfy(const TSQueryMatch& match, uint32_t id, F&& pred) {
  for (uint16_t i = 0; i < match.capture_count; ++i) {
    if (match.captures[i].index == id && !pred(match.captures[i].node)) return false;
  }
  return true;
}

}  // namespace

Node QueryMatch::capture(std::string_view name) const {
  for (const auto& c : captures) {
    if (c.name == name) return c.node;
  }
  return {};
}

Query::Query(std::string_view source, const TSLanguage* language) {
  uint32_t errorOffset = 0;
  TSQueryError error = TSQueryErrorNone;
  query_ = ts_query_new(language, source.data(), static_cast<uint32_t>(source.size()), &errorOffset, &error);
  if (!query_) {
    throw std::invalid_argument(std::string("query ") + queryErrorName(error) + " at offset " +
                                std::to_string(errorOffset));
  }
  const uint32_t patterns = ts_query_pattern_count(query_);
  predicates_.resize(patterns);
  for (uint32_t p = 0; p < patterns; ++p) {
    // `(pattern) (#eq? @x "y")` makes the predicate a pattern of its own that matches every
    // node; refuse it instead of matching everything.
    const uint32_t start = ts_query_start_byte_for_pattern(query_, p);
    const std::string_view text = source.substr(start, ts_query_end_byte_for_pattern(query_, p) - start);
    if (text.starts_with("(#") || text.starts_with("((#")) {
      ts_query_delete(query_);
      throw std::invalid_argument("query pattern " + std::to_string(p) + " at offset " + std::to_string(start) +
                                  " is only a predicate: put predicates inside their pattern's parentheses");
    }
    uint32_t stepCount = 0;
    const TSQueryPredicateStep* steps = ts_query_predicates_for_pattern(query_, p, &stepCount);
    for (uint32_t i = 0; i < stepCount;) {
      // One predicate: a string (its name), arguments, then a Done step.
      uint32_t end = i;
      while (end < stepCount && steps[end].type != TSQueryPredicateStepTypeDone) ++end;
      auto str = [&](uint32_t k) {
        uint32_t len = 0;
        const char* s = ts_query_string_value_for_id(query_, steps[k].value_id, &len);
        return std::string(s, len);
      };
      const std::string name = str(i);
      Predicate pred{};
      if (name == "eq?") pred.op = Predicate::Op::Eq;
      else if (name == "not-eq?") pred.op = Predicate::Op::NotEq;
      else if (name == "match?") pred.op = Predicate::Op::Match;
      else if (name == "not-match?") pred.op = Predicate::Op::NotMatch;
      else if (name == "any-of?") pred.op = Predicate::Op::AnyOf;
      else {
        ts_query_delete(query_);
        throw std::invalid_argument("unsupported query predicate #" + name);
      }
      if (end - i < 3 || steps[i + 1].type != TSQueryPredicateStepTypeCapture) {
        ts_query_delete(query_);
        throw std::invalid_argument("predicate #" + name + " needs a capture and an argument");
      }
      pred.capture = steps[i + 1].value_id;
      if (steps[i + 2].type == TSQueryPredicateStepTypeCapture) {
        pred.rhsIsCapture = true;
        pred.rhsCapture = steps[i + 2].value_id;
      } else {
        for (uint32_t k = i + 2; k < end; ++k) pred.strings.push_back(str(k));
      }
      if (pred.op == Predicate::Op::Match || pred.op == Predicate::Op::NotMatch) {
        pred.regex = std::make_shared<std::regex>(pred.strings.at(0), std::regex::ECMAScript);
      }
      predicates_[p].push_back(std::move(pred));
      i = end + 1;
    }
  }
}

Query::~Query() { ts_query_delete(query_); }

uint32_t Query::patternCount() const { return ts_query_pattern_count(query_); }

bool Query::predicatesHold(const TSQueryMatch& match, std::string_view source) const {
  for (const Predicate& pred : predicates_[match.pattern_index]) {
    bool ok = true;
    switch (pred.op) {
      case Predicate::Op::Eq:
      case Predicate::Op::NotEq: {
        const bool wantEqual = pred.op == Predicate::Op::Eq;
        std::string_view rhs;
        if (pred.rhsIsCapture) {
          for (uint16_t i = 0; i < match.capture_count; ++i) {
            if (match.captures[i].index == pred.rhsCapture) rhs = nodeText(match.captures[i].node, source);
          }
        } else {
          rhs = pred.strings.at(0);
        }
        ok = allCapturesSatisfy(match, pred.capture,
                                [&](TSNode n) { return (nodeText(n, source) == rhs) == wantEqual; });
        break;
      }
      case Predicate::Op::Match:
      case Predicate::Op::NotMatch: {
        const bool wantMatch = pred.op == Predicate::Op::Match;
        ok = allCapturesSatisfy(match, pred.capture, [&](TSNode n) {
          const std::string_view t = nodeText(n, source);
          return std::regex_search(t.begin(), t.end(), *pred.regex) == wantMatch;
        });
        break;
      }
      case Predicate::Op::AnyOf:
        ok = allCapturesSatisfy(match, pred.capture, [&](TSNode n) {
          const std::string_view t = nodeText(n, source);
          for (const auto& s : pred.strings) {
            if (t == s) return true;
          }
          return false;
        });
        break;
    }
    if (!ok) return false;
  }
  return true;
}

void Query::forEachMatch(Node root, const std::function<void(const QueryMatch&)>& onMatch) const {
  std::unique_ptr<TSQueryCursor, CursorDeleter> cursor(ts_query_cursor_new());
  ts_query_cursor_exec(cursor.get(), query_, root.raw());
  TSQueryMatch match;
  QueryMatch out;
  while (ts_query_cursor_next_match(cursor.get(), &match)) {
    if (!predicatesHold(match, root.source())) continue;
    out.patternIndex = match.pattern_index;
    out.captures.clear();
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      uint32_t len = 0;
      const char* name = ts_query_capture_name_for_id(query_, match.captures[i].index, &len);
      out.captures.push_back({std::string_view(name, len), root.wrap(match.captures[i].node)});
    }
    onMatch(out);
  }
}

}  // namespace platlint
