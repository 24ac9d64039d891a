/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-bench-checker — speed of the conduct checker (a benchmark, not a test)
 *
 * Prints `name: value` lines:
 *   build_ms        nc_checker_new() the first time in the process (cold),
 *                   in thread CPU time
 *   build_ms_warm   median of further builds (CPU time)
 *   matcher_states  the states of the checker's phrase matcher
 *   checker_mb      the heap one more checker holds once built (mallinfo2:
 *                   what every process that checks drafts pays for it)
 *   mb_per_s        every ViHOS comment (train + dev), one check each,
 *                   best of three passes, in thread CPU time
 *   median_us_500, p99_us_500   one check of a 500-character draft
 *   p99_us_500_en   the same drafts checked as English (lexicons and the
 *                   English model instead of the Vietnamese one)
 *   p99_us_500_toneless   the same drafts with their marks stripped
 *                   (language detected)
 *   nfc_median_us_500           one plain ICU NFC pass over the same draft
 *                               (UTF-8 to UTF-16, then unorm2_normalize)
 *   ratio_vs_nfc    total check time / total NFC time, same drafts, same run
 * Reads ../shared/data/text/vihos (NC_SHARED_DATA); without it, it runs on
 * a built-in sample and says so. NC_BENCH_SKIP_MB=1 leaves out the
 * mb_per_s passes (for profiling the 500-character drafts alone).
 * NC_BENCH_DRAFT_TIMES=FILE writes each 500-character draft's best time
 * (µs, in the drafts' order): two builds side by side show which drafts
 * grew.
 */
#include "config.h"

#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "nc-checker.h"
#include "nc-checker-private.h"
#include "nc-test-bench.h"

static const char *sample =
  "Mày đúng là đồ ngu, nói chuyện như vậy mà cũng nói được. Các bạn ơi hôm nay "
  "trời đẹp quá, mình đi chơi công viên với gia đình. thang nay ngu vl ko biet gi "
  "ca. SỐC!!! chia sẻ ngay trước khi bị xóa. Số của mình là 0912 345 678 nhé.";


/* The comments of a ViHOS CSV (the `content` column), roughly: the file is
 * read with GLib's CSV-less parsing, quotes handled. */
static void
read_vihos (const char *path, GPtrArray *out)
{
  g_autofree char *data = NULL;
  const char *p;
  int field = 0;
  GString *cur = g_string_new (NULL);
  gboolean quoted = FALSE, header = TRUE;

  if (!g_file_get_contents (path, &data, NULL, NULL))
    {
      g_string_free (cur, TRUE);
      return;
    }
  for (p = data; *p; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (cur, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (cur, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',' || *p == '\n')
        {
          if (field == 1 && !header)
            g_ptr_array_add (out, g_strdup (cur->str));
          g_string_truncate (cur, 0);
          if (*p == '\n')
            {
              field = 0;
              header = FALSE;
            }
          else
            field++;
        }
      else
        g_string_append_c (cur, *p);
    }
  g_string_free (cur, TRUE);
}

/* One plain NFC pass, in microseconds: UTF-8 to UTF-16, then NFC. */
static double
nfc_once (const char *text, gsize len, UChar *u16, UChar *dest, int32_t cap)
{
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfc = unorm2_getNFCInstance (&status);
  int32_t n16 = 0;
  gint64 t0 = nc_test_bench_now_ns ();

  u_strFromUTF8 (u16, cap, &n16, text, (int32_t) len, &status);
  unorm2_normalize (nfc, u16, n16, dest, cap, &status);
  g_assert (U_SUCCESS (status));
  return (double) (nc_test_bench_now_ns () - t0) / 1000.0;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcChecker) checker = NULL;
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_free);
  const char *shared = g_getenv ("NC_SHARED_DATA");
  g_autofree char *dir = NULL;
  double warm[7], *times, *nfc_times, total_check, total_nfc;
  gsize total_bytes = 0;
  gint64 t0;
  GString *all;
  guint n_drafts = 2000;
  UChar *u16, *dest;
  GPtrArray *toneless;

  dir = g_build_filename (shared ? shared : "../shared/data", "text", "vihos", NULL);

  t0 = nc_test_bench_thread_cpu_ns ();
  checker = nc_checker_new (&error);
  g_assert_no_error (error);
  printf ("build_ms: %.2f\n", (double) (nc_test_bench_thread_cpu_ns () - t0) / 1e6);
  for (guint i = 0; i < G_N_ELEMENTS (warm); i++)
    {
      g_autoptr(NcChecker) c = NULL;

      t0 = nc_test_bench_thread_cpu_ns ();
      c = nc_checker_new (NULL);
      warm[i] = (double) (nc_test_bench_thread_cpu_ns () - t0) / 1e6;
    }
  qsort (warm, G_N_ELEMENTS (warm), sizeof (double), nc_test_bench_compare_doubles);
  printf ("build_ms_warm: %.2f\n", warm[G_N_ELEMENTS (warm) / 2]);
  printf ("matcher_states: %" G_GSIZE_FORMAT "\n", nc_checker_get_matcher_states (checker));
  {
    struct mallinfo2 before = mallinfo2 (), after;
    g_autoptr(NcChecker) one_more = nc_checker_new (NULL);

    after = mallinfo2 ();
    printf ("checker_mb: %.2f\n",
            (double) ((after.uordblks + after.hblkhd) - (before.uordblks + before.hblkhd)) / (1024.0 * 1024.0));
  }

  {
    g_autofree char *train = g_build_filename (dir, "train.csv", NULL);
    g_autofree char *dev = g_build_filename (dir, "dev.csv", NULL);

    read_vihos (train, comments);
    read_vihos (dev, comments);
  }
  if (comments->len == 0)
    {
      printf ("# no ViHOS data in %s: using a built-in sample\n", dir);
      for (int i = 0; i < 2000; i++)
        g_ptr_array_add (comments, g_strdup (sample));
    }
  printf ("comments: %u\n", comments->len);

  /* throughput: the best of three passes over all comments, in this
   * thread's CPU time (on a shared machine wall time mostly measures the
   * other processes) */
  if (g_getenv ("NC_BENCH_SKIP_MB") == NULL)
    {
      double best = G_MAXDOUBLE;

      for (int round = 0; round < 3; round++)
        {
          total_bytes = 0;
          t0 = nc_test_bench_thread_cpu_ns ();
          for (guint i = 0; i < comments->len; i++)
            {
              const char *c = comments->pdata[i];
              g_autoptr(NcReport) r = nc_checker_check (checker, c, -1, "vi", NULL);

              total_bytes += strlen (c);
            }
          best = MIN (best, (double) (nc_test_bench_thread_cpu_ns () - t0) / 1e9);
        }
      printf ("mb_per_s: %.2f\n", (double) total_bytes / 1e6 / best);
    }

  /* 500-character drafts cut from the comments, one after another */
  all = g_string_new (NULL);
  for (guint i = 0; i < comments->len && all->len < 4u * 1000 * 1000; i++)
    {
      g_string_append (all, comments->pdata[i]);
      g_string_append_c (all, ' ');
    }
  {
    const char *p = all->str;

    for (guint i = 0; i < n_drafts; i++)
      {
        const char *start = p;
        int n = 0;

        while (n < 500)
          {
            if (*p == '\0')
              p = all->str;
            if (n == 0)
              start = p;
            p = g_utf8_next_char (p);
            n++;
            if (p < start)
              break;
          }
        if (p < start)
          {
            i--;
            p = all->str;
            continue;
          }
        g_ptr_array_add (drafts, g_strndup (start, (gsize) (p - start)));
      }
  }
  g_string_free (all, TRUE);

  /* Each draft: one NFC pass and one check, interleaved, three rounds;
   * per draft the best of the three counts, which keeps the noise of
   * other processes on a shared machine out of the figures. */
  times = g_new (double, n_drafts);
  nfc_times = g_new (double, n_drafts);
  for (guint i = 0; i < n_drafts; i++)
    times[i] = G_MAXDOUBLE;
  for (int round = 0; round < 3; round++)
    for (guint i = 0; i < n_drafts; i++)
      {
        const char *d = drafts->pdata[i];
        gint64 n0 = nc_test_bench_now_ns ();
        NcReport *r = nc_checker_check (checker, d, -1, "en", NULL);

        times[i] = MIN (times[i], (double) (nc_test_bench_now_ns () - n0) / 1000.0);
        nc_report_unref (r);
      }
  qsort (times, n_drafts, sizeof (double), nc_test_bench_compare_doubles);
  printf ("p99_us_500_en: %.1f\n", times[(n_drafts * 99) / 100]);
  /* (s20-restore) the same drafts with every mark stripped, as children
   * type on phones */
  toneless = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_drafts; i++)
    times[i] = G_MAXDOUBLE;
  for (guint i = 0; i < n_drafts; i++)
    {
      g_autofree char *nfd = g_utf8_normalize (drafts->pdata[i], -1, G_NORMALIZE_NFD);
      GString *bare = g_string_sized_new (strlen (nfd));

      for (const char *q = nfd; *q; q = g_utf8_next_char (q))
        {
          gunichar u = g_utf8_get_char (q);

          if (u >= 0x300 && u <= 0x36f)
            continue;
          g_string_append_unichar (bare, u == 0x111 ? 'd' : u == 0x110 ? 'D' : u);
        }
      g_ptr_array_add (toneless, g_utf8_normalize (bare->str, -1, G_NORMALIZE_NFC));
      g_string_free (bare, TRUE);
    }
  for (int round = 0; round < 3; round++)
    for (guint i = 0; i < n_drafts; i++)
      {
        const char *d = toneless->pdata[i];
        gint64 n0 = nc_test_bench_now_ns ();
        NcReport *r = nc_checker_check (checker, d, -1, NULL, NULL);

        times[i] = MIN (times[i], (double) (nc_test_bench_now_ns () - n0) / 1000.0);
        nc_report_unref (r);
      }
  qsort (times, n_drafts, sizeof (double), nc_test_bench_compare_doubles);
  printf ("p99_us_500_toneless: %.1f\n", times[(n_drafts * 99) / 100]);
  g_ptr_array_unref (toneless);
  u16 = g_new (UChar, 4096);
  dest = g_new (UChar, 4096);
  for (guint i = 0; i < n_drafts; i++)
    times[i] = nfc_times[i] = G_MAXDOUBLE;
  for (int round = 0; round < 3; round++)
    for (guint i = 0; i < n_drafts; i++)
      {
        const char *d = drafts->pdata[i];
        gsize len = strlen (d);
        double t;
        gint64 n0;
        NcReport *r;

        t = nfc_once (d, len, u16, dest, 4096);
        nfc_times[i] = MIN (nfc_times[i], t);
        n0 = nc_test_bench_now_ns ();
        r = nc_checker_check (checker, d, (gssize) len, NULL, NULL);
        t = (double) (nc_test_bench_now_ns () - n0) / 1000.0;
        nc_report_unref (r);
        times[i] = MIN (times[i], t);
      }
  /* NC_BENCH_DRAFT_TIMES=FILE: each draft's best time (µs), in the
   * drafts' order, to find which drafts make the tail */
  if (g_getenv ("NC_BENCH_DRAFT_TIMES") != NULL)
    {
      FILE *f = fopen (g_getenv ("NC_BENCH_DRAFT_TIMES"), "w");

      for (guint i = 0; f != NULL && i < n_drafts; i++)
        fprintf (f, "%.2f\n", times[i]);
      if (f != NULL)
        fclose (f);
    }
  total_check = total_nfc = 0;
  for (guint i = 0; i < n_drafts; i++)
    {
      total_check += times[i];
      total_nfc += nfc_times[i];
    }
  qsort (times, n_drafts, sizeof (double), nc_test_bench_compare_doubles);
  qsort (nfc_times, n_drafts, sizeof (double), nc_test_bench_compare_doubles);
  printf ("median_us_500: %.1f\n", times[n_drafts / 2]);
  printf ("p99_us_500: %.1f\n", times[(n_drafts * 99) / 100]);
  printf ("nfc_median_us_500: %.2f\n", nfc_times[n_drafts / 2]);
  printf ("ratio_vs_nfc: %.2f\n", total_check / total_nfc);
  g_free (times);
  g_free (nfc_times);
  g_free (u16);
  g_free (dest);
  return 0;
}
