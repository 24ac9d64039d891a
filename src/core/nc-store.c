/* nc-store.c — the SQLite database that holds everything a parent sets */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nc-store.h"

struct _NcStore
{
  GObject  parent_instance;

  char    *path;
  sqlite3 *db;
};

G_DEFINE_FINAL_TYPE (NcStore, nc_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (nc-store-error-quark, nc_store_error)

/*
 * The schema, one migration per version: migrations[i] takes a database at
 * user_version i to i + 1. Each runs in one transaction with the version
 * bump. Never edit a shipped migration; append a new one.
 */
static const char * const migrations[] = {
  /* 0 -> 1 */
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY NOT NULL,"
  "  value TEXT NOT NULL"
  ") STRICT;"
  "INSERT INTO meta (key, value) VALUES ('created_by', 'NetConduct');",
};

int
nc_store_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

static gboolean
set_sql_error (GError  **error,
               sqlite3  *db,
               int       code,
               const char *what)
{
  g_set_error (error, NC_STORE_ERROR, code, "%s: %s", what, sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return set_sql_error (error, db, NC_STORE_ERROR_SQL, _("Database statement failed"));
  return TRUE;
}

static int
read_user_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return version;
}

/* Brings the schema from its current version to the latest, one
 * transaction per step, so a failure leaves a consistent older version. */
static gboolean
migrate (sqlite3  *db,
         GError  **error)
{
  int version = read_user_version (db);

  if (version < 0)
    return set_sql_error (error, db, NC_STORE_ERROR_OPEN, _("Cannot read the database version"));

  if (version > nc_store_get_latest_version ())
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_TOO_NEW,
                   _("This database was written by a newer version of NetConduct "
                     "(schema %d; this version knows up to %d). Update NetConduct "
                     "to open it."),
                   version, nc_store_get_latest_version ());
      return FALSE;
    }

  for (; version < nc_store_get_latest_version (); version++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!exec_sql (db, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!exec_sql (db, migrations[version], error) || !exec_sql (db, bump, error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      if (!exec_sql (db, "COMMIT", error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
configure_connection (sqlite3  *db,
                      GError  **error)
{
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_busy_timeout (db, 5000);

  return exec_sql (db,
                   "PRAGMA journal_mode = WAL;"
                   "PRAGMA synchronous = FULL;"
                   "PRAGMA foreign_keys = ON;",
                   error);
}

static gboolean
check_integrity (sqlite3  *db,
                 GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  if (!ok)
    g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_CORRUPT,
                 _("The database is damaged: %s"), sqlite3_errmsg (db));
  return ok;
}

/*
 * Opens the database at @path, creating the file and its folder when
 * missing, checks it and brings its schema up to date. Returns NULL with
 * @error set when the file cannot be used; the file is never left half
 * migrated.
 */
NcStore *
nc_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(NcStore) self = NULL;
  g_autofree char *folder = NULL;
  int rc;

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

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_OPEN,
                   _("Cannot open the database “%s”: %s"),
                   path, self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  if (!check_integrity (self->db, error) ||
      !configure_connection (self->db, error) ||
      !migrate (self->db, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

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
  return read_user_version (self->db);
}

static void
nc_store_finalize (GObject *object)
{
  NcStore *self = NC_STORE (object);

  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (nc_store_parent_class)->finalize (object);
}

static void
nc_store_class_init (NcStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nc_store_finalize;
}

static void
nc_store_init (NcStore *self)
{
}
