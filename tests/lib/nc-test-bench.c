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

double
nc_test_bench_rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  if (line == NULL)
    return -1;
  return g_ascii_strtod (line + 6, NULL) / 1024.0;
}
