/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-time.c — `netconductctl time set|extend|show`: daily limits,
 * allowed hours and more time today */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-ctl.h"
#include "nc-parse.h"

static int
time_set (NcStore  *store,
          int       argc,
          char    **argv)
{
  const char *daily = nc_ctl_take_option (&argc, argv, "daily");
  const char *hours = nc_ctl_take_option (&argc, argv, "hours");
  g_autofree char *daily_field = daily != NULL ? g_strconcat ("daily-limit-minutes=", daily, NULL) : NULL;
  g_autofree char *hours_field = hours != NULL ? g_strconcat ("hours=", hours, NULL) : NULL;
  char *fields[2];
  int n = 0;

  if (!nc_ctl_check_no_options (argc, argv))
    return NC_CTL_USAGE;
  if (argc != 3 || (daily == NULL && hours == NULL))
    return nc_ctl_usage (nc_ctl_time_verbs, "set");
  /* The same as `profile set NAME daily-limit-minutes=… hours=…`. */
  if (daily_field != NULL)
    fields[n++] = daily_field;
  if (hours_field != NULL)
    fields[n++] = hours_field;
  return nc_ctl_profile_apply (store, argv[2], n, fields);
}

static int
time_extend (NcStore  *store,
             int       argc,
             char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *day = nc_store_today_key ();
  gint64 id;
  int minutes;

  if (argc != 4)
    return nc_ctl_usage (nc_ctl_time_verbs, "extend");
  if (g_str_equal (argv[3], "unlimited"))
    minutes = NC_EXTENSION_NO_LIMIT;
  else if (!nc_ctl_parse_minutes (argv[3], 720, &minutes) || minutes == 0)
    return nc_ctl_fail (NC_CTL_USAGE, _("More time must be between 1 and 720 minutes."));
  id = nc_ctl_profile_id (store, argv[2]);
  if (id < 0)
    return NC_CTL_FAILED;
  if (!nc_store_grant_extension (store, id, day, minutes, &error))
    return nc_ctl_fail_error (error);
  return NC_CTL_OK;
}

static int
time_show (NcStore  *store,
           int       argc,
           char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *day = nc_store_today_key ();
  g_autoptr(NcProfile) p = nc_store_find_profile (store, argv[2], &error);
  int extension;

  if (p == NULL)
    return nc_ctl_fail_error (error);
  extension = nc_store_get_extension (store, p->id, day);
  g_print ("daily-limit: %d\n", p->daily_limit_minutes);
  g_print ("used-today: %d\n", nc_store_get_usage (store, p->id, day) / 60);
  if (extension == NC_EXTENSION_NO_LIMIT)
    g_print ("extension-today: unlimited\n");
  else
    g_print ("extension-today: %d\n", extension);
  for (int d = 0; d < 7; d++)
    {
      g_autofree char *text = nc_format_hours (p->allowed_hours[d]);
      g_print ("hours %s: %s\n", nc_day_name (d), text);
    }
  return NC_CTL_OK;
}

const NcCtlVerb nc_ctl_time_verbs[] = {
  { "set", N_("Usage: netconductctl time set NAME [--daily MINUTES] [--hours mon-fri=7-20,sat-sun=8-21]"),
    N_("Sets a profile’s daily limit in minutes (0: no limit, at most 1440) and the hours it may browse, for "
       "a day or a range of days."),
    time_set, 0 },
  { "extend", N_("Usage: netconductctl time extend NAME MINUTES|unlimited"),
    N_("Gives a profile more time today: 1 to 720 minutes, or no limit for the rest of the day."),
    time_extend, 0 },
  { "show", N_("Usage: netconductctl time show NAME"),
    N_("Shows a profile’s daily limit, the minutes used today, today’s extra time and the allowed hours of "
       "each day."),
    time_show, 3 },
  { NULL, NULL, NULL }
};

int
nc_ctl_time (NcStore  *store,
             int       argc,
             char    **argv)
{
  return nc_ctl_run_verb (nc_ctl_time_verbs, N_("Usage: netconductctl time set|extend|show …"), store, argc, argv);
}
