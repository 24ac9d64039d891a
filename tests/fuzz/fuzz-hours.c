/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-hours.c — libFuzzer harness for the allowed-hours and category
 * parsers (nc-parse.c), as `--hours`, `profile set hours=` and
 * `blocked-categories=` use them
 *
 * Build: CC=clang meson setup _build-fuzz -Dfuzzing=true
 *        ninja -C _build-fuzz tests/fuzz/fuzz-hours
 * Run:   _build-fuzz/tests/fuzz/fuzz-hours -max_total_time=60 -max_len=1024
 *
 * Checks, beyond "no crash": a failed parse leaves the hours as they were
 * and says why; a successful one prints back (nc_format_hours) to a spec
 * that parses to the same hours.
 */
#include "config.h"

#include <string.h>

#include "nc-parse.h"
#include "nc-store.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *spec = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  guint32 hours[7] = { 1, 2, 3, 4, 5, 6, 7 };
  guint32 before[7];
  guint32 bits = 0;

  memcpy (before, hours, sizeof hours);
  if (!nc_parse_hours (spec, hours, &error))
    {
      g_assert_nonnull (error);
      g_assert_true (g_error_matches (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpmem (before, sizeof before, hours, sizeof hours);
    }
  else
    {
      GString *again = g_string_new (NULL);
      guint32 back[7] = { 0 };
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      for (int d = 0; d < 7; d++)
        {
          g_autofree char *day = nc_format_hours (hours[d]);
          g_assert_cmpuint (hours[d] & ~0xffffffu, ==, 0);
          g_string_append_printf (again, "%s%s=%s", d > 0 ? "," : "", nc_day_name (d), day);
        }
      text = g_string_free (again, FALSE);
      g_assert_true (nc_parse_hours (text, back, NULL));
      g_assert_cmpmem (back, sizeof back, hours, sizeof hours);
    }

  g_clear_error (&error);
  if (nc_parse_categories (spec, &bits, &error))
    g_assert_cmpuint (bits >> NC_N_SITE_CATEGORIES, ==, 0);
  else
    g_assert_true (g_error_matches (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID));
  (void) nc_parse_day (spec);
  (void) nc_parse_is_clean_name (spec, 40);
  g_free (nc_parse_quote (spec));
  return 0;
}
