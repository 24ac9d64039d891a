/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-clock.h — the clocks the lock-outs and time limits trust
 *
 * One reading of every clock at once: the wall clock (which a user can
 * move), the monotonic clock (stops while suspended), the boot-time clock
 * (keeps counting while suspended) and the boot id (changes at each boot;
 * the two last clocks restart then). Tests may replace the reading.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gint64 wall_us;        /* g_get_real_time () */
  gint64 monotonic_us;   /* g_get_monotonic_time () */
  gint64 boottime_us;    /* CLOCK_BOOTTIME */
  char   boot_id[40];    /* "" when unknown */
} NcClockReading;

typedef void (*NcClockFunc) (NcClockReading *reading,
                             gpointer        user_data);

void nc_clock_read                  (NcClockReading *reading);

/* Test hook: every later nc_clock_read() asks @func (NULL restores the
 * real clocks). Never called by the app. */
void nc_clock_set_override_for_test (NcClockFunc     func,
                                     gpointer        user_data);

G_END_DECLS
