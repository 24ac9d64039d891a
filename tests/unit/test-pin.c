/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-pin.c — the parent PIN on a real store with real libsodium */
#include "config.h"

#define _GNU_SOURCE 1
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "nc-clock.h"
#include "nc-pin.h"
#include "nc-store.h"
#include "nc-test-clock.h"
#include "nc-test-files.h"

static NcTestClock fake;

static void
advance (gint64 seconds)
{
  nc_test_clock_pass (&fake, seconds);
}

static void
reboot (gint64 seconds_off)
{
  static int boots = 1;

  fake.wall_us += seconds_off * G_USEC_PER_SEC;
  fake.boottime_us = 7 * G_USEC_PER_SEC;
  g_snprintf (fake.boot_id, sizeof fake.boot_id, "boot-%d", ++boots);
}

typedef struct {
  char    *dir;
  char    *path;
  NcStore *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fake.wall_us = (gint64) 1767225600 * G_USEC_PER_SEC;   /* 2026-01-01 */
  fake.monotonic_us = fake.boottime_us = 100 * G_USEC_PER_SEC;
  g_strlcpy (fake.boot_id, "boot-1", sizeof fake.boot_id);
  nc_test_clock_use (&fake);
  nc_pin_use_fast_hash_for_tests (TRUE);

  fixture->dir = g_dir_make_tmp ("nc-pin-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "netconduct.db", NULL);
  fixture->store = nc_store_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_assert_true (nc_test_remove_tree (fixture->dir));
  g_free (fixture->dir);
  g_free (fixture->path);
  nc_clock_set_override_for_test (NULL, NULL);
}

static void
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&fixture->store);
  fixture->store = nc_store_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
