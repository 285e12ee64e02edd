#include "analyzer/server/language_server.h"

#include <csignal>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzer/server/buffer_analysis.h"
#include "analyzer/server/code_actions.h"
#include "analyzer/server/file_uri.h"
#include "analyzer/server/hover.h"
#include "analyzer/server/lsp_diagnostics.h"
#include "analyzer/server/message_transport.h"
#include "analyzer/server/text_document.h"

namespace platlint {
namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

// A burst of typing is analysed once it pauses this long, and at the latest this long after it began.
constexpr auto kQuietPeriod = std::chrono::milliseconds(60);
constexpr auto kLongestDelay = std::chrono::milliseconds(400);

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;
constexpr int kRequestCancelled = -32800;
constexpr int kServerCancelled = -32802;

// LSP's MessageType.
constexpr int kLogError = 1;
constexpr int kLogWarning = 2;

// An analysis given up because its answer is no longer wanted; `code` is the request's error.
struct AnalysisCancelled {
  int code;
};

// What the reader thread shares with the main thread; owned by both, since at exit the reader may
// still be blocked in read().
struct Inbox {
  std::mutex mutex;
  std::condition_variable arrived;
  std::deque<IncomingFrame> frames;
  std::set<std::string> cancelled;  // ids (as JSON text) of requests the client cancelled
  // What the main thread is busy with, so that the reader can interrupt it: the request being
  // served (its id as JSON text) and the document being analysed; empty when none.
  std::string busyRequest;
  std::string busyUri;
  std::atomic<bool> interrupt{false};  // the analysis under way is no longer wanted
};

std::optional<std::string> changedUri(const json& message) {
  if (!message.is_object() || message.value("method", "") != "textDocument/didChange") return std::nullopt;
  const json params = message.value("params", json::object());
  if (!params.is_object()) return std::nullopt;
  const json document = params.value("textDocument", json::object());
  if (!document.is_object() || !document.contains("uri") || !document["uri"].is_string()) return std::nullopt;
  return document["uri"].get<std::string>();
}

void readFrames(const std::shared_ptr<Inbox>& inbox, int fd) {
  FrameReader reader(fd);
  for (;;) {
    IncomingFrame frame = reader.next();
    const bool end = frame.kind == IncomingFrame::Kind::EndOfStream;
    if (frame.kind == IncomingFrame::Kind::Message && frame.body.find("$/cancelRequest") != std::string::npos) {
      // Noted now, so that a request still waiting in the queue is answered as cancelled, and one
      // being served stops its analysis.
      const json message = json::parse(frame.body, nullptr, false);
      if (message.is_object() && message.value("method", "") == "$/cancelRequest" && message.contains("params") &&
          message["params"].is_object() && message["params"].contains("id")) {
        const std::lock_guard lock(inbox->mutex);
        // Clients also cancel requests already answered; those ids would pile up in a long session.
        if (inbox->cancelled.size() >= 1024) inbox->cancelled.clear();
        const std::string id = message["params"]["id"].dump();
        inbox->cancelled.insert(id);
        if (id == inbox->busyRequest) inbox->interrupt = true;
      }
    } else if (frame.kind == IncomingFrame::Kind::Message && frame.body.find("textDocument/didChange") != std::string::npos) {
      // A newer text of the buffer being analysed: that analysis would be out of date when done.
      // (Parsed only while an analysis runs: a full-text change of a large buffer is a large message.)
      std::string busy;
      {
        const std::lock_guard lock(inbox->mutex);
        busy = inbox->busyUri;
      }
      if (!busy.empty() && changedUri(json::parse(frame.body, nullptr, false)) == busy) {
        const std::lock_guard lock(inbox->mutex);
        if (inbox->busyUri == busy) inbox->interrupt = true;
      }
    }
    {
      const std::lock_guard lock(inbox->mutex);
      inbox->frames.push_back(std::move(frame));
    }
    inbox->arrived.notify_one();
    if (end) return;
  }
}

struct OpenDocument {
  TextDocument text;
  std::string path;                  // the file the buffer is analysed as
  std::optional<FileResult> result;  // the analysis of version `analysedVersion`
  int64_t analysedVersion = -1;
  bool analysed = false;
  std::optional<Clock::time_point> due;  // when to analyse (and publish) it next
  Clock::time_point burstStart;
  std::string lastLog;
  std::unique_ptr<PreviousParse> parse;  // the last parse of the buffer, for the next one
};

class LanguageServer {
 public:
  LanguageServer(BufferAnalyzer& analyzer, int inputFd, int outputFd)
      : analyzer_(analyzer), writer_(outputFd), inbox_(std::make_shared<Inbox>()) {
    std::thread(readFrames, inbox_, inputFd).detach();
  }

