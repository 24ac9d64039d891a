/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-store.c — the store object: opening, statements, transactions and
 * the "changed" signal; each table's accessors are in nc-store-*.c */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "nc-managed.h"
#include "nc-store-private.h"

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (NcStore, nc_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (nc-store-error-quark, nc_store_error)

/* ---- small helpers ------------------------------------------------------ */

static gboolean
is_disk_full (int rc)
{
  return (rc & 0xff) == SQLITE_FULL;
}

gboolean
nc_store_set_db_error (GError     **error,
                       sqlite3     *db,
                       int          code,
                       const char  *what)
{
  int rc = sqlite3_extended_errcode (db);

  if (is_disk_full (rc))
    g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_DISK_FULL,
                         _("The disk is full. Nothing was changed: free some space and try again."));
  else
    g_set_error (error, NC_STORE_ERROR, code, "%s: %s", what, sqlite3_errmsg (db));
  return FALSE;
}

gboolean
nc_store_set_error (NcStore  *self,
                    GError  **error)
{
  return nc_store_set_db_error (error, self->db, NC_STORE_ERROR_SQL, _("Database statement failed"));
}

gboolean
nc_store_exec_sql (sqlite3     *db,
                   const char  *sql,
                   GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return nc_store_set_db_error (error, db, NC_STORE_ERROR_SQL, _("Database statement failed"));
  return TRUE;
}

gboolean
nc_store_exec (NcStore     *self,
               const char  *sql,
               GError     **error)
{
  return nc_store_exec_sql (self->db, sql, error);
}

gboolean
nc_store_in_transaction (NcStore *self)
{
  return self->depth > 0;
}

sqlite3 *
nc_store_get_db (NcStore *self)
{
  return self->db;
}

/* ---- statements (see nc-store-private.h) --------------------------------- */

void
nc_store_bind_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static sqlite3_stmt *
query_valist (NcStore     *self,
              GError     **error,
              const char  *sql,
              const char  *types,
              va_list      args)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      nc_store_set_error (self, error);
      return NULL;
    }
  for (int i = 0; types[i] != '\0'; i++)
    {
      gint64 id;

      switch (types[i])
        {
        case 'i':
          sqlite3_bind_int (stmt, i + 1, va_arg (args, int));
          break;
        case 'I':
          sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
          break;
        case 's':
          nc_store_bind_text (stmt, i + 1, va_arg (args, const char *));
          break;
        case 'p':
          id = va_arg (args, gint64);
          if (id == NC_PROFILE_EVERYONE)
            sqlite3_bind_null (stmt, i + 1);
          else
            sqlite3_bind_int64 (stmt, i + 1, id);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return stmt;
}

/* @sql prepared with its parameters bound (see nc-store-private.h), or NULL. */
sqlite3_stmt *
nc_store_query (NcStore     *self,
                GError     **error,
                const char  *sql,
                const char  *types,
                ...)
{
  sqlite3_stmt *stmt;
  va_list args;

  va_start (args, types);
  stmt = query_valist (self, error, sql, types, args);
  va_end (args);
  return stmt;
}

/* Steps @stmt once (a statement that changes rows) and finalizes it. */
gboolean
nc_store_step_once (NcStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);
  gboolean ok = rc == SQLITE_DONE || rc == SQLITE_ROW;

  if (!ok)
    nc_store_set_error (self, error);
  sqlite3_finalize (stmt);
  return ok;
}

/* Prepares @sql, binds its parameters, steps it once and finalizes it. */
gboolean
nc_store_run (NcStore     *self,
              GError     **error,
              const char  *sql,
              const char  *types,
              ...)
{
  sqlite3_stmt *stmt;
  va_list args;

  va_start (args, types);
  stmt = query_valist (self, error, sql, types, args);
  va_end (args);
  return stmt != NULL && nc_store_step_once (self, stmt, error);
}

/* Finalizes @stmt after a loop over its rows ended with @rc; FALSE with
 * @error set unless the loop reached the end. */
gboolean
nc_store_finish_rows (NcStore       *self,
                      sqlite3_stmt  *stmt,
                      int            rc,
                      GError       **error)
{
  gboolean ok = rc == SQLITE_DONE;

  if (!ok)
    nc_store_set_error (self, error);
  sqlite3_finalize (stmt);
  return ok;
}

GPtrArray *
nc_store_collect_rows (NcStore        *self,
                       sqlite3_stmt   *stmt,
                       NcStoreRowFunc  read,
                       gpointer        user_data,
                       GDestroyNotify  free_func,
                       GError        **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func (free_func);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read (stmt, user_data));
  if (!nc_store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&rows);
}