test_validate (void)
{
  const struct { const char *pin; gboolean ok; } cases[] = {
    { "1234", TRUE }, { "12345678", TRUE }, { "123", FALSE }, { "", FALSE },
    { "12ab", FALSE }, { "123456789", FALSE },       /* a PIN has at most 8 digits */
    { "con mèo vàng", TRUE }, { "short", FALSE }, { "abcdefgh", TRUE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = nc_pin_validate (cases[i].pin, &error);

      g_test_message ("PIN “%s”", cases[i].pin);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (!ok)
        g_assert_error (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID);
    }
}

/* A new PIN typed twice is accepted only when it is valid and the same. */
static void
test_check_pair (void)
{
  const struct { const char *pin, *again; NcPinPair pair; } cases[] = {
    { "", "", NC_PIN_PAIR_EMPTY }, { NULL, "1234", NC_PIN_PAIR_EMPTY },
    { "123", "123", NC_PIN_PAIR_INVALID }, { "2468", "", NC_PIN_PAIR_UNCONFIRMED },
    { "2468", "2469", NC_PIN_PAIR_DIFFERENT }, { "2468", "2468", NC_PIN_PAIR_READY },
    { "con mèo vàng", "con mèo vàng", NC_PIN_PAIR_READY },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("PIN “%s”, again “%s”", cases[i].pin, cases[i].again);
      g_assert_cmpint (nc_pin_check_pair (cases[i].pin, cases[i].again), ==, cases[i].pair);
    }
}

static void
test_set_and_check (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 wait = -1;

  g_assert_false (nc_pin_is_set (fixture->store));
  g_assert_cmpint (nc_pin_check (fixture->store, "1234", NULL, &error), ==, -1);
  g_assert_error (error, NC_PIN_ERROR, NC_PIN_ERROR_NOT_SET);
  g_clear_error (&error);

  g_assert_false (nc_pin_set (fixture->store, "12", &error));
  g_assert_error (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (nc_pin_set (fixture->store, "2468", &error));
  g_assert_no_error (error);
  g_assert_true (nc_pin_is_set (fixture->store));
  g_assert_cmpint (nc_pin_check (fixture->store, "2469", &wait, &error), ==, NC_PIN_WRONG);
  g_assert_cmpint (wait, ==, 0);
  g_assert_cmpint (nc_pin_get_failures (fixture->store), ==, 1);
  g_assert_cmpint (nc_pin_check (fixture->store, "2468", &wait, &error), ==, NC_PIN_OK);
  g_assert_cmpint (nc_pin_get_failures (fixture->store), ==, 0);

  /* A passphrase matches whatever Unicode form the keyboard produced. */
  g_assert_true (nc_pin_set (fixture->store, "M\xe1\xba\xadt kh\xe1\xba\xa9u nh\xc3\xa0 m\xc3\xacnh", &error));
  g_assert_cmpint (nc_pin_check (fixture->store, "Ma\xcc\xa3\xcc\x82t kh\xe1\xba\xa9u nh\xc3\xa0 m\xc3\xacnh", NULL, &error),
                   ==, NC_PIN_OK);
  g_assert_no_error (error);
}

/* Searches every file NetConduct wrote next to the database (the file,
 * its WAL, the backups) for @needle. */
static gboolean
found_in_files (const char *dir,
                const char *needle)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &contents, &length, NULL) &&
          memmem (contents, length, needle, strlen (needle)) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_never_in_clear (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *pin = "73915428";
  const char *phrase = "correct horse battery staple";

  g_assert_true (nc_pin_set (fixture->store, pin, &error));
  g_assert_cmpint (nc_pin_check (fixture->store, pin, NULL, &error), ==, NC_PIN_OK);
  g_assert_cmpint (nc_pin_check (fixture->store, "73915429", NULL, &error), ==, NC_PIN_WRONG);
  g_assert_true (nc_store_backup_now (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_false (found_in_files (fixture->dir, pin));
  g_assert_false (found_in_files (fixture->dir, "73915429"));
  g_assert_true (found_in_files (fixture->dir, "$argon2id$"));

  g_assert_true (nc_pin_set (fixture->store, phrase, &error));
  g_clear_object (&fixture->store);
  g_assert_false (found_in_files (fixture->dir, phrase));
  g_assert_false (found_in_files (fixture->dir, pin));
}

static void
test_lockout_schedule (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 wait = 0;

  g_assert_true (nc_pin_set (fixture->store, "1357", &error));

  for (int i = 1; i <= 4; i++)
    {
      g_assert_cmpint (nc_pin_check (fixture->store, "0000", &wait, &error), ==, NC_PIN_WRONG);
      g_assert_cmpint (wait, ==, 0);
    }
  g_assert_cmpint (nc_pin_check (fixture->store, "0000", &wait, &error), ==, NC_PIN_WRONG);
  g_assert_cmpint (wait, ==, 30);

  /* While locked even the right PIN is not compared. */
  advance (29);
  g_assert_cmpint (nc_pin_check (fixture->store, "1357", &wait, &error), ==, NC_PIN_LOCKED);
  g_assert_cmpint (wait, ==, 1);
  g_assert_cmpint (nc_pin_get_failures (fixture->store), ==, 5);

  /* Then doubling: 60, 120, 240 … capped at one day. */
  for (int n = 6; n <= 30; n++)
    {
      advance (wait);
      g_assert_cmpint (nc_pin_check (fixture->store, "0000", &wait, &error), ==, NC_PIN_WRONG);
      g_assert_no_error (error);
      g_assert_cmpint (wait, ==, nc_pin_lock_seconds (n));
      g_assert_cmpint (wait, ==, MIN ((gint64) 30 << MIN (n - 5, 20), 86400));
    }
  g_assert_cmpint (wait, ==, 86400);

  /* The right PIN after the wait resets everything. */
  advance (wait);
  g_assert_cmpint (nc_pin_check (fixture->store, "1357", &wait, &error), ==, NC_PIN_OK);
  g_assert_cmpint (nc_pin_get_failures (fixture->store), ==, 0);
  g_assert_cmpint (nc_pin_get_wait_seconds (fixture->store), ==, 0);
}

static void
lock_for (Fixture *fixture,
          int      failures)
{
  g_autoptr(GError) error = NULL;
  gint64 wait = 0;

  g_assert_true (nc_pin_set (fixture->store, "1357", &error));
  for (int i = 0; i < failures; i++)
    {
      advance (wait);
      g_assert_cmpint (nc_pin_check (fixture->store, "0000", &wait, &error), ==, NC_PIN_WRONG);
    }
}

static void
test_lockout_survives_restart_and_clock (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 start_wall;

  lock_for (fixture, 8);                       /* 240 s */
  g_assert_cmpint (nc_pin_get_wait_seconds (fixture->store), ==, 240);

  /* Restarting the app changes nothing. */
  reopen (fixture);
  g_assert_cmpint (nc_pin_get_wait_seconds (fixture->store), ==, 240);
  g_assert_cmpint (nc_pin_get_failures (fixture->store), ==, 8);

  /* Same boot: the wall clock moved either way changes nothing. */
  start_wall = fake.wall_us;
  fake.wall_us += (gint64) 2 * 86400 * G_USEC_PER_SEC;
  g_assert_cmpint (nc_pin_get_wait_seconds (fixture->store), ==, 240);
  g_assert_cmpint (nc_pin_check (fixture->store, "1357", NULL, &error), ==, NC_PIN_LOCKED);
  fake.wall_us = start_wall - (gint64) 365 * 86400 * G_USEC_PER_SEC;
  g_assert_cmpint (nc_pin_check (fixture->store, "1357", NULL, &error), ==, NC_PIN_LOCKED);
  reopen (fixture);
  g_assert_cmpint (nc_pin_get_wait_seconds (fixture->store), ==, 240);

  /* Real time passes (boot-time clock): the lock shrinks. */
  fake.boottime_us += 40 * G_USEC_PER_SEC;
  g_assert_cmpint (nc_pin_get_wait_seconds (fixture->store), ==, 200);
  g_assert_cmpint (nc_pin_check (fixture->store, "1357", NULL, &error), ==, NC_PIN_LOCKED);

  /* Reboot with the clock still a year back: no time credited. */
  reboot (0);
  reopen (fixture);
  g_assert_cmpint (nc_pin_get_wait_seconds (fixture->store), ==, 200);
  g_assert_cmpint (nc_pin_check (fixture->store, "1357", NULL, &error), ==, NC_PIN_LOCKED);

  /* Reboot with the clock put right: the time it was wrong is not credited
   * (the highest wall time seen was 2 days ahead). */
  fake.wall_us = start_wall + 50 * G_USEC_PER_SEC;
  reboot (0);
  reopen (fixture);
  g_assert_cmpint (nc_pin_get_wait_seconds (fixture->store), ==, 200);
  g_assert_cmpint (nc_pin_check (fixture->store, "1357", NULL, &error), ==, NC_PIN_LOCKED);

  /* Time that really passes while powered off (past the highest wall time
   * ever seen) is credited. */
  fake.wall_us = start_wall + (gint64) 2 * 86400 * G_USEC_PER_SEC;
  reboot (150);
  reopen (fixture);
  g_assert_cmpint (nc_pin_get_wait_seconds (fixture->store), ==, 50);
  advance (50);
  g_assert_cmpint (nc_pin_check (fixture->store, "1357", NULL, &error), ==, NC_PIN_OK);
  g_assert_no_error (error);
}

static void
exit_now_cb (NcStore    *store,
             const char *what,
             gpointer    data)
{
  _exit (0);
}

/* The app killed in the middle of a check (right after the attempt was
 * saved, before the comparison) still counts the attempt and its lock. */
static void
test_attempt_saved_before_check_parent (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nc-pin-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "netconduct.db", NULL);
  g_autoptr(NcStore) store = NULL;
  pid_t pid;
  int status = 0;

  nc_pin_use_fast_hash_for_tests (TRUE);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(NcStore) child = nc_store_open (path, NULL);
      nc_pin_set (child, "1357", NULL);
      for (int i = 0; i < 4; i++)
        nc_pin_check (child, "0000", NULL, NULL);
      g_signal_connect (child, "changed::pin", G_CALLBACK (exit_now_cb), NULL);
      /* Even with the right PIN: killed before the comparison. */
      nc_pin_check (child, "1357", NULL, NULL);
      _exit (3);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  store = nc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nc_pin_get_failures (store), ==, 5);
  g_assert_cmpint (nc_pin_get_wait_seconds (store), >, 0);
  g_clear_object (&store);
  g_assert_true (nc_test_remove_tree (dir));
}

/* A hash made with weaker parameters is replaced after a correct check. */
static void
test_rehash (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nc_pin_set (fixture->store, "8642", &error));
  g_assert_true (nc_pin_hash_has_fast_params_for_test (fixture->store));
  nc_pin_use_fast_hash_for_tests (FALSE);
  g_assert_cmpint (nc_pin_check (fixture->store, "8642", NULL, &error), ==, NC_PIN_OK);
  g_assert_no_error (error);
  g_assert_false (nc_pin_hash_has_fast_params_for_test (fixture->store));
  g_assert_cmpint (nc_pin_check (fixture->store, "8642", NULL, &error), ==, NC_PIN_OK);
  nc_pin_use_fast_hash_for_tests (TRUE);
}