  int run() {
    for (;;) {
      // Also between messages: a client typing without a pause still gets diagnostics (kLongestDelay).
      analyseDueDocuments();
      std::optional<IncomingFrame> frame = nextFrame();
      if (!frame) continue;
      if (frame->kind == IncomingFrame::Kind::EndOfStream) return shutdownRequested_ ? 0 : 1;
      if (frame->kind == IncomingFrame::Kind::Malformed) {
        log(kLogError, "ignored " + frame->problem);
        continue;
      }
      handleMessage(frame->body);
      if (exitRequested_) return shutdownRequested_ ? 0 : 1;
      if (writer_.broken()) return 1;  // the client is gone
    }
  }

 private:
  // The next frame, or nullopt when a document is due for analysis before one arrives.
  std::optional<IncomingFrame> nextFrame() {
    std::optional<Clock::time_point> due;
    for (const auto& [uri, document] : documents_) {
      if (document.due && (!due || *document.due < *due)) due = document.due;
    }
    std::unique_lock lock(inbox_->mutex);
    const auto ready = [&] { return !inbox_->frames.empty(); };
    if (due) {
      if (!inbox_->arrived.wait_until(lock, *due, ready)) return std::nullopt;
    } else {
      inbox_->arrived.wait(lock, ready);
    }
    IncomingFrame frame = std::move(inbox_->frames.front());
    inbox_->frames.pop_front();
    return frame;
  }

