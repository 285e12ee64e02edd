#include "analyzer/report/json_stream.h"

#include <cassert>

namespace platlint {

namespace {
constexpr int kIndent = 2;
}  // namespace

void JsonStream::indent(size_t depth) {
  for (size_t i = 0; i < depth * kIndent; ++i) out_.put(' ');
}

void JsonStream::beforeValue() {
  if (levels_.empty()) return;  // the document itself
  Level& level = levels_.back();
  out_ << (level.members++ == 0 ? "\n" : ",\n");
  indent(levels_.size());
  if (level.close == '}') {
    assert(hasKey_ && "a member of an object needs its key first");
    out_ << Json(pendingKey_).dump(-1, ' ', false, Json::error_handler_t::replace) << ": ";
    hasKey_ = false;
  }
}

void JsonStream::open(char bracket) {
  beforeValue();
  out_.put(bracket);
  levels_.push_back(Level{bracket == '{' ? '}' : ']'});
}

void JsonStream::end() {
  assert(!levels_.empty());
  const Level level = levels_.back();
  levels_.pop_back();
  if (level.members > 0) {
    out_.put('\n');
    indent(levels_.size());
  }
  out_.put(level.close);
}

void JsonStream::key(std::string_view name) {
  pendingKey_.assign(name);
  hasKey_ = true;
}

void JsonStream::value(const Json& v) {
  beforeValue();
  // dump(2) indents from column 0; inside the document each of its lines moves right by the
  // current depth. Strings never hold a raw newline (dump escapes it), so every '\n' is a line break.
  const std::string text = v.dump(kIndent, ' ', false, Json::error_handler_t::replace);
  size_t from = 0;
  for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', from)) {
    out_.write(text.data() + from, static_cast<std::streamsize>(at + 1 - from));
    indent(levels_.size());
    from = at + 1;
  }
  out_.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

}  // namespace platlint
