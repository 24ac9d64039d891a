/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-disk-full.c — the disk fills up under the store
 *
 * A small SQLite VFS registered as the default wraps the real one and,
 * once armed, lets through a given number of writes and then answers
 * SQLITE_FULL to every write, as a full disk does. The store must report a
 * clear error, and the file must hold the state from before the failed
 * change, never a part of it.
 */
#include "config.h"

#include <stdio.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nc-store.h"
#include "nc-test-files.h"

/* ---- the failing VFS ---------------------------------------------------- */

typedef struct {
  sqlite3_file        base;
  sqlite3_file       *real;
} ShimFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs shim_vfs;
static gboolean armed;
static int writes_left;
static int writes_refused;

static gboolean
refuse_write (void)
{
  if (!armed)
    return FALSE;
  if (writes_left > 0)
    {
      writes_left--;
      return FALSE;
    }
  writes_refused++;
  return TRUE;
}

#define REAL(f) (((ShimFile *) (f))->real)

static int shim_close (sqlite3_file *f) { int rc = REAL (f)->pMethods->xClose (REAL (f)); return rc; }
static int shim_read (sqlite3_file *f, void *b, int n, sqlite3_int64 o) { return REAL (f)->pMethods->xRead (REAL (f), b, n, o); }
static int
shim_write (sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
  if (refuse_write ())
    return SQLITE_FULL;
  return REAL (f)->pMethods->xWrite (REAL (f), b, n, o);
}
static int
shim_truncate (sqlite3_file *f, sqlite3_int64 size)
{
  return REAL (f)->pMethods->xTruncate (REAL (f), size);
}
static int shim_sync (sqlite3_file *f, int flags) { return REAL (f)->pMethods->xSync (REAL (f), flags); }
static int shim_file_size (sqlite3_file *f, sqlite3_int64 *s) { return REAL (f)->pMethods->xFileSize (REAL (f), s); }
static int shim_lock (sqlite3_file *f, int l) { return REAL (f)->pMethods->xLock (REAL (f), l); }
static int shim_unlock (sqlite3_file *f, int l) { return REAL (f)->pMethods->xUnlock (REAL (f), l); }
static int shim_check_lock (sqlite3_file *f, int *r) { return REAL (f)->pMethods->xCheckReservedLock (REAL (f), r); }
static int shim_fcntl (sqlite3_file *f, int op, void *a) { return REAL (f)->pMethods->xFileControl (REAL (f), op, a); }
static int shim_sector (sqlite3_file *f) { return REAL (f)->pMethods->xSectorSize (REAL (f)); }
static int shim_dev (sqlite3_file *f) { return REAL (f)->pMethods->xDeviceCharacteristics (REAL (f)); }
static int shim_shm_map (sqlite3_file *f, int p, int s, int e, void volatile **m) { return REAL (f)->pMethods->xShmMap (REAL (f), p, s, e, m); }
static int shim_shm_lock (sqlite3_file *f, int o, int n, int fl) { return REAL (f)->pMethods->xShmLock (REAL (f), o, n, fl); }
static void shim_shm_barrier (sqlite3_file *f) { REAL (f)->pMethods->xShmBarrier (REAL (f)); }
static int shim_shm_unmap (sqlite3_file *f, int d) { return REAL (f)->pMethods->xShmUnmap (REAL (f), d); }
static int shim_fetch (sqlite3_file *f, sqlite3_int64 o, int n, void **p) { *p = NULL; return SQLITE_OK; }
static int shim_unfetch (sqlite3_file *f, sqlite3_int64 o, void *p) { return SQLITE_OK; }

static const sqlite3_io_methods shim_methods = {
  3, shim_close, shim_read, shim_write, shim_truncate, shim_sync, shim_file_size,
  shim_lock, shim_unlock, shim_check_lock, shim_fcntl, shim_sector, shim_dev,
  shim_shm_map, shim_shm_lock, shim_shm_barrier, shim_shm_unmap, shim_fetch, shim_unfetch,
};

