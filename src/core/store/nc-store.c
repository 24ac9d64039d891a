/* nc-store.c — the SQLite database that holds everything a parent sets */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nc-managed.h"
#include "nc-parse.h"
#include "nc-store.h"
#include "nc-store-private.h"

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

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (NcStore, nc_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (nc-store-error-quark, nc_store_error)
G_DEFINE_BOXED_TYPE (NcProfile, nc_profile, nc_profile_copy, nc_profile_free)

#define RECOVERY_KEY "recovery-notice"

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

  /* 1 -> 2: profiles, lists, settings, time, activity, lessons */
  "CREATE TABLE profiles ("
  "  id                  INTEGER PRIMARY KEY,"
  "  name                TEXT NOT NULL UNIQUE,"
  "  avatar              TEXT NOT NULL DEFAULT '',"
  "  age_band            INTEGER NOT NULL CHECK (age_band BETWEEN 0 AND 4),"
  "  language            TEXT NOT NULL DEFAULT '',"
  "  post_anyway_allowed INTEGER NOT NULL DEFAULT 0,"
  "  social_allowed      INTEGER NOT NULL DEFAULT 0,"
  "  allow_list_only     INTEGER NOT NULL DEFAULT 1,"
  "  blocked_categories  INTEGER NOT NULL DEFAULT 0,"
  "  daily_limit_minutes INTEGER NOT NULL DEFAULT 0 CHECK (daily_limit_minutes >= 0),"
  "  hours_mon INTEGER NOT NULL DEFAULT 0, hours_tue INTEGER NOT NULL DEFAULT 0,"
  "  hours_wed INTEGER NOT NULL DEFAULT 0, hours_thu INTEGER NOT NULL DEFAULT 0,"
  "  hours_fri INTEGER NOT NULL DEFAULT 0, hours_sat INTEGER NOT NULL DEFAULT 0,"
  "  hours_sun INTEGER NOT NULL DEFAULT 0"
  ") STRICT;"
  "CREATE TABLE host_rules ("
  "  profile_id INTEGER REFERENCES profiles (id) ON DELETE CASCADE,"  /* NULL = everyone */
  "  host       TEXT NOT NULL,"
  "  kind       INTEGER NOT NULL CHECK (kind IN (0, 1))"
  ") STRICT;"
  "CREATE UNIQUE INDEX host_rules_scope ON host_rules (ifnull (profile_id, 0), host);"
  "CREATE TABLE category_lists ("
  "  id            INTEGER PRIMARY KEY,"
  "  name          TEXT NOT NULL,"
  "  category      INTEGER NOT NULL,"
  "  source_path   TEXT NOT NULL,"
  "  domain_count  INTEGER NOT NULL,"
  "  compiled_path TEXT NOT NULL"
  ") STRICT;"
  "CREATE TABLE settings ("
  "  key   TEXT PRIMARY KEY NOT NULL,"
  "  value TEXT NOT NULL"
  ") STRICT;"
  "CREATE TABLE usage ("
  "  profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,"
  "  day        TEXT NOT NULL,"
  "  seconds    INTEGER NOT NULL,"
  "  PRIMARY KEY (profile_id, day)"
  ") STRICT;"
  "CREATE TABLE extensions ("
  "  profile_id INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,"
  "  day        TEXT NOT NULL,"
  "  minutes    INTEGER NOT NULL,"
  "  PRIMARY KEY (profile_id, day)"
  ") STRICT;"
  "CREATE TABLE activity ("
  "  id         INTEGER PRIMARY KEY,"
  "  profile_id INTEGER REFERENCES profiles (id) ON DELETE CASCADE,"
  "  at         INTEGER NOT NULL,"
  "  host       TEXT NOT NULL,"
  "  ref_id     TEXT,"
  "  outcome    TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX activity_at ON activity (at);"
  "CREATE TABLE lesson_progress ("
  "  profile_id   INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,"
  "  lesson_id    TEXT NOT NULL,"
  "  state        INTEGER NOT NULL,"
  "  score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),"
  "  completed_at INTEGER NOT NULL,"
  "  PRIMARY KEY (profile_id, lesson_id)"
  ") STRICT;"
  "CREATE TABLE reviews ("
  "  profile_id  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,"
  "  lesson_id   TEXT NOT NULL,"
  "  item_id     TEXT NOT NULL,"
  "  streak      INTEGER NOT NULL,"
  "  wrong_count INTEGER NOT NULL,"
  "  answered_at INTEGER NOT NULL,"
  "  due_at      INTEGER NOT NULL,"
  "  PRIMARY KEY (profile_id, lesson_id, item_id)"
  ") STRICT;",

  /* 2 -> 3: the parent PIN and its lock-out state (one row) */
  "CREATE TABLE pin ("
  "  id             INTEGER PRIMARY KEY CHECK (id = 1),"
  "  hash           TEXT,"                 /* crypto_pwhash_str, or NULL */
  "  failures       INTEGER NOT NULL DEFAULT 0,"
  "  lock_remaining INTEGER NOT NULL DEFAULT 0,"   /* ms left at the observation */
  "  obs_boot_id    TEXT NOT NULL DEFAULT '',"
  "  obs_boottime   INTEGER NOT NULL DEFAULT 0,"   /* µs, CLOCK_BOOTTIME */
  "  obs_wall       INTEGER NOT NULL DEFAULT 0,"   /* µs */
  "  wall_high      INTEGER NOT NULL DEFAULT 0"    /* highest wall time seen, µs */
  ") STRICT;"
  "INSERT INTO pin (id) VALUES (1);",

  /* 3 -> 4: the "proxies and mirrors" category (bit 9), blocked by default
   * for every child's band: children's profiles made before it get it. */
  "UPDATE profiles SET blocked_categories = blocked_categories | 512 WHERE age_band < 4;",
};

/* Migration 3 -> 4 writes the mirrors bit as 512. */
G_STATIC_ASSERT (NC_SITE_CATEGORY_MIRROR == 9);

int
nc_store_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

/* ---- small helpers ------------------------------------------------------ */

static gboolean
is_disk_full (int rc)
{
  return (rc & 0xff) == SQLITE_FULL;
}

static gboolean
set_db_error (GError     **error,
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
  return set_db_error (error, self->db, NC_STORE_ERROR_SQL, _("Database statement failed"));
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return set_db_error (error, db, NC_STORE_ERROR_SQL, _("Database statement failed"));
  return TRUE;
}

