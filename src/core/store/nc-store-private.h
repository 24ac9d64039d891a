/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-store-private.h — what joins the store's files (nc-store.c and
 * nc-store-*.c, one per group of tables), and what the core modules that
 * keep their own tables in the store (the PIN, the time keeper) use.
 * Nothing outside src/core (and its tests) includes this. */
#pragma once

#include <sqlite3.h>

#include "nc-managed.h"
#include "nc-store.h"

G_BEGIN_DECLS

/* ---- for core modules ---------------------------------------------------- */

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

/* Writes an internal key (bookkeeping, not a parent's setting): no
 * administrator lock, announced as "changed::@what", no backup. */
gboolean    nc_store_put_internal      (NcStore     *self,
                                        const char  *key,
                                        const char  *value,
                                        const char  *what,
                                        GError     **error);

/* ---- for the store's own files ------------------------------------------- */

struct _NcStore
{
  GObject    parent_instance;

  char      *path;
  sqlite3   *db;
  int        depth;             /* open transactions (outer + savepoints) */
  GPtrArray *pending;           /* static strings: details to emit at commit */
  gboolean   backup_due;        /* parent changes since the last backup */
  guint      backup_source;
  NcStoreRecovery recovery;
  NcManaged *managed;
  guint      watch_source;
  gint64     last_expire;       /* monotonic µs */
  gint64     data_version;      /* PRAGMA data_version at the last look */
};

/* The settings key that keeps the recovery notice (see
 * nc_store_get_recovery()): "fresh" or "restored-backup". */
#define NC_STORE_RECOVERY_KEY "recovery-notice"

/* nc-store.c: errors and statements.
 *
 * Every accessor goes through these: nc_store_query() prepares a statement
 * and binds its parameters, nc_store_run() also steps it once and
 * finalizes it, and nc_store_finish_rows() ends a loop over the rows. Each
 * sets @error from the connection (a full disk as NC_STORE_ERROR_DISK_FULL)
 * when SQLite fails.
 *
 * The parameters follow @types, one letter each, in order:
 *   'i' int, 'I' gint64,
 *   's' const char * (NULL binds NULL),
 *   'p' a profile id as gint64 (NC_PROFILE_EVERYONE binds NULL). */

/* Sets @error with @code and @what from @db's last error (a full disk as
 * NC_STORE_ERROR_DISK_FULL). Returns FALSE. */
gboolean      nc_store_set_db_error   (GError       **error,
                                       sqlite3       *db,
                                       int            code,
                                       const char    *what);
/* Runs @sql (no results) on @db. */
gboolean      nc_store_exec_sql       (sqlite3       *db,
                                       const char    *sql,
                                       GError       **error);
/* Binds @text, or NULL when @text is NULL. */
void          nc_store_bind_text      (sqlite3_stmt  *stmt,
                                       int            index,
                                       const char    *text);
/* @sql prepared with its parameters bound, or NULL. */
sqlite3_stmt *nc_store_query          (NcStore       *self,
                                       GError       **error,
                                       const char    *sql,
                                       const char    *types,
                                       ...);
/* Steps @stmt once (a statement that changes rows) and finalizes it. */
gboolean      nc_store_step_once      (NcStore       *self,
                                       sqlite3_stmt  *stmt,
                                       GError       **error);
/* Prepares @sql, binds its parameters, steps it once and finalizes it. */
gboolean      nc_store_run            (NcStore       *self,
                                       GError       **error,
                                       const char    *sql,
                                       const char    *types,
                                       ...);
/* Finalizes @stmt after a loop over its rows ended with @rc; FALSE with
 * @error set unless the loop reached the end. */
gboolean      nc_store_finish_rows    (NcStore       *self,
                                       sqlite3_stmt  *stmt,
                                       int            rc,
                                       GError       **error);
/* One element made from the current row of @stmt. */
typedef gpointer (*NcStoreRowFunc)    (sqlite3_stmt  *stmt,
                                       gpointer       user_data);
