// PORT411 windows-only-header: headers only Windows provides. They are missing on this (Linux)
// machine, so Clang reports errors for the unguarded ones.
// allow: compile-errors
#include <windows.h>   // expect: PORT411
#include <io.h>        // expect: PORT411
#include <WinSock2.h>  // expect: PORT411
#include <unistd.h>    // ok: PORT411

#ifdef _WIN32
#include <direct.h>    // ok: PORT411
#include <process.h>   // ok: PORT411
#else
#include <sys/stat.h>  // ok: PORT411
#endif

#if defined(_WIN32) || defined(__CYGWIN__)
#include <tchar.h>     // ok: PORT411
#endif