gboolean
nc_store_exec (NcStore     *self,
               const char  *sql,
               GError     **error)
{
  return exec_sql (self->db, sql, error);
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

/* ---- statements ------------------------------------------------------------
 *
 * Every accessor goes through these: query() prepares a statement and binds
 * its parameters, run() also steps it once and finalizes it, and
 * finish_rows() ends a loop over the rows. Each sets @error from the
 * connection (a full disk as NC_STORE_ERROR_DISK_FULL) when SQLite fails.
 *
 * The parameters follow @types, one letter each, in order:
 *   'i' int, 'I' gint64,
 *   's' const char * (NULL binds NULL),
 *   'p' a profile id as gint64 (NC_PROFILE_EVERYONE binds NULL).
 */

static void
bind_text (sqlite3_stmt *stmt,
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
          bind_text (stmt, i + 1, va_arg (args, const char *));
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

/* @sql prepared with its parameters bound (see above), or NULL. */
static sqlite3_stmt *
query (NcStore     *self,
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
static gboolean
step_once (NcStore       *self,
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
static gboolean
run (NcStore     *self,
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
  return stmt != NULL && step_once (self, stmt, error);
}

/* Finalizes @stmt after a loop over its rows ended with @rc; FALSE with
 * @error set unless the loop reached the end. */
static gboolean
finish_rows (NcStore       *self,
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

/* The number in the first column of the single row of @sql (bound to a
 * profile id and a day), or @fallback. */
static int
query_int (NcStore    *self,
           const char *sql,
           gint64      profile_id,
           const char *day,
           int         fallback)
{
  sqlite3_stmt *stmt = query (self, NULL, sql, "Is", profile_id, day);
  int value = fallback;

  if (stmt == NULL)
    return fallback;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* FALSE with NC_STORE_ERROR_NOT_FOUND and the message @format when the last
 * statement changed no row. */
static gboolean
changed_a_row (NcStore     *self,
               GError     **error,
               const char  *format,
               ...) G_GNUC_PRINTF (3, 4);

static gboolean
changed_a_row (NcStore     *self,
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

static char *
column_dup (sqlite3_stmt *stmt,
            int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);
  return g_strdup (text != NULL ? text : "");
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
  if (!exec_sql (self->db, sql, error))
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
      return exec_sql (self->db, sql, error);
    }

  if (!exec_sql (self->db, "COMMIT", error))
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

/* Ends a one-call write: commits when @ok, else rolls back. */
static gboolean
finish_write (NcStore   *self,
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
static gboolean
finish_change (NcStore     *self,
               gboolean     ok,
               const char  *what,
               GError     **error)
{
  if (ok)
    nc_store_mark_changed (self, what);
  return finish_write (self, ok, error);
}

/* A one-statement write of @what: run() (see above) in a transaction of
 * its own, or in the caller's. */
static gboolean
write_one (NcStore     *self,
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
  ok = stmt != NULL && step_once (self, stmt, error);
  return finish_change (self, ok, what, error);
}

/* ---- opening, migrations, recovery, backups ----------------------------- */

/* Brings the schema from its current version to @target, one
 * transaction per step, so a failure leaves a consistent older version. */
static gboolean
migrate_to (sqlite3  *db,
            int       target,
            GError  **error)
{
  int version = read_user_version (db);

  if (version < 0)
    return set_db_error (error, db, NC_STORE_ERROR_CORRUPT, _("Cannot read the database version"));

  if (version > nc_store_get_latest_version ())
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_TOO_NEW,
                   _("This database was written by a newer version of NetConduct "
                     "(schema %d; this version knows up to %d). Update NetConduct "
                     "to open it."),
                   version, nc_store_get_latest_version ());
      return FALSE;
    }

  for (; version < target; version++)
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
        {
          if (!sqlite3_get_autocommit (db))
            sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
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

/*
 * PRAGMA quick_check. Only a file that is really damaged (the check finds
 * problems, or SQLite says it is corrupt or not a database) gives
 * NC_STORE_ERROR_CORRUPT, which leads to recovery; a busy or unreadable
 * file gives NC_STORE_ERROR_OPEN and is left alone.
 */
static gboolean
check_integrity (sqlite3  *db,
                 GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
          rc = ok ? SQLITE_OK : SQLITE_CORRUPT;
        }
    }
  sqlite3_finalize (stmt);

  if (!ok)
    {
      int primary = sqlite3_extended_errcode (db) & 0xff;
      gboolean damaged = rc == SQLITE_CORRUPT || primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ||
                         (rc & 0xff) == SQLITE_NOTADB;

      if (damaged)
        g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_CORRUPT,
                     _("The database is damaged: %s"), sqlite3_errmsg (db));
      else
        g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_OPEN,
                     _("Cannot read the database: %s"), sqlite3_errmsg (db));
    }
  return ok;
}

static sqlite3 *
open_connection (const char  *path,
                 int          target_version,
                 GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_OPEN,
                   _("Cannot open the database “%s”: %s"),
                   path, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }

  /* Wait for another process's write rather than taking a busy file for
   * a damaged one. */
  sqlite3_busy_timeout (db, 5000);
  if (!check_integrity (db, error) ||
      !configure_connection (db, error) ||
      !migrate_to (db, target_version, error))
    {
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

gboolean
nc_store_create_at_version (const char  *path,
                            int          version,
                            GError     **error)
{
  sqlite3 *db;

  g_return_val_if_fail (version >= 0 && version <= nc_store_get_latest_version (), FALSE);
  db = open_connection (path, version, error);
  if (db == NULL)
    return FALSE;
  sqlite3_close (db);
  return TRUE;
}

/* The database holds the PIN's hash: only its owner may read it. SQLite
 * gives the WAL and shared-memory files the database file's mode. */
static void
restrict_mode (const char *path)
{
  if (g_chmod (path, 0600) != 0)
    g_debug ("cannot restrict the mode of %s: %s", path, g_strerror (errno));
}

char *
nc_store_get_backup_path (NcStore *self,
                          int      n)
{
  return g_strdup_printf ("%s.backup-%d", self->path, n);
}

static char *
backup_path_for (const char *path,
                 int         n)
{
  return g_strdup_printf ("%s.backup-%d", path, n);
}

static gboolean
fsync_path (const char *path)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);
  return ok;
}

/*
 * Copies the database into "<path>.backup-1" with SQLite's backup API,
 * shifting older backups down and dropping the oldest. The copy is written
 * to a temporary file, checked and synced first, so a failure (a full
 * disk) leaves the existing backups as they were.
 */
gboolean
nc_store_backup_now (NcStore  *self,
                     GError  **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *folder = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  gboolean ok = FALSE;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  tmp = g_strdup_printf ("%s.backup-new", self->path);
  g_unlink (tmp);
  if (sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      set_db_error (error, dest, NC_STORE_ERROR_OPEN, _("Cannot write the backup"));
      goto out;
    }

  backup = sqlite3_backup_init (dest, "main", self->db, "main");
  if (backup == NULL)
    {
      set_db_error (error, dest, NC_STORE_ERROR_SQL, _("Cannot write the backup"));
      goto out;
    }
  sqlite3_backup_step (backup, -1);
  if (sqlite3_backup_finish (backup) != SQLITE_OK)
    {
      set_db_error (error, dest, NC_STORE_ERROR_SQL, _("Cannot write the backup"));
      goto out;
    }
  if (!exec_sql (dest, "PRAGMA journal_mode = DELETE", error) ||
      !check_integrity (dest, error))
    goto out;
  sqlite3_close (dest);
  dest = NULL;

  restrict_mode (tmp);
  if (!fsync_path (tmp))
    {
      int saved_errno = errno;
      g_set_error (error, NC_STORE_ERROR, saved_errno == ENOSPC ? NC_STORE_ERROR_DISK_FULL : NC_STORE_ERROR_OPEN,
                   _("Cannot write the backup: %s"), g_strerror (saved_errno));
      goto out;
    }

  for (int i = NC_STORE_BACKUPS_KEPT - 1; i >= 1; i--)
    {
      g_autofree char *from = backup_path_for (self->path, i);
      g_autofree char *to = backup_path_for (self->path, i + 1);
      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }
  {
    g_autofree char *newest = backup_path_for (self->path, 1);
    if (g_rename (tmp, newest) != 0)
      {
        int saved_errno = errno;
        g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_OPEN,
                     _("Cannot write the backup: %s"), g_strerror (saved_errno));
        goto out;
      }
  }
  folder = g_path_get_dirname (self->path);
  fsync_path (folder);
  self->backup_due = FALSE;
  ok = TRUE;

out:
  if (dest != NULL)
    sqlite3_close (dest);
  if (!ok)
    g_unlink (tmp);
  return ok;
}

/* Moves a damaged database (and its WAL and shared-memory files) aside,
 * so a parent or a developer can still look at it. */
static void
move_aside (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strdup_printf ("%s.damaged-%s%s", path, stamp, suffixes[i]);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        g_unlink (from);
    }
}

