// A file whose name says `windows` is compiled on Windows only: Windows headers are fine there,
// POSIX paths are not.
// allow: compile-errors
#include <windows.h>  // ok: PORT411
#include <stdio.h>

FILE *null_device(void) { return fopen("/dev/null", "w"); }  // expect: PORT202
FILE *scratch(void) { return fopen("/proc/self/status", "r"); }  // expect: PORT103
