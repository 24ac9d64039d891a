/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-url-host.c — libFuzzer harness for URL host parsing and decisions
 *
 * Build: CC=clang meson setup _build-fuzz -Dfuzzing=true
 *        ninja -C _build-fuzz tests/fuzz/fuzz-url-host
 * Run:   _build-fuzz/tests/fuzz/fuzz-url-host -max_len=512
 */
#include "config.h"

#include <string.h>

#include "nc-site-policy.h"
#include "nc-url-host.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static NcSitePolicy *
get_policy (void)
{
  static NcSitePolicy *policy = NULL;

  if (policy == NULL)
    {
      g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();
      g_autoptr(NcDomainSet) set = NULL;

      nc_domain_set_builder_add (builder, "example.com", 1);
      nc_domain_set_builder_add (builder, "facebook.com", 1u << NC_SITE_CATEGORY_SOCIAL);
      nc_domain_set_builder_add (builder, "1.2.3.4", 2);
      set = nc_domain_set_builder_build (builder);
      policy = nc_site_policy_new_for_set (set);
    }
  return policy;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const char * const allow[] = { "kids.example", "*.school.example", "https://a.example/", NULL };
  static const char * const block[] = { "blocked.example", "1.2.3.4", NULL };
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 25, 10, 0, 0);
  char host[NC_HOST_MAX];
  NcHostKind kind;
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
  g_autoptr(NcProfileRules) rules = NULL;
  g_autoptr(NcProfileRules) own = NULL;
  int len;

  /* The raw bytes as a host (may hold NULs: only @size counts). */
  if (size > 0)
    {
      len = nc_host_normalize ((const char *) data, size, host, &kind);
      g_assert (len < NC_HOST_MAX);
      if (len >= 0)
        g_assert (strlen (host) == (size_t) len);
    }

  /* As a URL, and as a whole decision with safe search and parent lists. */
  nc_url_parse_host (text, host, &len, &kind);
  g_assert (len < NC_HOST_MAX);
  nc_profile_rules_builder_init (&builder, NC_AGE_BAND_10_12);
  nc_profile_rules_builder_allow_any_hour (&builder);
  nc_profile_rules_builder_add_parent_allow (&builder, allow);
  nc_profile_rules_builder_add_parent_block (&builder, block);
  rules = nc_profile_rules_builder_end (&builder);
  nc_decision_free (nc_site_policy_decide (get_policy (), text, rules, now));
  nc_profile_rules_builder_init (&builder, NC_AGE_BAND_10_12);
  nc_profile_rules_builder_allow_any_hour (&builder);
  nc_profile_rules_builder_add_parent_allow (&builder, (const char * const []) { text, NULL });
  nc_profile_rules_builder_add_parent_block (&builder, block);
  own = nc_profile_rules_builder_end (&builder);
  nc_decision_free (nc_site_policy_decide (get_policy (), "https://www.google.com/search?q=x", own, now));

  return 0;
}