/* TRUE when @backup is a sound database this version can open. */
static gboolean
backup_is_good (const char *backup)
{
  sqlite3 *db = NULL;
  gboolean ok;

  if (!g_file_test (backup, G_FILE_TEST_IS_REGULAR))
    return FALSE;
  if (sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      sqlite3_close (db);
      return FALSE;
    }
  ok = check_integrity (db, NULL) &&
       read_user_version (db) >= 1 &&
       read_user_version (db) <= nc_store_get_latest_version ();
  sqlite3_close (db);
  return ok;
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (from, &contents, &length, error))
    return FALSE;
  return g_file_set_contents_full (to, contents, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/*
 * After a failed integrity check: moves the file aside, then restores the
 * newest backup that passes its own check, else starts a fresh database
 * that stays in the strictest settings until a parent clears the notice.
 */
static sqlite3 *
recover (const char       *path,
         NcStoreRecovery  *recovery,
         GError          **error)
{
  sqlite3 *db;

  move_aside (path);

  for (int i = 1; i <= NC_STORE_BACKUPS_KEPT; i++)
    {
      g_autofree char *backup = backup_path_for (path, i);

      if (backup_is_good (backup) && copy_file (backup, path, NULL))
        {
          db = open_connection (path, nc_store_get_latest_version (), NULL);
          if (db != NULL)
            {
              *recovery = NC_STORE_RECOVERY_RESTORED_BACKUP;
              return db;
            }
          move_aside (path);
        }
    }

  db = open_connection (path, nc_store_get_latest_version (), error);
  if (db != NULL)
    *recovery = NC_STORE_RECOVERY_FRESH;
  return db;
}

static void
load_recovery_state (NcStore *self)
{
  g_autofree char *notice = NULL;
  sqlite3_stmt *stmt = query (self, NULL, "SELECT value FROM settings WHERE key = ?", "s", RECOVERY_KEY);

  if (stmt == NULL)
    return;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    notice = column_dup (stmt, 0);
  sqlite3_finalize (stmt);

  if (g_strcmp0 (notice, "fresh") == 0)
    self->recovery = NC_STORE_RECOVERY_FRESH;
  else if (g_strcmp0 (notice, "restored-backup") == 0)
    self->recovery = NC_STORE_RECOVERY_RESTORED_BACKUP;
}

static gint64
read_data_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gint64 version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA data_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
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
  version = read_data_version (self->db);
  if (version == self->data_version)
    return FALSE;
  self->data_version = version;
  load_recovery_state (self);
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

  self->db = open_connection (path, nc_store_get_latest_version (), &local_error);
  if (self->db == NULL && g_error_matches (local_error, NC_STORE_ERROR, NC_STORE_ERROR_CORRUPT))
    {
      g_clear_error (&local_error);
      self->db = recover (path, &recovery, &local_error);
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
      if (!nc_store_set_string (self, RECOVERY_KEY,
                                recovery == NC_STORE_RECOVERY_FRESH ? "fresh" : "restored-backup",
                                error))
        return NULL;
      g_ptr_array_set_size (self->pending, 0);
    }
  load_recovery_state (self);
  restrict_mode (path);

  nc_store_expire_activity (self, NULL);
  g_ptr_array_set_size (self->pending, 0);

  self->data_version = read_data_version (self->db);
  self->watch_source = g_timeout_add_seconds (2, watch_cb, self);

  return g_steal_pointer (&self);
}

NcStoreRecovery
nc_store_get_recovery (NcStore *self)
{
  g_return_val_if_fail (NC_IS_STORE (self), NC_STORE_RECOVERY_NONE);
  return self->recovery;
}

/* Called once a parent has seen the recovery notice (after the PIN). */
gboolean
nc_store_clear_recovery (NcStore  *self,
                         GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  if (!nc_store_unset (self, RECOVERY_KEY, error))
    return FALSE;
  self->recovery = NC_STORE_RECOVERY_NONE;
  return TRUE;
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

/* ---- profiles ------------------------------------------------------------ */


/* What an age band means beyond browsing; the browsing rules come from
 * nc_profile_rules_init_for_age() (6–9: allow-list only, no social sites). */
static const struct {
  const char *name;
  gboolean    post_anyway_allowed;
  int         daily_limit_minutes;
} age_defaults[] = {
  [NC_AGE_BAND_6_9]   = { "6-9",   FALSE, 60 },
  [NC_AGE_BAND_10_12] = { "10-12", FALSE, 90 },
  [NC_AGE_BAND_13_15] = { "13-15", FALSE, 120 },
  [NC_AGE_BAND_16_17] = { "16-17", TRUE,  180 },
  [NC_AGE_BAND_ADULT] = { "adult", TRUE,  0 },
};

const char *
nc_age_band_to_string (NcAgeBand band)
{
  g_return_val_if_fail (band <= NC_AGE_BAND_ADULT, NULL);
  return age_defaults[band].name;
}

gboolean
nc_age_band_from_string (const char *text,
                         NcAgeBand  *band)
{
  for (gsize i = 0; i < G_N_ELEMENTS (age_defaults); i++)
    if (g_strcmp0 (text, age_defaults[i].name) == 0)
      {
        *band = (NcAgeBand) i;
        return TRUE;
      }
  return FALSE;
}

/* Resets every rule of @profile to the defaults of @age_band; keeps the
 * id, name, avatar and language. */
void
nc_profile_set_age_defaults (NcProfile *profile,
                             NcAgeBand  age_band)
{
  NcProfileRules rules;

  g_return_if_fail (profile != NULL);
  g_return_if_fail (age_band <= NC_AGE_BAND_ADULT);

  /* The site policy owns what an age band means for browsing. */
  nc_profile_rules_init_for_age (&rules, age_band);
  profile->age_band = age_band;
  profile->allow_list_only = rules.allow_list_only;
  profile->social_allowed = rules.social_allowed;
  profile->blocked_categories = rules.blocked_categories;
  memcpy (profile->allowed_hours, rules.allowed_hours, sizeof profile->allowed_hours);
  profile->post_anyway_allowed = age_defaults[age_band].post_anyway_allowed;
  profile->daily_limit_minutes = age_defaults[age_band].daily_limit_minutes;
}

NcProfile *
nc_profile_new_for_age (const char *name,
                        NcAgeBand   age_band)
{
  NcProfile *profile = g_new0 (NcProfile, 1);

  profile->name = g_strdup (name != NULL ? name : "");
  profile->avatar = g_strdup ("");
  profile->language = g_strdup ("");
  nc_profile_set_age_defaults (profile, age_band);
  return profile;
}

NcProfile *
nc_profile_copy (const NcProfile *profile)
{
  NcProfile *copy = g_memdup2 (profile, sizeof *profile);

  copy->name = g_strdup (profile->name);
  copy->avatar = g_strdup (profile->avatar);
  copy->language = g_strdup (profile->language);
  return copy;
}

void
nc_profile_free (NcProfile *profile)
{
  if (profile == NULL)
    return;
  g_free (profile->name);
  g_free (profile->avatar);
  g_free (profile->language);
  g_free (profile);
}

/* Applies the administrator's profile settings ("profile.*") on top of
 * what a parent stored. */
static void
apply_managed_profile (NcStore   *self,
                       NcProfile *p)
{
  const char *v;

  if ((v = nc_managed_get (self->managed, "profile.social-allowed")) != NULL)
    p->social_allowed = nc_managed_parse_boolean (v, p->social_allowed);
  if ((v = nc_managed_get (self->managed, "profile.post-anyway-allowed")) != NULL)
    p->post_anyway_allowed = nc_managed_parse_boolean (v, p->post_anyway_allowed);
  if ((v = nc_managed_get (self->managed, "profile.allow-list-only")) != NULL)
    p->allow_list_only = nc_managed_parse_boolean (v, p->allow_list_only);
  if ((v = nc_managed_get (self->managed, "profile.daily-limit-minutes")) != NULL)
    p->daily_limit_minutes = CLAMP (g_ascii_strtoll (v, NULL, 10), 0, 24 * 60);
  if ((v = nc_managed_get (self->managed, "profile.blocked-categories")) != NULL)
    p->blocked_categories |= nc_managed_parse_categories (v);
}

#define PROFILE_COLUMNS \
  "id, name, avatar, age_band, language, post_anyway_allowed, social_allowed, " \
  "allow_list_only, blocked_categories, daily_limit_minutes, hours_mon, hours_tue, " \
  "hours_wed, hours_thu, hours_fri, hours_sat, hours_sun"

static NcProfile *
profile_from_row (NcStore      *self,
                  sqlite3_stmt *stmt)
{
  NcProfile *p = g_new0 (NcProfile, 1);

  p->id = sqlite3_column_int64 (stmt, 0);
  p->name = column_dup (stmt, 1);
  p->avatar = column_dup (stmt, 2);
  p->age_band = CLAMP (sqlite3_column_int (stmt, 3), 0, NC_AGE_BAND_ADULT);
  p->language = column_dup (stmt, 4);
  p->post_anyway_allowed = sqlite3_column_int (stmt, 5) != 0;
  p->social_allowed = sqlite3_column_int (stmt, 6) != 0;
  p->allow_list_only = sqlite3_column_int (stmt, 7) != 0;
  p->blocked_categories = (guint32) sqlite3_column_int64 (stmt, 8);
  p->daily_limit_minutes = sqlite3_column_int (stmt, 9);
  for (int d = 0; d < 7; d++)
    p->allowed_hours[d] = (guint32) sqlite3_column_int64 (stmt, 10 + d) & 0xffffff;
  apply_managed_profile (self, p);
  return p;
}

GPtrArray *
nc_store_list_profiles (NcStore  *self,
                        GError  **error)
{
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_profile_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  stmt = query (self, error, "SELECT " PROFILE_COLUMNS " FROM profiles ORDER BY id", "");
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (profiles, profile_from_row (self, stmt));
  if (!finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&profiles);
}

gboolean
nc_store_get_band_without_pin (NcStore   *self,
                               NcAgeBand *band)
{
  g_autoptr(GPtrArray) profiles = NULL;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (band != NULL, FALSE);

  *band = NC_AGE_BAND_ADULT;
  if (!nc_store_get_boolean (self, NC_SETTING_PIN_FOR_OLDER, TRUE))
    return TRUE;
  profiles = nc_store_list_profiles (self, NULL);
  if (profiles == NULL)
    return FALSE;
  for (guint i = 0; i < profiles->len; i++)
    *band = MIN (*band, ((const NcProfile *) g_ptr_array_index (profiles, i))->age_band);
  return TRUE;
}

gboolean
nc_store_profile_needs_pin (NcStore *self,
                            gint64   profile_id)
{
  g_autoptr(NcProfile) profile = NULL;
  NcAgeBand free_band;

  g_return_val_if_fail (NC_IS_STORE (self), TRUE);

  if (!nc_store_get_band_without_pin (self, &free_band))
    return TRUE;
  profile = nc_store_get_profile (self, profile_id, NULL);
  return profile == NULL || profile->age_band > free_band;
}

static NcProfile *
get_profile_where (NcStore     *self,
                   const char  *where,
                   gint64       id,
                   const char  *name,
                   GError     **error)
{
  g_autofree char *sql = g_strconcat ("SELECT " PROFILE_COLUMNS " FROM profiles WHERE ", where, NULL);
  sqlite3_stmt *stmt = name != NULL ? query (self, error, sql, "s", name)
                                    : query (self, error, sql, "I", id);
  NcProfile *profile = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    profile = profile_from_row (self, stmt);
  else if (rc == SQLITE_DONE)
    {
      if (name != NULL)
        g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_NOT_FOUND,
                     _("There is no profile named “%s”."), name);
      else
        g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_NOT_FOUND,
                     _("There is no profile number %lld."), (long long) id);
    }
  else
    nc_store_set_error (self, error);
  sqlite3_finalize (stmt);
  return profile;
}

