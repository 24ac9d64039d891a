/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-bench-family-decide — what family mode adds to a navigation decision
 *
 *   nc-bench-family-decide     (as a child's account, with the family
 *                               service on $DBUS_SYSTEM_BUS_ADDRESS; run by
 *                               tests/bench/bench-family.py)
 *
 * The app reads its rules from the rules source once, keeps them in the
 * browser context and reads them again only on "changed" (the service's
 * RulesChanged signal). A navigation decision is then the site policy's
 * decision on the cached rules in either mode.
 *
 * On a loaded machine a difference of a few ns is lost in the noise of
 * wall-clock time, so the measurement is made robust:
 *   - time is the thread's CPU time (CLOCK_THREAD_CPUTIME_ID): the time
 *     the thread was not running does not count;
 *   - trials are short (2,000 decisions) and come in groups of three, home,
 *     family and home again, in a random order within each group, so that
 *     drift falls on both sides alike;
 *   - the figure is the median of the paired differences of 301 groups,
 *     with the 95 % confidence interval of that median (order statistics,
 *     no assumption on the noise's shape) and the quartiles;
 *   - the same is done for home against home (an A/A comparison): its
 *     spread is what this machine can resolve at all.
 * Prints:
 *   decide_home_ns         a decision on rules read from a home store
 *                          (median of the trials)
 *   decide_family_ns       the same on rules read from the family service
 *   decide_added_ns        median of (family − home) per group; target ≤ 100
 *   decide_added_ci95_low_ns, decide_added_ci95_high_ns   its 95 % interval
 *   decide_added_p25_ns, decide_added_p75_ns              its quartiles
 *   decide_aa_ns, decide_aa_ci95_low_ns, decide_aa_ci95_high_ns
 *                          home − home: the noise floor
 *   decide_added_target    "shown" when the interval's top is ≤ 100 ns,
 *                          "not shown" otherwise
 *   rules_reread_us        reading the rules again after a change
 *                          (GetMyRules over D-Bus and parsing), median of 50
 */
#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "nc-rules-source-store.h"
#include "nc-test-bench.h"
#include "nc-test-family.h"

#define GROUPS    301
#define DECISIONS 2000

static const char *uris[] = {
  "https://www.wikipedia.org/wiki/Hanoi", "http://example.org/", "https://news.example.com/a/b?c=d",
  "https://www.facebook.com/", "http://casino.example/", "https://school.example.edu.vn/lesson",
  "https://www.youtube.com/watch?v=1", "http://live-block.example/",
};

/* CPU ns per decision, one trial. */
static double
trial_ns (NcSitePolicy   *policy,
          NcProfileRules *rules,
          GDateTime      *now)
{
  gint64 start = nc_test_bench_thread_cpu_ns ();

  for (int i = 0; i < DECISIONS; i++)
    nc_decision_free (nc_site_policy_decide (policy, uris[i % G_N_ELEMENTS (uris)], rules, now));
  return (double) (nc_test_bench_thread_cpu_ns () - start) / DECISIONS;
}

/* Sorts @values (@n) and prints NAME's median, 95 % interval of the median
 * (ranks from the binomial distribution's normal approximation) and,
 * with @quartiles, the quartiles. Returns the interval's top. */
static double
print_median (const char *name,
              double     *values,
              int         n,
              gboolean    quartiles)
{
  int k = (int) floor (n / 2.0 - 1.96 * sqrt (n) / 2.0);

  qsort (values, n, sizeof (double), nc_test_bench_compare_doubles);
  k = CLAMP (k, 0, n / 2);
  g_print ("%s_ns: %.1f\n", name, values[n / 2]);
  g_print ("%s_ci95_low_ns: %.1f\n", name, values[k]);
  g_print ("%s_ci95_high_ns: %.1f\n", name, values[n - 1 - k]);
  if (quartiles)
    {
      g_print ("%s_p25_ns: %.1f\n", name, values[n / 4]);
      g_print ("%s_p75_ns: %.1f\n", name, values[3 * n / 4]);
    }
  return values[n - 1 - k];
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
  g_autoptr(NcRulesSource) family = nc_test_family_source_new ("nc-bench-family-decide");
  g_autoptr(NcSitePolicy) policy = NULL;
  g_autoptr(NcRulesSource) home = NULL;
  g_autoptr(NcStore) store = NULL;
  g_autoptr(NcProfileRules) family_rules = NULL;
  g_autoptr(NcProfileRules) home_rules = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 1, 5, 10, 0, 0);
  g_autofree char *dir = g_dir_make_tmp ("nc-bench-decide-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "netconduct.db", NULL);
  static double home_ns[GROUPS], family_ns[GROUPS], added[GROUPS], aa[GROUPS];
  double reread[50], top;
  g_autoptr(GRand) order = g_rand_new_with_seed (13);
  gint64 profile;

  if (family == NULL)
    return 1;
  policy = nc_site_policy_new_default (&error);
  store = policy != NULL ? nc_store_open (db, &error) : NULL;
  if (store == NULL)
    {
      g_printerr ("nc-bench-family-decide: %s\n", error->message);
      return 1;
    }
  /* The home store holds the same rules as the service's, so that both
   * take the same paths. */
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

  for (int w = 0; w < 20; w++)                  /* warm up */
    trial_ns (policy, w % 2 ? home_rules : family_rules, now);
  for (int g = 0; g < GROUPS; g++)
    {
      /* home, family, home again, in a random order */
      NcProfileRules *sides[3] = { home_rules, family_rules, home_rules };
      double ns[3];
      int perm[3] = { 0, 1, 2 };

      for (int i = 2; i > 0; i--)
        {
          int j = g_rand_int_range (order, 0, i + 1), t = perm[i];
          perm[i] = perm[j], perm[j] = t;
        }
      for (int i = 0; i < 3; i++)
        ns[perm[i]] = trial_ns (policy, sides[perm[i]], now);
      home_ns[g] = ns[0];
      family_ns[g] = ns[1];
      added[g] = ns[1] - ns[0];
      aa[g] = ns[2] - ns[0];
    }

  for (guint i = 0; i < G_N_ELEMENTS (reread); i++)
    {
      g_autoptr(NcRulesSource) fresh = nc_test_family_source_new ("nc-bench-family-decide");
      gint64 start = g_get_monotonic_time ();
      g_autoptr(NcProfileRules) rules = fresh != NULL ? nc_rules_source_get_rules (fresh, 0, NULL) : NULL;

      reread[i] = rules != NULL ? (double) (g_get_monotonic_time () - start) : 1e9;
    }
  qsort (reread, G_N_ELEMENTS (reread), sizeof (double), nc_test_bench_compare_doubles);

  qsort (home_ns, GROUPS, sizeof (double), nc_test_bench_compare_doubles);
  qsort (family_ns, GROUPS, sizeof (double), nc_test_bench_compare_doubles);
  g_print ("decide_groups: %d of 3 x %d decisions\n", GROUPS, DECISIONS);
  g_print ("decide_home_ns: %.1f\n", home_ns[GROUPS / 2]);
  g_print ("decide_family_ns: %.1f\n", family_ns[GROUPS / 2]);
  top = print_median ("decide_added", added, GROUPS, TRUE);
  print_median ("decide_aa", aa, GROUPS, FALSE);
  g_print ("decide_added_target: %s\n", top <= 100.0 ? "shown (95 % interval's top <= 100 ns)"
                                                     : "not shown (95 % interval's top > 100 ns)");
  g_print ("rules_reread_us: %.0f\n", reread[G_N_ELEMENTS (reread) / 2]);

  g_clear_object (&store);
  g_unlink (db);
  return 0;
}
