/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store.c — NcStore on a real SQLite file */
#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nc-list-folder.h"
#include "nc-managed.h"
#include "nc-paths.h"
#include "nc-store.h"
#include "nc-store-private.h"
#include "nc-url-host.h"
#include "nc-test-files.h"

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
  g_assert_true (nc_test_remove_tree (fixture->dir));
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

/* A damaged file with no backup: moved aside, a fresh database in the
 * strictest settings, and a notice for the parent that survives a restart. */
static void
test_garbage_file_recovers_fresh (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean moved_aside = FALSE;
  char garbage[8192];

  for (gsize i = 0; i < sizeof garbage; i++)
    garbage[i] = (char) (i * 7919 % 251);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, garbage, sizeof garbage, NULL));

  store = nc_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nc_store_get_recovery (store), ==, NC_STORE_RECOVERY_FRESH);

  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".damaged-") != NULL)
      {
        g_autofree char *aside = g_build_filename (folder, name, NULL);
        g_autofree char *contents = NULL;
        gsize length = 0;
        g_assert_true (g_file_get_contents (aside, &contents, &length, NULL));
        if (length == sizeof garbage && memcmp (contents, garbage, length) == 0)
          moved_aside = TRUE;
      }
  g_assert_true (moved_aside);

  /* Strictest rules for every profile until a parent clears the notice. */
  {
    gint64 id = nc_store_add_profile (store, "Lan", "", NC_AGE_BAND_16_17, &error);
    g_autoptr(NcProfileRules) rules = NULL;
    g_assert_no_error (error);
    rules = nc_store_get_profile_rules (store, id, &error);
    g_assert_no_error (error);
    g_assert_true (nc_profile_rules_is_allow_list_only (rules));
    g_assert_false (nc_profile_rules_is_social_allowed (rules));
  }
  g_clear_object (&store);
  store = nc_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nc_store_get_recovery (store), ==, NC_STORE_RECOVERY_FRESH);
  g_assert_true (nc_store_clear_recovery (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  store = nc_store_open (fixture->path, &error);
  g_assert_cmpint (nc_store_get_recovery (store), ==, NC_STORE_RECOVERY_NONE);
}

/* A damaged file with backups: the newest good backup comes back. */
static void
test_damaged_file_restores_backup (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = nc_store_open (fixture->path, &error);
  g_autofree char *newest = NULL;
  g_autoptr(NcProfile) found = NULL;
  char garbage[4096];

  g_assert_no_error (error);
  g_assert_cmpint (nc_store_add_profile (store, "First", "", NC_AGE_BAND_6_9, &error), >, 0);
  g_assert_true (nc_store_backup_now (store, &error));
  g_assert_cmpint (nc_store_add_profile (store, "Second", "", NC_AGE_BAND_10_12, &error), >, 0);
  g_assert_true (nc_store_backup_now (store, &error));
  g_assert_no_error (error);
  newest = nc_store_get_backup_path (store, 1);
  g_clear_object (&store);

  /* Damage the newest backup too: the one before it must be used. */
  memset (garbage, 0x5a, sizeof garbage);
  g_assert_true (g_file_set_contents (newest, garbage, sizeof garbage, NULL));
  g_assert_true (g_file_set_contents (fixture->path, garbage, sizeof garbage, NULL));

  store = nc_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nc_store_get_recovery (store), ==, NC_STORE_RECOVERY_RESTORED_BACKUP);
  found = nc_store_find_profile (store, "First", &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_null (nc_store_find_profile (store, "Second", NULL));
}

static void
test_unwritable_folder_gives_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = nc_store_open ("/proc/nc-cannot-exist/netconduct.db", &error);

  g_assert_null (store);
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_OPEN);
}

static NcStore *
open_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  NcStore *store = nc_store_open (fixture->path, &error);

  g_assert_no_error (error);
  return store;
}