NcProfile *
nc_store_get_profile (NcStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return get_profile_where (self, "id = ?", id, NULL, error);
}

NcProfile *
nc_store_find_profile (NcStore     *self,
                       const char  *name,
                       GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  return get_profile_where (self, "name = ?", 0, name, error);
}

static gboolean
validate_profile (const NcProfile  *p,
                  GError          **error)
{
  if (!nc_parse_is_clean_name (p->name, NC_STORE_MAX_PROFILE_NAME_CHARS))
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("A profile needs a name of 1 to %d characters, without tabs, new lines or other "
                     "control characters: choose another name."), NC_STORE_MAX_PROFILE_NAME_CHARS);
      return FALSE;
    }
  if (p->avatar != NULL && *p->avatar != '\0' &&
      (strlen (p->avatar) > NC_STORE_MAX_AVATAR_BYTES || !nc_parse_is_clean_name (p->avatar, NC_STORE_MAX_AVATAR_BYTES)))
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("An avatar is an icon name or an emoji of at most %d bytes, without control characters: "
                     "choose another."), NC_STORE_MAX_AVATAR_BYTES);
      return FALSE;
    }
  if (p->age_band > NC_AGE_BAND_ADULT)
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                           _("Unknown age band."));
      return FALSE;
    }
  if (p->language != NULL && *p->language != '\0' &&
      g_strcmp0 (p->language, "vi") != 0 && g_strcmp0 (p->language, "en") != 0)
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("Unknown language “%s” (use vi, en, or nothing for the system’s)."), p->language);
      return FALSE;
    }
  if (p->daily_limit_minutes < 0 || p->daily_limit_minutes > 24 * 60)
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                           _("The daily limit must be between 0 (no limit) and 1440 minutes."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
name_taken (NcStore    *self,
            const char *name,
            gint64      except_id)
{
  sqlite3_stmt *stmt = query (self, NULL, "SELECT 1 FROM profiles WHERE name = ? AND id != ?",
                              "sI", name, except_id);
  gboolean taken;

  if (stmt == NULL)
    return FALSE;
  taken = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return taken;
}

static gboolean
write_profile (NcStore         *self,
               const NcProfile *p,
               gboolean         insert,
               gint64          *out_id,
               GError         **error)
{
  sqlite3_stmt *stmt;
  int i = 1;

  if (!validate_profile (p, error))
    return FALSE;
  if (name_taken (self, p->name, insert ? 0 : p->id))
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_EXISTS,
                   _("A profile named “%s” exists already."), p->name);
      return FALSE;
    }

  stmt = query (self, error, insert
                ? "INSERT INTO profiles (name, avatar, age_band, language, post_anyway_allowed, "
                  "social_allowed, allow_list_only, blocked_categories, daily_limit_minutes, "
                  "hours_mon, hours_tue, hours_wed, hours_thu, hours_fri, hours_sat, hours_sun) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE profiles SET name = ?, avatar = ?, age_band = ?, language = ?, "
                  "post_anyway_allowed = ?, social_allowed = ?, allow_list_only = ?, "
                  "blocked_categories = ?, daily_limit_minutes = ?, hours_mon = ?, hours_tue = ?, "
                  "hours_wed = ?, hours_thu = ?, hours_fri = ?, hours_sat = ?, hours_sun = ? "
                  "WHERE id = ?",
                "");
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, i++, p->name);
  bind_text (stmt, i++, p->avatar != NULL ? p->avatar : "");
  sqlite3_bind_int (stmt, i++, p->age_band);
  bind_text (stmt, i++, p->language != NULL ? p->language : "");
  sqlite3_bind_int (stmt, i++, p->post_anyway_allowed ? 1 : 0);
  sqlite3_bind_int (stmt, i++, p->social_allowed ? 1 : 0);
  sqlite3_bind_int (stmt, i++, p->allow_list_only ? 1 : 0);
  sqlite3_bind_int64 (stmt, i++, p->blocked_categories);
  sqlite3_bind_int (stmt, i++, p->daily_limit_minutes);
  for (int d = 0; d < 7; d++)
    sqlite3_bind_int64 (stmt, i++, p->allowed_hours[d] & 0xffffff);
  if (!insert)
    sqlite3_bind_int64 (stmt, i++, p->id);
  if (!step_once (self, stmt, error))
    return FALSE;
  if (!insert && !changed_a_row (self, error, _("There is no profile number %lld."), (long long) p->id))
    return FALSE;
  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (self->db);
  nc_store_mark_changed (self, "profiles");
  return TRUE;
}

