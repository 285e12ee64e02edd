# What `cmake --install` puts where, and the packages `cpack` makes from it (docs/releasing.md).
#   bin/platlint                          the program (needs only the C and C++ runtime)
#   lib/platlint/platlint-cfamily.so      the C/C++ front end, when built; platlint finds it from its
#                                         own location (PLATLINT_CFAMILY_FROM_BIN, front_end_loader.cpp)
#   share/doc/platlint/                   README, CHANGELOG, the guides and rules/PORTnnn.md
#   share/man/man1/platlint.1             generated from the built program (scripts/gen-man.sh)
# Components: `platlint` (all of it but the module) and `cfamily` (the module, which needs Clang's
# shared libraries); the .deb packages are platlint and platlint-cfamily.

set(PLATLINT_INSTALL_MODULE_DIR lib/platlint)

install(TARGETS platlint RUNTIME DESTINATION bin COMPONENT platlint)
if(PLATLINT_HAVE_CLANG)
  install(TARGETS platlint_cfamily_module LIBRARY DESTINATION ${PLATLINT_INSTALL_MODULE_DIR} COMPONENT cfamily)
endif()

set(PLATLINT_INSTALL_DOC_DIR share/doc/platlint)
install(FILES README.md CHANGELOG.md DESTINATION ${PLATLINT_INSTALL_DOC_DIR} COMPONENT platlint)
install(FILES docs/architecture.md docs/baseline.md docs/c-front-end.md docs/ci.md docs/configuration.md
              docs/fixes.md docs/inventory.md docs/releasing.md
        DESTINATION ${PLATLINT_INSTALL_DOC_DIR} COMPONENT platlint)
install(DIRECTORY docs/ci docs/rules DESTINATION ${PLATLINT_INSTALL_DOC_DIR} COMPONENT platlint)

# The manual page comes from the program's own --help and rule catalogue, so it cannot drift.
set(_man ${CMAKE_BINARY_DIR}/platlint.1)
add_custom_command(
  OUTPUT ${_man}
  COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/gen-man.sh $<TARGET_FILE:platlint> ${_man}
  DEPENDS platlint ${CMAKE_SOURCE_DIR}/scripts/gen-man.sh
  COMMENT "Generating the manual page platlint.1")
add_custom_target(platlint_man ALL DEPENDS ${_man})
install(FILES ${_man} DESTINATION share/man/man1 COMPONENT platlint)

# Packages: `cpack` in the build directory gives platlint-VERSION-Linux.tar.gz (everything) and one
# .deb per component.
set(CPACK_PACKAGE_NAME platlint)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "platlint")
# The .deb's Maintainer field: whoever builds the release sets it (docs/releasing.md).
set(PLATLINT_PACKAGE_MAINTAINER "platlint maintainers" CACHE STRING "Maintainer of the .deb packages: Name <email>")
set(CPACK_PACKAGE_CONTACT "${PLATLINT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Finds Linux-only assumptions in Python code")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/platlint/platlint")
set(CPACK_RESOURCE_FILE_README ${CMAKE_SOURCE_DIR}/README.md)
set(CPACK_GENERATOR TGZ DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends from the libraries each file links (dpkg-shlibdeps)
set(CPACK_DEBIAN_PLATLINT_PACKAGE_NAME platlint)
set(CPACK_DEBIAN_CFAMILY_PACKAGE_NAME platlint-cfamily)
# The module is built for one build of platlint (PLATLINT_BUILD_ID): exactly this version.
set(CPACK_DEBIAN_CFAMILY_PACKAGE_DEPENDS "platlint (= ${PROJECT_VERSION})")
set(CPACK_COMPONENT_PLATLINT_DESCRIPTION
    "Finds Linux-only assumptions in Python code\n platlint reports where Python code assumes it runs on Linux, why it breaks on macOS, Windows\n or another Linux, and the portable alternative; as text, JSON or SARIF.")
set(CPACK_COMPONENT_CFAMILY_DESCRIPTION
    "C/C++ front end for platlint\n The module with which platlint also analyses C and C++ files, on Clang's libraries.")
if(PLATLINT_HAVE_CLANG)
  set(CPACK_COMPONENTS_ALL platlint cfamily)
else()
  set(CPACK_COMPONENTS_ALL platlint)
endif()
include(CPack)
