#include "tests/fixture_snapshot.h"

#include <sstream>

#include "analyzer/base/line_safe.h"
#include "analyzer/lint/rule.h"

namespace platlint::testing {
namespace {

// A string as a C literal, always quoted: messages and replacements may hold newlines, quotes and
// tabs, and a snapshot line must stay one line.
std::string cLiteral(std::string_view s) {
  std::string shown = lineSafePath(s);  // quoted with C escapes when it needs any
  return shown == s ? "\"" + shown + "\"" : shown;
}

std::string position(const SourcePosition& p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

std::string span(const TextRange& r) { return position(r.start) + "-" + position(r.end); }

const char* noticeKind(FileNotice::Kind kind) {
  switch (kind) {
    case FileNotice::Kind::Unreadable: return "unreadable";
    case FileNotice::Kind::Binary: return "binary";
    case FileNotice::Kind::Decoding: return "decoding";
    case FileNotice::Kind::SyntaxError: return "syntax-error";
    case FileNotice::Kind::Internal: return "internal";
    case FileNotice::Kind::Timeout: return "timeout";
    case FileNotice::Kind::TooLarge: return "too-large";
  }
  return "?";
}

void renderFix(std::ostringstream& out, const Fix& fix) {
  out << "  fix (" << (fix.safety == FixSafety::Safe ? "safe" : "unsafe") << "): " << cLiteral(fix.description) << '\n';
  if (!fix.placed) {
    // Not applicable on its own (a module name it needs is bound to something else): the raw edits.
    out << "    not placed\n";
    for (const Edit& e : fix.edits) {
      out << "    bytes " << e.startByte << "-" << e.endByte << " -> " << cLiteral(e.replacement) << '\n';
    }
    return;
  }
  for (const PlacedEdit& e : *fix.placed) out << "    " << span(e.range) << " -> " << cLiteral(e.content) << '\n';
}

}  // namespace

std::string renderSnapshot(const FileResult& result, const std::string& fixtureName) {
  std::ostringstream out;
  out << "# Snapshot of " << fixtureName << ": what each finding tells the user.\n"
      << "# Compared byte for byte by the fixture test; after an intended change run\n"
      << "# scripts/update-snapshots.sh and review the diff.\n";
  for (const Diagnostic& d : result.diagnostics) {
    out << '\n'
        << span(d.range) << ' ' << d.rule->id << ' ' << d.rule->name << ' ' << levelName(d.level) << " breaks-on: ["
        << d.breaksOn.describe() << "]\n";
    out << "  message: " << cLiteral(d.message) << '\n';
    for (const RelatedLocation& r : d.related) out << "  related " << span(r.range) << ": " << cLiteral(r.message) << '\n';
    if (d.fix) renderFix(out, *d.fix);
    if (d.suppression) {
      out << "  suppressed by " << (d.suppression->fileLevel ? "file directive" : "directive") << " on line "
          << d.suppression->directiveLine;
      if (!d.suppression->justification.empty()) out << ", reason " << cLiteral(d.suppression->justification);
      out << '\n';
    }
  }
  for (const FileNotice& n : result.notices) {
    out << "\nnotice " << position(n.position) << ' ' << noticeKind(n.kind) << ' ' << levelName(n.level) << ": "
        << cLiteral(n.message) << '\n';
  }
  return std::move(out).str();
}

std::filesystem::path snapshotPath(const std::filesystem::path& fixture) {
  return fixture.parent_path() / "snapshots" / (fixture.filename().string() + ".snap");
}

}  // namespace platlint::testing