gboolean
nc_store_read_row (NcStore         *self,
                   sqlite3_stmt    *stmt,
                   NcStoreRowFunc   read,
                   gpointer         user_data,
                   gpointer        *row,
                   GError         **error)
{
  int rc;

  *row = NULL;
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *row = read (stmt, user_data);
  return nc_store_finish_rows (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error);
}

/* FALSE with NC_STORE_ERROR_NOT_FOUND and the message @format when the last
 * statement changed no row. */
gboolean
nc_store_changed_a_row (NcStore     *self,
                        GError     **error,
                        const char  *format,
                        ...) G_GNUC_PRINTF (3, 4);

gboolean
nc_store_changed_a_row (NcStore     *self,
                        GError     **error,
                        const char  *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (sqlite3_changes (self->db) > 0)
    return TRUE;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

gboolean
nc_store_delete_by_id (NcStore     *self,
                       const char  *delete_sql,
                       gint64       id,
                       const char  *what,
                       const char  *missing,
                       GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  if (!nc_store_begin (self, error))
    return FALSE;
  ok = nc_store_run (self, error, delete_sql, "I", id) &&
       nc_store_changed_a_row (self, error, "%s", missing);
  return nc_store_finish_change (self, ok, what, error);
}

char *
nc_store_column_dup (sqlite3_stmt *stmt,
                     int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);
  return g_strdup (text != NULL ? text : "");
}

/* ---- transactions and signals ------------------------------------------- */

void
nc_store_mark_changed (NcStore    *self,
                       const char *what)
{
  if (!g_ptr_array_find_with_equal_func (self->pending, what, g_str_equal, NULL))
    g_ptr_array_add (self->pending, (gpointer) what);
  if (g_strcmp0 (what, "time") != 0 && g_strcmp0 (what, "activity") != 0)
    self->backup_due = TRUE;
}

static gboolean
backup_timeout_cb (gpointer data)
{
  NcStore *self = data;
  g_autoptr(GError) error = NULL;

  if (self->depth > 0)
    return G_SOURCE_CONTINUE;          /* after the caller's transaction */
  self->backup_source = 0;
  if (self->backup_due && !nc_store_backup_now (self, &error))
    g_message ("NetConduct: the backup of %s failed: %s", self->path,
               error != NULL ? error->message : "?");
  return G_SOURCE_REMOVE;
}

static void
emit_pending (NcStore *self)
{
  g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending);

  self->pending = g_ptr_array_new ();
  if (self->backup_due && self->backup_source == 0)
    self->backup_source = g_timeout_add_seconds (3, backup_timeout_cb, self);

  for (guint i = 0; i < pending->len; i++)
    {
      const char *what = g_ptr_array_index (pending, i);
      g_signal_emit (self, signals[SIGNAL_CHANGED], g_quark_from_string (what), what);
    }
}

/*
 * Starts a transaction: BEGIN IMMEDIATE at the outer level (so a writer
 * fails early rather than at commit), a savepoint when nested.
 */
