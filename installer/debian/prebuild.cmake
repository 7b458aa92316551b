# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) after it installed into its staging folder and before it
# packs: the .deb also gets /etc/wharf/wharf.conf. Files under /etc cannot be an install() rule,
# since `cmake --install --prefix DIR` and the .tar.gz would then write to the real /etc.
if(CPACK_GENERATOR STREQUAL "DEB")
    # COPY, not INSTALL: INSTALL would prepend the DESTDIR that CPack sets to this same folder.
    file(COPY "${CPACK_WHARF_INSTALLER_DIR}/wharf.conf" DESTINATION "${CPACK_TEMPORARY_DIRECTORY}/etc/wharf"
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
endif()
