# The Debian package, made by CPack from what `cmake --install` installs:
#   make package     (or: cpack --config build/CPackConfig.cmake -B DIR)
# gives runboard_<version>_<arch>.deb. docs/packaging.md has the reasons.

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "runboard")
set(CPACK_PACKAGE_VENDOR "The Runboard developers")
# The project has no published address yet (docs/packaging.md, open
# decisions); a release build passes the real one with -DRUNBOARD_MAINTAINER=.
set(RUNBOARD_MAINTAINER "Runboard maintainers <maintainers@runboard.invalid>"
    CACHE STRING "The Maintainer field of the .deb: Name <email>")
set(CPACK_PACKAGE_CONTACT "${RUNBOARD_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/runboard/runboard")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# Debian ships binaries stripped (policy 10.1); RelWithDebInfo's symbols
# would make the package ten times larger.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# The extended description; CPack puts the summary above it and indents it
# for the control file.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Runboard is a native dashboard for operators of the Edges automation API:
launch actions as async runs or cron schedules, follow runs through their
statuses, inspect inputs, outputs and callbacks, see timelines of runs and
schedule firings, and export results to CSV, JSON Lines or Excel.
.
It includes runboard-sandbox, a local engine that behaves like the API with
synthetic data, so everything works offline, and headless subcommands
(cron, launch, export) for scripts.")
# Depends comes from dpkg-shlibdeps over the installed binaries, so it
# names exactly the libqt6 packages (and versions) they link.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the binaries load as plugins, which shlibdeps cannot see; CPack adds
# the computed list after it. Qt's SQLite driver holds the sandbox's store
# and the dashboard's cache.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Recommends, not Depends: Runboard works without them.
# - qt6-translations-l10n: Qt's own strings (dialog buttons, shortcuts) in
#   the user's language.
# - libsecret-1-0: QtKeychain loads it at run time (it is not linked, so
#   shlibdeps cannot see it) to reach the Secret Service.
# - gnome-keyring | kwalletmanager: a keychain for the API key; the same
#   pair Debian's libqt6keychain1 recommends. Without one, the connection
#   dialog offers to keep the key for the session or in the settings file.
# - qt6-wayland: a native Wayland window, whose app id ties it to the
#   desktop entry; without it Runboard runs through XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, libsecret-1-0, gnome-keyring | kwalletmanager, qt6-wayland")
# Control files and directories as dpkg-deb expects them: root-owned,
# 0755 directories, 0644 files.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE
    GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)

include(CPack)
