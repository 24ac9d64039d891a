/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-import.c — libFuzzer harness for the settings file import
 * (nc-settings-json.c), on a real store
 *
 * Build: CC=clang meson setup _build-fuzz -Dfuzzing=true
 *        ninja -C _build-fuzz tests/fuzz/fuzz-import
 * Run:   _build-fuzz/tests/fuzz/fuzz-import -max_total_time=60 -max_len=65536 \
 *          tests/fuzz/import-corpus
 *
 * Checks, beyond "no crash": a refused import names a reason and leaves
 * the database as it was (the same export before and after).
 */
#include "config.h"

#include <glib/gstdio.h>

#include "nc-pin.h"
#include "nc-settings-json.h"
#include "nc-store.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static NcStore *
get_store (void)
{
  static NcStore *store = NULL;

  if (store == NULL)
    {
      /* In memory (tmpfs): each import commits, and the file is thrown away. */
      g_autofree char *dir = g_mkdtemp (g_strdup ("/dev/shm/nc-fuzz-import-XXXXXX"));
      g_autofree char *path = g_build_filename (dir, "fuzz.db", NULL);

      g_setenv ("NETCONDUCT_POLICY_DIR", dir, TRUE);
      nc_pin_use_fast_hash_for_tests (TRUE);
      store = nc_store_open (path, NULL);
      g_assert_nonnull (store);
      g_assert_true (nc_store_add_profile (store, "An", "", NC_AGE_BAND_10_12, NULL) > 0);
      g_assert_true (nc_store_add_host (store, NC_PROFILE_EVERYONE, NC_LIST_BLOCK, "games.example", NULL));
    }
  return store;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  NcStore *store = get_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = nc_settings_export (store, TRUE, NULL);

  if (!nc_settings_import (store, (const char *) data, (gssize) size, &error))
    {
      g_autofree char *after = nc_settings_export (store, TRUE, NULL);

      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpstr (before, ==, after);
    }
  return 0;
}