/* Adds a profile with the defaults of @age_band. Returns its id, or 0. */
gint64
nc_store_add_profile (NcStore     *self,
                      const char  *name,
                      const char  *avatar,
                      NcAgeBand    age_band,
                      GError     **error)
{
  g_autoptr(NcProfile) profile = NULL;
  gint64 id = 0;

  g_return_val_if_fail (NC_IS_STORE (self), 0);

  profile = nc_profile_new_for_age (name, age_band <= NC_AGE_BAND_ADULT ? age_band : NC_AGE_BAND_6_9);
  profile->age_band = age_band;
  g_free (profile->avatar);
  profile->avatar = g_strdup (avatar != NULL ? avatar : "");

  if (!nc_store_begin (self, error))
    return 0;
  if (!finish_write (self, write_profile (self, profile, TRUE, &id, error), error))
    return 0;
  return id;
}

/* Writes every field of @profile (found by its id). Fields an
 * administrator locked keep the administrator's value when read back. */
gboolean
nc_store_update_profile (NcStore         *self,
                         const NcProfile *profile,
                         GError         **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile != NULL, FALSE);

  if (!nc_store_begin (self, error))
    return FALSE;
  return finish_write (self, write_profile (self, profile, FALSE, NULL, error), error);
}

/* Removes a profile with its lists, time, activity and lesson progress. */
gboolean
nc_store_remove_profile (NcStore  *self,
                         gint64    id,
                         GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  if (!nc_store_begin (self, error))
    return FALSE;
  ok = run (self, error, "DELETE FROM profiles WHERE id = ?", "I", id) &&
       changed_a_row (self, error, _("There is no profile number %lld."), (long long) id);
  return finish_change (self, ok, "profiles", error);
}

/* ---- parent lists -------------------------------------------------------- */

/*
 * A host as the lists keep it: lower case, ASCII (IDN converted), no
 * trailing dot, no "www." is NOT stripped (a parent may mean it). Accepts a
 * URL and keeps its host. NULL when @host is not a host name or address.
 */
char *
nc_store_normalize_host (const char *host)
{
  g_autofree char *text = NULL;
  g_autofree char *ascii = NULL;
  gsize len;

  if (host == NULL)
    return NULL;
  text = g_strstrip (g_strdup (host));
  if (strstr (text, "://") != NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
      if (uri == NULL || g_uri_get_host (uri) == NULL)
        return NULL;
      g_free (text);
      text = g_strdup (g_uri_get_host (uri));
    }
  if (g_str_has_prefix (text, "*."))
    memmove (text, text + 2, strlen (text + 2) + 1);
  len = strlen (text);
  while (len > 0 && text[len - 1] == '.')
    text[--len] = '\0';
  if (len == 0 || len > 253 || !g_utf8_validate (text, -1, NULL))
    return NULL;

  ascii = g_hostname_to_ascii (text);
  if (ascii == NULL)
    return NULL;
  for (char *c = ascii; *c != '\0'; c++)
    {
      *c = g_ascii_tolower (*c);
      if (!g_ascii_isalnum (*c) && *c != '-' && *c != '.' && *c != '_')
        return NULL;
    }
  if (ascii[0] == '.' || strstr (ascii, "..") != NULL)
    return NULL;
  return g_steal_pointer (&ascii);
}

static gboolean
check_scope (NcStore  *self,
             gint64    profile_id,
             GError  **error)
{
  g_autoptr(NcProfile) profile = NULL;

  if (profile_id == NC_PROFILE_EVERYONE)
    return TRUE;
  profile = nc_store_get_profile (self, profile_id, error);
  return profile != NULL;
}

static gboolean
not_a_host (const char  *host,
            GError     **error)
{
  g_autofree char *quoted = nc_parse_quote (host);

  g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
               _("“%s” is not a web site address: write a name such as example.org."), quoted);
  return FALSE;
}

gboolean
nc_store_add_host (NcStore     *self,
                   gint64       profile_id,
                   NcListKind   kind,
                   const char  *host,
                   GError     **error)
{
  g_autofree char *normal = nc_store_normalize_host (host);
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  if (normal == NULL)
    return not_a_host (host, error);
  if (!check_scope (self, profile_id, error))
    return FALSE;

  if (!nc_store_begin (self, error))
    return FALSE;
  ok = run (self, error, "DELETE FROM host_rules WHERE ifnull (profile_id, 0) = ? AND host = ?",
            "Is", profile_id, normal) &&
       run (self, error, "INSERT INTO host_rules (profile_id, host, kind) VALUES (?, ?, ?)",
            "psi", profile_id, normal, kind == NC_LIST_BLOCK ? 1 : 0);
  return finish_change (self, ok, "lists", error);
}

gboolean
nc_store_remove_host (NcStore     *self,
                      gint64       profile_id,
                      NcListKind   kind,
                      const char  *host,
                      GError     **error)
{
  g_autofree char *normal = nc_store_normalize_host (host);
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  if (normal == NULL)
    return not_a_host (host, error);

  if (!nc_store_begin (self, error))
    return FALSE;
  ok = run (self, error, "DELETE FROM host_rules WHERE ifnull (profile_id, 0) = ? AND host = ? AND kind = ?",
            "Isi", profile_id, normal, kind == NC_LIST_BLOCK ? 1 : 0) &&
       changed_a_row (self, error, _("“%s” is not on that list: check the spelling."), normal);
  return finish_change (self, ok, "lists", error);
}

/* The hosts a parent put on one list, sorted (the administrator's are in
 * nc_store_list_locked_hosts()). */
GStrv
nc_store_list_hosts (NcStore     *self,
                     gint64       profile_id,
                     NcListKind   kind,
                     GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  stmt = query (self, error, "SELECT host FROM host_rules WHERE ifnull (profile_id, 0) = ? AND kind = ? ORDER BY host",
                "Ii", profile_id, kind == NC_LIST_BLOCK ? 1 : 0);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (!finish_rows (self, stmt, rc, error))
    return NULL;
  return g_strv_builder_end (builder);
}

GStrv
nc_store_list_locked_hosts (NcStore    *self,
                            NcListKind  kind)
{
  const char * const *managed;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  managed = nc_managed_get_hosts (self->managed, kind == NC_LIST_BLOCK);
  return g_strdupv ((GStrv) (managed != NULL ? managed : (const char * const []) { NULL }));
}

void
nc_category_list_free (NcCategoryList *list)
{
  if (list == NULL)
    return;
  g_free (list->name);
  g_free (list->source_path);
  g_free (list->compiled_path);
  g_free (list);
}

/* What nc_store_add_category_list() takes, checked without writing. */
gboolean
nc_store_check_category_list (const char      *name,
                              NcSiteCategory   category,
                              int              domain_count,
                              GError         **error)
{
  if (!nc_parse_is_clean_name (name, NC_STORE_MAX_LIST_NAME_CHARS) || category >= NC_N_SITE_CATEGORIES || domain_count < 0)
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("A category list needs a name of 1 to %d characters without control characters, "
                     "a known category and its domains: give it another name."), NC_STORE_MAX_LIST_NAME_CHARS);
      return FALSE;
    }
  return TRUE;
}

