#include "analyzer/cfamily/clang_pass.h"

#include <clang/AST/ASTConsumer.h>
#include <clang/AST/ASTContext.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/DiagnosticLex.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Lex/HeaderSearch.h>
#include <clang/Lex/Lexer.h>
#include <clang/Lex/PPCallbacks.h>
#include <clang/Lex/Preprocessor.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/VirtualFileSystem.h>

#include <limits>
#include <map>
#include <set>

#include "rules/c_rules.h"

namespace platlint {
namespace {

// Collects findings with their offsets in the main file; the first one at a place wins.
class FindingSink {
 public:
  FindingSink(const clang::SourceManager& sm, const clang::LangOptions& lang, std::vector<PassFinding>& out)
      : sm_(sm), lang_(lang), out_(out) {}

  // `range` may come from a macro expansion: the finding goes where the expansion is written.
  void add(CFinding finding, clang::SourceRange range) {
    const clang::SourceLocation begin = sm_.getFileLoc(range.getBegin());
    clang::SourceLocation end = sm_.getFileLoc(range.getEnd());
    if (!begin.isValid() || !sm_.isWrittenInMainFile(begin)) return;
    end = clang::Lexer::getLocForEndOfToken(end, 0, sm_, lang_);
    const uint32_t b = sm_.getFileOffset(begin);
    uint32_t e = end.isValid() && sm_.isWrittenInMainFile(end) ? sm_.getFileOffset(end) : b;
    if (e < b) e = b;
    out_.push_back({finding.rule, std::move(finding.message), finding.breaksOn, b, e});
  }

  // For a file-relative character range (an #include's file name).
  void addChars(CFinding finding, clang::CharSourceRange range) {
    if (!range.isValid() || !sm_.isWrittenInMainFile(range.getBegin())) return;
    const uint32_t b = sm_.getFileOffset(range.getBegin());
    clang::SourceLocation end = range.getEnd();
    if (range.isTokenRange()) end = clang::Lexer::getLocForEndOfToken(end, 0, sm_, lang_);
    uint32_t e = end.isValid() ? sm_.getFileOffset(end) : b;
    if (e < b) e = b;
    out_.push_back({finding.rule, std::move(finding.message), finding.breaksOn, b, e});
  }

 private:
  const clang::SourceManager& sm_;
  const clang::LangOptions& lang_;
  std::vector<PassFinding>& out_;
};

// #include directives and conditional directives of the main file. Code in branches that are
// not compiled is invisible to the AST; the front end re-parses under other platforms' macro
// sets when the main file has conditionals at all.
class DirectiveRecorder final : public clang::PPCallbacks {
 public:
  DirectiveRecorder(clang::SourceManager& sm, const clang::LangOptions& lang, PassResult& result)
      : sm_(sm), lang_(lang), result_(result) {}

  void InclusionDirective(clang::SourceLocation hashLoc, const clang::Token&, llvm::StringRef fileName, bool,
                          clang::CharSourceRange filenameRange, const clang::FileEntry*, llvm::StringRef,
                          llvm::StringRef, const clang::Module*, clang::SrcMgr::CharacteristicKind) override {
    if (!sm_.isWrittenInMainFile(hashLoc)) return;
    if (auto finding = matchPlatformHeader(std::string_view(fileName.data(), fileName.size()))) {
      FindingSink(sm_, lang_, result_.findings).addChars(std::move(*finding), filenameRange);
    }
  }
  void SourceRangeSkipped(clang::SourceRange range, clang::SourceLocation) override {
    if (!sm_.isWrittenInMainFile(range.getBegin())) return;
    const uint32_t end = sm_.isWrittenInMainFile(range.getEnd()) ? sm_.getFileOffset(range.getEnd())
                                                                  : std::numeric_limits<uint32_t>::max();
    result_.skippedRanges.emplace_back(sm_.getFileOffset(range.getBegin()), end);
  }
  void If(clang::SourceLocation loc, clang::SourceRange, ConditionValueKind) override { count(loc); }
  void Elif(clang::SourceLocation loc, clang::SourceRange, ConditionValueKind, clang::SourceLocation) override {
    count(loc);
  }
  void Ifdef(clang::SourceLocation loc, const clang::Token&, const clang::MacroDefinition&) override { count(loc); }
  void Ifndef(clang::SourceLocation loc, const clang::Token&, const clang::MacroDefinition&) override { count(loc); }
  void Elifdef(clang::SourceLocation loc, const clang::Token&, const clang::MacroDefinition&) override { count(loc); }
  void Elifndef(clang::SourceLocation loc, const clang::Token&, const clang::MacroDefinition&) override { count(loc); }
  void Elifdef(clang::SourceLocation loc, clang::SourceRange, clang::SourceLocation) override { count(loc); }
  void Elifndef(clang::SourceLocation loc, clang::SourceRange, clang::SourceLocation) override { count(loc); }

 private:
  void count(clang::SourceLocation loc) {
    if (sm_.isWrittenInMainFile(loc)) ++result_.conditionalDirectives;
  }