/* Every row of @stmt (NULL: a failed nc_store_query(), whose @error is
 * set) made into an element by @read, in order, in an array that frees
 * them with @free_func; finalizes @stmt. NULL with @error set when SQLite
 * fails. */
GPtrArray    *nc_store_collect_rows   (NcStore        *self,
                                       sqlite3_stmt   *stmt,
                                       NcStoreRowFunc  read,
                                       gpointer        user_data,
                                       GDestroyNotify  free_func,
                                       GError        **error);
/* The row of @stmt, a query of at most one row (NULL: a failed
 * nc_store_query(), whose @error is set), made by @read into *@row, or
 * NULL when there is none; finalizes @stmt. FALSE with @error set when
 * SQLite fails. */
gboolean      nc_store_read_row       (NcStore        *self,
                                       sqlite3_stmt   *stmt,
                                       NcStoreRowFunc  read,
                                       gpointer        user_data,
                                       gpointer       *row,
                                       GError        **error);
/* FALSE with NC_STORE_ERROR_NOT_FOUND and the message @format when the
 * last statement changed no row. */
gboolean      nc_store_changed_a_row  (NcStore       *self,
                                       GError       **error,
                                       const char    *format,
                                       ...) G_GNUC_PRINTF (3, 4);
/* In one change to @what: runs @delete_sql (its one parameter the row's
 * @id); NC_STORE_ERROR_NOT_FOUND with the message @missing when it
 * deleted no row. */
gboolean      nc_store_delete_by_id   (NcStore       *self,
                                       const char    *delete_sql,
                                       gint64         id,
                                       const char    *what,
                                       const char    *missing,
                                       GError       **error);
/* Column @index as a new string ("" for NULL). */
char         *nc_store_column_dup     (sqlite3_stmt  *stmt,
                                       int            index);

/* nc-store.c: one-call writes. Each begins a transaction (its own, or a
 * savepoint in the caller's) before the statements and ends it with
 * nc_store_finish_write() (nc-store.h) or this. */

/* nc_store_finish_write(), announcing @what (see nc_store_mark_changed())
 * when @ok. */
gboolean      nc_store_finish_change  (NcStore       *self,
                                       gboolean       ok,
                                       const char    *what,
                                       GError       **error);
/* A one-statement write of @what: nc_store_run() in a transaction of its
 * own, or in the caller's. */
gboolean      nc_store_write_one      (NcStore       *self,
                                       const char    *what,
                                       GError       **error,
                                       const char    *sql,
                                       const char    *types,
                                       ...);

/* nc-store-schema.c */

/* The value of "PRAGMA @pragma" (a name such as data_version), or -1. */
gint64        nc_store_read_pragma       (sqlite3    *db,
                                          const char *pragma);
/* PRAGMA user_version, or -1. */
int           nc_store_read_user_version (sqlite3    *db);
/* PRAGMA quick_check: NC_STORE_ERROR_CORRUPT only for a damaged file,
 * NC_STORE_ERROR_OPEN for one that is busy or unreadable. */
gboolean      nc_store_check_integrity   (sqlite3    *db,
                                          GError    **error);
/* Opens @path (creating it), checks it, configures the connection and
 * migrates it to @target_version. NULL with @error set on failure. */
sqlite3      *nc_store_open_connection   (const char *path,
                                          int         target_version,
                                          GError    **error);

/* nc-store-recovery.c */

/* Restricts @path to its owner (the file holds the PIN's hash). */
void          nc_store_restrict_mode       (const char       *path);
/* After a failed integrity check: moves @path aside and restores the
 * newest good backup, else starts a fresh database; says which in
 * @recovery. */
sqlite3      *nc_store_recover             (const char       *path,
                                            NcStoreRecovery  *recovery,
                                            GError          **error);
/* Reads the recovery notice kept in the file into self->recovery. */
void          nc_store_load_recovery_state (NcStore          *self);

/* nc-store-settings.c */

/* The value stored for @key (never the administrator's), or NULL. */
char         *nc_store_read_setting        (NcStore          *self,
                                            const char       *key);

G_END_DECLS
