#include "analyzer/semantic/call_arguments.h"

namespace platlint {

CallArguments argumentsOf(Node call) {
  CallArguments out;
  const Node args = call.field("arguments");
  if (!args || !args.is("argument_list")) return out;
  out.list = args;
  forEachNamedChild(args, [&](Node a) {
    if (a.is("comment")) return;
    if (a.is("keyword_argument")) {
      out.keywords.push_back(a);
    } else if (a.is("list_splat") || a.is("parenthesized_list_splat")) {
      if (!out.listSplat && out.positional.empty() && a.is("list_splat")) out.leadingSplat = a.namedChild(0);
      out.listSplat = true;
    } else if (a.is("dictionary_splat")) {
      out.dictSplat = true;
    } else if (!out.listSplat) {
      out.positional.push_back(a);
    }
  });
  return out;
}

Node CallArguments::keyword(std::string_view name) const {
  for (const Node& k : keywords) {
    if (k.field("name").text() == name) return k.field("value");
  }
  return {};
}

Node CallArguments::argument(int index, std::string_view name) const {
  if (index >= 0 && static_cast<size_t>(index) < positional.size()) return positional[static_cast<size_t>(index)];
  return name.empty() ? Node{} : keyword(name);
}

}  // namespace platlint
