/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-store-recovery.c — backups, and recovery from a damaged file */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nc-store-private.h"

/* The database holds the PIN's hash: only its owner may read it. SQLite
 * gives the WAL and shared-memory files the database file's mode. */
void
nc_store_restrict_mode (const char *path)
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
      nc_store_set_db_error (error, dest, NC_STORE_ERROR_OPEN, _("Cannot write the backup"));
      goto out;
    }

  backup = sqlite3_backup_init (dest, "main", self->db, "main");
  if (backup == NULL)
    {
      nc_store_set_db_error (error, dest, NC_STORE_ERROR_SQL, _("Cannot write the backup"));
      goto out;
    }
  sqlite3_backup_step (backup, -1);
  if (sqlite3_backup_finish (backup) != SQLITE_OK)
    {
      nc_store_set_db_error (error, dest, NC_STORE_ERROR_SQL, _("Cannot write the backup"));
      goto out;
    }
  if (!nc_store_exec_sql (dest, "PRAGMA journal_mode = DELETE", error) ||
      !nc_store_check_integrity (dest, error))
    goto out;
  sqlite3_close (dest);
  dest = NULL;

  nc_store_restrict_mode (tmp);
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
  ok = nc_store_check_integrity (db, NULL) &&
       nc_store_read_user_version (db) >= 1 &&
       nc_store_read_user_version (db) <= nc_store_get_latest_version ();
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
sqlite3 *
nc_store_recover (const char       *path,
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
          db = nc_store_open_connection (path, nc_store_get_latest_version (), NULL);
          if (db != NULL)
            {
              *recovery = NC_STORE_RECOVERY_RESTORED_BACKUP;
              return db;
            }
          move_aside (path);
        }
    }

  db = nc_store_open_connection (path, nc_store_get_latest_version (), error);
  if (db != NULL)
    *recovery = NC_STORE_RECOVERY_FRESH;
  return db;
}

void
nc_store_load_recovery_state (NcStore *self)
{
  g_autofree char *notice = nc_store_read_setting (self, NC_STORE_RECOVERY_KEY);

  if (g_strcmp0 (notice, "fresh") == 0)
    self->recovery = NC_STORE_RECOVERY_FRESH;
  else if (g_strcmp0 (notice, "restored-backup") == 0)
    self->recovery = NC_STORE_RECOVERY_RESTORED_BACKUP;
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

  if (!nc_store_unset (self, NC_STORE_RECOVERY_KEY, error))
    return FALSE;
  self->recovery = NC_STORE_RECOVERY_NONE;
  return TRUE;
}