gboolean
nc_store_begin (NcStore  *self,
                GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  sql = self->depth == 0 ? g_strdup ("BEGIN IMMEDIATE")
                         : g_strdup_printf ("SAVEPOINT nc_%d", self->depth);
  if (!nc_store_exec_sql (self->db, sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

/*
 * Commits the innermost transaction. When the outer commit fails (a full
 * disk), everything since nc_store_begin() is rolled back, so nothing is
 * half-written, and @error says why.
 */
gboolean
nc_store_commit (NcStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  self->depth--;
  if (self->depth > 0)
    {
      sql = g_strdup_printf ("RELEASE nc_%d", self->depth);
      return nc_store_exec_sql (self->db, sql, error);
    }

  if (!nc_store_exec_sql (self->db, "COMMIT", error))
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_ptr_array_set_size (self->pending, 0);
      return FALSE;
    }

  emit_pending (self);
  return TRUE;
}

void
nc_store_rollback (NcStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (NC_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  self->depth--;
  if (self->depth > 0)
    {
      sql = g_strdup_printf ("ROLLBACK TO nc_%d; RELEASE nc_%d", self->depth, self->depth);
      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
      return;
    }

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_ptr_array_set_size (self->pending, 0);
}

gboolean
nc_store_finish_write (NcStore   *self,
                       gboolean   ok,
                       GError   **error)
{
  if (!ok)
    {
      nc_store_rollback (self);
      return FALSE;
    }
  return nc_store_commit (self, error);
}

/* Ends a one-call write of @what (see nc_store_mark_changed()). */
gboolean
nc_store_finish_change (NcStore     *self,
                        gboolean     ok,
                        const char  *what,
                        GError     **error)
{
  if (ok)
    nc_store_mark_changed (self, what);
  return nc_store_finish_write (self, ok, error);
}

/* A one-statement write of @what: nc_store_run() in a transaction of
 * its own, or in the caller's. */
gboolean
nc_store_write_one (NcStore     *self,
                    const char  *what,
                    GError     **error,
                    const char  *sql,
                    const char  *types,
                    ...)
{
  sqlite3_stmt *stmt;
  gboolean ok;
  va_list args;

  if (!nc_store_begin (self, error))
    return FALSE;
  va_start (args, types);
  stmt = query_valist (self, error, sql, types, args);
  va_end (args);
  ok = stmt != NULL && nc_store_step_once (self, stmt, error);
  return nc_store_finish_change (self, ok, what, error);
}

/* Another process (netconductctl, a second window's process) committed:
 * PRAGMA data_version changes only for other connections' commits. Every
 * detail is announced, since what changed is not known. The store looks
 * every 2 seconds while a main loop runs; call this to look now (e.g. when
 * a window gets the focus). Returns TRUE when something changed. */
gboolean
nc_store_check_external_changes (NcStore *self)
{
  const char *all[] = { "profiles", "lists", "time", "pin", "settings", "lessons", "activity" };
  gint64 version;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  if (self->depth > 0)
    return FALSE;
  version = nc_store_read_pragma (self->db, "data_version");
  if (version == self->data_version)
    return FALSE;
  self->data_version = version;
  nc_store_load_recovery_state (self);
  for (gsize i = 0; i < G_N_ELEMENTS (all); i++)
    g_signal_emit (self, signals[SIGNAL_CHANGED], g_quark_from_static_string (all[i]), all[i]);
  return TRUE;
}

static gboolean
watch_cb (gpointer data)
{
  nc_store_check_external_changes (data);
  return G_SOURCE_CONTINUE;
}

/*
 * Opens the database at @path, creating the file and its folder when
 * missing, checks it and brings its schema up to date. A damaged file is
 * moved aside and replaced (see nc_store_get_recovery()). Returns NULL with
 * @error set when the file cannot be used (no permission, a newer schema);
 * the file is never left half migrated.
 */
NcStore *
nc_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(NcStore) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *folder = NULL;
  NcStoreRecovery recovery = NC_STORE_RECOVERY_NONE;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_OPEN,
                   _("Cannot create the folder “%s”: %s"),
                   folder, g_strerror (saved_errno));
      return NULL;
    }

  self = g_object_new (NC_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->managed = nc_managed_load_default (NULL);

  self->db = nc_store_open_connection (path, nc_store_get_latest_version (), &local_error);
  if (self->db == NULL && g_error_matches (local_error, NC_STORE_ERROR, NC_STORE_ERROR_CORRUPT))
    {
      g_clear_error (&local_error);
      self->db = nc_store_recover (path, &recovery, &local_error);
    }
  if (self->db == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", path);
      return NULL;
    }

  if (recovery != NC_STORE_RECOVERY_NONE)
    {
      /* Kept in the file, so the strict state survives a restart until a
       * parent has seen the notice. */
      if (!nc_store_set_string (self, NC_STORE_RECOVERY_KEY,
                                recovery == NC_STORE_RECOVERY_FRESH ? "fresh" : "restored-backup",
                                error))
        return NULL;
      g_ptr_array_set_size (self->pending, 0);
    }
  nc_store_load_recovery_state (self);
  nc_store_restrict_mode (path);

  nc_store_expire_activity (self, NULL);
  g_ptr_array_set_size (self->pending, 0);

  self->data_version = nc_store_read_pragma (self->db, "data_version");
  self->watch_source = g_timeout_add_seconds (2, watch_cb, self);

  return g_steal_pointer (&self);
}

const char *
nc_store_get_path (NcStore *self)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return self->path;
}

int
nc_store_get_schema_version (NcStore *self)
{
  g_return_val_if_fail (NC_IS_STORE (self), -1);
  return nc_store_read_user_version (self->db);
}

/* ---- GObject ------------------------------------------------------------- */

static void
nc_store_finalize (GObject *object)
{
  NcStore *self = NC_STORE (object);

  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_clear_handle_id (&self->watch_source, g_source_remove);
  if (self->db != NULL && self->backup_due && self->depth == 0)
    {
      g_autoptr(GError) error = NULL;
      if (!nc_store_backup_now (self, &error))
        g_message ("NetConduct: the backup of %s failed: %s", self->path, error->message);
    }

  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->managed, nc_managed_free);

  G_OBJECT_CLASS (nc_store_parent_class)->finalize (object);
}

static void
nc_store_class_init (NcStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nc_store_finalize;

  /**
   * NcStore::changed:
   * @what: "profiles", "lists", "time", "pin", "settings", "lessons" or
   *   "activity" (also the signal's detail)
   *
   * Emitted after a write is committed.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
nc_store_init (NcStore *self)
{
  self->pending = g_ptr_array_new ();
}
