#include "analyzer/lint/result_encoding.h"

#include <cstdint>
#include <vector>

#include "analyzer/lint/rule_catalog.h"

namespace platlint {
namespace {

class Writer {
 public:
  void byte(uint8_t b) { out_ += static_cast<char>(b); }
  // LEB128: most numbers here (lines, columns, counts) take one or two bytes.
  void number(uint64_t n) {
    while (n >= 0x80) {
      byte(static_cast<uint8_t>(n | 0x80));
      n >>= 7;
    }
    byte(static_cast<uint8_t>(n));
  }
  void text(std::string_view s) {
    number(s.size());
    out_ += s;
  }
  void position(const SourcePosition& p) {
    number(p.line);
    number(p.column);
  }
  void range(const TextRange& r) {
    number(r.startByte);
    number(r.endByte);
    position(r.start);
    position(r.end);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Every read checks what is left; after the first failure each read returns a zero value and
// ok() stays false.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool atEnd() const { return pos_ == in_.size(); }
  size_t offset() const { return pos_; }
  uint8_t byte() {
    if (pos_ >= in_.size()) return fail();
    return static_cast<uint8_t>(in_[pos_++]);
  }
  // Only the shortest form a number has is read: bytes that decode re-encode to themselves.
  uint64_t number() {
    uint64_t n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const uint8_t b = byte();
      if (shift == 63 && b > 1) return fail();
      n |= static_cast<uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return b == 0 && shift > 0 ? fail() : n;
    }
    return fail();
  }
  uint32_t number32() {
    const uint64_t n = number();
    return n > UINT32_MAX ? fail() : static_cast<uint32_t>(n);
  }
  // A count of elements, each at least one byte: never more than the bytes left.
  size_t count() {
    const uint64_t n = number();
    return n > in_.size() - pos_ ? fail() : static_cast<size_t>(n);
  }
  bool flag() {
    const uint8_t b = byte();
    return b > 1 ? fail() : b == 1;
  }
  // A value of an enumeration with `limit` as its largest.
  int enumerator(int limit) {
    const uint8_t b = byte();
    return b > limit ? fail() : b;
  }
  std::string text() {
    const size_t n = count();
    if (!ok_) return {};
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  SourcePosition position() {
    const uint32_t line = number32();
    return {line, number32()};
  }
  TextRange range() {
    TextRange r;
    r.startByte = number32();
    r.endByte = number32();
    r.start = position();
    r.end = position();
    return r;
  }
  uint8_t fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

constexpr int kMaxLevel = static_cast<int>(Level::Error);
constexpr int kMaxPlatformBits = 7;

void writeFix(Writer& w, const Fix& fix) {
  w.text(fix.description);
  w.byte(fix.safety == FixSafety::Safe ? 0 : 1);
  w.number(fix.edits.size());
  for (const Edit& e : fix.edits) {
    w.number(e.startByte);
    w.number(e.endByte);
    w.text(e.replacement);
  }
  w.number(fix.requiredImports.size());
  for (const std::string& module : fix.requiredImports) w.text(module);
  w.byte(fix.placed ? 1 : 0);
  if (!fix.placed) return;
  w.number(fix.placed->size());
  for (const PlacedEdit& p : *fix.placed) {
    w.range(p.range);
    w.text(p.content);
  }
}

Fix readFix(Reader& r) {
  Fix fix;
  fix.description = r.text();
  fix.safety = r.enumerator(1) == 0 ? FixSafety::Safe : FixSafety::Unsafe;
  for (size_t n = r.count(); n > 0 && r.ok(); --n) {
    Edit e;
    e.startByte = r.number32();
    e.endByte = r.number32();
    e.replacement = r.text();
    fix.edits.push_back(std::move(e));
  }
  for (size_t n = r.count(); n > 0 && r.ok(); --n) fix.requiredImports.push_back(r.text());
  if (r.flag()) {
    std::vector<PlacedEdit> placed;
    for (size_t n = r.count(); n > 0 && r.ok(); --n) {
      PlacedEdit p;
      p.range = r.range();
      p.content = r.text();
      placed.push_back(std::move(p));
    }
    fix.placed = std::move(placed);
  }
  return fix;
}

void writeDiagnostic(Writer& w, const Diagnostic& d) {
  w.text(d.rule ? d.rule->id : std::string_view());
  w.byte(static_cast<uint8_t>(d.level));
  w.text(d.message);
  w.range(d.range);
  w.byte(d.breaksOn.bits());
  w.text(d.lineHash);
  w.number(d.lineOccurrence);
  w.text(d.githubLineHash);
  w.byte(d.fix ? 1 : 0);
  if (d.fix) writeFix(w, *d.fix);
  w.number(d.related.size());
  for (const RelatedLocation& related : d.related) {
    w.range(related.range);
    w.text(related.message);
    w.text(related.path);
  }
  w.byte(d.suppression ? 1 : 0);
  if (d.suppression) {
    w.number(d.suppression->directiveLine);
    w.byte(d.suppression->fileLevel ? 1 : 0);
    w.text(d.suppression->justification);
  }
}

std::optional<Diagnostic> readDiagnostic(Reader& r, const RuleCatalog& catalog) {
  Diagnostic d;
  // By id only: find() also takes a rule's name, which would not encode back to these bytes.
  const std::string id = r.text();
  d.rule = catalog.find(id);
  if (!d.rule || d.rule->id != id) return std::nullopt;
  d.level = static_cast<Level>(r.enumerator(kMaxLevel));
  d.message = r.text();
  d.range = r.range();
  d.breaksOn = PlatformSet::fromBits(static_cast<uint8_t>(r.enumerator(kMaxPlatformBits)));
  d.lineHash = r.text();
  d.lineOccurrence = r.number32();
  d.githubLineHash = r.text();
  if (r.flag()) d.fix = readFix(r);
  for (size_t n = r.count(); n > 0 && r.ok(); --n) {
    RelatedLocation related;
    related.range = r.range();
    related.message = r.text();
    related.path = r.text();
    d.related.push_back(std::move(related));
  }
  if (r.flag()) {
    SuppressionMark mark;
    mark.directiveLine = r.number32();
    mark.fileLevel = r.flag();
    mark.justification = r.text();
    d.suppression = std::move(mark);
  }
  return d;
}

void writeFact(Writer& w, const Fact& f) {
  w.byte(static_cast<uint8_t>(f.kind));
  w.text(f.name);
  w.text(f.detail);
  w.text(f.value);
  w.text(f.ruleId);
  w.byte(f.missingOn.bits());
  w.byte(f.reachableOn.bits());
  w.range({f.startByte, f.endByte, f.start, f.end});
}

Fact readFact(Reader& r) {
  Fact f;
  f.kind = static_cast<FactKind>(r.enumerator(static_cast<int>(kFactKindCount) - 1));
  f.name = r.text();
  f.detail = r.text();
  f.value = r.text();
  f.ruleId = r.text();
  f.missingOn = PlatformSet::fromBits(static_cast<uint8_t>(r.enumerator(kMaxPlatformBits)));
  f.reachableOn = PlatformSet::fromBits(static_cast<uint8_t>(r.enumerator(kMaxPlatformBits)));
  const TextRange range = r.range();
  f.startByte = range.startByte;
  f.endByte = range.endByte;
  f.start = range.start;
  f.end = range.end;
  return f;
}

void writeSuppressions(Writer& w, const FileSuppressions& s) {
  w.number(s.directives.size());
  for (const SuppressionDirective& d : s.directives) {
    w.byte(d.scope == SuppressionDirective::Scope::File ? 1 : 0);
    w.number(d.line);
    w.number(d.lastLine);
    w.range(d.range);
    w.number(d.codes.size());
    for (const std::string& code : d.codes) w.text(code);
    w.text(d.justification);
    w.text(d.text);
  }
  w.number(s.malformed.size());
  for (const MalformedDirective& m : s.malformed) {
    w.range(m.range);
    w.text(m.message);
  }
  w.number(s.bareNoqaLines.size());
  for (const uint32_t line : s.bareNoqaLines) w.number(line);
}

void readSuppressions(Reader& r, FileSuppressions& s) {
  for (size_t n = r.count(); n > 0 && r.ok(); --n) {
    SuppressionDirective d;
    d.scope = r.flag() ? SuppressionDirective::Scope::File : SuppressionDirective::Scope::Line;
    d.line = r.number32();
    d.lastLine = r.number32();
    d.range = r.range();
    for (size_t c = r.count(); c > 0 && r.ok(); --c) d.codes.push_back(r.text());
    d.justification = r.text();
    d.text = r.text();
    s.directives.push_back(std::move(d));
  }
  for (size_t n = r.count(); n > 0 && r.ok(); --n) {
    MalformedDirective m;
    m.range = r.range();
    m.message = r.text();
    s.malformed.push_back(std::move(m));
  }
  for (size_t n = r.count(); n > 0 && r.ok(); --n) s.bareNoqaLines.push_back(r.number32());
}

}  // namespace

std::string encodeResultBody(const FileResult& result, bool withPath) {
  Writer w;
  if (withPath) w.text(result.path);
  w.number(result.diagnostics.size());
  for (const Diagnostic& d : result.diagnostics) writeDiagnostic(w, d);
  w.number(result.notices.size());
  for (const FileNotice& n : result.notices) {
    w.byte(static_cast<uint8_t>(n.kind));
    w.byte(static_cast<uint8_t>(n.level));
    w.text(n.message);
    w.position(n.position);
  }
  w.number(result.facts.size());
  for (const Fact& f : result.facts) writeFact(w, f);
  writeSuppressions(w, result.suppressions);
  w.number(result.guarded);
  w.number(result.lines);
  w.byte(result.analyzed ? 1 : 0);
  w.byte(result.pathOnly ? 1 : 0);
  w.text(result.language);
  return w.take();
}

std::optional<FileResult> decodeResultBody(std::string_view bytes, const RuleCatalog& catalog, bool withPath,
                                           FactsPlace* facts) {
  Reader r(bytes);
  FileResult result;
  if (withPath) result.path = r.text();
  for (size_t n = r.count(); n > 0 && r.ok(); --n) {
    std::optional<Diagnostic> d = readDiagnostic(r, catalog);
    if (!d) return std::nullopt;
    result.diagnostics.push_back(std::move(*d));
  }
  for (size_t n = r.count(); n > 0 && r.ok(); --n) {
    FileNotice notice;
    notice.kind = static_cast<FileNotice::Kind>(r.enumerator(static_cast<int>(FileNotice::Kind::TooLarge)));
    notice.level = static_cast<Level>(r.enumerator(kMaxLevel));
    notice.message = r.text();
    notice.position = r.position();
    result.notices.push_back(std::move(notice));
  }
  const size_t factsBegin = r.offset();
  for (size_t n = r.count(); n > 0 && r.ok(); --n) result.facts.push_back(readFact(r));
  const size_t factsEnd = r.offset();
  readSuppressions(r, result.suppressions);
  result.guarded = r.number32();
  result.lines = r.number32();
  result.analyzed = r.flag();
  result.pathOnly = r.flag();
  result.language = r.text();
  if (!r.ok() || !r.atEnd()) return std::nullopt;
  if (facts) *facts = {factsBegin, factsEnd};
  return result;
}

std::string spilledFromEntry(std::string_view body, const FactsPlace& facts, std::string_view path) {
  Writer w;
  w.text(path);
  std::string out = w.take();
  out.reserve(out.size() + body.size() - (facts.end - facts.begin) + 1);
  out += body.substr(0, facts.begin);
  out += '\0';  // no facts
  out += body.substr(facts.end);
  return out;
}

}  // namespace platlint
