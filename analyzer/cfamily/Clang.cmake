# The C/C++ front end (analyzer/cfamily) on Clang LibTooling. Debian's `clang-cpp` and `LLVM`
# shared libraries are linked directly: find_package(Clang) on Debian insists on clang-tools,
# clangd, clang-tidy and clang-format binaries being installed.
#   PLATLINT_WITH_CLANG=AUTO  build it when the headers and libraries are found (default)
#   PLATLINT_WITH_CLANG=ON    fail when they are missing (CI)
#   PLATLINT_WITH_CLANG=OFF   never; `platlint check` then skips C/C++ files and says so
set(PLATLINT_WITH_CLANG AUTO CACHE STRING "Build the C/C++ front end on Clang LibTooling: AUTO, ON or OFF")
set_property(CACHE PLATLINT_WITH_CLANG PROPERTY STRINGS AUTO ON OFF)

set(PLATLINT_HAVE_CLANG OFF)
set(_cfamily ${CMAKE_SOURCE_DIR}/analyzer/cfamily)
# In the layer library: what runs in platlint itself. In the module: what needs Clang.
set(_clang_sources ${_cfamily}/clang_pass.cpp ${_cfamily}/compile_commands.cpp ${_cfamily}/front_end.cpp)

if(NOT PLATLINT_WITH_CLANG STREQUAL "OFF")
  find_program(PLATLINT_LLVM_CONFIG NAMES llvm-config-14 llvm-config)
  if(PLATLINT_LLVM_CONFIG)
    execute_process(COMMAND ${PLATLINT_LLVM_CONFIG} --includedir OUTPUT_VARIABLE _llvm_include OUTPUT_STRIP_TRAILING_WHITESPACE)
    execute_process(COMMAND ${PLATLINT_LLVM_CONFIG} --libdir OUTPUT_VARIABLE _llvm_libdir OUTPUT_STRIP_TRAILING_WHITESPACE)
    execute_process(COMMAND ${PLATLINT_LLVM_CONFIG} --version OUTPUT_VARIABLE _llvm_version OUTPUT_STRIP_TRAILING_WHITESPACE)
    find_library(PLATLINT_CLANG_CPP_LIBRARY NAMES clang-cpp PATHS ${_llvm_libdir} NO_DEFAULT_PATH)
    find_library(PLATLINT_LLVM_LIBRARY NAMES LLVM LLVM-${_llvm_version} PATHS ${_llvm_libdir} NO_DEFAULT_PATH)
    if(PLATLINT_CLANG_CPP_LIBRARY AND PLATLINT_LLVM_LIBRARY AND EXISTS ${_llvm_include}/clang/Tooling/Tooling.h)
      set(PLATLINT_HAVE_CLANG ON)
    endif()
  endif()
  if(NOT PLATLINT_HAVE_CLANG AND PLATLINT_WITH_CLANG STREQUAL "ON")
    message(FATAL_ERROR "PLATLINT_WITH_CLANG=ON but Clang's headers or libclang-cpp were not found "
                        "(Debian: libclang-14-dev libclang-cpp14-dev llvm-14-dev)")
  endif()
endif()

if(PLATLINT_HAVE_CLANG)
  message(STATUS "C/C++ front end: Clang ${_llvm_version} (${PLATLINT_CLANG_CPP_LIBRARY})")
  # A module loaded on the first C or C++ file (front_end_module.h says why), next to platlint.
  add_library(platlint_cfamily_module MODULE ${_clang_sources})
  add_dependencies(platlint_cfamily_module platlint_build_id platlint_layer_check)
  set_target_properties(platlint_cfamily_module PROPERTIES PREFIX "" OUTPUT_NAME platlint-cfamily
                        LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
  # platlint's own headers and those of what they include; its code comes from the executable.
  target_include_directories(platlint_cfamily_module PRIVATE ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR}/generated
                             $<TARGET_PROPERTY:tree_sitter,INTERFACE_INCLUDE_DIRECTORIES>
                             $<TARGET_PROPERTY:nlohmann_json::nlohmann_json,INTERFACE_INCLUDE_DIRECTORIES>)
  target_compile_definitions(platlint_cfamily_module PRIVATE $<TARGET_PROPERTY:platlint_base,INTERFACE_COMPILE_DEFINITIONS>
                             PLATLINT_CLANG_RESOURCE_DIR="${_llvm_libdir}/clang/${_llvm_version}")
  # LLVM is built without RTTI: classes derived from Clang's (PPCallbacks, ASTConsumer) must be too.
  # Clang's headers are system headers for us, so our warning flags do not apply to them; GCC's
  # -Wnonnull still fires inside their inline functions (ExternalASTSource.h), hence -Wno-nonnull.
  target_compile_options(platlint_cfamily_module PRIVATE ${PLATLINT_WARNINGS} -fno-rtti -Wno-nonnull -isystem ${_llvm_include})
  target_link_libraries(platlint_cfamily_module PRIVATE ${PLATLINT_CLANG_CPP_LIBRARY} ${PLATLINT_LLVM_LIBRARY})

  set(_front_end ${_cfamily}/front_end_loader.cpp)
else()
  message(STATUS "C/C++ front end: not built (Clang LibTooling not found or PLATLINT_WITH_CLANG=OFF)")
  set(_front_end ${_cfamily}/front_end_unavailable.cpp)
endif()
platlint_layer(cfamily DIR ${_cfamily} DEPENDS rules SOURCES ${_front_end}
               EXCLUDE clang_pass.cpp compile_commands.cpp front_end.cpp front_end_loader.cpp front_end_unavailable.cpp)
if(PLATLINT_HAVE_CLANG)
  target_include_directories(platlint_cfamily PRIVATE ${CMAKE_BINARY_DIR}/generated)
  add_dependencies(platlint_cfamily platlint_build_id)
  # Installed (cmake/Install.cmake), the module is in lib/platlint beside bin/, found from platlint's
  # own location, so that an installation can be moved to any prefix.
  target_compile_definitions(platlint_cfamily PRIVATE PLATLINT_CFAMILY_MODULE="$<TARGET_FILE:platlint_cfamily_module>"
                             PLATLINT_CFAMILY_FROM_BIN="../lib/platlint")
endif()

# A program that may analyse C or C++ files: it exports its symbols to the module (which uses
# platlint's rules and decoding from it), links all of platlint_core so that every symbol the
# module may need is there, and builds the module with itself.
function(platlint_can_load_cfamily target)
  if(PLATLINT_HAVE_CLANG)
    set_target_properties(${target} PROPERTIES ENABLE_EXPORTS ON)
    # Whole archives first: every object is in, so the normal scan of the same archives after
    # (through platlint_core) finds nothing left to add.
    set(_whole "-Wl,--whole-archive")
    foreach(layer IN LISTS PLATLINT_LAYERS)
      list(APPEND _whole $<TARGET_FILE:platlint_${layer}>)
    endforeach()
    list(APPEND _whole "-Wl,--no-whole-archive")
    target_link_libraries(${target} PRIVATE ${_whole} platlint_core)
    add_dependencies(${target} platlint_cfamily_module)
  else()
    target_link_libraries(${target} PRIVATE platlint_core)
  endif()
endfunction()
