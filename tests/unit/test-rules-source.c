/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rules-source.c — where the rules come from: the local store's
 * source on a real store file, and the family source's reading of the
 * service's answer (the service itself: tests/check-family.py) */
#include "config.h"

#include <glib/gstdio.h>

#include "nc-rules-source-family.h"
#include "nc-rules-source-store.h"
#include "nc-store.h"

static void
count_cb (NcRulesSource *source,
          int           *count)
{
  (*count)++;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
}

static void
test_store_source (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nc-rules-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "netconduct.db", NULL);
  g_autoptr(NcStore) store = nc_store_open (path, &error);
  g_autoptr(NcRulesSource) source = NULL;
  g_autoptr(NcProfileRules) before = NULL, after = NULL;
  gint64 kid;
  int changed = 0;

  g_assert_no_error (error);
  kid = nc_store_add_profile (store, "Minh", "", NC_AGE_BAND_10_12, &error);
  g_assert_no_error (error);
  source = nc_rules_source_store_new (store);
  g_assert_false (nc_rules_source_is_family (source));
  g_signal_connect (source, "changed", G_CALLBACK (count_cb), &changed);

  before = nc_rules_source_get_rules (source, kid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (nc_profile_rules_get_age_band (before), ==, NC_AGE_BAND_10_12);
  g_assert_false (g_strv_contains (nc_profile_rules_get_parent_block (before), "blocked.example"));

  g_assert_true (nc_store_add_host (store, kid, NC_LIST_BLOCK, "blocked.example", &error));
  g_assert_cmpint (changed, ==, 1);
  after = nc_rules_source_get_rules (source, kid, &error);
  g_assert_true (g_strv_contains (nc_profile_rules_get_parent_block (after), "blocked.example"));

  /* time and activity are not the rules */
  g_assert_true (nc_store_add_usage (store, kid, "2026-01-05", 60, &error));
  g_assert_cmpint (changed, ==, 1);

  g_clear_object (&source);
  g_clear_object (&store);
  remove_dir (dir);
}

static GVariant *
rules_dict (gboolean complete)
{
  GVariantBuilder b;
  const guint32 hours[7] = { 1, 2, 3, 4, 5, 6, 7 };
  const char *block[] = { "a.example", NULL }, *allow[] = { NULL };

  g_variant_builder_init (&b, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&b, "{sv}", "age-band", g_variant_new_string ("13-15"));
  g_variant_builder_add (&b, "{sv}", "allow-list-only", g_variant_new_boolean (TRUE));
  g_variant_builder_add (&b, "{sv}", "social-allowed", g_variant_new_boolean (FALSE));
  g_variant_builder_add (&b, "{sv}", "blocked-categories", g_variant_new_uint32 (5));
  g_variant_builder_add (&b, "{sv}", "locked-categories", g_variant_new_uint32 (0));
  g_variant_builder_add (&b, "{sv}", "allow-list", g_variant_new_strv (allow, -1));
  g_variant_builder_add (&b, "{sv}", "block-list", g_variant_new_strv (block, -1));
  if (complete)
    g_variant_builder_add (&b, "{sv}", "allowed-hours",
                           g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, hours, 7, sizeof (guint32)));
  return g_variant_ref_sink (g_variant_builder_end (&b));
}

static void
test_family_parse (void)
{
  g_autoptr(GVariant) good = rules_dict (TRUE);
  g_autoptr(GVariant) lacking = rules_dict (FALSE);
  g_autoptr(NcProfileRules) rules = nc_rules_source_family_parse (good);
  g_autoptr(NcProfileRules) none = nc_rules_source_family_parse (lacking);

  g_assert_nonnull (rules);
  g_assert_cmpint (nc_profile_rules_get_age_band (rules), ==, NC_AGE_BAND_13_15);
  g_assert_true (nc_profile_rules_is_allow_list_only (rules));
  g_assert_false (nc_profile_rules_is_social_allowed (rules));
  g_assert_cmpuint (nc_profile_rules_get_blocked_categories (rules), ==, 5);
  g_assert_cmpuint (nc_profile_rules_get_allowed_hours (rules, 6), ==, 7);
  g_assert_true (g_strv_contains (nc_profile_rules_get_parent_block (rules), "a.example"));
  g_assert_null (none);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rules-source/store", test_store_source);
  g_test_add_func ("/rules-source/family-parse", test_family_parse);
  return g_test_run ();
}