static int
shim_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  ShimFile *shim = (ShimFile *) file;
  int rc;

  shim->real = (sqlite3_file *) (shim + 1);
  rc = real_vfs->xOpen (real_vfs, name, shim->real, flags, out_flags);
  shim->base.pMethods = rc == SQLITE_OK ? &shim_methods : NULL;
  return rc;
}

static void
register_shim (void)
{
  real_vfs = sqlite3_vfs_find (NULL);
  shim_vfs = *real_vfs;
  shim_vfs.zName = "nc-disk-full";
  shim_vfs.szOsFile = (int) sizeof (ShimFile) + real_vfs->szOsFile;
  shim_vfs.xOpen = shim_open;
  g_assert_cmpint (sqlite3_vfs_register (&shim_vfs, 1), ==, SQLITE_OK);
}

/* ---- tests ---------------------------------------------------------------- */

static void
test_full_disk_changes_nothing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nc-full-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "netconduct.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = nc_store_open (path, &error);
  gint64 kid;
  int failures_seen = 0;

  g_assert_no_error (error);
  kid = nc_store_add_profile (store, "Mai", "", NC_AGE_BAND_10_12, &error);
  g_assert_true (nc_store_add_host (store, kid, NC_LIST_BLOCK, "before.example", &error));
  g_assert_true (nc_store_backup_now (store, &error));
  g_assert_no_error (error);

  /* The disk fills after 0, 1, 2, … writes into one multi-row change. */
  for (int budget = 0; budget < 12; budget++)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(GPtrArray) profiles = NULL;
      g_auto(GStrv) hosts = NULL;
      gboolean ok;

      armed = TRUE;
      writes_left = budget;
      writes_refused = 0;
      ok = nc_store_begin (store, &local);
      if (ok)
        {
          for (int i = 0; ok && i < 200; i++)
            {
              g_autofree char *host = g_strdup_printf ("h%d-%d.example", budget, i);
              ok = nc_store_add_host (store, kid, NC_LIST_ALLOW, host, &local);
            }
          ok = ok && nc_store_add_profile (store, "Tuan", "", NC_AGE_BAND_6_9, &local) > 0;
          if (ok)
            ok = nc_store_commit (store, &local);
          else
            nc_store_rollback (store);
        }
      armed = FALSE;

      if (writes_refused == 0)
        {
          /* The budget was enough: the change went in whole. Undo it. */
          g_autoptr(NcProfile) added = nc_store_find_profile (store, "Tuan", &error);
          g_assert_true (ok);
          g_assert_nonnull (added);
          g_assert_true (nc_store_remove_profile (store, added->id, &error));
          continue;
        }
      failures_seen++;
      g_assert_false (ok);
      g_assert_error (local, NC_STORE_ERROR, NC_STORE_ERROR_DISK_FULL);
      g_assert_nonnull (strstr (local->message, "disk is full"));

      /* Nothing of it is there, in this connection or a new one. */
      profiles = nc_store_list_profiles (store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (profiles->len, ==, 1);
      hosts = nc_store_list_hosts (store, kid, NC_LIST_ALLOW, &error);
      g_assert_cmpuint (g_strv_length (hosts), ==, 0);
      {
        g_autoptr(NcStore) other = nc_store_open (path, &error);
        g_autoptr(GPtrArray) again = NULL;
        g_auto(GStrv) blocked = NULL;

        g_assert_no_error (error);
        g_assert_cmpint (nc_store_get_recovery (other), ==, NC_STORE_RECOVERY_NONE);
        again = nc_store_list_profiles (other, &error);
        g_assert_cmpuint (again->len, ==, 1);
        blocked = nc_store_list_hosts (other, kid, NC_LIST_BLOCK, &error);
        g_assert_cmpstr (blocked[0], ==, "before.example");
      }
    }
  g_assert_cmpint (failures_seen, >, 0);

  /* A one-call write says so too. */
  armed = TRUE;
  writes_left = 0;
  g_assert_false (nc_store_set_int (store, NC_SETTING_RETENTION_DAYS, 10, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_DISK_FULL);
  g_clear_error (&error);

  /* A backup on a full disk fails and leaves the last good backup. */
  g_assert_false (nc_store_backup_now (store, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  armed = FALSE;
  {
    g_autofree char *backup = nc_store_get_backup_path (store, 1);
    g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
    g_autoptr(NcStore) restored = NULL;
    g_autoptr(GPtrArray) profiles = NULL;

    nc_test_copy_file (backup, copy);
    restored = nc_store_open (copy, &error);
    g_assert_no_error (error);
    profiles = nc_store_list_profiles (restored, &error);
    g_assert_cmpuint (profiles->len, ==, 1);
  }

  /* Space again: the store works on. */
  g_assert_true (nc_store_set_int (store, NC_SETTING_RETENTION_DAYS, 10, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nc_store_get_int (store, NC_SETTING_RETENTION_DAYS, 0), ==, 10);

  g_clear_object (&store);
  g_assert_true (nc_test_remove_tree (dir));
}

/* The same on a real full file system: a tiny tmpfs, filled up by another
 * file. Needs the right to mount (root); skipped otherwise. */
static void
test_real_tmpfs (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nc-tmpfs-XXXXXX", NULL);
  g_autofree char *mount_cmd = g_strdup_printf ("mount -t tmpfs -o size=512k,mode=0700 nc-test '%s' 2>/dev/null", dir);
  g_autofree char *umount_cmd = g_strdup_printf ("umount '%s'", dir);
  g_autofree char *path = g_build_filename (dir, "netconduct.db", NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = NULL;
  gint64 kid;
  gboolean ok = TRUE;
  FILE *f;
  char block[4096];

  if (geteuid () != 0 || system (mount_cmd) != 0)
    {
      g_rmdir (dir);
      g_test_skip ("cannot mount a tmpfs here (not root)");
      return;
    }

  store = nc_store_open (path, &error);
  g_assert_no_error (error);
  kid = nc_store_add_profile (store, "Mai", "", NC_AGE_BAND_10_12, &error);
  g_assert_no_error (error);

  /* Fill the file system to the last block. */
  memset (block, 'x', sizeof block);
  f = fopen (filler, "w");
  g_assert_nonnull (f);
  setvbuf (f, NULL, _IONBF, 0);
  while (fwrite (block, 1, sizeof block, f) == sizeof block)
    ;
  while (fwrite (block, 1, 1, f) == 1)
    ;
  fclose (f);

  g_assert_true (nc_store_begin (store, &error));
  for (int i = 0; ok && i < 400; i++)
    {
      g_autofree char *host = g_strdup_printf ("host-number-%d.example", i);
      ok = nc_store_add_host (store, kid, NC_LIST_BLOCK, host, &error);
    }
  if (ok)
    ok = nc_store_commit (store, &error);
  else
    nc_store_rollback (store);
  g_assert_false (ok);
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_DISK_FULL);
  g_clear_error (&error);

  /* Space again: nothing of the change is there, the file is sound. */
  g_unlink (filler);
  g_clear_object (&store);
  store = nc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nc_store_get_recovery (store), ==, NC_STORE_RECOVERY_NONE);
  {
    g_auto(GStrv) hosts = nc_store_list_hosts (store, kid, NC_LIST_BLOCK, &error);
    g_assert_cmpuint (g_strv_length (hosts), ==, 0);
  }
  g_assert_true (nc_store_add_host (store, kid, NC_LIST_BLOCK, "after.example", &error));
  g_clear_object (&store);

  g_assert_cmpint (system (umount_cmd), ==, 0);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  register_shim ();
  g_test_add_func ("/store/disk-full/changes-nothing", test_full_disk_changes_nothing);
  g_test_add_func ("/store/disk-full/real-tmpfs", test_real_tmpfs);
  return g_test_run ();
}