  clang::SourceManager& sm_;
  const clang::LangOptions& lang_;
  PassResult& result_;
};

std::string_view view(llvm::StringRef s) { return {s.data(), s.size()}; }

// The function a call or reference names, when the system (not the project) declares it: C
// library functions are matched by name, and a project's own `clone()` is not glibc's.
const clang::FunctionDecl* systemFunction(const clang::Decl* decl, const clang::SourceManager& sm) {
  const auto* fn = llvm::dyn_cast_or_null<clang::FunctionDecl>(decl);
  if (!fn || !fn->getIdentifier()) return nullptr;
  if (!fn->getDeclContext()->getRedeclContext()->isTranslationUnit()) return nullptr;
  for (const clang::FunctionDecl* redecl : fn->redecls()) {
    if (redecl->doesThisDeclarationHaveABody() && !sm.isInSystemHeader(redecl->getLocation())) return nullptr;
  }
  const clang::FunctionDecl* first = fn->getFirstDecl();
  // An implicit declaration (C89-style call of an undeclared function, e.g. when the header is
  // missing on this host) still names the library function.
  if (first->isImplicit() || sm.isInSystemHeader(first->getLocation())) return fn;
  return nullptr;
}

struct EnvironmentUse {
  std::string function;
  std::string name;
  clang::SourceRange range;
  const clang::FunctionDecl* scope;
};

class FindingVisitor : public clang::RecursiveASTVisitor<FindingVisitor> {
 public:
  FindingVisitor(clang::ASTContext& ast, PassResult& result)
      : sm_(ast.getSourceManager()), sink_(sm_, ast.getLangOpts(), result.findings) {}

  // Declarations of included headers are analysed when those headers are; only the main file's
  // are walked here (which also keeps a pass over <Python.h> users fast).
  bool TraverseDecl(clang::Decl* decl) {
    if (!decl) return true;
    if (!llvm::isa<clang::TranslationUnitDecl>(decl)) {
      const clang::SourceLocation loc = sm_.getFileLoc(decl->getLocation());
      if (loc.isValid() && !sm_.isWrittenInMainFile(loc)) return true;
    }
    const auto* fn = llvm::dyn_cast<clang::FunctionDecl>(decl);
    const clang::FunctionDecl* outer = scope_;
    if (fn && fn->doesThisDeclarationHaveABody()) scope_ = fn;
    const bool ok = clang::RecursiveASTVisitor<FindingVisitor>::TraverseDecl(decl);
    scope_ = outer;
    return ok;
  }

  bool VisitCallExpr(clang::CallExpr* call) {
    const clang::FunctionDecl* fn = systemFunction(call->getCalleeDecl(), sm_);
    if (!fn) return true;
    const std::string name = fn->getName().str();
    const EnvironmentCall env = environmentCallKind(name);
    const bool compares = isStringComparison(name);
    const bool accesses = isFileSystemCall(name);
    for (unsigned i = 0; i < call->getNumArgs(); ++i) {
      const auto* literal = llvm::dyn_cast<clang::StringLiteral>(call->getArg(i)->IgnoreParenImpCasts());
      if (!literal) continue;
      if (env != EnvironmentCall::None) {
        if (i == 0 && literal->getCharByteWidth() == 1) {
          std::string variable = literal->getString().str();
          if (name == "putenv" || name == "_putenv") variable = variable.substr(0, variable.find('='));
          environment_.push_back({name, variable, call->getSourceRange(), scope_});
        }
        consumed_.insert(literal);
      } else if (compares) {
        consumed_.insert(literal);
      } else if (accesses && i == 0) {
        accessed_.insert(literal);
      }
    }
    return true;
  }

  bool VisitStringLiteral(clang::StringLiteral* literal) {
    if (consumed_.contains(literal) || literal->getCharByteWidth() != 1) return true;
    // __FILE__ and stringized macro arguments are spelt in the scratch buffer: not the code's paths.
    // A system header's macro (_PATH_UTMP, MNTTAB) is the platform naming its own file.
    const clang::SourceLocation spelling = sm_.getSpellingLoc(literal->getBeginLoc());
    if (sm_.isWrittenInScratchSpace(spelling) || sm_.isInSystemHeader(spelling)) return true;
    std::string_view value = view(literal->getString());
    value = value.substr(0, value.find('\0'));
    if (auto finding = matchPathLiteral(value, accessed_.contains(literal))) {
      sink_.add(std::move(*finding), literal->getSourceRange());
    }
    return true;
  }

  bool VisitDeclRefExpr(clang::DeclRefExpr* ref) {
    const clang::FunctionDecl* fn = systemFunction(ref->getDecl(), sm_);
    if (!fn) return true;
    if (auto finding = matchLinuxOnlyFunction(view(fn->getName()))) {
      sink_.add(std::move(*finding), ref->getSourceRange());
    }
    return true;
  }