/* Writes the pin row's lock-out columns straight into the file, as a
 * child with the file (or a damaged disk) could, then reopens. */
static void
poke_pin_row (Fixture    *fixture,
              const char *assignments)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE pin SET %s WHERE id = 1", assignments);
  sqlite3 *db = NULL;

  g_clear_object (&fixture->store);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  reopen (fixture);
}

/* The failure count stops at NC_PIN_MAX_FAILURES: at G_MAXINT it used to
 * wrap round to a negative count, i.e. no wait at all, for ever. */
static void
test_counter_saturates (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *counts[] = { "2147483647", "2147483646", "9999999999", "-3", "1000000" };
  gint64 wait = 0;

  g_assert_true (nc_pin_set (fixture->store, "1357", &error));
  for (gsize i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *set = g_strdup_printf ("failures = %s, lock_remaining = 0", counts[i]);

      poke_pin_row (fixture, set);
      g_test_message ("failures = %s", counts[i]);
      g_assert_cmpint (nc_pin_get_failures (fixture->store), ==, NC_PIN_MAX_FAILURES);
      for (int k = 0; k < 3; k++)
        {
          g_assert_cmpint (nc_pin_check (fixture->store, "0000", &wait, &error), ==, NC_PIN_WRONG);
          g_assert_no_error (error);
          g_assert_cmpint (wait, ==, NC_PIN_MAX_LOCK_SECS);
          g_assert_cmpint (nc_pin_get_failures (fixture->store), ==, NC_PIN_MAX_FAILURES);
          g_assert_cmpint (nc_pin_check (fixture->store, "1357", &wait, &error), ==, NC_PIN_LOCKED);
          advance (wait);
        }
    }
  /* The right PIN after the longest wait still gets in and resets it. */
  g_assert_cmpint (nc_pin_check (fixture->store, "1357", &wait, &error), ==, NC_PIN_OK);
  g_assert_cmpint (nc_pin_get_failures (fixture->store), ==, 0);
}

