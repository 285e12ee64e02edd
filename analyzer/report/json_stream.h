#pragma once
// Writes one JSON document piece by piece, byte for byte as nlohmann::ordered_json::dump(2) formats
// the whole document: a report's findings go out one at a time instead of being built into a
// document as large as the report (at 200,000 files, several hundred megabytes).
#include <ostream>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace platlint {

class JsonStream {
 public:
  using Json = nlohmann::ordered_json;
  explicit JsonStream(std::ostream& out) : out_(out) {}

  // Opens an object or array as the next value (the document, an array element, or the value of
  // the last key()); end() closes the innermost one.
  void beginObject() { open('{'); }
  void beginArray() { open('['); }
  void end();
  // The key of the next member of the innermost object.
  void key(std::string_view name);
  // A whole value: an array element, the value of the last key(), or the document. Text that is
  // not UTF-8 is written with U+FFFD in its place.
  void value(const Json& v);

 private:
  struct Level {
    char close;
    size_t members = 0;
  };
  void open(char bracket);
  void beforeValue();  // the separator, indentation and pending key before a value
  void indent(size_t depth);

  std::ostream& out_;
  std::vector<Level> levels_;
  std::string pendingKey_;
  bool hasKey_ = false;
};

}  // namespace platlint
