/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-list-folder.h — the app's own folder of compiled category lists
 *
 * Imported lists are compiled into <database folder>/lists/. A path read
 * back from the database or from an import is used only after it is shown
 * to name a regular file directly inside that folder: no "..", no other
 * folder, no symlink, no FIFO or device. Files are opened relative to the
 * folder's descriptor with O_NOFOLLOW | O_NONBLOCK (a read never blocks)
 * and removed with unlinkat() after fstatat() shows a regular file, so
 * a row written by a child cannot make an administrator's netconductctl
 * read or delete anything else.
 */
#pragma once

#include "nc-store.h"

G_BEGIN_DECLS

/* <folder of @store's database>/lists, absolute. Free with g_free(). */
char     *nc_list_folder_get_path (NcStore     *store);
/* Opens @path for reading if it is a regular file in the folder; returns
 * the descriptor (O_RDONLY, close it) or -1 with @error set. */
int       nc_list_folder_open     (NcStore     *store,
                                   const char  *path,
                                   GError     **error);
/* Whether @path is a regular file in the folder (opened and checked). */
gboolean  nc_list_folder_check    (NcStore     *store,
                                   const char  *path,
                                   GError     **error);
/* Removes @path if it is a regular file in the folder; a file already
 * gone is fine. Anything else is refused with @error, and left alone. */
gboolean  nc_list_folder_unlink   (NcStore     *store,
                                   const char  *path,
                                   GError     **error);
/* Every imported list's compiled file, checked; NULL with @error when
 * one is not a regular file of the folder (fail closed). */
GStrv     nc_list_folder_list_compiled (NcStore   *store,
                                        GError   **error);
/* Removes imported list @id, its row and its compiled file. */
gboolean  nc_list_folder_drop     (NcStore     *store,
                                   gint64       id,
                                   GError     **error);

G_END_DECLS
