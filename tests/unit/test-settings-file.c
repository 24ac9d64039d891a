/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-settings-file.c — all the settings to one JSON file and back, and
 * lists of websites imported from text files, on real SQLite files */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "nc-list-folder.h"
#include "nc-pin.h"
#include "nc-category-import.h"
#include "nc-settings-json.h"
#include "nc-store.h"

typedef struct
{
  char    *dir;
  NcStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("nc-settings-file-XXXXXX", NULL);
  path = g_build_filename (fixture->dir, "settings.db", NULL);
  fixture->store = nc_store_open (path, NULL);
  g_assert_nonnull (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_free (fixture->dir);
}

/* Export, erase, import: the same children with the same rules come back. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  NcStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(NcProfile) lan = NULL;
  g_autoptr(NcProfile) back = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_auto(GStrv) hosts = NULL;
  g_autofree char *json = NULL;
  gint64 id;

  id = nc_store_add_profile (store, "Lan", "emoji-nature-symbolic", NC_AGE_BAND_10_12, &error);
  g_assert_no_error (error);
  lan = nc_store_get_profile (store, id, NULL);
  lan->daily_limit_minutes = 45;
  lan->allowed_hours[6] = 0;
  g_assert_true (nc_store_update_profile (store, lan, NULL));
  g_assert_true (nc_store_add_host (store, id, NC_LIST_BLOCK, "games.example.com", NULL));
  g_assert_true (nc_store_add_host (store, NC_PROFILE_EVERYONE, NC_LIST_ALLOW, "wikipedia.org", NULL));
  g_assert_true (nc_pin_set (store, "2580", NULL));

  json = nc_settings_export (store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"Lan\""));
  g_assert_null (strstr (json, "argon2"));         /* no PIN hash unless asked */

  g_assert_true (nc_store_reset (store, NULL));
  profiles = nc_store_list_profiles (store, NULL);
  g_assert_cmpuint (profiles->len, ==, 0);

  g_assert_true (nc_settings_import (store, json, -1, &error));
  g_assert_no_error (error);
  back = nc_store_find_profile (store, "Lan", &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->age_band, ==, NC_AGE_BAND_10_12);
  g_assert_cmpint (back->daily_limit_minutes, ==, 45);
  g_assert_cmpuint (back->allowed_hours[6], ==, 0);
  g_assert_cmpuint (back->allowed_hours[0], ==, lan->allowed_hours[0]);
  g_assert_cmpstr (back->avatar, ==, "emoji-nature-symbolic");
  hosts = nc_store_list_hosts (store, back->id, NC_LIST_BLOCK, NULL);
  g_assert_cmpstr (hosts[0], ==, "games.example.com");
  g_clear_pointer (&hosts, g_strfreev);
  hosts = nc_store_list_hosts (store, NC_PROFILE_EVERYONE, NC_LIST_ALLOW, NULL);
  g_assert_cmpstr (hosts[0], ==, "wikipedia.org");
  /* The PIN was not in the file and stays. */
  g_assert_true (nc_pin_is_set (store));
}

/* A damaged or foreign file changes nothing. */
static void
test_bad_file_changes_nothing (Fixture       *fixture,
                               gconstpointer  data)
{
  NcStore *store = fixture->store;
  const char *bad[] = {
    "not json at all",
    "[1, 2, 3]",
    "{\"format\": \"something-else\", \"version\": 1}",
    "{\"format\": \"netconduct-settings\", \"version\": 1, \"profiles\": [{\"name\": \"X\", \"age\": \"7-8\"}]}",
    "{\"format\": \"netconduct-settings\", \"version\": 99}",
  };

  g_assert_cmpint (nc_store_add_profile (store, "Minh", "", NC_AGE_BAND_13_15, NULL), >, 0);

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) profiles = NULL;

      g_assert_false (nc_settings_import (store, bad[i], -1, &error));
      g_assert_nonnull (error);
      profiles = nc_store_list_profiles (store, NULL);
      g_assert_cmpuint (profiles->len, ==, 1);
      g_assert_cmpstr (((NcProfile *) profiles->pdata[0])->name, ==, "Minh");
    }
}

