/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store-crash.c — a writer killed with SIGKILL at random moments
 *
 * The child (this program with --writer) rewrites a multi-row state over
 * and over, each generation in one transaction: a setting, a profile field
 * and a list of 20 hosts, all naming the generation; now and then it takes
 * a backup. It reports each committed generation on a pipe. The parent
 * kills it at a random moment, then checks that the database opens with no
 * recovery, passes integrity_check, holds one whole generation (never a
 * mix), and has not lost a generation that was reported committed.
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nc-clock.h"
#include "nc-pin.h"
#include "nc-store.h"
#include "nc-test-files.h"

#define N_HOSTS 20
#define KID "Kid"

static int
run_writer (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = nc_store_open (path, &error);
  g_autoptr(NcProfile) profile = NULL;
  gint64 generation;

  if (store == NULL)
    return 10;
  profile = nc_store_find_profile (store, KID, NULL);
  if (profile == NULL)
    return 11;
  generation = nc_store_get_int (store, "generation", 0);

  for (;;)
    {
      g_auto(GStrv) hosts = nc_store_list_hosts (store, profile->id, NC_LIST_BLOCK, NULL);
      char line[32];

      generation++;
      if (!nc_store_begin (store, &error))
        return 12;
      for (gsize i = 0; hosts != NULL && hosts[i] != NULL; i++)
        if (!nc_store_remove_host (store, profile->id, NC_LIST_BLOCK, hosts[i], &error))
          return 13;
      for (int i = 0; i < N_HOSTS; i++)
        {
          g_autofree char *host = g_strdup_printf ("g%" G_GINT64_FORMAT "-%d.example", generation, i);
          if (!nc_store_add_host (store, profile->id, NC_LIST_BLOCK, host, &error))
            return 14;
        }
      profile->daily_limit_minutes = (int) (generation % 1440);
      if (!nc_store_update_profile (store, profile, &error) ||
          !nc_store_set_int (store, "generation", generation, &error) ||
          !nc_store_commit (store, &error))
        return 15;

      g_snprintf (line, sizeof line, "%" G_GINT64_FORMAT "\n", generation);
      if (write (STDOUT_FILENO, line, strlen (line)) < 0)
        return 16;
      if (generation % 7 == 0 && !nc_store_backup_now (store, &error))
        return 17;
    }
}

/* Tries wrong PINs forever, reporting each attempt once it has returned.
 * The clock is frozen far in the future for each attempt so that no
 * lock-out stops it (real lock-outs are tested in test-pin). */
static gint64 frozen_boottime;

static void
frozen_clock_cb (NcClockReading *reading,
                 gpointer        data)
{
  reading->wall_us = 0;
  reading->monotonic_us = frozen_boottime;
  reading->boottime_us = frozen_boottime;
  g_strlcpy (reading->boot_id, "crash-test", sizeof reading->boot_id);
}

static int
run_pin_writer (const char *path)
{
  g_autoptr(NcStore) store = nc_store_open (path, NULL);

  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  if (store == NULL)
    return 10;
  /* Carry on the fake boot-time clock from where the last child left it. */
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT obs_boottime FROM pin", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    frozen_boottime = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  nc_pin_use_fast_hash_for_tests (TRUE);
  nc_clock_set_override_for_test (frozen_clock_cb, NULL);
  for (;;)
    {
      char line[32];
      int result;

      /* Far enough after the last observation for any lock to be over. */
      frozen_boottime += (gint64) 2 * 86400 * G_USEC_PER_SEC;
      result = nc_pin_check (store, "0000", NULL, NULL);
      if (result != NC_PIN_WRONG)
        return 20 + result;
      g_snprintf (line, sizeof line, "%d\n", nc_pin_get_failures (store));
      if (write (STDOUT_FILENO, line, strlen (line)) < 0)
        return 16;
    }
}

static char *
integrity_check (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result != NULL ? result : g_strdup ("cannot run");
}

/* The generation the database holds, after checking it is whole. */
static gint64
check_state (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = nc_store_open (path, &error);
  g_autoptr(NcProfile) profile = NULL;
  g_auto(GStrv) hosts = NULL;
  gint64 generation;

  g_assert_no_error (error);
  g_assert_cmpint (nc_store_get_recovery (store), ==, NC_STORE_RECOVERY_NONE);
  profile = nc_store_find_profile (store, KID, &error);
  g_assert_no_error (error);
  generation = nc_store_get_int (store, "generation", 0);
  hosts = nc_store_list_hosts (store, profile->id, NC_LIST_BLOCK, &error);
  g_assert_no_error (error);

  g_assert_cmpint (profile->daily_limit_minutes, ==, generation % 1440);
  if (generation == 0)
    g_assert_cmpuint (g_strv_length (hosts), ==, 0);
  else
    {
      g_assert_cmpuint (g_strv_length (hosts), ==, N_HOSTS);
      for (int i = 0; i < N_HOSTS; i++)
        {
          g_autofree char *host = g_strdup_printf ("g%" G_GINT64_FORMAT "-%d.example", generation, i);
          g_assert_true (g_strv_contains ((const char * const *) hosts, host));
        }
    }
  return generation;
}