  // Environment findings wait for the whole file: `getenv("HOME")` is portable when the same
  // function also reads `USERPROFILE`.
  void finish() {
    std::map<const clang::FunctionDecl*, std::set<const RuleMeta*>> families;
    for (const EnvironmentUse& use : environment_) {
      if (const RuleMeta* family = environmentPlatformFamily(use.name)) families[use.scope].insert(family);
    }
    for (const EnvironmentUse& use : environment_) {
      const RuleMeta* family = environmentPlatformFamily(use.name);
      const bool counterpart = family && families[use.scope].size() > 1;
      for (CFinding& f : matchEnvironmentAccess(use.function, use.name, counterpart)) sink_.add(std::move(f), use.range);
    }
  }

 private:
  const clang::SourceManager& sm_;
  FindingSink sink_;
  std::set<const clang::StringLiteral*> consumed_;  // environment names, compared strings
  std::set<const clang::StringLiteral*> accessed_;  // first argument of a file-system call
  std::vector<EnvironmentUse> environment_;
  const clang::FunctionDecl* scope_ = nullptr;
};

class FindingConsumer final : public clang::ASTConsumer {
 public:
  explicit FindingConsumer(PassResult& result) : result_(result) {}
  void HandleTranslationUnit(clang::ASTContext& ast) override {
    FindingVisitor visitor(ast, result_);
    visitor.TraverseDecl(ast.getTranslationUnitDecl());
    visitor.finish();
  }

 private:
  PassResult& result_;
};

class FindingAction final : public clang::ASTFrontendAction {
 public:
  explicit FindingAction(PassResult& result) : result_(result) {}

 protected:
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance& ci, llvm::StringRef) override {
    // A missing header must not end the analysis: Clang recovers and the rest is still seen.
    ci.getDiagnostics().setFatalsAsError(true);
    result_.ran = true;
    result_.cplusplus = ci.getLangOpts().CPlusPlus;
    ci.getPreprocessor().addPPCallbacks(
        std::make_unique<DirectiveRecorder>(ci.getSourceManager(), ci.getLangOpts(), result_));
    return std::make_unique<FindingConsumer>(result_);
  }

  void EndSourceFileAction() override {
    clang::CompilerInstance& ci = getCompilerInstance();
    const clang::SourceManager& sm = ci.getSourceManager();
    if (const clang::FileEntry* main = sm.getFileEntryForID(sm.getMainFileID())) {
      result_.includeGuarded = ci.getPreprocessor().getHeaderSearchInfo().isFileMultipleIncludeGuarded(main);
    }
  }

 private:
  PassResult& result_;
};

// Counts errors and keeps the first one of the main file, for the file's notice.
class ErrorCollector final : public clang::DiagnosticConsumer {
 public:
  explicit ErrorCollector(PassResult& result) : result_(result) {}
  void HandleDiagnostic(clang::DiagnosticsEngine::Level level, const clang::Diagnostic& info) override {
    clang::DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < clang::DiagnosticsEngine::Error) return;
    ++result_.errors;
    // Which headers are missing tells a file of another platform (`windows.h`, `mach/mach.h`).
    if (info.getID() == clang::diag::err_pp_file_not_found && info.getNumArgs() > 0 &&
        info.getArgKind(0) == clang::DiagnosticsEngine::ak_std_string) {
      result_.missingHeaders.push_back(info.getArgStdStr(0));
    }
    if (result_.firstErrorInMainFile) return;
    llvm::SmallString<200> text;
    info.FormatDiagnostic(text);
    const bool inMain = info.hasSourceManager() && info.getLocation().isValid() &&
                        info.getSourceManager().isWrittenInMainFile(
                            info.getSourceManager().getFileLoc(info.getLocation()));
    if (!result_.firstError.empty() && !inMain) return;
    result_.firstError = text.str().str();
    if (inMain) {
      const clang::SourceManager& sm = info.getSourceManager();
      result_.firstErrorOffset = sm.getFileOffset(sm.getFileLoc(info.getLocation()));
      result_.firstErrorInMainFile = true;
    }
  }

 private:
  PassResult& result_;
};

}  // namespace

PassResult runClangPass(const PassInput& input) {
  PassResult result;
  // A physical file system of our own: its working directory is this pass's, not the process's.
  auto overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(llvm::vfs::createPhysicalFileSystem());
  auto memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  overlay->pushOverlay(memory);
  memory->addFile(input.mainFile, 0, llvm::MemoryBuffer::getMemBufferCopy(*input.bytes, input.mainFile));
  if (!input.directory.empty()) (void)overlay->setCurrentWorkingDirectory(input.directory);
  auto files = llvm::makeIntrusiveRefCnt<clang::FileManager>(clang::FileSystemOptions(), overlay);

  ErrorCollector errors(result);
  clang::tooling::ToolInvocation invocation(input.commandLine, std::make_unique<FindingAction>(result), files.get());
  invocation.setDiagnosticConsumer(&errors);
  invocation.run();
  // Without a compile job (a command line the driver rejects) the action never started; the
  // driver's complaint is then the first error.
  if (!result.ran) result.driverError = result.firstError.empty() ? "no compile job" : result.firstError;
  return result;
}

}  // namespace platlint
