/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-store-schema.c — the schema migrations and opening one checked connection */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "nc-store-private.h"

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

gint64
nc_store_read_pragma (sqlite3    *db,
                      const char *pragma)
{
  g_autofree char *sql = g_strconcat ("PRAGMA ", pragma, NULL);
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

int
nc_store_read_user_version (sqlite3 *db)
{
  return (int) nc_store_read_pragma (db, "user_version");
}

/* Brings the schema from its current version to @target, one
 * transaction per step, so a failure leaves a consistent older version. */
static gboolean
migrate_to (sqlite3  *db,
            int       target,
            GError  **error)
{
  int version = nc_store_read_user_version (db);

  if (version < 0)
    return nc_store_set_db_error (error, db, NC_STORE_ERROR_CORRUPT, _("Cannot read the database version"));

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

      if (!nc_store_exec_sql (db, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!nc_store_exec_sql (db, migrations[version], error) || !nc_store_exec_sql (db, bump, error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      if (!nc_store_exec_sql (db, "COMMIT", error))
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

  return nc_store_exec_sql (db,
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
gboolean
nc_store_check_integrity (sqlite3  *db,
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

sqlite3 *
nc_store_open_connection (const char  *path,
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
  if (!nc_store_check_integrity (db, error) ||
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
  db = nc_store_open_connection (path, version, error);
  if (db == NULL)
    return FALSE;
  sqlite3_close (db);
  return TRUE;
}
