/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-status.c — `netconductctl status`: the database, the parent PIN,
 * the profiles and the administrator's policy, for a person to read */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-ctl.h"
#include "nc-managed.h"
#include "nc-pin.h"

const NcCtlVerb nc_ctl_status_verbs[] = {
  { NULL, N_("Usage: netconductctl status"),
    N_("Shows the database and its state, whether a parent PIN is set, the profiles, and the administrator’s "
       "policy: its folder, its files, the settings it locks and any problem in it.") },
  { NULL, NULL, NULL }
};

int
nc_ctl_status (NcStore  *store,
               int       argc,
               char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_auto(GStrv) locked = NULL;
  const char * const *files;
  const char * const *problems;
  const char *recovery[] = { N_("fine"), N_("restored from a backup"), N_("damaged and started afresh; strictest settings until a parent checks") };

  if (argc > 1)
    return nc_ctl_fail (NC_CTL_USAGE, _("“status” takes no arguments."));

  profiles = nc_store_list_profiles (store, &error);
  if (profiles == NULL)
    return nc_ctl_fail_error (error);

  g_print (_("Database: %s\n"), nc_store_get_path (store));
  g_print (_("Schema version: %d\n"), nc_store_get_schema_version (store));
  g_print (_("State: %s\n"), _(recovery[nc_store_get_recovery (store)]));
  if (!nc_pin_is_set (store))
    g_print (_("Parent PIN: not set\n"));
  else if (nc_pin_get_wait_seconds (store) > 0)
    g_print (_("Parent PIN: set; locked for %lld more seconds after %d wrong tries\n"),
             (long long) nc_pin_get_wait_seconds (store), nc_pin_get_failures (store));
  else
    g_print (_("Parent PIN: set\n"));
  g_print (_("First-run setup done: %s\n"),
           nc_store_get_boolean (store, NC_SETTING_FIRST_RUN_DONE, FALSE) ? _("yes") : _("no"));
  g_print (_("Profiles: %u\n"), profiles->len);
  for (guint i = 0; i < profiles->len; i++)
    {
      NcProfile *p = profiles->pdata[i];
      g_print ("  %s (%s)\n", p->name, nc_age_band_to_string (p->age_band));
    }

  files = nc_store_get_policy_files (store);
  locked = nc_store_list_locked_keys (store);
  problems = nc_store_get_policy_problems (store);
  g_print (_("Policy folder: %s\n"), nc_managed_get_default_dir ());
  if (problems[0] != NULL)
    {
      g_print (_("Problems in the administrator’s policy (the strictest value applies):\n"));
      for (gsize i = 0; problems[i] != NULL; i++)
        g_print ("  %s\n", problems[i]);
    }
  if (files[0] != NULL || locked[0] != NULL)
    {
      g_print (_("Administrator’s policy files:\n"));
      for (gsize i = 0; files[i] != NULL; i++)
        g_print ("  %s\n", files[i]);
      g_print (_("Locked settings:\n"));
      for (gsize i = 0; locked[i] != NULL; i++)
        {
          g_autofree char *value = nc_store_get_string (store, locked[i], "");
          g_print ("  %s=%s\n", locked[i], value);
        }
      for (int k = 0; k < 2; k++)
        {
          g_auto(GStrv) hosts = nc_store_list_locked_hosts (store, k == 0 ? NC_LIST_ALLOW : NC_LIST_BLOCK);
          for (gsize i = 0; hosts[i] != NULL; i++)
            g_print ("  %s %s\n", k == 0 ? "allow" : "block", hosts[i]);
        }
    }
  return NC_CTL_OK;
}
