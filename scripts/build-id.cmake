# Writes OUTPUT, a header defining PLATLINT_BUILD_ID: a hash of every source file listed in
# LIST_FILE. The result cache keys entries by it, so a rebuilt platlint with changed rules never
# reads results an older build cached under the same version number.
#   cmake -DLIST_FILE=sources.txt -DOUTPUT=platlint_build_id.h -P build-id.cmake
file(STRINGS "${LIST_FILE}" sources)
set(combined "")
foreach(source IN LISTS sources)
  file(SHA256 "${source}" digest)
  string(APPEND combined "${digest}")
endforeach()
string(SHA256 id "${combined}")
string(SUBSTRING "${id}" 0 16 id)
set(content "#pragma once\n#define PLATLINT_BUILD_ID \"${id}\"\n")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" previous)
endif()
if(NOT previous STREQUAL content)
  file(WRITE "${OUTPUT}" "${content}")
endif()
