/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-probe — a child's side of family mode, for tests/check-family.py
 *
 *   nc-family-probe HOST
 *
 * Reads the calling account's rules and imported category lists from the
 * family service on $DBUS_SYSTEM_BUS_ADDRESS through NcRulesSourceFamily
 * and prints "decide HOST ACTION" (the site policy's decision, on a Monday
 * at 10:00),
 * then the same again after each "changed", until HOST is blocked or 10
 * seconds pass. "error MESSAGE" when the rules cannot be read.
 */
#include "config.h"

#include "nc-store.h"
#include "nc-test-family.h"

typedef struct {
  NcRulesSource *source;
  NcSitePolicy  *policy;
  GPtrArray     *sets;          /* the policy's imported sets */
  const char    *host;
  GMainLoop     *loop;
  gboolean       done;          /* blocked, or failed */
} Probe;

static void
decide (Probe *probe)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcProfileRules) rules = nc_rules_source_get_rules (probe->source, 0, &error);
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 1, 5, 10, 0, 0);
  g_autoptr(NcDecision) decision = NULL;

  g_autoptr(GPtrArray) sets = rules != NULL ? nc_rules_source_get_imported_sets (probe->source, &error) : NULL;

  if (rules != NULL && sets != NULL && sets != probe->sets)
    {
      g_clear_object (&probe->policy);
      probe->policy = nc_site_policy_new_with_sets (NULL, sets, &error);
      g_clear_pointer (&probe->sets, g_ptr_array_unref);
      probe->sets = g_ptr_array_ref (sets);
    }
  if (rules == NULL || sets == NULL || probe->policy == NULL)
    {
      g_print ("error %s\n", error->message);
      probe->done = TRUE;
      g_main_loop_quit (probe->loop);
      return;
    }
  decision = nc_site_policy_decide_host (probe->policy, probe->host, rules, monday);
  g_print ("decide %s %s\n", probe->host, nc_action_to_string (decision->action));
  if (decision->action == NC_ACTION_BLOCK)
    {
      probe->done = TRUE;
      g_main_loop_quit (probe->loop);
    }
}

static void
changed_cb (NcRulesSource *source,
            gpointer       user_data)
{
  decide (user_data);
}

static gboolean
timeout_cb (gpointer user_data)
{
  Probe *probe = user_data;

  g_print ("timeout\n");
  g_main_loop_quit (probe->loop);
  return G_SOURCE_REMOVE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(NcRulesSource) source = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  Probe probe;

  if (argc != 2)
    {
      g_printerr ("Usage: nc-family-probe HOST\n");
      return 2;
    }
  source = nc_test_family_source_new ("nc-family-probe");
  if (source == NULL)
    return 1;
  loop = g_main_loop_new (NULL, FALSE);
  probe = (Probe) { source, NULL, NULL, argv[1], loop, FALSE };
  g_signal_connect (source, "changed", G_CALLBACK (changed_cb), &probe);
  decide (&probe);
  if (!probe.done)
    {
      g_timeout_add_seconds (10, timeout_cb, &probe);
      g_main_loop_run (loop);
    }
  g_clear_object (&probe.policy);
  g_clear_pointer (&probe.sets, g_ptr_array_unref);
  return 0;
}