static void
test_import_list (Fixture       *fixture,
                  gconstpointer  data)
{
  NcStore *store = fixture->store;
  g_autofree char *file = g_build_filename (fixture->dir, "school-gambling.txt", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  NcCategoryList *list;
  gint64 id;

  g_assert_true (g_file_set_contents (file,
                                      "# from the school\n"
                                      "casino.example\n"
                                      "0.0.0.0 bets.example\n"
                                      "https://www.lottery.example/win\n"
                                      "not a host at all\n", -1, NULL));
  id = nc_category_import_file (store, file, NC_SITE_CATEGORY_GAMBLING, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  lists = nc_store_list_category_lists (store, NULL);
  g_assert_cmpuint (lists->len, ==, 1);
  list = lists->pdata[0];
  g_assert_cmpstr (list->name, ==, "school-gambling.txt");
  g_assert_cmpint (list->category, ==, NC_SITE_CATEGORY_GAMBLING);
  g_assert_cmpint (list->domain_count, ==, 3);
  g_assert_true (g_file_test (list->compiled_path, G_FILE_TEST_IS_REGULAR));

  /* A file without a single address is refused, and nothing is added. */
  g_assert_true (g_file_set_contents (empty, "# nothing here\n\n", -1, NULL));
  g_assert_cmpint (nc_category_import_file (store, empty, NC_SITE_CATEGORY_ADULT, "Empty", &error), ==, 0);
  g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
  g_clear_pointer (&lists, g_ptr_array_unref);
  lists = nc_store_list_category_lists (store, NULL);
  g_assert_cmpuint (lists->len, ==, 1);
}

/* An import names list files by path: only a regular file in this
 * store's own lists folder is taken; a path outside it, through "..", a
 * symlink or a FIFO is refused with nothing imported. A FIFO given as a
 * list to import is refused at once, never waited on. */
static void
test_import_crafted_paths (Fixture       *fixture,
                           gconstpointer  data)
{
  NcStore *store = fixture->store;
  g_autofree char *source = g_build_filename (fixture->dir, "list.txt", NULL);
  g_autofree char *victim = g_build_filename (fixture->dir, "victim", NULL);
  g_autofree char *fifo_source = g_build_filename (fixture->dir, "pipe.txt", NULL);
  g_autofree char *folder = nc_list_folder_get_path (store);
  g_autofree char *link = g_build_filename (folder, "link.ncset", NULL);
  g_autofree char *fifo = g_build_filename (folder, "fifo.ncset", NULL);
  g_autofree char *up = g_build_filename (folder, "..", "victim", NULL);
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GError) error = NULL;
  const char *targets[] = { victim, up, link, fifo };
  NcCategoryList *own;

  g_assert_true (g_file_set_contents (source, "casino.example\n", -1, NULL));
  g_assert_cmpint (nc_category_import_file (store, source, NC_SITE_CATEGORY_GAMBLING, "Own", &error), >, 0);
  g_assert_true (g_file_set_contents (victim, "precious", -1, NULL));
  g_assert_cmpint (symlink (victim, link), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (mkfifo (fifo_source, 0600), ==, 0);

  for (gsize i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonGenerator) gen = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "format");
      json_builder_add_string_value (b, "netconduct-settings");
      json_builder_set_member_name (b, "version");
      json_builder_add_int_value (b, 1);
      json_builder_set_member_name (b, "category_lists");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, "evil");
      json_builder_set_member_name (b, "category");
      json_builder_add_string_value (b, "adult");
      json_builder_set_member_name (b, "compiled_path");
      json_builder_add_string_value (b, targets[i]);
      json_builder_end_object (b);
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      json_generator_set_root (gen, root);
      text = json_generator_to_data (gen, NULL);

      g_test_message ("%s", targets[i]);
      g_assert_false (nc_settings_import (store, text, -1, &error));
      g_assert_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "compiled_path"));
      g_clear_error (&error);
    }
  lists = nc_store_list_category_lists (store, NULL);
  g_assert_cmpuint (lists->len, ==, 1);
  own = lists->pdata[0];
  g_assert_cmpstr (own->name, ==, "Own");
  g_assert_true (g_str_has_prefix (own->compiled_path, folder));
  g_assert_true (g_file_test (victim, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (nc_category_import_file (store, fifo_source, NC_SITE_CATEGORY_ADULT, NULL, &error), ==, 0);
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  nc_pin_use_fast_hash_for_tests (TRUE);
  g_setenv ("NETCONDUCT_POLICY_DIR", "/nonexistent-nc-policy", TRUE);

  g_test_add ("/settings-file/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/settings-file/bad-file-changes-nothing", Fixture, NULL, fixture_set_up,
              test_bad_file_changes_nothing, fixture_tear_down);
  g_test_add ("/settings-file/import-list", Fixture, NULL, fixture_set_up, test_import_list, fixture_tear_down);
  g_test_add ("/settings-file/import-crafted-paths", Fixture, NULL, fixture_set_up,
              test_import_crafted_paths, fixture_tear_down);

  return g_test_run ();
}
