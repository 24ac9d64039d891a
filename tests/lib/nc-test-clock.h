/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-clock.h — a clock a test moves by hand */
#pragma once

#include "nc-clock.h"

G_BEGIN_DECLS

typedef struct {
  gint64 wall_us;
  gint64 monotonic_us;
  gint64 boottime_us;
  char   boot_id[40];
} NcTestClock;

/* From now on nc_clock_read() reads @clock (until
 * nc_clock_set_override_for_test (NULL, NULL)). */
void nc_test_clock_use  (NcTestClock *clock);
/* Real time passes: every clock moves @seconds. */
void nc_test_clock_pass (NcTestClock *clock,
                         gint64       seconds);

G_END_DECLS
