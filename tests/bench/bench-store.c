/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-store.c — what the store's writes, reads and backups cost on this
 * disk (not a test) */
#include "config.h"

#include <glib/gstdio.h>

#include "nc-store.h"
#include "nc-test-files.h"

int
main (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nc-bench-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "netconduct.db", NULL);
  g_autoptr(NcStore) store = NULL;
  gint64 start, kid;
  const int n = 200;

  start = g_get_monotonic_time ();
  store = nc_store_open (path, NULL);
  g_print ("open_create_ms: %.2f\n", (g_get_monotonic_time () - start) / 1000.0);
  kid = nc_store_add_profile (store, "Bench", "", NC_AGE_BAND_10_12, NULL);

  start = g_get_monotonic_time ();
  for (int i = 0; i < n; i++)
    {
      g_autofree char *host = g_strdup_printf ("h%d.example", i);
      nc_store_add_host (store, kid, NC_LIST_BLOCK, host, NULL);
    }
  g_print ("single_write_commit_ms: %.3f\n", (g_get_monotonic_time () - start) / 1000.0 / n);

  start = g_get_monotonic_time ();
  nc_store_begin (store, NULL);
  for (int i = 0; i < 1000; i++)
    {
      g_autofree char *host = g_strdup_printf ("t%d.example", i);
      nc_store_add_host (store, kid, NC_LIST_ALLOW, host, NULL);
    }
  nc_store_commit (store, NULL);
  g_print ("transaction_1000_hosts_ms: %.2f\n", (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  for (int i = 0; i < n; i++)
    nc_store_log_activity (store, kid, "facebook.com", "4.5", "warned", NULL);
  g_print ("log_activity_ms: %.3f\n", (g_get_monotonic_time () - start) / 1000.0 / n);

  start = g_get_monotonic_time ();
  for (int i = 0; i < n; i++)
    {
      g_autoptr(NcProfileRules) rules = nc_store_get_profile_rules (store, kid, NULL);
    }
  g_print ("get_profile_rules_1200_hosts_ms: %.3f\n", (g_get_monotonic_time () - start) / 1000.0 / n);

  start = g_get_monotonic_time ();
  nc_store_backup_now (store, NULL);
  g_print ("backup_ms: %.2f\n", (g_get_monotonic_time () - start) / 1000.0);

  g_clear_object (&store);
  start = g_get_monotonic_time ();
  store = nc_store_open (path, NULL);
  g_print ("open_existing_ms: %.2f\n", (g_get_monotonic_time () - start) / 1000.0);
  g_clear_object (&store);
  return nc_test_remove_tree (dir) ? 0 : 1;
}
