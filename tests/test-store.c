/* test-store.c — NcStore on a real SQLite file */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nc-store.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("nc-store-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "sub", "folder", "netconduct.db", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_assert_cmpint (system (cmd), ==, 0);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Runs @sql on the file behind NcStore's back, as a damaged or foreign
 * writer would. */
static void
poke_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_creates_file_and_folder (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = nc_store_open (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (nc_store_get_schema_version (store), ==, nc_store_get_latest_version ());
  g_assert_cmpstr (nc_store_get_path (store), ==, fixture->path);
}

static void
test_reopen_keeps_version (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) first = nc_store_open (fixture->path, &error);
  g_autoptr(NcStore) second = NULL;

  g_assert_no_error (error);
  g_clear_object (&first);

  second = nc_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nc_store_get_schema_version (second), ==, nc_store_get_latest_version ());
}

static void
test_newer_database_refused (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = nc_store_open (fixture->path, &error);
  g_autoptr(NcStore) again = NULL;

  g_assert_no_error (error);
  g_clear_object (&store);
  poke_sql (fixture->path, "PRAGMA user_version = 9999");

  again = nc_store_open (fixture->path, &error);
  g_assert_null (again);
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));
}

static void
test_garbage_file_gives_error (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  char garbage[8192];

  for (gsize i = 0; i < sizeof garbage; i++)
    garbage[i] = (char) (i * 7919 % 251);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, garbage, sizeof garbage, NULL));

  store = nc_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, fixture->path));
}

static void
test_unwritable_folder_gives_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = nc_store_open ("/proc/nc-cannot-exist/netconduct.db", &error);

  g_assert_null (store);
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_OPEN);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/creates-file-and-folder", test_creates_file_and_folder);
  ADD ("/store/reopen-keeps-version", test_reopen_keeps_version);
  ADD ("/store/newer-database-refused", test_newer_database_refused);
  ADD ("/store/garbage-file-gives-error", test_garbage_file_gives_error);
#undef ADD
  g_test_add_func ("/store/unwritable-folder-gives-error", test_unwritable_folder_gives_error);

  return g_test_run ();
}