  void send(const json& message) { writer_.write(message.dump(-1, ' ', false, json::error_handler_t::replace)); }
  void respond(const json& id, json result) { send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); }
  void respondError(const json& id, int code, const std::string& message) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }
  void notify(const std::string& method, json params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }
  void log(int type, const std::string& message) { notify("window/logMessage", {{"type", type}, {"message", message}}); }

  bool isConfigurationFile(const std::string& uriOrPath) const {
    const std::string name = std::filesystem::path(uriOrPath).filename().string();
    const auto names = analyzer_.configurationFiles();
    return std::any_of(names.begin(), names.end(), [&](const char* known) { return name == known; });
  }

  void handleMessage(const std::string& body) {
    const json message = json::parse(body, nullptr, false);
    if (message.is_discarded()) {
      respondError(nullptr, kParseError, "the message is not JSON");
      return;
    }
    if (!message.is_object()) {
      respondError(nullptr, kInvalidRequest, "a message must be a JSON object");
      return;
    }
    const bool isRequest = message.contains("id") && message.contains("method");
    if (!message.contains("method")) return;  // a response to a request of ours (registerCapability)
    const json id = isRequest ? message["id"] : json();
    if (!message["method"].is_string()) {
      if (isRequest) respondError(id, kInvalidRequest, "the method must be a string");
      return;
    }
    const std::string method = message["method"].get<std::string>();
    const json params = message.value("params", json::object());
    if (isRequest && !beginRequest(id)) {
      respondError(id, kRequestCancelled, "cancelled");
      return;
    }
    try {
      if (isRequest) {
        handleRequest(id, method, params);
      } else {
        handleNotification(method, params);
      }
    } catch (const AnalysisCancelled& cancelled) {
      // A pull of diagnostics overtaken by an edit is asked again by the client (retriggerRequest).
      send({{"jsonrpc", "2.0"},
            {"id", id},
            {"error", {{"code", cancelled.code},
                       {"message", cancelled.code == kRequestCancelled ? "cancelled" : "the document changed"},
                       {"data", {{"retriggerRequest", true}}}}}});
    } catch (const json::exception& e) {  // a field missing or of the wrong type
      log(kLogError, "platlint: " + method + ": invalid parameters: " + e.what());
      if (isRequest) respondError(id, kInvalidParams, e.what());
    } catch (const std::exception& e) {
      // One failure (an analysis that threw, a document not open) must not end the session.
      log(kLogError, "platlint: " + method + " failed: " + e.what());
      if (isRequest) respondError(id, kInternalError, e.what());
    }
    if (isRequest) endRequest();
  }

  // Notes the request being served; false when the client cancelled it already.
  bool beginRequest(const json& id) {
    const std::lock_guard lock(inbox_->mutex);
    if (inbox_->cancelled.erase(id.dump()) > 0) return false;
    inbox_->busyRequest = id.dump();
    inbox_->interrupt = false;
    return true;
  }
  void endRequest() {
    const std::lock_guard lock(inbox_->mutex);
    inbox_->busyRequest.clear();
  }

  void handleRequest(const json& id, const std::string& method, const json& params) {
    if (method == "initialize") return respond(id, initialize(params));
    if (!initialized_) return respondError(id, kServerNotInitialized, "initialize first");
    if (shutdownRequested_) return respondError(id, kInvalidRequest, "the server is shutting down");
    if (method == "shutdown") {
      shutdownRequested_ = true;
      return respond(id, nullptr);
    }
    if (method == "textDocument/diagnostic") return respond(id, pullDiagnostics(params));
    if (method == "textDocument/codeAction") return respond(id, codeActions(params));
    if (method == "textDocument/hover") return respond(id, hover(params));
    respondError(id, kMethodNotFound, "platlint does not handle " + method);
  }

  void handleNotification(const std::string& method, const json& params) {
    if (method == "exit") {
      exitRequested_ = true;
      return;
    }
    if (!initialized_) return;  // the protocol drops notifications before initialize
    if (method == "initialized") return watchConfigurationFiles();
    if (method == "textDocument/didOpen") return didOpen(params.at("textDocument"));
    if (method == "textDocument/didChange") return didChange(params);
    if (method == "textDocument/didSave") return didSave(params.at("textDocument").at("uri").get<std::string>());
    if (method == "textDocument/didClose") return didClose(params.at("textDocument").at("uri").get<std::string>());
    if (method == "workspace/didChangeWatchedFiles") return didChangeWatchedFiles(params);
    if (method == "workspace/didChangeConfiguration") return recheckAll();
    if (method == "workspace/didChangeWorkspaceFolders") return didChangeWorkspaceFolders(params.at("event"));
    // $/cancelRequest was taken by the reader; $/setTrace, $/progress and other notifications need nothing.
  }

  json initialize(const json& params) {
    initialized_ = true;
    const json capabilities = params.value("capabilities", json::object());
    const json general = capabilities.value("general", json::object());
    encoding_ = PositionEncoding::Utf16;
    for (const json& offered : general.value("positionEncodings", json::array())) {
      if (offered == "utf-8") encoding_ = PositionEncoding::Utf8;
    }
    const json textDocument = capabilities.value("textDocument", json::object());
    pull_ = textDocument.contains("diagnostic");
    const json workspace = capabilities.value("workspace", json::object());
    watchFiles_ = workspace.value("didChangeWatchedFiles", json::object()).value("dynamicRegistration", false);
    refreshSupport_ = workspace.value("diagnostics", json::object()).value("refreshSupport", false);
    const json folders = params.value("workspaceFolders", json());
    if (folders.is_array()) {
      for (const json& folder : folders) addWorkspaceFolder(folder.value("uri", ""));
    } else if (params.value("rootUri", json()).is_string()) {
      addWorkspaceFolder(params["rootUri"].get<std::string>());
    }
    return {{"capabilities",
             {{"positionEncoding", encoding_ == PositionEncoding::Utf8 ? "utf-8" : "utf-16"},
              {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
              {"codeActionProvider", {{"codeActionKinds", {"quickfix", kFixAllKind}}, {"resolveProvider", false}}},
              {"hoverProvider", true},
              {"workspace", {{"workspaceFolders", {{"supported", true}, {"changeNotifications", true}}}}},
              {"diagnosticProvider", {{"identifier", "platlint"}, {"interFileDependencies", false},
                                      {"workspaceDiagnostics", false}}}}},
            {"serverInfo", {{"name", "platlint"}, {"version", PLATLINT_VERSION}}}};
  }

  // Clients that can watch files for the server are asked to report changes of the configuration.
  void watchConfigurationFiles() {
    if (!watchFiles_) return;
    json watchers = json::array();
    for (const char* name : analyzer_.configurationFiles()) watchers.push_back({{"globPattern", std::string("**/") + name}});
    // Documentation and Python files: what PORT390 knows of the project (files the editor saves come with didSave).
    watchers.push_back({{"globPattern", "**/*.{md,markdown,rst,txt,adoc,py,pyi}"}});
    send({{"jsonrpc", "2.0"},
          {"id", "platlint-watch-configuration"},
          {"method", "client/registerCapability"},
          {"params",
           {{"registrations",
             {{{"id", "platlint-configuration"}, {"method", "workspace/didChangeWatchedFiles"},
               {"registerOptions", {{"watchers", watchers}}}}}}}}});
  }

  static bool isPython(const std::string& languageId, const std::string& path) {
    const std::string extension = std::filesystem::path(path).extension().string();
    return languageId == "python" || extension == ".py" || extension == ".pyi";
  }

  void didOpen(const json& item) {
    const std::string uri = item.at("uri").get<std::string>();
    // A buffer that is no file (untitled:) is analysed as a file in the working directory.
    const std::string path = pathFromFileUri(uri).value_or((std::filesystem::current_path() / "untitled.py").string());
    if (!isPython(item.value("languageId", ""), path)) return;
    OpenDocument document{TextDocument(uri, item.at("text").get<std::string>(), item.value("version", int64_t{0})),
                          path, std::nullopt, -1, false, Clock::now(), Clock::now(), {},
                          std::make_unique<PreviousParse>()};
    documents_.insert_or_assign(uri, std::move(document));
  }

  void didChange(const json& params) {
    const json& item = params.at("textDocument");
    const auto found = documents_.find(item.at("uri").get<std::string>());
    if (found == documents_.end()) return;
    OpenDocument& document = found->second;
    const int64_t version = item.value("version", document.text.version() + 1);
    for (const json& change : params.at("contentChanges")) {
      if (change.contains("range")) {
        const json& range = change["range"];
        document.text.replace(lspPositionFromJson(range.at("start")), lspPositionFromJson(range.at("end")),
                              change.at("text").get<std::string>(), encoding_, version);
      } else {
        document.text.replaceAll(change.at("text").get<std::string>(), version);
      }
    }
    const Clock::time_point now = Clock::now();
    if (!document.due) document.burstStart = now;
    document.due = std::min(now + kQuietPeriod, document.burstStart + kLongestDelay);
  }

  void didSave(const std::string& uri) {
    if (isConfigurationFile(uri)) return recheckAll();
    if (auto found = documents_.find(uri); found != documents_.end()) found->second.due = Clock::now();
    fileChanged(uri);
  }

  // A file changed on disk: when the project-wide facts change, every buffer is analysed again.
  void fileChanged(const std::string& uri) {
    const std::optional<std::string> path = pathFromFileUri(uri);
    if (!path || !analyzer_.saved(*path)) return;
    for (auto& [openUri, document] : documents_) {
      document.analysed = false;
      document.due = Clock::now();
    }
  }

  void addWorkspaceFolder(const std::string& uri) {
    const std::optional<std::string> path = pathFromFileUri(uri);
    if (!path) return;
    std::string folder = std::filesystem::path(*path).lexically_normal().string();
    while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
    if (std::find(folders_.begin(), folders_.end(), folder) == folders_.end()) folders_.push_back(std::move(folder));
  }

  void didChangeWorkspaceFolders(const json& event) {
    for (const json& removed : event.value("removed", json::array())) {
      const std::optional<std::string> path = pathFromFileUri(removed.value("uri", ""));
      if (!path) continue;
      const std::string folder = std::filesystem::path(*path).lexically_normal().string();
      folders_.erase(std::remove(folders_.begin(), folders_.end(), folder), folders_.end());
    }
    for (const json& added : event.value("added", json::array())) addWorkspaceFolder(added.value("uri", ""));
  }

  // The innermost workspace folder holding `path`; empty when none does.
  std::string workspaceFolderOf(const std::string& path) const {
    std::string best;
    for (const std::string& folder : folders_) {
      const bool inside = folder == "/" || path.starts_with(folder + "/");
      if (inside && folder.size() > best.size()) best = folder;
    }
    return best;
  }

  void didClose(const std::string& uri) {
    if (documents_.erase(uri) > 0 && !pull_) {
      notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
    }
  }

  void didChangeWatchedFiles(const json& params) {
    for (const json& change : params.value("changes", json::array())) {
      if (isConfigurationFile(change.value("uri", ""))) return recheckAll();
    }
    for (const json& change : params.value("changes", json::array())) fileChanged(change.value("uri", ""));
  }

  // A configuration changed: every buffer's settings may have.
  void recheckAll() {
    analyzer_.configurationChanged();
    for (auto& [uri, document] : documents_) {
      document.analysed = false;
      document.due = Clock::now();
    }
    if (pull_ && refreshSupport_) {
      send({{"jsonrpc", "2.0"}, {"id", "platlint-refresh"}, {"method", "workspace/diagnostic/refresh"}});
    }
  }

  void analyseDueDocuments() {
    const Clock::time_point now = Clock::now();
    for (auto& [uri, document] : documents_) {
      if (!document.due || *document.due > now) continue;
      document.due.reset();
      if (pull_) continue;  // the client asks when it wants them
      {
        const std::lock_guard lock(inbox_->mutex);
        inbox_->interrupt = false;
      }
      // Overtaken by a newer edit: that edit makes the document due again.
      if (ensureAnalysed(document) != Analysis::Done) continue;
      notify("textDocument/publishDiagnostics", {{"uri", uri},
                                                 {"version", document.text.version()},
                                                 {"diagnostics", lspDiagnostics(*document.result, document.text, encoding_)}});
    }
  }

  enum class Analysis { Done, Failed, Cancelled };

  // Analyses the buffer unless its current version was; Failed when the analysis failed (logged),
  // Cancelled when the reader saw a newer edit of the buffer or the request's cancellation.
  Analysis ensureAnalysed(OpenDocument& document) {
    if (document.analysed && document.analysedVersion == document.text.version()) return Analysis::Done;
    try {
      BufferAnalysis analysis = analyse(document, false);
      if (analysis.cancelled) return Analysis::Cancelled;
      if (!analysis.log.empty() && analysis.log != document.lastLog) log(kLogWarning, analysis.log);
      document.lastLog = analysis.log;
      for (const FileNotice& n : analysis.result.notices) {
        if (n.kind == FileNotice::Kind::Internal) log(kLogError, document.path + ": " + n.message);
      }
      document.result = std::move(analysis.result);
    } catch (const std::exception& e) {
      log(kLogError, "platlint: cannot analyse " + document.path + ": " + e.what());
      return Analysis::Failed;
    }
    document.analysed = true;
    document.analysedVersion = document.text.version();
    document.due.reset();
    return Analysis::Done;
  }

  // The analysis of the buffer's text, which the reader interrupts when it sees a newer edit of it.
  BufferAnalysis analyse(OpenDocument& document, bool fix) {
    {
      const std::lock_guard lock(inbox_->mutex);
      inbox_->busyUri = document.text.uri();
    }
    BufferAnalysis analysis;
    try {
      analysis = analyzer_.analyze(
          BufferRequest{document.path, workspaceFolderOf(document.path), document.text.text(), fix, document.parse.get(),
                        &inbox_->interrupt});
    } catch (...) {
      const std::lock_guard lock(inbox_->mutex);
      inbox_->busyUri.clear();
      throw;
    }
    const std::lock_guard lock(inbox_->mutex);
    inbox_->busyUri.clear();
    return analysis;
  }

  // The error a request whose analysis was cancelled gets: the client's cancellation, or an edit.
  AnalysisCancelled cancellationOf() {
    const std::lock_guard lock(inbox_->mutex);
    return {inbox_->cancelled.erase(inbox_->busyRequest) > 0 ? kRequestCancelled : kServerCancelled};
  }

  // The open Python document a request is about, analysed in its current version; null for a
  // document that is not open or not Python (the request then has an empty answer, not an error:
  // clients ask every server attached to a buffer) or whose analysis failed (logged). Throws
  // AnalysisCancelled when the analysis was interrupted.
  OpenDocument* analysedDocumentOf(const json& params) {
    const auto found = documents_.find(params.at("textDocument").at("uri").get<std::string>());
    if (found == documents_.end()) return nullptr;
    const Analysis analysis = ensureAnalysed(found->second);
    if (analysis == Analysis::Cancelled) throw cancellationOf();
    return analysis == Analysis::Done ? &found->second : nullptr;
  }

  json pullDiagnostics(const json& params) {
    OpenDocument* document = analysedDocumentOf(params);
    json items = document ? lspDiagnostics(*document->result, document->text, encoding_) : json::array();
    return {{"kind", "full"}, {"items", std::move(items)}};
  }

  json codeActions(const json& params) {
    OpenDocument* found = analysedDocumentOf(params);
    if (!found) return json::array();
    OpenDocument& document = *found;
    const json context = params.value("context", json::object());
    json actions = kindRequested(context, "quickfix")
                       ? quickFixActions(*document.result, document.text, params.at("range"), encoding_)
                       : json::array();
    const auto safelyFixable = [](const Diagnostic& d) { return !d.suppressed() && d.fix && fixApplies(*d.fix, false); };
    const auto& findings = document.result->diagnostics;
    if (kindRequested(context, kFixAllKind) && std::any_of(findings.begin(), findings.end(), safelyFixable)) {
      const BufferAnalysis fixed = analyse(document, true);
      if (fixed.cancelled) throw cancellationOf();
      if (fixed.fixedText) {
        if (auto action = fixAllAction(document.text, *fixed.fixedText, encoding_)) actions.push_back(std::move(*action));
      }
    }
    return actions;
  }

  json hover(const json& params) {
    const LspPosition position = lspPositionFromJson(params.at("position"));
    OpenDocument* document = analysedDocumentOf(params);
    if (!document) return nullptr;
    std::optional<json> shown = hoverAt(*document->result, document->text, position, encoding_);
    return shown ? std::move(*shown) : json(nullptr);
  }

  BufferAnalyzer& analyzer_;
  FrameWriter writer_;
  std::shared_ptr<Inbox> inbox_;
  std::map<std::string, OpenDocument> documents_;
  std::vector<std::string> folders_;  // the workspace folders (absolute paths)
  PositionEncoding encoding_ = PositionEncoding::Utf16;
  bool initialized_ = false;
  bool shutdownRequested_ = false;
  bool exitRequested_ = false;
  bool pull_ = false;        // the client pulls diagnostics (textDocument/diagnostic)
  bool watchFiles_ = false;  // the client watches files for us (didChangeWatchedFiles registration)
  bool refreshSupport_ = false;  // the client re-pulls diagnostics when asked (workspace/diagnostic/refresh)
};

}  // namespace

int runLanguageServer(BufferAnalyzer& analyzer, int inputFd, int outputFd) {
  // A client that closes the pipe makes writes fail (EPIPE) instead of killing the server silently.
  std::signal(SIGPIPE, SIG_IGN);
  LanguageServer server(analyzer, inputFd, outputFd);
  return server.run();
}

}  // namespace platlint
