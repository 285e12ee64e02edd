#include "rules/option_definitions.h"

#include <optional>
#include <string>

#include "analyzer/semantic/call_arguments.h"
#include "analyzer/semantic/string_literal.h"

namespace platlint {
namespace {

// `--no-verify` and `no-verify` read back as the attribute `no_verify`.
std::string attributeNameOf(std::string_view flag) {
  while (flag.starts_with('-')) flag.remove_prefix(1);
  std::string name(flag);
  for (char& c : name) {
    if (c == '-') c = '_';
  }
  return name;
}

// The complete value of a plain string literal argument.
std::optional<std::string> literalText(Node argument) {
  argument = skipParentheses(argument);
  if (!argument || !argument.is("string")) return std::nullopt;
  FoldedString folded = decodeStringLiteral(argument);
  if (!folded.complete) return std::nullopt;
  return std::move(folded.value);
}

// `args.insecure`, `self.options.insecure`: read from a parsed command line, not from configuration.
bool readsCommandLine(Node read) {
  const Node object = skipParentheses(read.field("object"));
  const std::string_view holder = object.is("attribute") ? object.field("attribute").text() : object.text();
  return holder == "args" || holder == "parsed_args" || holder == "options" || holder == "_options" ||
         holder == "opts" || holder == "cli_args";
}

bool definesOption(Node call, std::string_view name, bool commandLine) {
  const std::string_view callee = calleeName(call);
  const bool argparse = callee == "add_argument" || callee == "add_option";
  const bool osloConfig = callee.size() > 3 && callee.ends_with("Opt");
  if (commandLine ? !argparse : !osloConfig) return false;
  const CallArguments args = argumentsOf(call);
  if (const Node dest = args.keyword("dest")) {
    const auto literal = literalText(dest);
    return literal && attributeNameOf(*literal) == name;
  }
  for (const Node positional : args.positional) {
    const auto literal = literalText(positional);
    if (!literal) break;
    // argparse takes its destination from the first long flag; a short flag alone (`-k`) names nothing.
    if (argparse && !literal->starts_with("--")) continue;
    return attributeNameOf(*literal) == name;
  }
  return false;
}

}  // namespace

Node optionDefinition(Node read) {
  read = skipParentheses(read);
  if (!read || !read.is("attribute")) return {};
  const std::string_view name = read.field("attribute").text();
  const bool commandLine = readsCommandLine(read);
  const SyntaxTree& tree = *read.tree();
  for (uint32_t i = 0; i < tree.size(); ++i) {
    const Node node = tree.node(i);
    if (node.is("call") && definesOption(node, name, commandLine)) return node;
  }
  return {};
}

}  // namespace platlint
