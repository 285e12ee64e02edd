#pragma once
// The programs platlint knows (PORT501, PORT502): the data in rules/programs.def.
#include <span>
#include <string>
#include <string_view>

#include "analyzer/base/platform.h"

namespace platlint {

// What platlint knows about a program: where it is missing and what to use instead.
struct CommandFact {
  std::string_view name;    // the program, or a prefix ending in '*' ("mkfs.*")
  std::string_view advice;  // completes "...; <advice>"
  PlatformSet missingOn;    // where the program does not exist or behaves differently
  std::string_view what = {};  // PORT501's "which ..." for a program that is not simply missing elsewhere
};

// "`sysctl`, which reads and sets Linux's kernel parameters ..." or "`ip` exists only on Linux" or
// "`ls` is a POSIX tool that Windows does not have" (or "`zfs` does not exist on Windows"): what `program` is, for PORT507's messages.
std::string programIsWhat(std::string_view program);

// The curated table of PORT501: programs that exist only on Linux (util-linux, iproute2, udev,
// systemd, LVM, kernel-module tools, package managers, ...). Null for other programs.
const CommandFact* linuxOnlyCommand(std::string_view program);

// The curated table of PORT502: POSIX tools that Windows does not have, each with its Python
// equivalent (GNU-only tools such as `sha256sum` and `timeout` are missing on macOS too). Null for
// other programs.
const CommandFact* posixOnlyCommand(std::string_view program);

// The curated table of PORT505: programs of the BSDs' base systems (FreeBSD's `gpart`, `growfs`,
// DragonFly's `hammer2`) that Linux, macOS and Windows lack. Null for other programs.
const CommandFact* bsdOnlyCommand(std::string_view program);

// True when one of the tables above knows `program`.
bool knownProgram(std::string_view program);

// The family of programs the tables name by a prefix (`mkfs.*`, `xfs_*`) that a name known only up to
// `prefix` belongs to (`mkfs.` of `f"mkfs.{fs}"`); empty when none.
std::string_view programFamily(std::string_view prefix);

// The first of `args` that only the GNU version of `program` understands (`ps --ppid`, `stat -c`,
// `sed -i` without a suffix), which macOS's and the BSDs' tools of that name reject or read
// differently; empty when there is none or the program is not in the table.
std::string_view gnuOnlyOption(std::string_view program, std::span<const std::string> args);

}  // namespace platlint