static void
test_profiles (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = open_store (fixture);
  g_autoptr(NcProfile) young = NULL;
  g_autoptr(NcProfile) teen = NULL;
  g_autoptr(GPtrArray) all = NULL;
  gint64 a, b;

  a = nc_store_add_profile (store, "An", "🐱", NC_AGE_BAND_6_9, &error);
  g_assert_no_error (error);
  b = nc_store_add_profile (store, "Bình", "avatar-default-symbolic", NC_AGE_BAND_13_15, &error);
  g_assert_no_error (error);
  g_assert_cmpint (a, >, 0);
  g_assert_cmpint (b, !=, a);

  /* Age-band defaults: 6–9 allow-list only, no social sites. */
  young = nc_store_get_profile (store, a, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (young->name, ==, "An");
  g_assert_cmpstr (young->avatar, ==, "🐱");
  g_assert_true (young->allow_list_only);
  g_assert_false (young->social_allowed);
  g_assert_false (young->post_anyway_allowed);
  g_assert_cmpint (young->daily_limit_minutes, >, 0);
  g_assert_true (young->blocked_categories & (1u << NC_SITE_CATEGORY_ADULT));
  teen = nc_store_find_profile (store, "Bình", &error);
  g_assert_no_error (error);
  g_assert_false (teen->allow_list_only);
  g_assert_true (teen->social_allowed);

  /* Duplicate or empty names are refused. */
  g_assert_cmpint (nc_store_add_profile (store, "An", "", NC_AGE_BAND_10_12, &error), ==, 0);
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (nc_store_add_profile (store, "   ", "", NC_AGE_BAND_10_12, &error), ==, 0);
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Update round-trips every field. */
  young->social_allowed = TRUE;
  young->daily_limit_minutes = 45;
  young->allowed_hours[6] = 0x00ff00;
  g_free (young->language);
  young->language = g_strdup ("vi");
  g_assert_true (nc_store_update_profile (store, young, &error));
  g_assert_no_error (error);
  g_clear_pointer (&young, nc_profile_free);
  young = nc_store_get_profile (store, a, &error);
  g_assert_true (young->social_allowed);
  g_assert_cmpint (young->daily_limit_minutes, ==, 45);
  g_assert_cmpuint (young->allowed_hours[6], ==, 0x00ff00);
  g_assert_cmpstr (young->language, ==, "vi");

  g_free (young->language);
  young->language = g_strdup ("fr");
  g_assert_false (nc_store_update_profile (store, young, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  all = nc_store_list_profiles (store, &error);
  g_assert_cmpuint (all->len, ==, 2);

  /* Removing a profile removes what belongs to it. */
  g_assert_true (nc_store_add_host (store, b, NC_LIST_BLOCK, "example.com", &error));
  g_assert_true (nc_store_add_usage (store, b, "2026-01-02", 60, &error));
  g_assert_true (nc_store_remove_profile (store, b, &error));
  g_assert_no_error (error);
  g_assert_null (nc_store_get_profile (store, b, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (nc_store_get_usage (store, b, "2026-01-02"), ==, 0);
  g_assert_false (nc_store_remove_profile (store, b, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_NOT_FOUND);
}

static void
test_lists_and_rules (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = open_store (fixture);
  g_autoptr(NcProfileRules) rules = NULL;
  g_auto(GStrv) allow = NULL;
  g_auto(GStrv) block = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  gint64 kid = nc_store_add_profile (store, "Chi", "", NC_AGE_BAND_10_12, &error);
  gint64 list_id;

  g_assert_no_error (error);
  g_assert_true (nc_store_add_host (store, kid, NC_LIST_ALLOW, "https://Vi.Wikipedia.org./wiki/A", &error));
  g_assert_true (nc_store_add_host (store, NC_PROFILE_EVERYONE, NC_LIST_BLOCK, "bad.example", &error));
  g_assert_true (nc_store_add_host (store, kid, NC_LIST_BLOCK, "games.example", &error));
  g_assert_true (nc_store_add_host (store, kid, NC_LIST_BLOCK, "bücher.example", &error));
  g_assert_no_error (error);

  /* On one list at a time: allowing a blocked host unblocks it. */
  g_assert_true (nc_store_add_host (store, kid, NC_LIST_ALLOW, "games.example", &error));
  allow = nc_store_list_hosts (store, kid, NC_LIST_ALLOW, &error);
  block = nc_store_list_hosts (store, kid, NC_LIST_BLOCK, &error);
  g_assert_cmpuint (g_strv_length (allow), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) allow, "vi.wikipedia.org"));
  g_assert_true (g_strv_contains ((const char * const *) allow, "games.example"));
  g_assert_cmpuint (g_strv_length (block), ==, 1);
  g_assert_cmpstr (block[0], ==, "xn--bcher-kva.example");

  g_assert_false (nc_store_add_host (store, kid, NC_LIST_ALLOW, "not a host/", &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nc_store_add_host (store, 999, NC_LIST_ALLOW, "x.example", &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (nc_store_remove_host (store, kid, NC_LIST_BLOCK, "never.example", &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Rules merge everyone's lists with the profile's. */
  rules = nc_store_get_profile_rules (store, kid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nc_profile_rules_get_age_band (rules), ==, NC_AGE_BAND_10_12);
  g_assert_false (nc_profile_rules_is_allow_list_only (rules));
  g_assert_true (g_strv_contains (nc_profile_rules_get_parent_block (rules), "bad.example"));
  g_assert_true (g_strv_contains (nc_profile_rules_get_parent_block (rules), "xn--bcher-kva.example"));
  g_assert_true (g_strv_contains (nc_profile_rules_get_parent_allow (rules), "vi.wikipedia.org"));
  g_assert_cmpuint (nc_profile_rules_get_allowed_hours (rules, 0), !=, 0);
  g_assert_null (nc_store_get_profile_rules (store, 4242, NULL));

  list_id = nc_store_add_category_list (store, "School blocks", NC_SITE_CATEGORY_GAMBLING,
                                        "/tmp/in.txt", 1234, "/tmp/out.ncset", &error);
  g_assert_no_error (error);
  lists = nc_store_list_category_lists (store, &error);
  g_assert_cmpuint (lists->len, ==, 1);
  g_assert_cmpstr (((NcCategoryList *) lists->pdata[0])->name, ==, "School blocks");
  g_assert_cmpint (((NcCategoryList *) lists->pdata[0])->domain_count, ==, 1234);
  g_assert_cmpint (((NcCategoryList *) lists->pdata[0])->category, ==, NC_SITE_CATEGORY_GAMBLING);
  g_assert_true (nc_store_remove_category_list (store, list_id, &error));
  g_assert_false (nc_store_remove_category_list (store, list_id, NULL));
}

static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = open_store (fixture);
  g_autofree char *lang = NULL;

  g_assert_cmpint (nc_store_get_int (store, NC_SETTING_RETENTION_DAYS, 90), ==, 90);
  g_assert_false (nc_store_get_boolean (store, NC_SETTING_FIRST_RUN_DONE, FALSE));
  g_assert_true (nc_store_set_int (store, NC_SETTING_RETENTION_DAYS, 30, &error));
  g_assert_true (nc_store_set_boolean (store, NC_SETTING_FIRST_RUN_DONE, TRUE, &error));
  g_assert_true (nc_store_set_string (store, NC_SETTING_UI_LANGUAGE, "vi", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = open_store (fixture);
  g_assert_cmpint (nc_store_get_int (store, NC_SETTING_RETENTION_DAYS, 90), ==, 30);
  g_assert_true (nc_store_get_boolean (store, NC_SETTING_FIRST_RUN_DONE, FALSE));
  lang = nc_store_get_string (store, NC_SETTING_UI_LANGUAGE, "");
  g_assert_cmpstr (lang, ==, "vi");
  g_assert_true (nc_store_unset (store, NC_SETTING_RETENTION_DAYS, &error));
  g_assert_cmpint (nc_store_get_int (store, NC_SETTING_RETENTION_DAYS, 90), ==, 90);
}

static void
test_time (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = open_store (fixture);
  gint64 kid = nc_store_add_profile (store, "Dung", "", NC_AGE_BAND_6_9, &error);
  g_autoptr(GPtrArray) minutes = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = nc_store_day_key (now);

  g_assert_true (nc_store_add_usage (store, kid, today, 90, &error));
  g_assert_true (nc_store_add_usage (store, kid, today, 30, &error));
  g_assert_cmpint (nc_store_get_usage (store, kid, today), ==, 120);
  g_assert_cmpint (nc_store_get_usage (store, kid, "2001-01-01"), ==, 0);

  g_assert_cmpint (nc_store_get_extension (store, kid, today), ==, 0);
  g_assert_true (nc_store_grant_extension (store, kid, today, 15, &error));
  g_assert_true (nc_store_grant_extension (store, kid, today, 30, &error));
  g_assert_cmpint (nc_store_get_extension (store, kid, today), ==, 45);
  g_assert_true (nc_store_grant_extension (store, kid, today, NC_EXTENSION_NO_LIMIT, &error));
  g_assert_true (nc_store_grant_extension (store, kid, today, 15, &error));
  g_assert_cmpint (nc_store_get_extension (store, kid, today), ==, NC_EXTENSION_NO_LIMIT);
  g_assert_false (nc_store_grant_extension (store, kid, today, 0, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  minutes = nc_store_minutes_per_day (store, kid, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (minutes->len, ==, 7);
  g_assert_cmpstr (((NcCount *) minutes->pdata[6])->key, ==, today);
  g_assert_cmpint (((NcCount *) minutes->pdata[6])->count, ==, 2);
  g_assert_cmpint (((NcCount *) minutes->pdata[0])->count, ==, 0);
}

static void
test_activity (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = open_store (fixture);
  gint64 kid = nc_store_add_profile (store, "Em", "", NC_AGE_BAND_13_15, &error);
  g_autoptr(GPtrArray) by_ref = NULL;
  g_autoptr(GPtrArray) by_host = NULL;
  char long_text[400];

  for (int i = 0; i < 3; i++)
    g_assert_true (nc_store_log_activity (store, kid, "facebook.com", "4.5", "warned", &error));
  g_assert_true (nc_store_log_activity (store, kid, "tiktok.com", "3.3", "posted-anyway", &error));
  g_assert_true (nc_store_log_activity (store, kid, "casino.example", NULL, "blocked", &error));
  g_assert_no_error (error);

  /* Text never goes in: values that look like sentences are refused. */
  memset (long_text, 'a', sizeof long_text - 1);
  long_text[sizeof long_text - 1] = '\0';
  g_assert_false (nc_store_log_activity (store, kid, "x.example", "4.5", long_text, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  by_ref = nc_store_count_warnings_by_ref (store, kid, 7, &error);
  g_assert_cmpuint (by_ref->len, ==, 2);
  g_assert_cmpstr (((NcCount *) by_ref->pdata[0])->key, ==, "4.5");
  g_assert_cmpint (((NcCount *) by_ref->pdata[0])->count, ==, 3);
  by_host = nc_store_count_warnings_by_host (store, 0, 7, &error);
  g_assert_cmpuint (by_host->len, ==, 2);
  g_assert_cmpstr (((NcCount *) by_host->pdata[1])->key, ==, "tiktok.com");

  /* Entries older than the retention period go. */
  poke_sql (fixture->path, "UPDATE activity SET at = at - 91 * 86400 WHERE host = 'facebook.com'");
  g_assert_cmpint (nc_store_expire_activity (store, &error), ==, 3);
  g_clear_pointer (&by_ref, g_ptr_array_unref);
  by_ref = nc_store_count_warnings_by_ref (store, kid, 365, &error);
  g_assert_cmpuint (by_ref->len, ==, 1);
  g_assert_true (nc_store_set_int (store, NC_SETTING_RETENTION_DAYS, 1, &error));
  poke_sql (fixture->path, "UPDATE activity SET at = at - 2 * 86400");
  g_assert_cmpint (nc_store_expire_activity (store, &error), ==, 2);
}

static void
test_lessons (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = open_store (fixture);
  gint64 kid = nc_store_add_profile (store, "Giang", "", NC_AGE_BAND_10_12, &error);
  g_autoptr(NcLessonProgress) none = NULL;
  g_autoptr(NcLessonProgress) one = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) due = NULL;
  const gint64 day = 86400, t0 = 1700000000;

  none = nc_store_get_lesson_progress (store, kid, "respect", &error);
  g_assert_cmpint (none->state, ==, NC_LESSON_NEW);
  g_assert_true (nc_store_set_lesson_progress (store, kid, "respect", NC_LESSON_IN_PROGRESS, 40, 0, &error));
  g_assert_true (nc_store_set_lesson_progress (store, kid, "privacy", NC_LESSON_DONE, 100, t0, &error));
  g_assert_no_error (error);
  one = nc_store_get_lesson_progress (store, kid, "privacy", &error);
  g_assert_cmpint (one->state, ==, NC_LESSON_DONE);
  g_assert_cmpint (one->score, ==, 100);
  g_assert_cmpint (one->completed_at, ==, t0);
  all = nc_store_list_lesson_progress (store, kid, &error);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_false (nc_store_set_lesson_progress (store, kid, "x", NC_LESSON_DONE, 101, 0, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Spaced review: correct -> 1, 3, 7 days; wrong -> again soon. */
  g_assert_true (nc_store_record_answer (store, kid, "respect", "q1", TRUE, t0, &error));
  g_assert_true (nc_store_record_answer (store, kid, "respect", "q2", FALSE, t0, &error));
  due = nc_store_list_due_reviews (store, kid, t0 + 3600, &error);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpstr (((NcReviewItem *) due->pdata[0])->item_id, ==, "q2");
  g_clear_pointer (&due, g_ptr_array_unref);
  due = nc_store_list_due_reviews (store, kid, t0 + day - 1, &error);
  g_assert_cmpuint (due->len, ==, 1);
  g_clear_pointer (&due, g_ptr_array_unref);
  due = nc_store_list_due_reviews (store, kid, t0 + day, &error);
  g_assert_cmpuint (due->len, ==, 2);
  g_clear_pointer (&due, g_ptr_array_unref);

  g_assert_true (nc_store_record_answer (store, kid, "respect", "q1", TRUE, t0 + day, &error));
  due = nc_store_list_due_reviews (store, kid, t0 + 4 * day - 1, &error);
  g_assert_false (due->len == 1 && g_strcmp0 (((NcReviewItem *) due->pdata[0])->item_id, "q1") == 0);
  g_clear_pointer (&due, g_ptr_array_unref);
  g_assert_true (nc_store_record_answer (store, kid, "respect", "q1", TRUE, t0 + 4 * day, &error));
  due = nc_store_list_due_reviews (store, kid, t0 + 11 * day - 1, &error);
  for (guint i = 0; i < due->len; i++)
    g_assert_cmpstr (((NcReviewItem *) due->pdata[i])->item_id, !=, "q1");
  g_clear_pointer (&due, g_ptr_array_unref);
  /* A wrong answer resets the interval. */
  g_assert_true (nc_store_record_answer (store, kid, "respect", "q1", FALSE, t0 + 5 * day, &error));
  due = nc_store_list_due_reviews (store, kid, t0 + 5 * day + 3600, &error);
  g_assert_cmpuint (due->len, ==, 2);
}

typedef struct {
  GPtrArray *seen;
} Changes;

static void
changed_cb (NcStore    *store,
            const char *what,
            gpointer    data)
{
  g_ptr_array_add (data, g_strdup (what));
}

static void
test_changed_and_transactions (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = open_store (fixture);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) only_lists = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) profiles = NULL;
  gint64 kid;

  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), seen);
  g_signal_connect (store, "changed::lists", G_CALLBACK (changed_cb), only_lists);

  kid = nc_store_add_profile (store, "Hoa", "", NC_AGE_BAND_6_9, &error);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (seen->pdata[0], ==, "profiles");
  g_assert_cmpuint (only_lists->len, ==, 0);

  /* Inside a transaction: nothing until the commit, then once each. */
  g_assert_true (nc_store_begin (store, &error));
  g_assert_true (nc_store_add_host (store, kid, NC_LIST_ALLOW, "a.example", &error));
  g_assert_true (nc_store_add_host (store, kid, NC_LIST_ALLOW, "b.example", &error));
  g_assert_true (nc_store_set_int (store, "x", 1, &error));
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_true (nc_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 3);
  g_assert_cmpuint (only_lists->len, ==, 1);

  /* A rollback undoes every row and emits nothing. */
  g_assert_true (nc_store_begin (store, &error));
  g_assert_cmpint (nc_store_add_profile (store, "Khoa", "", NC_AGE_BAND_6_9, &error), >, 0);
  g_assert_true (nc_store_add_host (store, kid, NC_LIST_BLOCK, "a.example", &error));
  nc_store_rollback (store);
  g_assert_cmpuint (seen->len, ==, 3);
  profiles = nc_store_list_profiles (store, &error);
  g_assert_cmpuint (profiles->len, ==, 1);
  {
    g_auto(GStrv) allow = nc_store_list_hosts (store, kid, NC_LIST_ALLOW, &error);
    g_assert_cmpuint (g_strv_length (allow), ==, 2);
  }
}

/* A change by another process (netconductctl) reaches open windows. */
static void
test_external_changes (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) window = open_store (fixture);
  g_autoptr(NcStore) tool = open_store (fixture);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  struct stat st;

  g_signal_connect (window, "changed::profiles", G_CALLBACK (changed_cb), seen);
  g_assert_false (nc_store_check_external_changes (window));
  g_assert_cmpint (nc_store_add_profile (tool, "Quang", "", NC_AGE_BAND_6_9, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (nc_store_check_external_changes (window));
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_false (nc_store_check_external_changes (window));
  /* Its own writes are announced at commit, not again. */
  g_assert_cmpint (nc_store_add_profile (window, "Sen", "", NC_AGE_BAND_6_9, &error), >, 0);
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_false (nc_store_check_external_changes (window));

  /* The file holds the PIN hash: owner only. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

/* A database another process holds locked is busy, not damaged: it must
 * not be moved aside and replaced. */
static void
test_busy_file_not_recovered (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = open_store (fixture);
  g_autoptr(NcStore) again = NULL;
  sqlite3 *holder = NULL;

  g_assert_cmpint (nc_store_add_profile (store, "Kept", "", NC_AGE_BAND_6_9, &error), >, 0);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (fixture->path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", NULL, NULL, NULL), ==, SQLITE_OK);
  again = nc_store_open (fixture->path, &error);
  g_assert_null (again);
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_OPEN);
  g_clear_error (&error);
  sqlite3_exec (holder, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (holder);

  again = nc_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nc_store_get_recovery (again), ==, NC_STORE_RECOVERY_NONE);
  g_assert_nonnull (nc_store_find_profile (again, "Kept", NULL));
}

/* Builds a database at every older schema version with data in it, as an
 * older NetConduct left it, and opens it with this one. */
static void
test_migrations_from_every_version (Fixture       *fixture,
                                    gconstpointer  data)
{
  for (int version = 0; version < nc_store_get_latest_version (); version++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(NcStore) store = NULL;
      g_autofree char *path = g_strdup_printf ("%s/v%d.db", fixture->dir, version);
      g_autoptr(GPtrArray) profiles = NULL;

      g_assert_true (nc_store_create_at_version (path, version, &error));
      g_assert_no_error (error);
      if (version >= 2)
        poke_sql (path, "INSERT INTO profiles (name, age_band, hours_mon) VALUES ('Old', 1, 255);"
                        "INSERT INTO settings VALUES ('retention-days', '45');"
                        "INSERT INTO host_rules VALUES (NULL, 'old.example', 1);");

      store = nc_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (nc_store_get_schema_version (store), ==, nc_store_get_latest_version ());
      g_assert_cmpint (nc_store_get_recovery (store), ==, NC_STORE_RECOVERY_NONE);
      profiles = nc_store_list_profiles (store, &error);
      g_assert_no_error (error);
      if (version >= 2)
        {
          g_auto(GStrv) block = nc_store_list_hosts (store, 0, NC_LIST_BLOCK, &error);
          g_assert_cmpuint (profiles->len, ==, 1);
          g_assert_cmpstr (((NcProfile *) profiles->pdata[0])->name, ==, "Old");
          g_assert_cmpuint (((NcProfile *) profiles->pdata[0])->allowed_hours[0], ==, 255);
          /* A child's profile gets the categories added since (mirrors). */
          g_assert_cmpuint (((NcProfile *) profiles->pdata[0])->blocked_categories &
                            (1u << NC_SITE_CATEGORY_MIRROR), !=, 0);
          g_assert_cmpint (nc_store_get_int (store, NC_SETTING_RETENTION_DAYS, 90), ==, 45);
          g_assert_cmpstr (block[0], ==, "old.example");
        }
      else
        g_assert_cmpuint (profiles->len, ==, 0);
      /* Every table of the latest schema works. */
      g_assert_cmpint (nc_store_add_profile (store, "New", "", NC_AGE_BAND_ADULT, &error), >, 0);
      g_assert_no_error (error);
    }
}

/* Backups rotate and keep NC_STORE_BACKUPS_KEPT files. */
static void
test_backups_rotate (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = open_store (fixture);
  g_autofree char *beyond = NULL;

  for (int i = 0; i < NC_STORE_BACKUPS_KEPT + 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("P%d", i);
      g_assert_cmpint (nc_store_add_profile (store, name, "", NC_AGE_BAND_6_9, &error), >, 0);
      g_assert_true (nc_store_backup_now (store, &error));
      g_assert_no_error (error);
    }
  for (int n = 1; n <= NC_STORE_BACKUPS_KEPT; n++)
    {
      g_autofree char *path = nc_store_get_backup_path (store, n);
      g_autoptr(NcStore) copy = NULL;
      g_autoptr(GPtrArray) profiles = NULL;
      g_autofree char *scratch = g_strdup_printf ("%s/copy%d.db", fixture->dir, n);

      nc_test_copy_file (path, scratch);
      copy = nc_store_open (scratch, &error);
      g_assert_no_error (error);
      profiles = nc_store_list_profiles (copy, &error);
      g_assert_cmpuint (profiles->len, ==, NC_STORE_BACKUPS_KEPT + 2 - (n - 1));
    }
  {
    g_autofree char *newest = nc_store_get_backup_path (store, 1);
    struct stat st;
    g_assert_cmpint (g_stat (newest, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
  beyond = nc_store_get_backup_path (store, NC_STORE_BACKUPS_KEPT + 1);
  g_assert_false (g_file_test (beyond, G_FILE_TEST_EXISTS));

  /* Closing after a change takes a backup by itself. */
  g_assert_true (nc_store_add_host (store, 0, NC_LIST_BLOCK, "late.example", &error));
  g_clear_object (&store);
  {
    g_autofree char *newest = g_strdup_printf ("%s.backup-1", fixture->path);
    g_autofree char *scratch = g_strdup_printf ("%s/late.db", fixture->dir);
    g_autoptr(NcStore) copy = NULL;
    g_auto(GStrv) block = NULL;

    nc_test_copy_file (newest, scratch);
    copy = nc_store_open (scratch, &error);
    block = nc_store_list_hosts (copy, 0, NC_LIST_BLOCK, &error);
    g_assert_true (g_strv_contains ((const char * const *) block, "late.example"));
  }
}

/* Administrator policy files override and lock settings. */
static void
test_managed_policy (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autofree char *policy_dir = g_build_filename (fixture->dir, "policy.d", NULL);
  g_autofree char *file_a = g_build_filename (policy_dir, "10-school.ini", NULL);
  g_autofree char *file_b = g_build_filename (policy_dir, "20-lab.ini", NULL);
  g_autoptr(NcProfile) profile = NULL;
  g_autoptr(NcProfileRules) rules = NULL;
  gint64 kid;

  g_assert_cmpint (g_mkdir_with_parents (policy_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file_a,
      "[settings]\nretention-days=30\n"
      "[profiles]\nsocial-allowed=false\ndaily-limit-minutes=60\n"
      "[lists]\nblock=tiktok.com;Casino.Example\n", -1, NULL));
  g_assert_true (g_file_set_contents (file_b,
      "[settings]\nretention-days=14\n[lists]\nallow=school.edu.vn\n", -1, NULL));
  g_setenv ("NETCONDUCT_POLICY_DIR", policy_dir, TRUE);

  store = open_store (fixture);
  g_unsetenv ("NETCONDUCT_POLICY_DIR");

  g_assert_true (nc_store_is_locked (store, NC_SETTING_RETENTION_DAYS));
  g_assert_false (nc_store_is_locked (store, NC_SETTING_FIRST_RUN_DONE));
  g_assert_true (nc_store_is_locked (store, "profile.social-allowed"));
  g_assert_cmpint (nc_store_get_int (store, NC_SETTING_RETENTION_DAYS, 90), ==, 14);
  g_assert_false (nc_store_set_int (store, NC_SETTING_RETENTION_DAYS, 365, &error));
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_LOCKED);
  g_clear_error (&error);

  kid = nc_store_add_profile (store, "Lan", "", NC_AGE_BAND_16_17, &error);
  profile = nc_store_get_profile (store, kid, &error);
  g_assert_false (profile->social_allowed);
  g_assert_cmpint (profile->daily_limit_minutes, ==, 60);
  rules = nc_store_get_profile_rules (store, kid, &error);
  g_assert_false (nc_profile_rules_is_social_allowed (rules));
  g_assert_true (g_strv_contains (nc_profile_rules_get_parent_block (rules), "casino.example"));
  g_assert_true (g_strv_contains (nc_profile_rules_get_parent_block (rules), "tiktok.com"));
  g_assert_true (g_strv_contains (nc_profile_rules_get_parent_allow (rules), "school.edu.vn"));
  {
    g_auto(GStrv) stored = nc_store_list_hosts (store, 0, NC_LIST_BLOCK, &error);
    g_auto(GStrv) locked = nc_store_list_locked_hosts (store, NC_LIST_BLOCK);
    g_assert_cmpuint (g_strv_length (stored), ==, 0);
    g_assert_cmpuint (g_strv_length (locked), ==, 2);
  }
}

/* A younger child cannot take an older child's profile, which has more
 * freedom, without the parent PIN; the youngest child's own profile, and
 * any profile of the same age, open freely. A parent can turn this off. */
static void
test_profile_needs_pin (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = open_store (fixture);
  gint64 young, twin, teen;

  young = nc_store_add_profile (store, "An", "", NC_AGE_BAND_6_9, &error);
  g_assert_no_error (error);
  /* One child: nothing to protect from a sibling. */
  g_assert_false (nc_store_profile_needs_pin (store, young));

  teen = nc_store_add_profile (store, "Bình", "", NC_AGE_BAND_13_15, &error);
  twin = nc_store_add_profile (store, "Chi", "", NC_AGE_BAND_6_9, &error);
  g_assert_no_error (error);
  g_assert_false (nc_store_profile_needs_pin (store, young));
  g_assert_false (nc_store_profile_needs_pin (store, twin));
  g_assert_true (nc_store_profile_needs_pin (store, teen));
  /* A profile that is not there never opens without the PIN. */
  g_assert_true (nc_store_profile_needs_pin (store, teen + twin + 100));

  g_assert_true (nc_store_set_boolean (store, NC_SETTING_PIN_FOR_OLDER, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (nc_store_profile_needs_pin (store, teen));

  /* The youngest child grows up: the rule follows the profiles. */
  g_assert_true (nc_store_set_boolean (store, NC_SETTING_PIN_FOR_OLDER, TRUE, &error));
  g_assert_true (nc_store_remove_profile (store, young, &error));
  g_assert_true (nc_store_remove_profile (store, twin, &error));
  g_assert_no_error (error);
  g_assert_false (nc_store_profile_needs_pin (store, teen));
}

/* Whether one of @problems holds every one of the NULL-ended @parts. */
static gboolean
problem_says (const char * const *problems,
              ...)
{
  for (gsize i = 0; problems[i] != NULL; i++)
    {
      gboolean all = TRUE;
      const char *part;
      va_list args;

      va_start (args, problems);
      while ((part = va_arg (args, const char *)) != NULL)
        all = all && strstr (problems[i], part) != NULL;
      va_end (args);
      if (all)
        return TRUE;
    }
  return FALSE;
}

static NcStore *
open_with_policy (Fixture    *fixture,
                  const char *policy_dir)
{
  NcStore *store;

  g_setenv ("NETCONDUCT_POLICY_DIR", policy_dir, TRUE);
  store = open_store (fixture);
  g_unsetenv ("NETCONDUCT_POLICY_DIR");
  return store;
}

/* A value that does not parse takes the strictest value, with a notice
 * naming the file and line; the administrator stays final over the local
 * lists (social-allowed=false beats a local allow of facebook.com). */
static void
test_managed_bad_values (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autofree char *policy_dir = g_build_filename (fixture->dir, "policy.d", NULL);
  g_autofree char *file = g_build_filename (policy_dir, "10-typos.ini", NULL);
  g_autofree char *at_3 = g_strdup_printf ("%s:3:", file);
  g_autofree char *at_4 = g_strdup_printf ("%s:4:", file);
  g_autofree char *at_5 = g_strdup_printf ("%s:5:", file);
  g_autofree char *at_6 = g_strdup_printf ("%s:6:", file);
  g_autofree char *at_9 = g_strdup_printf ("%s:9:", file);
  g_autoptr(NcProfile) profile = NULL;
  g_autoptr(NcProfileRules) rules = NULL;
  const char * const *problems;
  gint64 kid;

  g_assert_cmpint (g_mkdir_with_parents (policy_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file,
      "[profiles]\n"
      "# a comment\n"
      "daily-limit-minutes=thirty\n"
      "social-allowed=ja\n"
      "allow-list-only = maybe\n"
      "blocked-categories=adult;sweets\n"
      "[settings]\n"
      "pin-for-older-profile=nope\n"
      "retention-days=-3\n", -1, NULL));
  store = open_with_policy (fixture, policy_dir);
  problems = nc_store_get_policy_problems (store);
  g_assert_true (problem_says (problems, at_3, "thirty", "daily-limit-minutes", NULL));
  g_assert_true (problem_says (problems, at_4, "ja", "social-allowed", NULL));
  g_assert_true (problem_says (problems, at_5, "maybe", NULL));
  g_assert_true (problem_says (problems, at_6, "sweets", NULL));
  g_assert_true (problem_says (problems, at_9, "-3", NULL));
  g_assert_true (problem_says (problems, "pin-for-older-profile", NULL));

  kid = nc_store_add_profile (store, "Lan", "", NC_AGE_BAND_16_17, &error);
  g_assert_no_error (error);
  g_assert_true (nc_store_add_host (store, kid, NC_LIST_ALLOW, "facebook.com", &error));
  g_assert_true (nc_store_add_host (store, 0, NC_LIST_ALLOW, "casino.example", &error));
  profile = nc_store_get_profile (store, kid, &error);
  g_assert_cmpint (profile->daily_limit_minutes, ==, 1);     /* not "no limit" */
  g_assert_false (profile->social_allowed);
  g_assert_true (profile->allow_list_only);
  g_assert_cmpuint (profile->blocked_categories, ==, (1u << NC_N_SITE_CATEGORIES) - 1);
  g_assert_true (nc_store_get_boolean (store, NC_SETTING_PIN_FOR_OLDER, FALSE));
  g_assert_cmpint (nc_store_get_int (store, NC_SETTING_RETENTION_DAYS, 90), ==, 1);
  g_assert_true (nc_store_is_locked (store, "profile.daily-limit-minutes"));

  rules = nc_store_get_profile_rules (store, kid, &error);
  g_assert_true (g_strv_contains (nc_profile_rules_get_parent_allow (rules), "facebook.com"));
  g_assert_cmpuint (nc_profile_rules_get_locked_categories (rules), ==, (1u << NC_N_SITE_CATEGORIES) - 1);
}

/* A policy file that exists but cannot be read (not a regular file, a
 * dangling link, not UTF-8, not a keyfile) fails closed for every key a
 * school can lock, whatever the other files say, and is named. */
static void
test_managed_unreadable (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char *kinds[] = { "fifo", "dangling", "binary", "syntax", "folder" };

  for (gsize k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(NcStore) store = NULL;
      g_autofree char *name = g_strdup_printf ("policy-%s", kinds[k]);
      g_autofree char *policy_dir = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *bad = g_build_filename (policy_dir, "10-bad.ini", NULL);
      g_autofree char *good = g_build_filename (policy_dir, "20-good.ini", NULL);
      g_autoptr(NcProfile) profile = NULL;
      gint64 kid;

      g_test_message ("%s", kinds[k]);
      g_assert_cmpint (g_mkdir_with_parents (policy_dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (good, "[profiles]\nsocial-allowed=true\ndaily-limit-minutes=0\n", -1, NULL));
      if (g_str_equal (kinds[k], "fifo"))
        g_assert_cmpint (mkfifo (bad, 0600), ==, 0);
      else if (g_str_equal (kinds[k], "dangling"))
        g_assert_cmpint (symlink ("/nonexistent/nc-policy.ini", bad), ==, 0);
      else if (g_str_equal (kinds[k], "binary"))
        g_assert_true (g_file_set_contents (bad, "[profiles]\nsocial-allowed=\xff\xfe\n", -1, NULL));
      else if (g_str_equal (kinds[k], "syntax"))
        g_assert_true (g_file_set_contents (bad, "[profiles]\nsocial-allowed=true\nthis is not a setting\n", -1, NULL));
      else
        g_assert_cmpint (g_mkdir (bad, 0700), ==, 0);

      store = open_with_policy (fixture, policy_dir);   /* never waits on the FIFO */
      g_assert_true (problem_says (nc_store_get_policy_problems (store), bad, NULL));
      if (g_str_equal (kinds[k], "syntax"))
        {
          g_autofree char *at = g_strdup_printf ("%s:3:", bad);
          g_assert_true (problem_says (nc_store_get_policy_problems (store), at, NULL));
        }
      kid = nc_store_add_profile (store, "Lan", "", NC_AGE_BAND_16_17, &error);
      g_assert_no_error (error);
      profile = nc_store_get_profile (store, kid, &error);
      g_assert_false (profile->social_allowed);
      g_assert_true (profile->allow_list_only);
      g_assert_false (profile->post_anyway_allowed);
      g_assert_cmpint (profile->daily_limit_minutes, ==, 1);
      g_clear_object (&store);
      g_remove (fixture->path);
    }
}

/* Paths read back from the database are used only for a regular file in
 * the app's own lists folder: nothing else is read, nothing is unlinked
 * through "..", a symlink or a FIFO, and opening a FIFO never blocks. */
static void
test_list_folder_paths (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcStore) store = open_store (fixture);
  g_autofree char *folder = nc_list_folder_get_path (store);
  g_autofree char *victim = g_build_filename (fixture->dir, "victim", NULL);
  g_autofree char *own = g_build_filename (folder, "own.ncset", NULL);
  g_autofree char *link = g_build_filename (folder, "link.ncset", NULL);
  g_autofree char *fifo = g_build_filename (folder, "fifo.ncset", NULL);
  g_autofree char *up = g_build_filename (folder, "..", "victim", NULL);
  g_autofree char *sub = g_build_filename (folder, "sub", NULL);
  g_autofree char *in_sub = g_build_filename (sub, "x.ncset", NULL);
  const char *refused[] = { victim, up, link, fifo, "lists/own.ncset", "", sub, in_sub, "/", NULL };

  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (victim, "precious", -1, NULL));
  g_assert_true (g_file_set_contents (in_sub, "x", -1, NULL));
  g_assert_true (g_file_set_contents (own, "mine", -1, NULL));
  g_assert_cmpint (symlink (victim, link), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  for (gsize i = 0; refused[i] != NULL; i++)
    {
      g_test_message ("%s", refused[i]);
      g_assert_cmpint (nc_list_folder_open (store, refused[i], &error), ==, -1);
      g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_false (nc_list_folder_unlink (store, refused[i], &error));
      g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "left alone"));
      g_clear_error (&error);
    }
  g_assert_true (g_file_test (victim, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (fifo, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (in_sub, G_FILE_TEST_EXISTS));

  /* One of our own files opens and goes; a file already gone is fine. */
  g_assert_true (nc_list_folder_check (store, own, &error));
  g_assert_true (nc_list_folder_unlink (store, own, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (own, G_FILE_TEST_EXISTS));
  g_assert_true (nc_list_folder_unlink (store, own, &error));
  g_assert_no_error (error);
}

/* Locations come from the build: an environment variable moves the policy
 * folder or the web extension's folder only for root (or in a
 * test_overrides build), never for a child's own account. */
static void
test_locations_from_the_build (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("NETCONDUCT_WEB_EXTENSIONS_DIR", "/tmp/childs-own", TRUE);
      g_setenv ("NETCONDUCT_POLICY_DIR", "/tmp/childs-empty", TRUE);
      g_assert_cmpint (setregid (65534, 65534), ==, 0);
      g_assert_cmpint (setreuid (65534, 65534), ==, 0);
      g_assert_false (nc_paths_overrides_allowed ());
      g_assert_cmpstr (nc_paths_location ("NETCONDUCT_WEB_EXTENSIONS_DIR", WEB_EXTENSIONS_DIR), ==,
                       WEB_EXTENSIONS_DIR);
      g_assert_cmpstr (nc_managed_get_default_dir (), ==, NC_POLICY_DIR);
      return;
    }
  if (NC_TEST_OVERRIDES || getuid () != 0)
    {
      g_test_skip ("needs root, in a build without test_overrides");
      return;
    }
  /* Root may move them (tests, trying a policy). */
  g_setenv ("NETCONDUCT_WEB_EXTENSIONS_DIR", "/tmp/roots-choice", TRUE);
  g_assert_cmpstr (nc_paths_location ("NETCONDUCT_WEB_EXTENSIONS_DIR", WEB_EXTENSIONS_DIR), ==,
                   "/tmp/roots-choice");
  g_setenv ("NETCONDUCT_WEB_EXTENSIONS_DIR", "", TRUE);
  g_assert_cmpstr (nc_paths_location ("NETCONDUCT_WEB_EXTENSIONS_DIR", WEB_EXTENSIONS_DIR), ==,
                   WEB_EXTENSIONS_DIR);
  g_unsetenv ("NETCONDUCT_WEB_EXTENSIONS_DIR");

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The parents' lists, the administrator's policy and the site policy read
 * a host the same way: through nc_host_dup_normalized(). */
static void
test_one_host_normalizer (void)
{
  static const struct {
    const char *text;
    const char *host;     /* NULL: refused */
  } cases[] = {
    { "Example.ORG", "example.org" },
    { "  example.org.  ", "example.org" },
    { "*.example.org", "example.org" },
    { ".example.org", "example.org" },
    { "https://user@Vi.Wikipedia.org.:8443/wiki/A?b#c", "vi.wikipedia.org" },
    { "bücher.example", "xn--bcher-kva.example" },
    { "B%C3%BCcher.example", "xn--bcher-kva.example" },
    { "2130706433", "127.0.0.1" },
    { "0x7f.1", "127.0.0.1" },
    { "www.example.org", "www.example.org" },
    { "under_score.example", "under_score.example" },
    { "", NULL },
    { "*.", NULL },
    { "not a host/", NULL },
    { "a..b", NULL },
    { "https://", NULL },
    { "exa<mple.org", NULL },
  };
  g_autofree char *long_label = g_strnfill (250, 'a');
  g_autofree char *too_long = g_strconcat (long_label, ".org", NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *policy = nc_host_dup_normalized (cases[i].text);
      g_autofree char *store = nc_store_normalize_host (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (policy, ==, cases[i].host);
      g_assert_cmpstr (store, ==, cases[i].host);
    }
  g_assert_null (nc_host_dup_normalized (too_long));
  g_assert_null (nc_host_dup_normalized (NULL));
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
  ADD ("/store/garbage-file-recovers-fresh", test_garbage_file_recovers_fresh);
  ADD ("/store/damaged-file-restores-backup", test_damaged_file_restores_backup);
  ADD ("/store/profiles", test_profiles);
  ADD ("/store/lists-and-rules", test_lists_and_rules);
  ADD ("/store/settings", test_settings);
  ADD ("/store/profile-needs-pin", test_profile_needs_pin);
  ADD ("/store/time", test_time);
  ADD ("/store/activity", test_activity);
  ADD ("/store/lessons", test_lessons);
  ADD ("/store/changed-and-transactions", test_changed_and_transactions);
  ADD ("/store/external-changes", test_external_changes);
  ADD ("/store/busy-file-not-recovered", test_busy_file_not_recovered);
  ADD ("/store/migrations-from-every-version", test_migrations_from_every_version);
  ADD ("/store/backups-rotate", test_backups_rotate);
  ADD ("/store/managed-policy", test_managed_policy);
  ADD ("/store/managed-bad-values", test_managed_bad_values);
  ADD ("/store/managed-unreadable", test_managed_unreadable);
  ADD ("/store/list-folder-paths", test_list_folder_paths);
#undef ADD
  g_test_add_func ("/store/unwritable-folder-gives-error", test_unwritable_folder_gives_error);
  g_test_add_func ("/store/locations-from-the-build", test_locations_from_the_build);
  g_test_add_func ("/store/one-host-normalizer", test_one_host_normalizer);

  return g_test_run ();
}
