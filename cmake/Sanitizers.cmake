# Instrumented builds, each in its own build directory:
#   -DPLATLINT_SANITIZE=ON  everything (tree-sitter included) under AddressSanitizer and
#                           UndefinedBehaviorSanitizer; the whole test suite runs against it.
#   -DPLATLINT_FUZZ=ON      the same plus libFuzzer coverage instrumentation, and the fuzz targets
#                           in tests/fuzz (needs clang: CC=clang-14 CXX=clang++-14).
# Included before any target is defined so that the third-party libraries are instrumented too:
# a bad read inside the parser is exactly what these builds are for.
option(PLATLINT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(PLATLINT_FUZZ "Build the libFuzzer targets (implies PLATLINT_SANITIZE; needs clang)" OFF)

if(PLATLINT_SANITIZE OR PLATLINT_FUZZ)
  # -fno-sanitize-recover: undefined behaviour fails the test instead of printing and going on.
  # -fno-sanitize=vptr: the C front end must be built without RTTI, like the LLVM it derives
  # from, and the vptr check then reports every polymorphic object (even a shared_ptr's control
  # block) that crosses between RTTI and no-RTTI code. Everything else of UBSan stays on.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize=vptr -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

if(PLATLINT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PLATLINT_FUZZ needs clang (libFuzzer): configure with CC=clang-14 CXX=clang++-14")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