/* A lock written years ahead (or clock readings that would overflow) is
 * read as the longest lock from now: the parent gets in after one day. */
static void
test_stored_lock_clamped (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *years = NULL;
  const char *clocks[] = {
    "obs_boot_id = 'boot-1'",                                           /* this boot */
    "obs_boot_id = 'boot-1', obs_boottime = -9223372036854775807",      /* would overflow */
    "obs_boot_id = 'boot-1', obs_boottime = 9223372036854775807",
    "obs_boot_id = 'other', wall_high = 9223372036854775807",            /* far-future wall clock */
    "obs_boot_id = 'other', obs_wall = -9223372036854775807, wall_high = -9223372036854775807",
  };

  g_assert_true (nc_pin_set (fixture->store, "1357", &error));
  for (gsize i = 0; i < G_N_ELEMENTS (clocks); i++)
    {
      g_autofree char *set = g_strdup_printf ("failures = 7, lock_remaining = %" G_GINT64_FORMAT ", %s",
                                              (gint64) 10 * 365 * 86400 * 1000, clocks[i]);
      gint64 wait = 0;

      g_test_message ("%s", set);
      poke_pin_row (fixture, set);
      g_assert_cmpint (nc_pin_get_wait_seconds (fixture->store), <=, NC_PIN_MAX_LOCK_SECS);
      g_assert_cmpint (nc_pin_check (fixture->store, "1357", &wait, &error), ==, NC_PIN_LOCKED);
      g_assert_no_error (error);
      g_assert_cmpint (wait, >, 0);
      g_assert_cmpint (wait, <=, NC_PIN_MAX_LOCK_SECS);
      advance (NC_PIN_MAX_LOCK_SECS);
      g_assert_cmpint (nc_pin_check (fixture->store, "1357", &wait, &error), ==, NC_PIN_OK);
      g_assert_no_error (error);
    }
  years = g_strdup_printf ("lock_remaining = %" G_GINT64_FORMAT, G_MAXINT64);
  poke_pin_row (fixture, years);
  g_assert_cmpint (nc_pin_get_wait_seconds (fixture->store), ==, NC_PIN_MAX_LOCK_SECS);
}