gint64
nc_store_add_category_list (NcStore        *self,
                            const char     *name,
                            NcSiteCategory  category,
                            const char     *source_path,
                            int             domain_count,
                            const char     *compiled_path,
                            GError        **error)
{
  gboolean ok;
  gint64 id = 0;

  g_return_val_if_fail (NC_IS_STORE (self), 0);

  if (!nc_store_check_category_list (name, category, domain_count, error))
    return 0;

  if (!nc_store_begin (self, error))
    return 0;
  ok = run (self, error, "INSERT INTO category_lists (name, category, source_path, domain_count, compiled_path) "
                         "VALUES (?, ?, ?, ?, ?)",
            "sisis", name, (int) category, source_path != NULL ? source_path : "",
            domain_count, compiled_path != NULL ? compiled_path : "");
  if (ok)
    id = sqlite3_last_insert_rowid (self->db);
  if (!finish_change (self, ok, "lists", error))
    return 0;
  return id;
}

gboolean
nc_store_remove_category_list (NcStore  *self,
                               gint64    id,
                               GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  if (!nc_store_begin (self, error))
    return FALSE;
  ok = run (self, error, "DELETE FROM category_lists WHERE id = ?", "I", id) &&
       changed_a_row (self, error, _("There is no category list number %lld."), (long long) id);
  return finish_change (self, ok, "lists", error);
}

GPtrArray *
nc_store_list_category_lists (NcStore  *self,
                              GError  **error)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_category_list_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  stmt = query (self, error, "SELECT id, name, category, source_path, domain_count, compiled_path "
                             "FROM category_lists ORDER BY id", "");
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NcCategoryList *list = g_new0 (NcCategoryList, 1);
      list->id = sqlite3_column_int64 (stmt, 0);
      list->name = column_dup (stmt, 1);
      list->category = CLAMP (sqlite3_column_int (stmt, 2), 0, NC_N_SITE_CATEGORIES - 1);
      list->source_path = column_dup (stmt, 3);
      list->domain_count = sqlite3_column_int (stmt, 4);
      list->compiled_path = column_dup (stmt, 5);
      g_ptr_array_add (lists, list);
    }
  if (!finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&lists);
}

/* Everyone's list (parents' and the administrator's) joined with one
 * profile's. */
static GStrv
merged_hosts (NcStore    *self,
              gint64      profile_id,
              NcListKind  kind,
              GError    **error)
{
  g_auto(GStrv) everyone = nc_store_list_hosts (self, NC_PROFILE_EVERYONE, kind, error);
  g_auto(GStrv) locked = nc_store_list_locked_hosts (self, kind);
  g_auto(GStrv) own = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (everyone == NULL)
    return NULL;
  own = nc_store_list_hosts (self, profile_id, kind, error);
  if (own == NULL)
    return NULL;
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) locked);
  g_strv_builder_addv (builder, (const char **) everyone);
  g_strv_builder_addv (builder, (const char **) own);
  return g_strv_builder_end (builder);
}

/* What no local list may undo: the administrator's blocked categories and
 * social setting, and their own allow list (which alone may open a host in
 * a locked category). */
static void
locked_rules (NcStore        *self,
              NcProfileRules *rules)
{
  const char *v;

  if ((v = nc_managed_get (self->managed, "profile.blocked-categories")) != NULL)
    rules->locked_categories |= nc_managed_parse_categories (v);
  if ((v = nc_managed_get (self->managed, "profile.social-allowed")) != NULL &&
      !nc_managed_parse_boolean (v, FALSE))
    rules->locked_categories |= 1u << NC_SITE_CATEGORY_SOCIAL;
  rules->admin_allow = (const char * const *) nc_store_list_locked_hosts (self, NC_LIST_ALLOW);
  rules->admin_block = (const char * const *) nc_store_list_locked_hosts (self, NC_LIST_BLOCK);
}

NcProfileRules *
nc_store_get_profile_rules (NcStore  *self,
                            gint64    profile_id,
                            GError  **error)
{
  g_autoptr(NcProfile) profile = NULL;
  NcProfileRules *rules;
  GStrv allow, block;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  profile = nc_store_get_profile (self, profile_id, error);
  if (profile == NULL)
    return NULL;
  allow = merged_hosts (self, profile_id, NC_LIST_ALLOW, error);
  if (allow == NULL)
    return NULL;
  block = merged_hosts (self, profile_id, NC_LIST_BLOCK, error);
  if (block == NULL)
    {
      g_strfreev (allow);
      return NULL;
    }

  if (self->recovery == NC_STORE_RECOVERY_FRESH)
    nc_profile_set_age_defaults (profile, NC_AGE_BAND_6_9);

  rules = g_new0 (NcProfileRules, 1);
  rules->age_band = profile->age_band;
  rules->allow_list_only = profile->allow_list_only;
  rules->social_allowed = profile->social_allowed;
  rules->blocked_categories = profile->blocked_categories;
  memcpy (rules->allowed_hours, profile->allowed_hours, sizeof rules->allowed_hours);
  rules->parent_allow = (const char * const *) allow;
  rules->parent_block = (const char * const *) block;
  locked_rules (self, rules);
  return rules;
}

void
nc_store_profile_rules_free (NcProfileRules *rules)
{
  if (rules == NULL)
    return;
  g_strfreev ((GStrv) rules->parent_allow);
  g_strfreev ((GStrv) rules->parent_block);
  g_strfreev ((GStrv) rules->admin_allow);
  g_strfreev ((GStrv) rules->admin_block);
  g_free (rules);
}

/* ---- settings ------------------------------------------------------------ */

/* The administrator's value of @key, the stored one, or NULL. */
static char *
lookup_setting (NcStore    *self,
                const char *key)
{
  const char *managed = nc_managed_get (self->managed, key);
  sqlite3_stmt *stmt;
  char *value = NULL;

  if (managed != NULL)
    return g_strdup (managed);

  stmt = query (self, NULL, "SELECT value FROM settings WHERE key = ?", "s", key);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = column_dup (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

gboolean
nc_store_is_locked (NcStore    *self,
                    const char *key)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  return nc_managed_get (self->managed, key) != NULL;
}

char *
nc_store_get_string (NcStore    *self,
                     const char *key,
                     const char *fallback)
{
  char *value;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  value = lookup_setting (self, key);
  return value != NULL ? value : g_strdup (fallback);
}

gint64
nc_store_get_int (NcStore    *self,
                  const char *key,
                  gint64      fallback)
{
  g_autofree char *value = NULL;
  gint64 number;

  g_return_val_if_fail (NC_IS_STORE (self), fallback);
  value = lookup_setting (self, key);
  if (value == NULL || !g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    return fallback;
  return number;
}

gboolean
nc_store_get_boolean (NcStore    *self,
                      const char *key,
                      gboolean    fallback)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (NC_IS_STORE (self), fallback);
  value = lookup_setting (self, key);
  return value != NULL ? nc_managed_parse_boolean (value, fallback) : fallback;
}

static gboolean
write_setting (NcStore     *self,
               const char  *key,
               const char  *value,
               GError     **error)
{
  if (key == NULL || *key == '\0')
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID, _("A setting needs a name."));
      return FALSE;
    }
  if (value != NULL &&
      (strlen (key) > NC_STORE_MAX_KEY_BYTES || !nc_parse_is_clean_name (key, NC_STORE_MAX_KEY_BYTES) ||
       strlen (value) > NC_STORE_MAX_VALUE_BYTES || !g_utf8_validate (value, -1, NULL)))
    {
      g_autofree char *quoted = nc_parse_quote (key);
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("The setting “%s” is not stored: a setting’s name is at most %d bytes and its value "
                     "at most %d bytes of text. Shorten it."), quoted, NC_STORE_MAX_KEY_BYTES, NC_STORE_MAX_VALUE_BYTES);
      return FALSE;
    }
  if (nc_store_is_locked (self, key))
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_LOCKED,
                   _("“%s” is set by the administrator of this computer."), key);
      return FALSE;
    }

  if (value != NULL)
    return write_one (self, "settings", error,
                      "INSERT INTO settings (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                      "ss", key, value);
  return write_one (self, "settings", error, "DELETE FROM settings WHERE key = ?", "s", key);
}

