/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-pin.c — how long the app's PIN hash and check take (not a test) */
#include "config.h"

#include <glib/gstdio.h>

#include "nc-pin.h"
#include "nc-store.h"
#include "nc-test-files.h"

int
main (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nc-bench-pin-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "netconduct.db", NULL);
  g_autoptr(NcStore) store = nc_store_open (path, NULL);
  gint64 start, set_us, check_us, wrong_us;

  start = g_get_monotonic_time ();
  nc_pin_set (store, "73915428", NULL);
  set_us = g_get_monotonic_time () - start;

  start = g_get_monotonic_time ();
  nc_pin_check (store, "73915428", NULL, NULL);
  check_us = g_get_monotonic_time () - start;

  start = g_get_monotonic_time ();
  nc_pin_check (store, "00000000", NULL, NULL);
  wrong_us = g_get_monotonic_time () - start;

  g_print ("pin_set_ms: %.1f\n", set_us / 1000.0);
  g_print ("pin_check_ok_ms: %.1f\n", check_us / 1000.0);
  g_print ("pin_check_wrong_ms: %.1f\n", wrong_us / 1000.0);
  g_clear_object (&store);
  return nc_test_remove_tree (dir) ? 0 : 1;
}
