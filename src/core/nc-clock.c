/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-clock.c — the clocks the lock-outs and time limits trust */
#include "config.h"

#include <time.h>

#include "nc-clock.h"

static NcClockFunc override_func;
static gpointer override_data;

static const char *
read_boot_id (void)
{
  static char boot_id[40];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_autofree char *contents = NULL;

      if (g_file_get_contents ("/proc/sys/kernel/random/boot_id", &contents, NULL, NULL))
        g_strlcpy (boot_id, g_strstrip (contents), sizeof boot_id);
      g_once_init_leave (&done, 1);
    }
  return boot_id;
}

void
nc_clock_read (NcClockReading *reading)
{
  struct timespec ts;

  g_return_if_fail (reading != NULL);

  if (override_func != NULL)
    {
      memset (reading, 0, sizeof *reading);
      override_func (reading, override_data);
      return;
    }

  reading->wall_us = g_get_real_time ();
  reading->monotonic_us = g_get_monotonic_time ();
#ifdef CLOCK_BOOTTIME
  if (clock_gettime (CLOCK_BOOTTIME, &ts) == 0)
    reading->boottime_us = (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
  else
#endif
    reading->boottime_us = reading->monotonic_us;
  g_strlcpy (reading->boot_id, read_boot_id (), sizeof reading->boot_id);
}

void
nc_clock_set_override_for_test (NcClockFunc func,
                                gpointer    user_data)
{
  override_func = func;
  override_data = user_data;
}