static gboolean
is_internal_key (const char *key)
{
  return g_strcmp0 (key, RECOVERY_KEY) == 0 || g_strcmp0 (key, "time-observation") == 0;
}

GHashTable *
nc_store_list_settings (NcStore  *self,
                        GError  **error)
{
  g_autoptr(GHashTable) settings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  stmt = query (self, error, "SELECT key, value FROM settings ORDER BY key", "");
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      if (!is_internal_key (key))
        g_hash_table_insert (settings, g_strdup (key), column_dup (stmt, 1));
    }
  if (!finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&settings);
}

gboolean
nc_store_reset (NcStore  *self,
                GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  if (!nc_store_begin (self, error))
    return FALSE;
  ok = exec_sql (self->db,
                 "DELETE FROM profiles;"
                 "DELETE FROM host_rules;"
                 "DELETE FROM category_lists;"
                 "DELETE FROM activity;"
                 "DELETE FROM settings WHERE key NOT IN ('" RECOVERY_KEY "', 'time-observation');",
                 error);
  if (ok)
    {
      nc_store_mark_changed (self, "profiles");
      nc_store_mark_changed (self, "lists");
      nc_store_mark_changed (self, "settings");
      nc_store_mark_changed (self, "time");
      nc_store_mark_changed (self, "lessons");
      nc_store_mark_changed (self, "activity");
    }
  return finish_write (self, ok, error);
}

GStrv
nc_store_list_locked_keys (NcStore *self)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return nc_managed_list_keys (self->managed);
}

const char * const *
nc_store_get_policy_files (NcStore *self)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return nc_managed_get_files (self->managed);
}

const char * const *
nc_store_get_policy_problems (NcStore *self)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return nc_managed_get_problems (self->managed);
}

gboolean
nc_store_put_internal (NcStore     *self,
                       const char  *key,
                       const char  *value,
                       const char  *what,
                       GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);

  return write_one (self, what, error,
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    "ss", key, value);
}

gboolean
nc_store_set_string (NcStore     *self,
                     const char  *key,
                     const char  *value,
                     GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  return write_setting (self, key, value, error);
}

gboolean
nc_store_set_int (NcStore     *self,
                  const char  *key,
                  gint64       value,
                  GError     **error)
{
  char text[32];

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  return write_setting (self, key, text, error);
}

gboolean
nc_store_set_boolean (NcStore     *self,
                      const char  *key,
                      gboolean     value,
                      GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  return write_setting (self, key, value ? "true" : "false", error);
}

gboolean
nc_store_unset (NcStore     *self,
                const char  *key,
                GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  return write_setting (self, key, NULL, error);
}

/* ---- time ------------------------------------------------------------------ */

char *
nc_store_day_key (GDateTime *when)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (when);
  return g_date_time_format (local, "%Y-%m-%d");
}

static gboolean
valid_day (const char *day)
{
  return day != NULL && strlen (day) == 10 && g_ascii_isdigit (day[0]) && day[4] == '-' && day[7] == '-';
}

gboolean
nc_store_add_usage (NcStore     *self,
                    gint64       profile_id,
                    const char  *day,
                    int          seconds,
                    GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (valid_day (day), FALSE);
  g_return_val_if_fail (seconds >= 0, FALSE);

  return write_one (self, "time", error,
                    "INSERT INTO usage (profile_id, day, seconds) VALUES (?, ?, ?) "
                    "ON CONFLICT (profile_id, day) DO UPDATE SET seconds = seconds + excluded.seconds",
                    "Isi", profile_id, day, seconds);
}

int
nc_store_get_usage (NcStore    *self,
                    gint64      profile_id,
                    const char *day)
{
  g_return_val_if_fail (NC_IS_STORE (self), 0);
  return query_int (self, "SELECT seconds FROM usage WHERE profile_id = ? AND day = ?",
                    profile_id, day, 0);
}

/* Adds @minutes to what was granted on @day; NC_EXTENSION_NO_LIMIT lifts
 * the limit for the rest of the day. */
gboolean
nc_store_grant_extension (NcStore     *self,
                          gint64       profile_id,
                          const char  *day,
                          int          minutes,
                          GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (valid_day (day), FALSE);

  if (minutes != NC_EXTENSION_NO_LIMIT && (minutes < 1 || minutes > 720))
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                           _("More time must be between 1 and 720 minutes."));
      return FALSE;
    }

  return write_one (self, "time", error,
                    "INSERT INTO extensions (profile_id, day, minutes) VALUES (?1, ?2, ?3) "
                    "ON CONFLICT (profile_id, day) DO UPDATE SET minutes = "
                    "CASE WHEN minutes < 0 OR ?3 < 0 THEN -1 ELSE minutes + ?3 END",
                    "Isi", profile_id, day, minutes);
}

int
nc_store_get_extension (NcStore    *self,
                        gint64      profile_id,
                        const char *day)
{
  g_return_val_if_fail (NC_IS_STORE (self), 0);
  return query_int (self, "SELECT minutes FROM extensions WHERE profile_id = ? AND day = ?",
                    profile_id, day, 0);
}

/* ---- activity -------------------------------------------------------------- */

void
nc_count_free (NcCount *count)
{
  if (count == NULL)
    return;
  g_free (count->key);
  g_free (count);
}

gboolean
nc_store_log_activity (NcStore     *self,
                       gint64       profile_id,
                       const char  *host,
                       const char  *ref_id,
                       const char  *outcome,
                       GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (outcome != NULL, FALSE);

  /* Only short machine words: a host, a ref id, an outcome. A long value
   * would be a sign that someone passes text in. */
  if ((host != NULL && strlen (host) > 253) || (ref_id != NULL && strlen (ref_id) > 16) ||
      strlen (outcome) > 32)
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                           _("An activity entry holds only a site, a rule and an outcome."));
      return FALSE;
    }

  if (!nc_store_begin (self, error))
    return FALSE;
  ok = run (self, error, "INSERT INTO activity (profile_id, at, host, ref_id, outcome) "
                         "VALUES (?, ?, ?, ?, ?)",
            "pIsss", profile_id, (gint64) (g_get_real_time () / G_USEC_PER_SEC),
            host != NULL ? host : "", ref_id, outcome);
  if (!finish_change (self, ok, "activity", error))
    return FALSE;

  /* The app may run for days: expire old entries now and then, not only
   * at open. */
  if (self->depth == 0 && g_get_monotonic_time () - self->last_expire > 6 * G_TIME_SPAN_HOUR)
    nc_store_expire_activity (self, NULL);
  return TRUE;
}

static GPtrArray *
count_warnings (NcStore     *self,
                const char  *column,
                gint64       profile_id,
                int          days,
                GError     **error)
{
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_count_free);
  g_autofree char *sql = g_strdup_printf (
      "SELECT %s, count(*) AS n FROM activity WHERE ref_id IS NOT NULL AND at >= ? "
      "AND (? = 0 OR profile_id = ?) GROUP BY %s ORDER BY n DESC, %s", column, column, column);
  sqlite3_stmt *stmt = query (self, error, sql, "III",
                              (gint64) (g_get_real_time () / G_USEC_PER_SEC - (gint64) days * 86400),
                              profile_id, profile_id);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NcCount *count = g_new0 (NcCount, 1);
      count->key = column_dup (stmt, 0);
      count->count = sqlite3_column_int (stmt, 1);
      g_ptr_array_add (counts, count);
    }
  if (!finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&counts);
}

