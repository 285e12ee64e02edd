#include "rules/command_line_paths.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "analyzer/base/text_case.h"
#include "analyzer/semantic/scopes.h"
#include "analyzer/semantic/string_literal.h"
#include "rules/command_calls.h"
#include "rules/shell_words.h"

namespace platlint {
namespace {

// Cheap test before any tree walk: a '/' that starts a word or follows a `key=`.
bool mayNamePath(std::string_view text) {
  for (size_t slash = text.find('/'); slash != std::string_view::npos; slash = text.find('/', slash + 1)) {
    if (slash > 0 && (text[slash - 1] == ' ' || text[slash - 1] == '=')) return true;
  }
  return false;
}

// The call whose arguments hold `literal`: as an argument or list item, or formatted first
// (`"... %s ..." % x`, `"...".format(x)`).
Node commandCallOf(Node literal) {
  Node node = literal;
  for (Node parent = node.parent(); parent; node = parent, parent = parent.parent()) {
    const std::string_view k = parent.kind();
    if (k == "parenthesized_expression" || k == "list" || k == "tuple" || k == "keyword_argument" ||
        k == "list_splat") {
      continue;
    }
    if (k == "binary_operator" && parent.field("left") == node) continue;
    if (k == "attribute" && parent.field("object") == node && parent.field("attribute").text() == "format") {
      node = parent;
      parent = parent.parent();
      if (parent && parent.is("call")) continue;
      return {};
    }
    if (k == "argument_list" && parent.parent() && parent.parent().is("call")) return parent.parent();
    return {};
  }
  return {};
}

// The command run by the call that holds `literal` (see commandCallOf), or by one that gets the
// value it helps to build from a variable: `cmd = ["dd", "if=/dev/zero", ...]` ... `subp(cmd)`.
std::optional<CommandInvocation> commandHolding(Node literal, const SemanticModel& model, const FileSettings& settings) {
  if (const Node call = commandCallOf(literal)) return commandInvocation(call, model, settings.commandWrappers);
  for (const Node read : readsOfAssignedValue(literal)) {
    const Node call = commandCallOf(read);
    if (!call) continue;
    if (auto command = commandInvocation(call, model, settings.commandWrappers)) return command;
  }
  return std::nullopt;
}

// `/sys/x` of a word, or of its `key=/sys/x` form.
std::string_view pathOfWord(std::string_view word) {
  if (word.starts_with('/')) return word;
  const size_t eq = word.find("=/");
  return eq == std::string_view::npos || eq == 0 ? std::string_view() : word.substr(eq + 1);
}

// `> /sys/block/sda/device/delete`, `< /proc/mounts`: the files a shell redirects to or from, which
// shellSegments() leaves out of the words.
std::vector<std::string> redirectionTargets(std::string_view text) {
  std::vector<std::string> out;
  for (size_t i = text.find_first_of("<>"); i != std::string_view::npos; i = text.find_first_of("<>", i + 1)) {
    size_t start = i + 1;
    while (start < text.size() && (text[start] == '>' || text[start] == ' ' || text[start] == '\t')) ++start;
    const size_t end = std::min(text.find_first_of(" \t\n;|&<>'\"", start), text.size());
    if (start < end && text[start] == '/') out.emplace_back(text.substr(start, end - start));
  }
  return out;
}

}  // namespace

std::vector<std::string> pathsInCommandText(Node literal, const SemanticModel& model, const FileSettings& settings,
                                            bool optionValuesOnly) {
  std::vector<std::string> out;
  if (!literal.is("string")) return out;
  // `"grep -l %s " "/sys/class/net/veth*/ifindex"`: the parts are read as one, from the first.
  const Node parent = literal.parent();
  const bool concatenated = parent && parent.is("concatenated_string");
  if (concatenated && !(parent.namedChild(0) == literal)) return out;
  const Node whole = concatenated ? parent : literal;
  // Every string that is no path comes here: one with neither a slash nor an escape in its source
  // has no slash in its value either, and needs no decoding.
  if (!containsEither(whole.text(), '/', '\\')) return out;
  FoldedString text;
  if (concatenated) {
    const auto folded = model.stringValue(parent);
    if (!folded) return out;
    text = *folded;
  } else {
    text = decodeStringLiteral(literal);
  }
  if (!mayNamePath(text.value)) return out;
  const auto command = commandHolding(whole, model, settings);
  if (!command) return out;
  const bool oneWord = text.value.find_first_of(" \t\n") == std::string::npos;
  if (oneWord) {
    // `"if=/dev/zero"`: a whole path word is the path catalogs' own business.
    if (const std::string_view path = pathOfWord(text.value); !path.empty() && path != text.value) {
      out.emplace_back(path);
    }
    return out;
  }
  if (optionValuesOnly) return out;
  bool shellText = command->shell;
  for (const CommandWord& word : command->argv) shellText = shellText || word.text == "-c";
  if (!shellText) return out;
  for (const auto& words : shellSegments(text.value, text.complete)) {
    for (const std::string& word : words) {
      if (const std::string_view path = pathOfWord(word); !path.empty()) out.emplace_back(path);
    }
  }
  for (std::string& target : redirectionTargets(text.value)) out.push_back(std::move(target));
  return out;
}

Node commandTextAnchor(Node literal) {
  const Node parent = literal.parent();
  return parent && parent.is("concatenated_string") ? parent : literal;
}

Fact passedPathFact(FactKind kind, const std::string& path, std::string_view ruleId, PlatformSet missingOn) {
  Fact fact;
  fact.kind = kind;
  fact.name = path;
  fact.value = path;
  fact.detail = "passes";
  fact.ruleId = ruleId;
  fact.missingOn = missingOn;
  return fact;
}

}  // namespace platlint
