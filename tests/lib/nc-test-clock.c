/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-test-clock.c — a clock a test moves by hand */
#include "config.h"

#include "nc-test-clock.h"

static void
read_cb (NcClockReading *reading,
         gpointer        user_data)
{
  NcTestClock *clock = user_data;

  reading->wall_us = clock->wall_us;
  reading->monotonic_us = clock->monotonic_us;
  reading->boottime_us = clock->boottime_us;
  g_strlcpy (reading->boot_id, clock->boot_id, sizeof reading->boot_id);
}

void
nc_test_clock_use (NcTestClock *clock)
{
  nc_clock_set_override_for_test (read_cb, clock);
}

void
nc_test_clock_pass (NcTestClock *clock,
                    gint64       seconds)
{
  clock->wall_us += seconds * G_USEC_PER_SEC;
  clock->monotonic_us += seconds * G_USEC_PER_SEC;
  clock->boottime_us += seconds * G_USEC_PER_SEC;
}