/* The documented rule for a hash that comes from a file (nc-pin.h). */
static void
test_hash_rule (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *weak = NULL;
  g_autofree char *today = NULL;
  g_autofree char *damaged = NULL;
  const char *bad[] = {
    "",
    "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo",
    "$argon2id$v=16$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo",
    "$argon2id$v=19$m=65536,t=2,p=2$c29tZXNhbHQ$aGFzaGhhc2hoYXNo",
    "$argon2id$v=19$m=65536,t=2$c29tZXNhbHQ$aGFzaGhhc2hoYXNo",
    "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo$extra",
    "$argon2id$v=19$m=65536,t=2,p=1$$aGFzaGhhc2hoYXNo",
    "$argon2id$v=19$m=65536,t=2,p=1$c29t ZXNhbHQ$aGFzaGhhc2hoYXNo",
    "$argon2id$v=19$m=+65536,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo",
    "$argon2id$v=19$m=4194304,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo",      /* 4 GiB per check */
    "$argon2id$v=19$m=65536,t=4000000000,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo",
    "$argon2id$v=19$m=65536,t=1,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo",        /* one pass */
    "$argon2id$v=19$m=8,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo",            /* 8 KiB */
  };

  /* Today's parameters, not the tests' fast ones. */
  g_assert_true (nc_pin_set (fixture->store, "2468", &error));
  weak = nc_pin_get_hash (fixture->store);
  nc_pin_use_fast_hash_for_tests (FALSE);
  g_assert_true (nc_pin_set (fixture->store, "2468", &error));
  today = nc_pin_get_hash (fixture->store);

  g_assert_false (nc_pin_set_hash (fixture->store, weak, &error));
  g_assert_error (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "weaker"));
  g_assert_nonnull (strstr (error->message, "pin set"));
  g_clear_error (&error);
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_false (nc_pin_set_hash (fixture->store, bad[i], &error));
      g_assert_error (error, NC_PIN_ERROR, NC_PIN_ERROR_INVALID);
      g_clear_error (&error);
    }
  /* None of them replaced the PIN. */
  g_assert_cmpint (nc_pin_check (fixture->store, "2468", NULL, &error), ==, NC_PIN_OK);

  g_assert_true (nc_pin_set_hash (fixture->store, today, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nc_pin_check (fixture->store, "2468", NULL, &error), ==, NC_PIN_OK);
  nc_pin_use_fast_hash_for_tests (TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pin/validate", test_validate);
  g_test_add_func ("/pin/check-pair", test_check_pair);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/pin/set-and-check", test_set_and_check);
  ADD ("/pin/never-in-clear", test_never_in_clear);
  ADD ("/pin/lockout-schedule", test_lockout_schedule);
  ADD ("/pin/lockout-survives-restart-and-clock", test_lockout_survives_restart_and_clock);
  ADD ("/pin/rehash", test_rehash);
  ADD ("/pin/counter-saturates", test_counter_saturates);
  ADD ("/pin/stored-lock-clamped", test_stored_lock_clamped);
  ADD ("/pin/hash-rule", test_hash_rule);
#undef ADD
  g_test_add_func ("/pin/attempt-saved-before-check", test_attempt_saved_before_check_parent);

  return g_test_run ();
}