/* Starts this program as @mode ("--writer", "--pin-writer") on @path,
 * kills it with SIGKILL within 40 ms and returns what it printed. With
 * @after_first_line the 40 ms start once it has printed a line (one
 * write committed), so that a loaded machine, where a writer may need
 * longer than 40 ms to start, still sees kills between writes. */
static GString *
kill_midway (const char *mode,
             const char *path,
             gboolean    after_first_line)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  char *argv[] = { self, (char *) mode, (char *) path, NULL };
  g_autoptr(GError) error = NULL;
  GString *output = g_string_new (NULL);
  char buffer[4096];
  GPid pid;
  int out_fd, status = 0;
  gssize n;

  g_assert_true (g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);
  while (after_first_line && strchr (output->str, '\n') == NULL
         && (n = read (out_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (output, buffer, n);
  g_usleep (g_random_int_range (0, 40000));
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  if (!WIFSIGNALED (status))
    g_error ("%s stopped by itself (wait status %d)", mode, status);

  while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (output, buffer, n);
  close (out_fd);
  return output;
}

static void
test_sigkill_writer (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nc-crash-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "netconduct.db", NULL);
  int iterations = g_test_slow () ? 1000 : 300;
  gint64 reported = 0, max_seen = 0;
  int mid_commit = 0;

  {
    g_autoptr(NcStore) store = nc_store_open (path, &error);
    g_autoptr(NcProfile) kid = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (nc_store_add_profile (store, KID, "", NC_AGE_BAND_10_12, &error), >, 0);
    kid = nc_store_find_profile (store, KID, &error);
    kid->daily_limit_minutes = 0;           /* generation 0 */
    g_assert_true (nc_store_update_profile (store, kid, &error));
    g_assert_no_error (error);
  }

  for (int i = 0; i < iterations; i++)
    {
      g_autoptr(GString) output = kill_midway ("--writer", path, i % 2 == 1);
      gint64 last_reported = reported, in_db;
      g_autofree char *check = NULL;
      const char *nl;

      /* The last complete line is the last generation known committed. */
      nl = output->len > 0 ? g_strrstr_len (output->str, output->len - (output->str[output->len - 1] == '\n' ? 1 : 0), "\n") : NULL;
      if (output->len > 0 && output->str[output->len - 1] == '\n')
        last_reported = g_ascii_strtoll (nl != NULL ? nl + 1 : output->str, NULL, 10);

      check = integrity_check (path);
      g_assert_cmpstr (check, ==, "ok");
      in_db = check_state (path);
      /* Old or new, never less than what was committed, at most the one
       * generation in flight beyond it. */
      g_assert_cmpint (in_db, >=, last_reported);
      g_assert_cmpint (in_db, <=, last_reported + 1);
      g_assert_cmpint (in_db, >=, max_seen);
      if (in_db == last_reported + 1)
        mid_commit++;
      reported = in_db;
      max_seen = in_db;

      {
        g_autofree char *backup = g_strdup_printf ("%s.backup-1", path);
        if (g_file_test (backup, G_FILE_TEST_EXISTS))
          {
            g_autofree char *backup_check = integrity_check (backup);
            g_assert_cmpstr (backup_check, ==, "ok");
          }
      }
    }

  g_test_message ("%d kills, %" G_GINT64_FORMAT " generations committed, "
                  "%d kills landed between COMMIT and its report", iterations, max_seen, mid_commit);
  g_assert_cmpint (max_seen, >, 0);
  g_assert_true (nc_test_remove_tree (dir));
}

/* Killed while checking PINs: every attempt that returned is counted, and
 * one in flight may be counted too (it was saved before the comparison),
 * never fewer. */
static void
test_sigkill_pin_checker (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nc-crash-pin-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "netconduct.db", NULL);
  int iterations = g_test_slow () ? 500 : 100;
  int counted = 0, in_flight = 0;

  nc_pin_use_fast_hash_for_tests (TRUE);
  {
    g_autoptr(NcStore) store = nc_store_open (path, &error);
    g_assert_no_error (error);
    g_assert_true (nc_pin_set (store, "1357", &error));
  }

  for (int i = 0; i < iterations; i++)
    {
      g_autoptr(GString) output = kill_midway ("--pin-writer", path, i % 2 == 1);
      g_autoptr(NcStore) store = NULL;
      int reported = counted, failures;
      g_auto(GStrv) lines = NULL;

      lines = g_strsplit (output->str, "\n", -1);
      for (gsize l = 0; lines[l] != NULL && lines[l + 1] != NULL; l++)
        reported = atoi (lines[l]);

      store = nc_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (nc_pin_is_set (store));
      failures = nc_pin_get_failures (store);
      g_assert_cmpint (failures, >=, reported);
      g_assert_cmpint (failures, <=, reported + 1);
      if (failures == reported + 1)
        in_flight++;
      counted = failures;
    }
  g_test_message ("%d kills, %d attempts counted, %d killed in flight and still counted",
                  iterations, counted, in_flight);
  g_assert_true (nc_test_remove_tree (dir));
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--writer"))
    return run_writer (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--pin-writer"))
    return run_pin_writer (argv[2]);

  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/crash/sigkill-writer", test_sigkill_writer);
  g_test_add_func ("/store/crash/sigkill-pin-checker", test_sigkill_pin_checker);
  return g_test_run ();
}
