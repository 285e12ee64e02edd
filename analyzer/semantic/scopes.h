#pragma once
// Where names are bound: the scope a name belongs to and the assignments to it there. Python
// scopes are modules, functions and classes; a lambda binds only its parameters, so a name used
// in one is bound by the function around it. Rules ask these instead of walking bodies themselves.
#include <functional>
#include <string_view>
#include <vector>

#include "analyzer/syntax/syntax.h"

namespace platlint {

// The body the names bound at `node` are local to: the enclosing function's, else the module.
Node bindingScope(Node node);

// Calls `visit` with each plain assignment `name = value` in `scope`'s own statements (nested
// functions, classes and lambdas are other scopes), latest first; stops when `visit` returns true.
void forEachAssignmentTo(Node scope, std::string_view name, const std::function<bool(Node assignment)>& visit);

// The value of `name` when the function around `use` binds it exactly once, with a plain
// assignment before `use` (`cmd = ["lvs", ...]` ... `execute(*cmd)`); `cmd += [...]` and
// `cmd.append(...)` keep its first word and are allowed. Null otherwise (parameters, loops,
// several assignments, module level: SemanticModel::singleAssignment covers that).
Node localSingleAssignment(Node use, std::string_view name);

// The values of every plain assignment to `name` in the function around `use`, in source order,
// under the same conditions as localSingleAssignment (all before `use`, no other binding), except
// those a later assignment in the same block overwrites: the branches of
// `if swap: args = ["mkswap"] else: args = ["mkfs", ...]`. An assignment whose right-hand side holds
// `use` is not one of them: `args = [str(a) for a in args]` reads the earlier value. Empty otherwise.
std::vector<Node> localAssignedValues(Node use, std::string_view name);

// Where the value `expr` helps to build is used, when `expr` is (part of) the value of a plain
// assignment `name = ...` or the iterable of a loop `for name in (...)` that only builds a value
// (strings, lists, tuples, `os.path.join`, formatting: nothing that opens a file or runs a
// program): every read of `name` after the assignment in its scope, nested functions included
// (for `for x in name:` the reads of `x` in the loop), or in the loop's body. Empty when `expr` is
// not such a value or the reads are too many to follow; a read that passes the value on (an
// argument, a `return`) is itself a use.
std::vector<Node> readsOfAssignedValue(Node expr);

// Every read of parameter `name` in the body of `function`, nested functions included. Empty when
// the reads are too many to follow (as above) or the body binds `name` again, so that a read may
// not hold the caller's value.
std::vector<Node> readsOfParameter(Node function, std::string_view name);

// The value of class attribute `name` as `use` (`self.name`, `cls.name` in a method) reads it: the
// one plain assignment `name = value` in the body of the class around `use`, when no method of
// that class assigns `self.name`. Null otherwise.
Node classAttributeValue(Node use, std::string_view name);

// The assignment statements `self.attr = value` anywhere in the class around `use` (the attribute `self.attr`),
// its methods included and nested classes not, in source order.
std::vector<Node> selfAttributeAssignments(Node use);

// The definition of method `name` of the class around `use` (`self.name(...)`), when the class
// defines it once. Null otherwise.
Node methodDefinition(Node use, std::string_view name);

// True when `name` (an identifier) names a parameter of the function around it, so that its value
// is the caller's choice (`preexec_fn=preexec_fn` forwarded by a wrapper). A lambda or class in
// between: false.
bool isParameterOfEnclosingFunction(Node name);

// True when `accept` holds for the value of a `with` item around `node`, for a decorator of a
// definition around it (`with mock.patch("x"):`, `@mock.patch("x")`), or for a patch that the
// `setUp` of a class around it starts (`mock.patch("x").start()`): what a test puts in place for
// the code it runs.
bool underContextOrDecorator(Node node, const std::function<bool(Node)>& accept);

// The call that a `with` item or decorator value makes (`mock.patch("x") as m`: the call), with the
// last name it calls (`patch` of `mock.patch`, `object` of `mock.patch.object`); null when it is no call.
Node calledInContext(Node item, std::string_view& calledName);

// What the `for` statement around `name` runs its variable over (`tools` of `for tool in tools:`),
// when `name` is that loop's plain variable and the body does not assign it again; null otherwise.
Node loopIterable(Node name);

// The values `function` returns: the expressions of its own `return` statements (nested
// functions and classes are others'). Empty when a `return` has no value or it yields.
std::vector<Node> returnedValues(Node function);

}  // namespace platlint
