#pragma once
// Placing fixes where an editor or `--fix` applies them: where a new `import` goes in a file, and
// each fix as edits with line/column positions (Fix::placed). Works on a file the engine has
// already parsed (its tree and model), so nothing is parsed twice; the engine places the fixes
// of every result, and `fixFile` (analyzer/fix/fixer.h) applies them.
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/diagnostic.h"
#include "analyzer/syntax/syntax.h"

namespace platlint {

class SemanticModel;
class SourceFile;

enum class ImportState { Present, Missing, Conflict };

// What a file imports at module level, and where a new `import NAME` of the standard library goes,
// as isort would put it: into the file's standard-library group (the leading imports before the
// first third-party, first-party or relative one), sorted by module name among its `import x`
// lines and before its `from x import y` lines, or among all of them when the file interleaves
// the two or the project says so (hacking's and isort's force_sort_within_sections order). Without such a group it
// becomes its own group, separated by a blank line, before the file's other imports; without
// imports, after the docstring and `from __future__` imports or before the first statement
// (after leading comments). Never inside a `try` or `if TYPE_CHECKING:` block, and comments
// directly above an import stay with it. In the file's line ending. A value: it outlives the
// tree it was computed from.
class ImportPlan {
 public:
  // `firstParty`: the project's top-level packages (FileSettings::firstPartyModules);
  // `sortedByModule`: the project sorts both kinds of import together (importsSortedByModule).
  ImportPlan(const SourceFile& file, const SemanticModel& model, Node root,
             const std::vector<std::string>& firstParty = {}, bool sortedByModule = false);

  // Present: `import NAME` at module level; Conflict: NAME is bound to something else
  // (`import x as NAME`, `from x import NAME`), so a fix needing module NAME cannot apply.
  ImportState state(const std::string& module) const;
  // The insertions of `import NAME` for the missing ones of `modules`, in text order, one per
  // place (none if none is missing). Where a module goes depends only on its name.
  std::vector<Edit> insertions(std::vector<std::string> modules) const;

 private:
  // Where and how a new line goes: at `offset`, after a line ending (`newlineBefore`: the point is
  // the end of a line without one), ending with one, with a blank line before or after it when
  // it starts a new group.
  struct Point {
    uint32_t offset = 0;
    bool newlineBefore = false;
    bool newlineAfter = true;
    bool blankBefore = false;
    bool blankAfter = false;
  };
  // An import of the leading standard-library group.
  struct GroupMember {
    std::string key;  // the module name, lower case (isort's default order ignores case)
    bool straight;    // `import x`, not `from x import y`
    Point before;     // at the start of its line, above the comments directly over it
    Point after;      // after its line
  };

  void planPlaces(std::string_view text, Node root, const std::vector<std::string>& firstParty);
  Point pointFor(const std::string& module) const;
  std::string render(const Point& at, const std::vector<std::string>& modules) const;

  std::string eol_;
  std::vector<std::string> present_;
  std::vector<std::string> otherBindings_;
  std::vector<GroupMember> group_;
  // Both kinds of import sorted together by name: the group mixes them, or the project says so.
  bool interleaved_ = false;
  Point fallback_;            // where a new group goes when there is no standard-library group
};

// Fills each Fix::placed of `result` (the analysis of `file`): the insertion of the imports it
// needs that the file lacks, then its edits, in text order; left nullopt when a module name it
// needs is bound to something else. So a result carries everything the reporters need, also
// from the cache. A fix that would make a line within `lineLength` longer than that is first
// wrapped inside its brackets (fitLineLength, fix_line_length.h); 0: no limit.
void placeFixes(FileResult& result, const SourceFile& file, const ImportPlan& plan, uint32_t lineLength = 0);

// Applies non-overlapping edits to `text` (any order; at one offset, insertions go first).
std::string applyEdits(std::string_view text, std::vector<Edit> edits);

// For tests: the edits that add `import NAME` for each of `modules` the file (raw `bytes`) does
// not already import at module level, parsing the file itself.
std::vector<Edit> importInsertions(const std::string& bytes, const std::vector<std::string>& modules,
                                   const std::vector<std::string>& firstParty = {}, bool sortedByModule = false);

}  // namespace platlint
