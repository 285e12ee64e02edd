# Obtains the tree-sitter runtime and tree-sitter-python (pinned in versions.env, verified by
# fetch.sh) and builds both as static libraries. Runs at configure time so a plain
# `cmake -B build` on a fresh machine is enough.
execute_process(
  COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/fetch.sh ${PLATLINT_DEPS_DIR}
  RESULT_VARIABLE _platlint_fetch_result)
if(NOT _platlint_fetch_result EQUAL 0)
  message(FATAL_ERROR "grammars/fetch.sh failed: tree-sitter sources could not be fetched or verified")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/versions.env)

file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/versions.env _platlint_versions REGEX "^[A-Z_]+=")
foreach(_line IN LISTS _platlint_versions)
  string(REGEX MATCH "^([A-Z_]+)=(.*)$" _ "${_line}")
  set(${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()

set(_ts_root ${PLATLINT_DEPS_DIR}/tree-sitter-${TREE_SITTER_VERSION}/vendor/tree-sitter/lib)
add_library(tree_sitter STATIC ${_ts_root}/src/lib.c)
target_include_directories(tree_sitter SYSTEM PUBLIC ${_ts_root}/include PRIVATE ${_ts_root}/src)
target_compile_definitions(tree_sitter PRIVATE _POSIX_C_SOURCE=200112L _DEFAULT_SOURCE)
set_target_properties(tree_sitter PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
target_compile_options(tree_sitter PRIVATE -w)

set(_tsp_root ${PLATLINT_DEPS_DIR}/tree-sitter-python-${TREE_SITTER_PYTHON_VERSION}/src)
add_library(tree_sitter_python STATIC ${_tsp_root}/parser.c ${_tsp_root}/scanner.c)
target_include_directories(tree_sitter_python PRIVATE ${_tsp_root})
set_target_properties(tree_sitter_python PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
target_compile_options(tree_sitter_python PRIVATE -w)
target_link_libraries(tree_sitter_python PUBLIC tree_sitter)

# The grammar's node type and field names as C++ constants (grammars/grammar_names.cpp), for
# analyzer/syntax/syntax.h.
add_executable(platlint_grammar_names ${CMAKE_CURRENT_LIST_DIR}/grammar_names.cpp)
target_link_libraries(platlint_grammar_names PRIVATE tree_sitter_python)
set(PLATLINT_GRAMMAR_NAMES ${CMAKE_BINARY_DIR}/generated/grammar_names.inc)
add_custom_command(
  OUTPUT ${PLATLINT_GRAMMAR_NAMES}
  COMMAND platlint_grammar_names ${PLATLINT_GRAMMAR_NAMES}
  DEPENDS platlint_grammar_names
  COMMENT "Writing the Python grammar's node type and field names")
add_custom_target(platlint_grammar_names_inc DEPENDS ${PLATLINT_GRAMMAR_NAMES})
