/* nc-store-private.h — for core modules that keep their own tables in the
 * store (the PIN); nothing outside src/core includes this. */
#pragma once

#include <sqlite3.h>

#include "nc-store.h"

G_BEGIN_DECLS

sqlite3    *nc_store_get_db            (NcStore     *self);
/* Queues "changed::@what" (a static string) for the next commit. */
void        nc_store_mark_changed      (NcStore     *self,
                                        const char  *what);
/* Sets @error from the connection's last error, mapping a full disk to
 * NC_STORE_ERROR_DISK_FULL. Returns FALSE. */
gboolean    nc_store_set_error         (NcStore     *self,
                                        GError     **error);
/* TRUE inside nc_store_begin() … nc_store_commit(). */
gboolean    nc_store_in_transaction    (NcStore     *self);
/* Runs @sql (no results) inside the caller's transaction. */
gboolean    nc_store_exec              (NcStore     *self,
                                        const char  *sql,
                                        GError     **error);

/* Test hooks: build a database at an older schema version, as an older
 * NetConduct would have left it. */
gboolean    nc_store_create_at_version (const char  *path,
                                        int          version,
                                        GError     **error);

G_END_DECLS

G_BEGIN_DECLS
/* Writes an internal key (bookkeeping, not a parent's setting): no
 * administrator lock, announced as "changed::@what", no backup. */
gboolean    nc_store_put_internal      (NcStore     *self,
                                        const char  *key,
                                        const char  *value,
                                        const char  *what,
                                        GError     **error);
G_END_DECLS
