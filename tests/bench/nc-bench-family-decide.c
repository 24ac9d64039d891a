/* nc-bench-family-decide — what family mode adds to a navigation decision
 *
 *   nc-bench-family-decide     (as a child's account, with the family
 *                               service on $DBUS_SYSTEM_BUS_ADDRESS; run by
 *                               tests/bench/bench-family.py)
 *
 * The app reads its rules from the rules source once, keeps them in the
 * browser context and reads them again only on "changed" (the service's
 * RulesChanged signal). A navigation decision is then the site policy's
 * decision on the cached rules in either mode. Prints:
 *   decide_home_ns    a decision on rules read from a home store (median
 *                     of 15 rounds of 20,000 decisions over 8 addresses)
 *   decide_family_ns  the same on rules read from the family service
 *   decide_added_ns   family − home (target ≤ 100)
 *   rules_reread_us   reading the rules again after a change (GetMyRules
 *                     over D-Bus and parsing), median of 50
 */
#include "config.h"

#include <glib/gstdio.h>

#include "nc-rules-source-family.h"
#include "nc-rules-source-store.h"

#define ROUNDS    15
#define DECISIONS 20000

static const char *uris[] = {
  "https://www.wikipedia.org/wiki/Hanoi", "http://example.org/", "https://news.example.com/a/b?c=d",
  "https://www.facebook.com/", "http://casino.example/", "https://school.example.edu.vn/lesson",
  "https://www.youtube.com/watch?v=1", "http://live-block.example/",
};

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* ns per decision, one round */
static double
round_ns (NcSitePolicy   *policy,
          NcProfileRules *rules,
          GDateTime      *now)
{
  gint64 start = g_get_monotonic_time ();

  for (int i = 0; i < DECISIONS; i++)
    nc_decision_free (nc_site_policy_decide (policy, uris[i % G_N_ELEMENTS (uris)], rules, now));
  return (double) (g_get_monotonic_time () - start) * 1000.0 / DECISIONS;
}

/* A home-store profile with @rules' values. */
static gboolean
copy_to_store (NcStore         *store,
               NcProfileRules  *rules,
               gint64          *profile_id,
               GError         **error)
{
  g_autoptr(NcProfile) profile = NULL;
  const char * const *allow = nc_profile_rules_get_parent_allow (rules);
  const char * const *block = nc_profile_rules_get_parent_block (rules);

  *profile_id = nc_store_add_profile (store, "An", "", nc_profile_rules_get_age_band (rules), error);
  profile = *profile_id != 0 ? nc_store_get_profile (store, *profile_id, error) : NULL;
  if (profile == NULL)
    return FALSE;
  profile->social_allowed = nc_profile_rules_is_social_allowed (rules);
  profile->allow_list_only = nc_profile_rules_is_allow_list_only (rules);
  profile->blocked_categories = nc_profile_rules_get_blocked_categories (rules);
  for (int day = 0; day < 7; day++)
    profile->allowed_hours[day] = nc_profile_rules_get_allowed_hours (rules, day);
  if (!nc_store_update_profile (store, profile, error))
    return FALSE;
  for (guint i = 0; allow[i] != NULL; i++)
    if (!nc_store_add_host (store, *profile_id, NC_LIST_ALLOW, allow[i], error))
      return FALSE;
  for (guint i = 0; block[i] != NULL; i++)
    if (!nc_store_add_host (store, *profile_id, NC_LIST_BLOCK, block[i], error))
      return FALSE;
  return TRUE;
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SYSTEM, NULL, &error);
  g_autoptr(NcSitePolicy) policy = NULL;
  g_autoptr(NcRulesSource) family = NULL;
  g_autoptr(NcRulesSource) home = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autoptr(NcProfileRules) family_rules = NULL;
  g_autoptr(NcProfileRules) home_rules = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 1, 5, 10, 0, 0);
  g_autofree char *dir = g_dir_make_tmp ("nc-bench-decide-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "netconduct.db", NULL);
  double home_ns[ROUNDS], family_ns[ROUNDS], reread[50];
  gint64 profile;

  policy = bus != NULL ? nc_site_policy_new_default (&error) : NULL;
  store = policy != NULL ? nc_store_open (db, &error) : NULL;
  if (store == NULL)
    {
      g_printerr ("nc-bench-family-decide: %s\n", error->message);
      return 1;
    }
  /* The home store holds the same rules as the service's, so that both
   * take the same paths. */
  family = nc_rules_source_family_new (bus, NC_FAMILY_BUS_NAME);
  family_rules = nc_rules_source_get_rules (family, 0, &error);
  if (family_rules == NULL || !copy_to_store (store, family_rules, &profile, &error))
    {
      g_printerr ("nc-bench-family-decide: %s\n", error->message);
      return 1;
    }
  home = nc_rules_source_store_new (store);
  home_rules = nc_rules_source_get_rules (home, profile, &error);
  if (home_rules == NULL)
    {
      g_printerr ("nc-bench-family-decide: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    {
      g_autoptr(NcDecision) a = nc_site_policy_decide (policy, uris[i], home_rules, now);
      g_autoptr(NcDecision) b = nc_site_policy_decide (policy, uris[i], family_rules, now);

      if (a->action != b->action || a->reason != b->reason)
        {
          g_printerr ("nc-bench-family-decide: %s is decided differently\n", uris[i]);
          return 1;
        }
    }

  round_ns (policy, home_rules, now);           /* warm up */
  round_ns (policy, family_rules, now);
  for (int r = 0; r < ROUNDS; r++)
    {
      /* In turn, each first in every other round: a loaded machine's
       * drift falls on both. */
      if (r % 2 == 0)
        home_ns[r] = round_ns (policy, home_rules, now);
      family_ns[r] = round_ns (policy, family_rules, now);
      if (r % 2 == 1)
        home_ns[r] = round_ns (policy, home_rules, now);
    }
  qsort (home_ns, ROUNDS, sizeof (double), compare_double);
  qsort (family_ns, ROUNDS, sizeof (double), compare_double);

  for (guint i = 0; i < G_N_ELEMENTS (reread); i++)
    {
      g_autoptr(NcRulesSource) fresh = nc_rules_source_family_new (bus, NC_FAMILY_BUS_NAME);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(NcProfileRules) rules = nc_rules_source_get_rules (fresh, 0, NULL);

      reread[i] = rules != NULL ? (double) (g_get_monotonic_time () - start) : 1e9;
    }
  qsort (reread, G_N_ELEMENTS (reread), sizeof (double), compare_double);

  g_print ("decide_home_ns: %.0f\n", home_ns[ROUNDS / 2]);
  g_print ("decide_family_ns: %.0f\n", family_ns[ROUNDS / 2]);
  g_print ("decide_added_ns: %.0f\n", family_ns[ROUNDS / 2] - home_ns[ROUNDS / 2]);
  g_print ("rules_reread_us: %.0f\n", reread[G_N_ELEMENTS (reread) / 2]);

  g_clear_object (&store);
  g_unlink (db);
  return 0;
}
