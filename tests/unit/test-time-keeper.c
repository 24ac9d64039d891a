/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-time-keeper.c — daily time limits on a real store, with a clock the
 * test moves by hand */
#include "config.h"

#include <glib/gstdio.h>

#include "nc-clock.h"
#include "nc-store.h"
#include "nc-time-keeper.h"
#include "nc-test-clock.h"
#include "nc-test-files.h"

static NcTestClock fake;

/* Real time passes: every clock moves. */
static void
pass (gint64 seconds)
{
  nc_test_clock_pass (&fake, seconds);
}

typedef struct {
  char         *dir;
  NcStore      *store;
  gint64        kid;
  NcTimeKeeper *keeper;
  GArray       *warnings;
  int           locked;
  int           unlocked;
} Fixture;

static void
warning_cb (NcTimeKeeper *keeper,
            int           minutes,
            Fixture      *fixture)
{
  g_array_append_val (fixture->warnings, minutes);
}

static void
locked_cb (NcTimeKeeper *keeper,
           Fixture      *fixture)
{
  fixture->locked++;
}

static void
unlocked_cb (NcTimeKeeper *keeper,
             Fixture      *fixture)
{
  fixture->unlocked++;
}

static void
new_keeper (Fixture *fixture)
{
  g_clear_object (&fixture->keeper);
  fixture->keeper = nc_time_keeper_new (fixture->store, fixture->kid);
  g_signal_connect (fixture->keeper, "warning", G_CALLBACK (warning_cb), fixture);
  g_signal_connect (fixture->keeper, "locked", G_CALLBACK (locked_cb), fixture);
  g_signal_connect (fixture->keeper, "unlocked", G_CALLBACK (unlocked_cb), fixture);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(NcProfile) profile = NULL;
  g_autoptr(GDateTime) noon = g_date_time_new_local (2026, 3, 10, 12, 0, 0);

  fake.wall_us = g_date_time_to_unix (noon) * G_USEC_PER_SEC;
  fake.monotonic_us = 50 * G_USEC_PER_SEC;
  fake.boottime_us = 60 * G_USEC_PER_SEC;
  g_strlcpy (fake.boot_id, "boot-1", sizeof fake.boot_id);
  nc_test_clock_use (&fake);

  fixture->dir = g_dir_make_tmp ("nc-time-XXXXXX", NULL);
  path = g_build_filename (fixture->dir, "netconduct.db", NULL);
  fixture->store = nc_store_open (path, &error);
  g_assert_no_error (error);
  fixture->kid = nc_store_add_profile (fixture->store, "Minh", "", NC_AGE_BAND_10_12, &error);
  profile = nc_store_get_profile (fixture->store, fixture->kid, &error);
  profile->daily_limit_minutes = 10;
  g_assert_true (nc_store_update_profile (fixture->store, profile, &error));
  g_assert_no_error (error);
  fixture->warnings = g_array_new (FALSE, FALSE, sizeof (int));
  new_keeper (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->keeper);
  g_clear_object (&fixture->store);
  g_array_unref (fixture->warnings);
  g_assert_true (nc_test_remove_tree (fixture->dir));
  g_free (fixture->dir);
  nc_clock_set_override_for_test (NULL, NULL);
}

/* Browses for @seconds, ticking every 10 s as the real timer would. */
static void
browse (Fixture *fixture,
        int      seconds)
{
  for (int t = 0; t < seconds; t += 10)
    {
      pass (MIN (10, seconds - t));
      nc_time_keeper_tick (fixture->keeper);
    }
}

static void
test_counts_warns_and_locks (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 600);
  nc_time_keeper_set_browsing (fixture->keeper, TRUE);
  browse (fixture, 290);
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 310);
  g_assert_cmpuint (fixture->warnings->len, ==, 0);
  browse (fixture, 10);
  g_assert_cmpuint (fixture->warnings->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->warnings, int, 0), ==, 5);
  browse (fixture, 240);
  g_assert_cmpuint (fixture->warnings->len, ==, 2);
  g_assert_cmpint (g_array_index (fixture->warnings, int, 1), ==, 1);
  g_assert_false (nc_time_keeper_is_locked (fixture->keeper));
  browse (fixture, 60);
  g_assert_true (nc_time_keeper_is_locked (fixture->keeper));
  g_assert_cmpint (fixture->locked, ==, 1);
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 0);

  /* Locked: more time passing does nothing, and the time is saved. */
  browse (fixture, 600);
  g_assert_cmpint (fixture->locked, ==, 1);
  g_assert_cmpint (nc_store_get_usage (fixture->store, fixture->kid,
                                       nc_time_keeper_get_day (fixture->keeper)), ==, 600);

  /* A parent grants 15 more minutes. */
  g_assert_true (nc_time_keeper_extend (fixture->keeper, 15, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->unlocked, ==, 1);
  g_assert_false (nc_time_keeper_is_locked (fixture->keeper));
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 900);
  browse (fixture, 600);
  g_assert_cmpint (g_array_index (fixture->warnings, int, fixture->warnings->len - 1), ==, 5);

  /* … or no limit today. */
  g_assert_true (nc_time_keeper_extend (fixture->keeper, NC_EXTENSION_NO_LIMIT, &error));
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, -1);
  browse (fixture, 3600);
  g_assert_false (nc_time_keeper_is_locked (fixture->keeper));
}

