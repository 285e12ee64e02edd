# The layers of platlint (analyzer/CMakeLists.txt declares them). Each layer is a folder and a
# static library named platlint_<layer> that links only the layers it names, directly or through
# them. scripts/check-layers.cmake, run by every build before anything compiles, fails the build
# when a file includes a header of a layer its own layer does not depend on.

set(PLATLINT_LAYERS "" CACHE INTERNAL "")
add_custom_target(platlint_layer_check ALL)

# platlint_layer(NAME DIR dir [DEPENDS layer...] [SOURCES extra...] [EXCLUDE file...] [NO_UNITY])
# With PLATLINT_UNITY_BUILD the layer compiles as a unity build, unless NO_UNITY: a layer whose files
# each define the same names in their anonymous namespaces (the rules' kTags and kRules).
function(platlint_layer name)
  cmake_parse_arguments(L "NO_UNITY" "DIR" "DEPENDS;SOURCES;EXCLUDE" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${L_DIR}/*.cpp)
  foreach(excluded IN LISTS L_EXCLUDE)
    list(REMOVE_ITEM sources ${L_DIR}/${excluded})
  endforeach()
  add_library(platlint_${name} STATIC ${sources} ${L_SOURCES})
  target_include_directories(platlint_${name} PUBLIC ${CMAKE_SOURCE_DIR})
  target_compile_options(platlint_${name} PRIVATE ${PLATLINT_WARNINGS})
  if(PLATLINT_UNITY_BUILD AND NOT L_NO_UNITY)
    set_target_properties(platlint_${name} PROPERTIES UNITY_BUILD ON)
  endif()
  add_dependencies(platlint_${name} platlint_layer_check)
  # What the layer may include: itself and the closure of what it depends on.
  set(allowed ${name})
  foreach(dep IN LISTS L_DEPENDS)
    target_link_libraries(platlint_${name} PUBLIC platlint_${dep})
    list(APPEND allowed ${PLATLINT_LAYER_ALLOWED_${dep}})
  endforeach()
  list(REMOVE_DUPLICATES allowed)
  set(PLATLINT_LAYER_ALLOWED_${name} ${allowed} CACHE INTERNAL "")
  set(PLATLINT_LAYER_DIR_${name} ${L_DIR} CACHE INTERNAL "")
  set(PLATLINT_LAYERS ${PLATLINT_LAYERS} ${name} CACHE INTERNAL "")
endfunction()

# After every layer is declared: the rule file the check reads, and the check itself.
function(platlint_check_layers)
  set(rules "")
  set(inputs "")
  foreach(layer IN LISTS PLATLINT_LAYERS)
    file(RELATIVE_PATH dir ${CMAKE_SOURCE_DIR} ${PLATLINT_LAYER_DIR_${layer}})
    set(allowed_dirs "")
    foreach(a IN LISTS PLATLINT_LAYER_ALLOWED_${layer})
      file(RELATIVE_PATH adir ${CMAKE_SOURCE_DIR} ${PLATLINT_LAYER_DIR_${a}})
      list(APPEND allowed_dirs ${adir})
    endforeach()
    string(REPLACE ";" "," allowed_dirs "${allowed_dirs}")
    string(APPEND rules "${layer} ${dir} ${allowed_dirs}\n")
    file(GLOB files CONFIGURE_DEPENDS ${PLATLINT_LAYER_DIR_${layer}}/*.h ${PLATLINT_LAYER_DIR_${layer}}/*.cpp
         ${PLATLINT_LAYER_DIR_${layer}}/*.c ${PLATLINT_LAYER_DIR_${layer}}/*.inc)
    list(APPEND inputs ${files})
  endforeach()
  file(WRITE ${CMAKE_BINARY_DIR}/generated/layers.txt "${rules}")
  set(stamp ${CMAKE_BINARY_DIR}/generated/layers.checked)
  add_custom_command(
    OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DLAYERS=${CMAKE_BINARY_DIR}/generated/layers.txt
            -DSTAMP=${stamp} -P ${CMAKE_SOURCE_DIR}/scripts/check-layers.cmake
    DEPENDS ${inputs} ${CMAKE_BINARY_DIR}/generated/layers.txt ${CMAKE_SOURCE_DIR}/scripts/check-layers.cmake
    COMMENT "Checking that every #include goes down the layers")
  add_custom_target(platlint_layer_check_run DEPENDS ${stamp})
  add_dependencies(platlint_layer_check platlint_layer_check_run)
endfunction()
