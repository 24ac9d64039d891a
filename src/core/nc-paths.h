/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-paths.h — where NetConduct keeps its files */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NC_DATABASE_ENV "NETCONDUCT_DATABASE"

char *nc_paths_get_default_database (void);
char *nc_paths_resolve_database     (const char *option_value);

/* Locations that come from the build (meson options, config.h): the
 * administrator's policy folder, the web process extension. An
 * environment variable moves one only when nc_paths_overrides_allowed():
 * the process runs as root (real and effective uid 0), or the build was
 * configured with -Dtest_overrides=true. Otherwise a child's own
 * environment cannot point them elsewhere. */
gboolean    nc_paths_overrides_allowed (void);
/* Real and effective uid 0: the machine's administrator. */
gboolean    nc_paths_running_as_root   (void);
/* $@env_name when allowed and not empty, else @built_in. */
const char *nc_paths_location          (const char *env_name,
                                        const char *built_in);

/* Opens @name (relative to the folder @dir_fd, or AT_FDCWD) read-only when
 * it is a regular file, without ever blocking (a FIFO or a device is
 * refused, not waited on); a symbolic link is followed only when @follow.
 * Else -1, with *@why saying what is wrong, for a message. */
int         nc_paths_open_regular      (int          dir_fd,
                                        const char  *name,
                                        gboolean     follow,
                                        const char **why);

G_END_DECLS
