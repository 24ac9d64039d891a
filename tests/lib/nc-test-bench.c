/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-bench.c — clocks, sorting and memory for the benchmark programs */
#include "config.h"

#include <string.h>
#include <time.h>

#include "nc-test-bench.h"

static gint64
clock_ns (clockid_t id)
{
  struct timespec ts;

  clock_gettime (id, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

gint64
nc_test_bench_now_ns (void)
{
  return clock_ns (CLOCK_MONOTONIC);
}

gint64
nc_test_bench_thread_cpu_ns (void)
{
  return clock_ns (CLOCK_THREAD_CPUTIME_ID);
}

int
nc_test_bench_compare_doubles (const void *a,
                               const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The kB figure after @field (at the start of a line, never the first) in
 * /proc/self/@file, in MiB; -1 when unknown. */
static double
proc_self_mb (const char *file,
              const char *field)
{
  g_autofree char *path = g_build_filename ("/proc/self", file, NULL);
  g_autofree char *text = NULL;
  g_autofree char *key = g_strconcat ("\n", field, NULL);
  const char *line;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return -1;
  line = strstr (text, key);
  if (line == NULL)
    return -1;
  return g_ascii_strtod (line + strlen (key), NULL) / 1024.0;
}

double
nc_test_bench_rss_mb (void)
{
  return proc_self_mb ("status", "VmRSS:");
}

double
nc_test_bench_pss_mb (void)
{
  return proc_self_mb ("smaps_rollup", "Pss:");
}
