/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-checker.c — libFuzzer harness for the normalizer and the checker
 *
 * Built only with -Dfuzzing=true and clang. Any byte string goes in: the
 * checker must reject invalid UTF-8 with an error, and for valid text the
 * normalizer's offset map and every finding's offsets must stay in range
 * and agree with each other, and the table segmenter's fast paths must
 * give what its general path gives.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "nc-checker.h"
#include "nc-checker-private.h"
#include "nc-normalizer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static NcChecker *checker;

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *text = (const char *) data;
  g_autoptr(GError) error = NULL;
  g_autoptr(NcReport) report = NULL;
  const NcFinding *f;
  gsize n;

  if (checker == NULL)
    {
      checker = nc_checker_new (&error);
      g_assert_no_error (error);
    }

  report = nc_checker_check (checker, text, (gssize) size, size % 3 == 0 ? "vi" : size % 3 == 1 ? "en" : NULL, &error);
  if (!g_utf8_validate_len (text, size, NULL))
    {
      g_assert_null (report);
      g_assert_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_INPUT);
      return 0;
    }
  g_assert_nonnull (report);

  f = nc_report_get_findings (report, &n);
  for (gsize i = 0; i < n; i++)
    {
      g_assert_cmpuint (f[i].byte_start, <=, f[i].byte_end);
      g_assert_cmpuint (f[i].byte_end, <=, size);
      g_assert_cmpuint (f[i].cp_start, ==, (gsize) g_utf8_pointer_to_offset (text, text + f[i].byte_start));
      g_assert_cmpuint (f[i].cp_end, ==, (gsize) g_utf8_pointer_to_offset (text, text + f[i].byte_end));
      g_assert_cmpuint (f[i].utf16_start, <=, f[i].utf16_end);
    }

  {
    g_autoptr(NcNormText) a = nc_normalizer_run_segmenter (nc_checker_get_normalizer (checker), text, size, NC_SEGMENTER_ICU);
    g_autoptr(NcNormText) b = nc_normalizer_run_segmenter (nc_checker_get_normalizer (checker), text, size, NC_SEGMENTER_TABLE);

    for (gsize i = 0; i < a->n_chars; i++)
      {
        g_assert_cmpuint (a->chars[i].orig_start, <, a->chars[i].orig_end);
        g_assert_cmpuint (a->chars[i].orig_end, <=, a->n_cps);
      }
    for (gsize i = 0; i < b->n_chars; i++)
      {
        g_assert_cmpuint (b->chars[i].orig_start, <, b->chars[i].orig_end);
        g_assert_cmpuint (b->chars[i].orig_end, <=, b->n_cps);
      }
  }

  /* the table segmenter's fast paths give what its general path gives */
  {
    g_autoptr(NcNormText) a = nc_normalizer_run_segmenter (nc_checker_get_normalizer (checker), text, size, NC_SEGMENTER_TABLE);
    g_autoptr(NcNormText) b = nc_normalizer_run_segmenter (nc_checker_get_normalizer (checker), text, size, NC_SEGMENTER_REFERENCE);

    g_assert_cmpuint (a->n_cps, ==, b->n_cps);
    g_assert_cmpmem (a->cp_byte, (a->n_cps + 1) * 4, b->cp_byte, (b->n_cps + 1) * 4);
    g_assert_cmpuint (a->n_astral, ==, b->n_astral);
    g_assert_cmpuint (a->n_chars, ==, b->n_chars);
    g_assert_cmpmem (a->chars, a->n_chars * sizeof (NcNormChar), b->chars, b->n_chars * sizeof (NcNormChar));
    g_assert_cmpint (a->has_marks, ==, b->has_marks);
    g_assert_cmpint (a->has_quotes, ==, b->has_quotes);
  }
  return 0;
}