GPtrArray *
nc_store_count_warnings_by_ref (NcStore  *self,
                                gint64    profile_id,
                                int       days,
                                GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return count_warnings (self, "ref_id", profile_id, days, error);
}

GPtrArray *
nc_store_count_warnings_by_host (NcStore  *self,
                                 gint64    profile_id,
                                 int       days,
                                 GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return count_warnings (self, "host", profile_id, days, error);
}

GPtrArray *
nc_store_minutes_per_day (NcStore  *self,
                          gint64    profile_id,
                          int       days,
                          GError  **error)
{
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_count_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  g_return_val_if_fail (days > 0 && days <= 366, NULL);

  stmt = query (self, error, "SELECT sum (seconds) FROM usage WHERE day = ? AND (? = 0 OR profile_id = ?)", "");
  if (stmt == NULL)
    return NULL;
  for (int i = days - 1; i >= 0; i--)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (now, -i);
      NcCount *count = g_new0 (NcCount, 1);

      count->key = nc_store_day_key (when);
      sqlite3_reset (stmt);
      bind_text (stmt, 1, count->key);
      sqlite3_bind_int64 (stmt, 2, profile_id);
      sqlite3_bind_int64 (stmt, 3, profile_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        count->count = sqlite3_column_int (stmt, 0) / 60;
      g_ptr_array_add (counts, count);
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&counts);
}

/* Deletes activity and time records older than the retention period. */
int
nc_store_expire_activity (NcStore  *self,
                          GError  **error)
{
  gint64 days = nc_store_get_int (self, NC_SETTING_RETENTION_DAYS, NC_STORE_DEFAULT_RETENTION_DAYS);
  gint64 cutoff;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) oldest = NULL;
  g_autofree char *oldest_day = NULL;
  int deleted = -1;
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), -1);

  days = CLAMP (days, 1, 3650);
  self->last_expire = g_get_monotonic_time ();
  cutoff = g_get_real_time () / G_USEC_PER_SEC - days * 86400;
  oldest = g_date_time_add_days (now, (int) -days);
  oldest_day = nc_store_day_key (oldest);

  if (!nc_store_begin (self, error))
    return -1;
  ok = run (self, error, "DELETE FROM activity WHERE at < ?", "I", cutoff);
  if (ok)
    deleted = sqlite3_changes (self->db);
  ok = ok &&
       run (self, error, "DELETE FROM usage WHERE day < ?", "s", oldest_day) &&
       run (self, error, "DELETE FROM extensions WHERE day < ?", "s", oldest_day);
  if (ok && deleted > 0)
    nc_store_mark_changed (self, "activity");
  if (!finish_write (self, ok, error))
    return -1;
  return deleted;
}

/* ---- lessons --------------------------------------------------------------- */

void
nc_lesson_progress_free (NcLessonProgress *progress)
{
  if (progress == NULL)
    return;
  g_free (progress->lesson_id);
  g_free (progress);
}

void
nc_review_item_free (NcReviewItem *item)
{
  if (item == NULL)
    return;
  g_free (item->lesson_id);
  g_free (item->item_id);
  g_free (item);
}

gboolean
nc_store_set_lesson_progress (NcStore       *self,
                              gint64         profile_id,
                              const char    *lesson_id,
                              NcLessonState  state,
                              int            score,
                              gint64         completed_at,
                              GError       **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (lesson_id != NULL, FALSE);

  if (state > NC_LESSON_DONE || score < 0 || score > 100)
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                           _("A lesson score must be between 0 and 100."));
      return FALSE;
    }

  return write_one (self, "lessons", error,
                    "INSERT INTO lesson_progress (profile_id, lesson_id, state, score, completed_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, lesson_id) DO UPDATE SET "
                    "state = excluded.state, score = excluded.score, completed_at = excluded.completed_at",
                    "IsiiI", profile_id, lesson_id, (int) state, score, completed_at);
}

static NcLessonProgress *
progress_from_row (sqlite3_stmt *stmt)
{
  NcLessonProgress *p = g_new0 (NcLessonProgress, 1);

  p->lesson_id = column_dup (stmt, 0);
  p->state = CLAMP (sqlite3_column_int (stmt, 1), NC_LESSON_NEW, NC_LESSON_DONE);
  p->score = sqlite3_column_int (stmt, 2);
  p->completed_at = sqlite3_column_int64 (stmt, 3);
  return p;
}

NcLessonProgress *
nc_store_get_lesson_progress (NcStore     *self,
                              gint64       profile_id,
                              const char  *lesson_id,
                              GError     **error)
{
  sqlite3_stmt *stmt;
  NcLessonProgress *progress = NULL;
  int rc;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  stmt = query (self, error, "SELECT lesson_id, state, score, completed_at FROM lesson_progress "
                             "WHERE profile_id = ? AND lesson_id = ?",
                "Is", profile_id, lesson_id);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    progress = progress_from_row (stmt);
  else if (rc == SQLITE_DONE)
    {
      progress = g_new0 (NcLessonProgress, 1);
      progress->lesson_id = g_strdup (lesson_id);
      progress->state = NC_LESSON_NEW;
    }
  else
    nc_store_set_error (self, error);
  sqlite3_finalize (stmt);
  return progress;
}

GPtrArray *
nc_store_list_lesson_progress (NcStore  *self,
                               gint64    profile_id,
                               GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_lesson_progress_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  stmt = query (self, error, "SELECT lesson_id, state, score, completed_at FROM lesson_progress "
                             "WHERE profile_id = ? ORDER BY lesson_id",
                "I", profile_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, progress_from_row (stmt));
  if (!finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

/* Review intervals after 1, 2, 3+ correct answers in a row. */
static const int review_days[] = { 1, 3, 7 };
#define REVIEW_AFTER_WRONG (10 * 60)

gboolean
nc_store_record_answer (NcStore     *self,
                        gint64       profile_id,
                        const char  *lesson_id,
                        const char  *item_id,
                        gboolean     correct,
                        gint64       now,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  int streak = 0;
  gint64 due;
  gboolean ok;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (lesson_id != NULL && item_id != NULL, FALSE);

  if (!nc_store_begin (self, error))
    return FALSE;

  stmt = query (self, error, "SELECT streak FROM reviews WHERE profile_id = ? AND lesson_id = ? AND item_id = ?",
                "Iss", profile_id, lesson_id, item_id);
  ok = stmt != NULL;
  if (ok)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        streak = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
    }

  if (correct)
    {
      streak++;
      due = now + (gint64) review_days[MIN (streak, (int) G_N_ELEMENTS (review_days)) - 1] * 86400;
    }
  else
    {
      streak = 0;
      due = now + REVIEW_AFTER_WRONG;
    }

  ok = ok &&
       run (self, error, "INSERT INTO reviews (profile_id, lesson_id, item_id, streak, wrong_count, answered_at, due_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (profile_id, lesson_id, item_id) DO UPDATE SET "
                         "streak = ?4, wrong_count = wrong_count + ?5, answered_at = ?6, due_at = ?7",
            "IssiiII", profile_id, lesson_id, item_id, streak, correct ? 0 : 1, now, due);
  return finish_change (self, ok, "lessons", error);
}

GPtrArray *
nc_store_list_due_reviews (NcStore  *self,
                           gint64    profile_id,
                           gint64    now,
                           GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_review_item_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  stmt = query (self, error, "SELECT lesson_id, item_id, due_at FROM reviews WHERE profile_id = ? AND due_at <= ? "
                             "ORDER BY due_at, lesson_id, item_id",
                "II", profile_id, now);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NcReviewItem *item = g_new0 (NcReviewItem, 1);
      item->lesson_id = column_dup (stmt, 0);
      item->item_id = column_dup (stmt, 1);
      item->due_at = sqlite3_column_int64 (stmt, 2);
      g_ptr_array_add (list, item);
    }
  if (!finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
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
