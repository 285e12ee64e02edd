// Where a file defines the command-line or configuration option that a value is read from: the
// `parser.add_argument("-k", "--insecure", ...)` behind `args.insecure`, the
// `cfg.BoolOpt("insecure", ...)` behind `CONF.glance.insecure`. A finding about a switch shows the
// definition as a related location, so that a reviewer sees where users turn the switch on.
#pragma once

#include <string_view>

#include "analyzer/syntax/syntax.h"

namespace platlint {

// The call in the file that defines the option `read` reads: for `args.x`, `options.x` (parsed command
// lines) argparse's `add_argument` or optparse's `add_option` by its long flag (`--no-verify` for
// `no_verify`) or `dest=`; for `CONF.group.x`, `conf.x` oslo.config's `cfg.*Opt("x", ...)`. Null when
// the file defines none.
Node optionDefinition(Node read);

}  // namespace platlint
