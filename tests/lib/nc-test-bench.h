/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-bench.h — clocks, sorting and memory for the benchmark programs */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Nanoseconds on the monotonic clock (wall time, never set back). */
gint64 nc_test_bench_now_ns        (void);
/* Nanoseconds of CPU time this thread has used: on a shared machine, the
 * time the thread waited for a core does not count. */
gint64 nc_test_bench_thread_cpu_ns (void);
/* qsort() order of two doubles, smallest first. */
int    nc_test_bench_compare_doubles (const void *a,
                                      const void *b);
/* This process's resident memory (VmRSS) in MiB; -1 when unknown. */
double nc_test_bench_rss_mb        (void);
/* Its proportional set size (Pss: shared pages, like libraries and the
 * web process's buffers, counted by share) in MiB; -1 when unknown. */
double nc_test_bench_pss_mb        (void);

G_END_DECLS
