/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-decide.c — `netconductctl decide URL --profile NAME`: what the
 * browser would do with a URL for a profile, now, as JSON */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "nc-ctl.h"
#include "nc-list-folder.h"
#include "nc-site-policy.h"

const NcCtlVerb nc_ctl_decide_verbs[] = {
  { NULL, N_("Usage: netconductctl decide URL --profile NAME"),
    N_("Prints as JSON what the browser would do now with URL for a profile: the action, the reason, the "
       "category, whether the administrator of the computer locked it, and the address to load (a "
       "safe-search address in place of a search).") },
  { NULL, NULL, NULL }
};

/* The policy the browser builds: the shipped lists plus every imported
 * category list; fail closed when one cannot be loaded. */
static NcSitePolicy *
load_policy (NcStore *store)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) paths = nc_list_folder_list_compiled (store, &error);
  NcSitePolicy *policy;

  policy = paths != NULL ? nc_site_policy_new_from_files ((const char * const *) paths, &error) : NULL;
  if (policy == NULL)
    {
      g_printerr (_("netconductctl: the site lists cannot be loaded (%s); deciding as the browser would: fail closed.\n"),
                  error != NULL ? error->message : "?");
      policy = nc_site_policy_new_fail_closed ();
    }
  return policy;
}

int
nc_ctl_decide (NcStore  *store,
               int       argc,
               char    **argv)
{
  g_autoptr(GError) error = NULL;
  gint64 profile = nc_ctl_profile_option (store, &argc, argv, FALSE);
  g_autoptr(NcProfileRules) rules = NULL;
  g_autoptr(NcSitePolicy) policy = NULL;
  g_autoptr(NcDecision) decision = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(JsonBuilder) b = json_builder_new ();

  if (profile < 0)
    return NC_CTL_USAGE;
  if (argc != 2 || g_str_has_prefix (argv[1], "--"))
    return nc_ctl_usage (nc_ctl_decide_verbs, NULL);

  rules = nc_store_get_profile_rules (store, profile, &error);
  if (rules == NULL)
    return nc_ctl_fail_error (error);
  policy = load_policy (store);
  decision = nc_site_policy_decide (policy, argv[1], rules, now);

  json_builder_begin_object (b);
  nc_ctl_json_string (b, "action", nc_action_to_string (decision->action));
  nc_ctl_json_string (b, "reason", nc_reason_to_string (decision->reason));
  json_builder_set_member_name (b, "category");
  if (decision->category >= 0)
    json_builder_add_string_value (b, nc_site_category_to_string (decision->category));
  else
    json_builder_add_null_value (b);
  nc_ctl_json_bool (b, "locked", decision->locked);
  json_builder_set_member_name (b, "url");
  if (decision->url != NULL)
    json_builder_add_string_value (b, decision->url);
  else
    json_builder_add_null_value (b);
  json_builder_end_object (b);

  nc_ctl_print_json (b, FALSE);
  return NC_CTL_OK;
}