static void
test_lessons_never_count (Fixture       *fixture,
                          gconstpointer  data)
{
  nc_time_keeper_set_browsing (fixture->keeper, TRUE);
  browse (fixture, 120);
  nc_time_keeper_set_browsing (fixture->keeper, FALSE);   /* a lesson starts */
  browse (fixture, 3600);
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 480);
  nc_time_keeper_set_browsing (fixture->keeper, TRUE);
  browse (fixture, 60);
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 420);
}

static void
test_usage_survives_restart (Fixture       *fixture,
                             gconstpointer  data)
{
  nc_time_keeper_set_browsing (fixture->keeper, TRUE);
  browse (fixture, 200);
  new_keeper (fixture);          /* the old one saves on the way out */
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 400);
}

static void
test_clock_changes_grant_nothing (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *today = g_strdup (nc_time_keeper_get_day (fixture->keeper));

  nc_time_keeper_set_browsing (fixture->keeper, TRUE);
  browse (fixture, 300);
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 300);

  /* Clock forward two days while browsing: still the same day. */
  fake.wall_us += (gint64) 2 * 86400 * G_USEC_PER_SEC;
  browse (fixture, 10);
  g_assert_cmpstr (nc_time_keeper_get_day (fixture->keeper), ==, today);
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 290);

  /* The time to decide the allowed hours with has not moved either. */
  {
    g_autoptr(GDateTime) trusted = nc_time_keeper_get_trusted_now (fixture->keeper);
    g_assert_cmpint (g_date_time_get_hour (trusted), ==, 12);
    g_assert_cmpint (g_date_time_get_day_of_month (trusted), ==, 10);
  }

  /* Restart the app with the clock moved: same boot, same day. */
  new_keeper (fixture);
  g_assert_cmpstr (nc_time_keeper_get_day (fixture->keeper), ==, today);
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 290);

  /* Clock back three days and a reboot: never a day before the latest. */
  fake.wall_us -= (gint64) 5 * 86400 * G_USEC_PER_SEC;
  fake.boottime_us = fake.monotonic_us = 5 * G_USEC_PER_SEC;
  g_strlcpy (fake.boot_id, "boot-2", sizeof fake.boot_id);
  new_keeper (fixture);
  g_assert_cmpstr (nc_time_keeper_get_day (fixture->keeper), ==, today);
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 290);
}

static void
test_new_day_after_real_time (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *today = g_strdup (nc_time_keeper_get_day (fixture->keeper));

  nc_time_keeper_set_browsing (fixture->keeper, TRUE);
  browse (fixture, 600);
  g_assert_true (nc_time_keeper_is_locked (fixture->keeper));
  nc_time_keeper_set_browsing (fixture->keeper, FALSE);
  pass (86400);                              /* a real day passes */
  g_assert_cmpstr (nc_time_keeper_get_day (fixture->keeper), !=, today);
  g_assert_false (nc_time_keeper_is_locked (fixture->keeper));
  g_assert_cmpint (nc_time_keeper_get_remaining_seconds (fixture->keeper), ==, 600);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("TZ", "Asia/Ho_Chi_Minh", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/time-keeper/counts-warns-and-locks", test_counts_warns_and_locks);
  ADD ("/time-keeper/lessons-never-count", test_lessons_never_count);
  ADD ("/time-keeper/usage-survives-restart", test_usage_survives_restart);
  ADD ("/time-keeper/clock-changes-grant-nothing", test_clock_changes_grant_nothing);
  ADD ("/time-keeper/new-day-after-real-time", test_new_day_after_real_time);
#undef ADD

  return g_test_run ();
}
