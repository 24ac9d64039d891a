/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-code-ref.c — the one table of Code references, and file paths */
#include "config.h"

#include "nc-code-ref.h"
#include "nc-paths.h"

static void
test_ids_unique_and_found (void)
{
  gsize n = 0;
  const NcCodeRef *refs = nc_code_ref_get_all (&n);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >=, 30);
  for (gsize i = 0; i < n; i++)
    {
      g_assert_false (g_hash_table_contains (seen, refs[i].id));
      g_hash_table_add (seen, (gpointer) refs[i].id);
      g_assert_true (nc_code_ref_lookup (refs[i].id) == &refs[i]);
      g_assert_cmpstr (nc_code_ref_get_title (&refs[i]), !=, "");
    }
}

static void
test_structure_follows_the_code (void)
{
  /* The four general rules, the eight points and the providers' five. */
  const char *expected[] = { "3.1", "3.2", "3.3", "3.4",
                             "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8",
                             "7.1", "7.2", "7.3", "7.4", "7.5" };

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const NcCodeRef *ref = nc_code_ref_lookup (expected[i]);
      g_autofree char *want = NULL;

      g_assert_nonnull (ref);
      want = g_strdup_printf ("%d.%d", ref->article, ref->point);
      g_assert_cmpstr (want, ==, expected[i]);
    }

  g_assert_null (nc_code_ref_lookup ("4.9"));
  g_assert_null (nc_code_ref_lookup ("3.5"));
  g_assert_null (nc_code_ref_lookup (""));
}

static void
test_citation (void)
{
  g_autofree char *point = nc_code_ref_format_citation (nc_code_ref_lookup ("4.5"));
  g_autofree char *article = nc_code_ref_format_citation (nc_code_ref_lookup ("8"));
  g_autofree char *children = nc_code_ref_format_citation (nc_code_ref_lookup ("c88.3"));

  g_assert_cmpstr (point, ==, "Article 4, point 5, Decision 874/QĐ-BTTTT");
  g_assert_cmpstr (article, ==, "Article 8, Decision 874/QĐ-BTTTT");
  g_assert_true (g_str_has_suffix (children, "88/QĐ-BTTTT"));
}

static void
test_database_path (void)
{
  g_autofree char *fallback = NULL;
  g_autofree char *from_env = NULL;
  g_autofree char *from_option = NULL;

  g_unsetenv (NC_DATABASE_ENV);
  fallback = nc_paths_resolve_database (NULL);
  g_assert_true (g_str_has_prefix (fallback, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (fallback, "/netconduct/netconduct.db"));

  g_setenv (NC_DATABASE_ENV, "/tmp/from-env.db", TRUE);
  from_env = nc_paths_resolve_database ("");
  g_assert_cmpstr (from_env, ==, "/tmp/from-env.db");

  from_option = nc_paths_resolve_database ("/tmp/from-option.db");
  g_assert_cmpstr (from_option, ==, "/tmp/from-option.db");
  g_unsetenv (NC_DATABASE_ENV);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/code-ref/ids-unique-and-found", test_ids_unique_and_found);
  g_test_add_func ("/code-ref/structure-follows-the-code", test_structure_follows_the_code);
  g_test_add_func ("/code-ref/citation", test_citation);
  g_test_add_func ("/paths/database", test_database_path);

  return g_test_run ();
}
