#pragma once
// `platlint server`: a Language Server Protocol server on standard input and output.
//
// A reader thread turns the input into frames (message_transport.h) and queues them, noting
// `$/cancelRequest` at once; the main thread handles them in order and analyses buffers
// (with the BufferAnalyzer it is given) when they have been quiet for a moment (a burst of didChange is analysed
// once). Open documents (text_document.h) are kept with their last analysis, from which
// diagnostics (lsp_diagnostics.h), code actions (code_actions.h) and hovers (hover.h) are made.
// Diagnostics are pushed (publishDiagnostics), or pulled (textDocument/diagnostic) by clients that
// announce pull support. A change of a configuration file re-checks every open buffer.
#include "analyzer/server/buffer_analysis.h"

namespace platlint {

// Serves until `exit` (0 after `shutdown`, 1 without, as the protocol says) or until the client
// closes the input (1, or 0 after `shutdown`).
int runLanguageServer(BufferAnalyzer& analyzer, int inputFd, int outputFd);

}  // namespace platlint
