/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-site-policy.c — every decision rule, their precedence, safe search,
 * the shipped lists and failing closed */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "nc-request-policy.h"
#include "nc-site-policy.h"
#include "nc-url-host.h"

#define BIT(c) (1u << (c))

/* The lists a test policy knows, by category. */
static const struct {
  const char *host;
  guint16     mask;
} test_entries[] = {
  { "adult.example",    BIT (NC_SITE_CATEGORY_ADULT) },
  { "casino.example",   BIT (NC_SITE_CATEGORY_GAMBLING) },
  { "bet.example",      BIT (NC_SITE_CATEGORY_GAMBLING) },
  { "proxy.example",    BIT (NC_SITE_CATEGORY_BYPASS) },
  { "phish.example",    BIT (NC_SITE_CATEGORY_PHISHING) },
  { "malware.example",  BIT (NC_SITE_CATEGORY_MALWARE) },
  { "dating.example",   BIT (NC_SITE_CATEGORY_DATING) },
  { "facebook.com",     BIT (NC_SITE_CATEGORY_SOCIAL) },
  { "zalo.me",          BIT (NC_SITE_CATEGORY_SOCIAL) },
  { "youtube.com",      BIT (NC_SITE_CATEGORY_SOCIAL) },
  { "mixed.example",    BIT (NC_SITE_CATEGORY_ADULT) | BIT (NC_SITE_CATEGORY_SOCIAL) },
};

static const char * const parent_allow[] = {
  "kids.example", "*.school.example", "https://casino.example/", "facebook.com",
  "both.example", NULL,
};
static const char * const parent_block[] = {
  "both.example", "blocked.example", "1.2.3.4", NULL,
};

typedef enum {
  P_6_9,
  P_10_12,
  P_13_15,
  P_ADULT,
} Profile;

/* The defaults of @profile's band, with parent_block, and parent_allow
 * unless @own_allow. */
static void
builder_for (NcProfileRulesBuilder *builder,
             Profile                profile,
             gboolean               own_allow)
{
  static const NcAgeBand bands[] = {
    NC_AGE_BAND_6_9, NC_AGE_BAND_10_12, NC_AGE_BAND_13_15, NC_AGE_BAND_ADULT,
  };

  nc_profile_rules_builder_init (builder, bands[profile]);
  if (!own_allow)
    nc_profile_rules_builder_add_parent_allow (builder, parent_allow);
  nc_profile_rules_builder_add_parent_block (builder, parent_block);
}

static NcProfileRules *
rules_for (Profile profile)
{
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();

  builder_for (&builder, profile, FALSE);
  return nc_profile_rules_builder_end (&builder);
}

/* A policy over the test entries and, unless @mirrors is NULL, the hosts
 * of @mirrors (NULL-terminated) in the mirror category. */
static NcSitePolicy *
make_policy_with_mirrors (const char * const *mirrors)
{
  g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();
  g_autoptr(NcDomainSet) set = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (test_entries); i++)
    g_assert_true (nc_domain_set_builder_add (builder, test_entries[i].host, test_entries[i].mask));
  for (gsize i = 0; mirrors != NULL && mirrors[i] != NULL; i++)
    g_assert_true (nc_domain_set_builder_add (builder, mirrors[i], BIT (NC_SITE_CATEGORY_MIRROR)));
  set = nc_domain_set_builder_build (builder);
  return nc_site_policy_new_for_set (set);
}

static NcSitePolicy *
make_test_policy (void)
{
  return make_policy_with_mirrors (NULL);
}

/* Wednesday 25 November 2026 at @hour, local time. */
static GDateTime *
wednesday_at (int hour)
{
  return g_date_time_new_local (2026, 11, 25, hour, 30, 0);
}

typedef struct {
  Profile     profile;
  int         hour;
  const char *url;
  NcAction    action;
  NcReason    reason;
  int         category;
} DecisionCase;

#define NONE -1
#define CAT(c) NC_SITE_CATEGORY_##c

static const DecisionCase decision_cases[] = {
  /* Plain sites. */
  { P_10_12, 10, "https://news.example/", NC_ACTION_ALLOW, NC_REASON_NONE, NONE },
  { P_10_12, 10, "https://notfacebook.com/", NC_ACTION_ALLOW, NC_REASON_NONE, NONE },
  /* Categories, and every subdomain of a listed domain. */
  { P_10_12, 10, "https://adult.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (ADULT) },
  { P_10_12, 10, "https://WWW.Adult.Example./x", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (ADULT) },
  { P_10_12, 10, "https://bet.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (GAMBLING) },
  { P_10_12, 10, "https://proxy.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (BYPASS) },
  { P_10_12, 10, "https://dating.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (DATING) },
  { P_10_12, 10, "https://a.malware.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (MALWARE) },
  /* The host is what counts, not what the URL pretends. */
  { P_10_12, 10, "http://facebook.com@adult.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (ADULT) },
  { P_10_12, 10, "http://news.example\\@adult.example/", NC_ACTION_ALLOW, NC_REASON_NONE, NONE },
  { P_10_12, 10, "https://adult.example.news.example/", NC_ACTION_ALLOW, NC_REASON_NONE, NONE },
  /* Local schemes and broken URLs never load. */
  { P_10_12, 10, "file:///etc/passwd", NC_ACTION_BLOCK, NC_REASON_BAD_URL, NONE },
  { P_ADULT, 10, "file:///home/", NC_ACTION_BLOCK, NC_REASON_BAD_URL, NONE },
  { P_10_12, 10, "javascript:alert(1)", NC_ACTION_BLOCK, NC_REASON_BAD_URL, NONE },
  { P_10_12, 10, "https://a..b/", NC_ACTION_BLOCK, NC_REASON_BAD_URL, NONE },
  { P_10_12, 10, "netconduct:blocked", NC_ACTION_ALLOW, NC_REASON_NONE, NONE },
  /* Social sites: off for 10–12, with the guard for 13–15 and adults. */
  { P_10_12, 10, "https://chat.zalo.me/", NC_ACTION_BLOCK, NC_REASON_SOCIAL_NOT_ALLOWED, CAT (SOCIAL) },
  { P_13_15, 10, "https://chat.zalo.me/", NC_ACTION_GUARD, NC_REASON_NONE, CAT (SOCIAL) },
  { P_ADULT, 10, "https://zalo.me/", NC_ACTION_GUARD, NC_REASON_NONE, CAT (SOCIAL) },
  /* A blocked category beats the guard. */
  { P_13_15, 10, "https://mixed.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (ADULT) },
  /* The parent's allow list beats categories and social-off, and a
   * social site on it keeps the guard. */
  { P_10_12, 10, "https://casino.example/", NC_ACTION_ALLOW, NC_REASON_PARENT_ALLOW, NONE },
  { P_10_12, 10, "https://m.facebook.com/", NC_ACTION_GUARD, NC_REASON_PARENT_ALLOW, CAT (SOCIAL) },
  { P_10_12, 10, "http://adult.example@facebook.com/", NC_ACTION_GUARD, NC_REASON_PARENT_ALLOW, CAT (SOCIAL) },
  /* The parent's block list beats everything, the allow list included. */
  { P_10_12, 10, "https://both.example/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE },
  { P_10_12, 10, "https://www.blocked.example/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE },
  { P_ADULT, 10, "https://blocked.example/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE },
  { P_10_12, 10, "http://1.2.3.4/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE },
  { P_10_12, 10, "http://0x01020304/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE },
  { P_10_12, 10, "http://[::ffff:1.2.3.4]/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE },
  { P_10_12, 23, "https://both.example/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE },
  /* Schedule: outside the hours everything stops, parent-allowed sites
   * too; internal pages still load. Adults have every hour. */
  { P_10_12, 23, "https://news.example/", NC_ACTION_BLOCK, NC_REASON_SCHEDULE, NONE },
  { P_10_12, 23, "https://casino.example/", NC_ACTION_BLOCK, NC_REASON_SCHEDULE, NONE },
  { P_10_12, 5, "https://kids.example/", NC_ACTION_BLOCK, NC_REASON_SCHEDULE, NONE },
  { P_10_12, 23, "netconduct:blocked", NC_ACTION_ALLOW, NC_REASON_NONE, NONE },
  { P_ADULT, 3, "https://news.example/", NC_ACTION_ALLOW, NC_REASON_NONE, NONE },
  /* Allow-list-only mode (6–9): only what a parent allowed. */
  { P_6_9, 10, "https://news.example/", NC_ACTION_BLOCK, NC_REASON_ALLOW_LIST_ONLY, NONE },
  { P_6_9, 10, "https://kids.example/", NC_ACTION_ALLOW, NC_REASON_PARENT_ALLOW, NONE },
  { P_6_9, 10, "https://games.kids.example/", NC_ACTION_ALLOW, NC_REASON_PARENT_ALLOW, NONE },
  { P_6_9, 10, "https://school.example/", NC_ACTION_ALLOW, NC_REASON_PARENT_ALLOW, NONE },
  { P_6_9, 10, "https://www.school.example/", NC_ACTION_ALLOW, NC_REASON_PARENT_ALLOW, NONE },
  { P_6_9, 10, "https://kids.example.evil.example/", NC_ACTION_BLOCK, NC_REASON_ALLOW_LIST_ONLY, NONE },
  { P_6_9, 10, "https://zalo.me/", NC_ACTION_BLOCK, NC_REASON_ALLOW_LIST_ONLY, CAT (SOCIAL) },
  { P_6_9, 20, "https://kids.example/", NC_ACTION_BLOCK, NC_REASON_SCHEDULE, NONE },
  /* Adults: only malware and phishing by default. */
  { P_ADULT, 10, "https://adult.example/", NC_ACTION_ALLOW, NC_REASON_NONE, CAT (ADULT) },
  { P_ADULT, 10, "https://phish.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (PHISHING) },
};

/* Decides @c with @policy and checks the action, reason and category it
 * expects, and that a closed page always says why (free the decision). */
static NcDecision *
decide_case (NcSitePolicy       *policy,
             const DecisionCase *c)
{
  g_autoptr(GDateTime) now = wednesday_at (c->hour);
  g_autoptr(NcProfileRules) rules = rules_for (c->profile);
  NcDecision *d = nc_site_policy_decide (policy, c->url, rules, now);

  g_test_message ("%s at %d:30 -> %s/%s", c->url, c->hour,
                  nc_action_to_string (d->action), nc_reason_to_string (d->reason));
  g_assert_cmpstr (nc_action_to_string (d->action), ==, nc_action_to_string (c->action));
  g_assert_cmpstr (nc_reason_to_string (d->reason), ==, nc_reason_to_string (c->reason));
  g_assert_cmpint (d->category, ==, c->category);
  /* The child always reads why a page is closed. */
  if (d->action == NC_ACTION_BLOCK)
    g_assert_true (d->message != NULL && d->message[0] != '\0');
  return d;
}

static void
test_decisions (void)
{
  g_autoptr(NcSitePolicy) policy = make_test_policy ();

  for (gsize i = 0; i < G_N_ELEMENTS (decision_cases); i++)
    {
      g_autoptr(NcDecision) d = decide_case (policy, &decision_cases[i]);

      g_assert_nonnull (d->url);
      if (d->action == NC_ACTION_ALLOW)
        g_assert_null (d->message);
    }
}

static void
test_social_category_bit (void)
{
  g_autoptr(NcSitePolicy) policy = make_test_policy ();
  g_autoptr(GDateTime) now = wednesday_at (10);
  g_autoptr(NcDecision) d = NULL;
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
  g_autoptr(NcProfileRules) rules = NULL;

  /* social_allowed, but a parent blocked the whole category. */
  builder_for (&builder, P_13_15, FALSE);
  nc_profile_rules_builder_set_blocked_categories (&builder, NC_SITE_CATEGORIES_HARMFUL | BIT (NC_SITE_CATEGORY_SOCIAL));
  rules = nc_profile_rules_builder_end (&builder);
  d = nc_site_policy_decide (policy, "https://zalo.me/", rules, now);
  g_assert_cmpint (d->action, ==, NC_ACTION_BLOCK);
  g_assert_cmpint (d->reason, ==, NC_REASON_SOCIAL_NOT_ALLOWED);
}

static void
test_messages_differ (void)
{
  g_autoptr(NcSitePolicy) policy = make_test_policy ();
  g_autoptr(GDateTime) now = wednesday_at (10);
  g_autoptr(GDateTime) late = wednesday_at (23);
  g_autoptr(NcDecision) adult = NULL, gambling = NULL, schedule = NULL, social = NULL;
  g_autoptr(NcProfileRules) rules = NULL;

  rules = rules_for (P_10_12);
  adult = nc_site_policy_decide (policy, "https://adult.example/", rules, now);
  gambling = nc_site_policy_decide (policy, "https://bet.example/", rules, now);
  schedule = nc_site_policy_decide (policy, "https://news.example/", rules, late);
  social = nc_site_policy_decide (policy, "https://zalo.me/", rules, now);
  g_assert_cmpstr (adult->message, !=, gambling->message);
  g_assert_cmpstr (adult->message, !=, schedule->message);
  g_assert_cmpstr (social->message, !=, schedule->message);
}

typedef struct {
  Profile     profile;
  const char *url;
  const char *expected;
} SafeSearchCase;

static const SafeSearchCase safe_search_cases[] = {
  { P_10_12, "https://www.google.com/search?q=cats", "https://www.google.com/search?q=cats&safe=active" },
  { P_10_12, "https://www.google.com.vn/search?q=meo&safe=off", "https://www.google.com.vn/search?q=meo&safe=active" },
  { P_10_12, "https://www.google.com/search?SAFE=off&q=x#top", "https://www.google.com/search?q=x&safe=active#top" },
  { P_10_12, "https://user@WWW.GOOGLE.COM:443/search?q=x", "https://www.google.com/search?q=x&safe=active" },
  { P_10_12, "https://www.google.com/", "https://www.google.com/?safe=active" },
  { P_10_12, "https://www.google.com/search?q=x&safe=active", "https://www.google.com/search?q=x&safe=active" },
  { P_10_12, "https://www.google.com/maps/place/Hanoi", "https://www.google.com/maps/place/Hanoi" },
  { P_10_12, "https://www.bing.com/search?q=x&adlt=off", "https://www.bing.com/search?q=x&adlt=strict" },
  { P_10_12, "https://duckduckgo.com/?q=x&kp=-2", "https://duckduckgo.com/?q=x&kp=1" },
  { P_10_12, "https://search.yahoo.com/search?p=x", "https://search.yahoo.com/search?p=x&vm=r" },
  { P_10_12, "https://vn.search.yahoo.com/search?p=x&vm=p", "https://vn.search.yahoo.com/search?p=x&vm=r" },
  { P_10_12, "https://coccoc.com/search?query=meo", "https://coccoc.com/search?query=meo&safe=1" },
  { P_10_12, "https://notgoogle.com/search?q=x", "https://notgoogle.com/search?q=x" },
  { P_10_12, "https://google.evil.example/search?q=x", "https://google.evil.example/search?q=x" },
  /* Grown-ups choose for themselves. */
  { P_ADULT, "https://www.google.com/search?q=x&safe=off", "https://www.google.com/search?q=x&safe=off" },
};

static void
test_safe_search (void)
{
  g_autoptr(NcSitePolicy) policy = make_test_policy ();
  g_autoptr(GDateTime) now = wednesday_at (10);

  for (gsize i = 0; i < G_N_ELEMENTS (safe_search_cases); i++)
    {
      const SafeSearchCase *c = &safe_search_cases[i];
      g_autoptr(NcDecision) d = NULL;
      g_autoptr(NcProfileRules) rules = NULL;

      rules = rules_for (c->profile);
      d = nc_site_policy_decide (policy, c->url, rules, now);
      g_test_message ("safe search %s -> %s", c->url, d->url);
      g_assert_cmpint (d->action, ==, NC_ACTION_ALLOW);
      g_assert_cmpstr (d->url, ==, c->expected);
      g_assert_null (d->header_name);
    }
}

static void
test_youtube_restricted (void)
{
  g_autoptr(NcSitePolicy) policy = make_test_policy ();
  g_autoptr(GDateTime) now = wednesday_at (10);
  g_autoptr(NcDecision) teen = NULL, adult = NULL;
  g_autoptr(NcProfileRules) rules = NULL;

  rules = rules_for (P_13_15);
  teen = nc_site_policy_decide (policy, "https://www.youtube.com/watch?v=abc", rules, now);
  g_assert_cmpint (teen->action, ==, NC_ACTION_GUARD);
  g_assert_cmpstr (teen->url, ==, "https://www.youtube.com/watch?v=abc");
  g_assert_cmpstr (teen->header_name, ==, "YouTube-Restrict");
  g_assert_cmpstr (teen->header_value, ==, "Strict");

  g_clear_pointer (&rules, nc_profile_rules_unref);
  rules = rules_for (P_ADULT);
  adult = nc_site_policy_decide (policy, "https://www.youtube.com/watch?v=abc", rules, now);
  g_assert_null (adult->header_name);
}

static void
test_age_defaults (void)
{
  const guint32 harmful = BIT (NC_SITE_CATEGORY_ADULT) | BIT (NC_SITE_CATEGORY_GAMBLING) |
                          BIT (NC_SITE_CATEGORY_BYPASS) | BIT (NC_SITE_CATEGORY_PHISHING);
  g_autoptr(NcProfileRules) young = nc_profile_rules_new_for_age (NC_AGE_BAND_6_9);
  g_autoptr(NcProfileRules) ten = nc_profile_rules_new_for_age (NC_AGE_BAND_10_12);
  g_autoptr(NcProfileRules) thirteen = nc_profile_rules_new_for_age (NC_AGE_BAND_13_15);
  g_autoptr(NcProfileRules) sixteen = nc_profile_rules_new_for_age (NC_AGE_BAND_16_17);
  g_autoptr(NcProfileRules) adult = nc_profile_rules_new_for_age (NC_AGE_BAND_ADULT);

  g_assert_true (nc_profile_rules_is_allow_list_only (young));
  g_assert_false (nc_profile_rules_is_social_allowed (young));
  g_assert_cmpuint (nc_profile_rules_get_blocked_categories (young) & harmful, ==, harmful);
  g_assert_null (nc_profile_rules_get_parent_allow (young)[0]);

  g_assert_false (nc_profile_rules_is_allow_list_only (ten));
  g_assert_false (nc_profile_rules_is_social_allowed (ten));
  g_assert_cmpuint (nc_profile_rules_get_blocked_categories (ten) & harmful, ==, harmful);

  g_assert_true (nc_profile_rules_is_social_allowed (thirteen));
  g_assert_cmpuint (nc_profile_rules_get_blocked_categories (thirteen) & harmful, ==, harmful);

  g_assert_true (nc_profile_rules_is_social_allowed (sixteen));
  g_assert_cmpuint (nc_profile_rules_get_blocked_categories (sixteen) & harmful, ==, harmful);

  g_assert_false (nc_profile_rules_is_allow_list_only (adult));
  for (int d = 0; d < 7; d++)
    g_assert_cmpuint (nc_profile_rules_get_allowed_hours (adult, d), ==, 0xffffff);
}

/* The lists the app ships know the sites children in Vietnam use. */
static void
test_default_lists (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcSitePolicy) policy = nc_site_policy_new_default (&error);
  static const struct {
    const char    *host;
    NcSiteCategory category;
  } known[] = {
    { "www.facebook.com", NC_SITE_CATEGORY_SOCIAL },
    { "messenger.com", NC_SITE_CATEGORY_SOCIAL },
    { "www.instagram.com", NC_SITE_CATEGORY_SOCIAL },
    { "threads.net", NC_SITE_CATEGORY_SOCIAL },
    { "www.tiktok.com", NC_SITE_CATEGORY_SOCIAL },
    { "m.youtube.com", NC_SITE_CATEGORY_SOCIAL },
    { "chat.zalo.me", NC_SITE_CATEGORY_SOCIAL },
    { "id.zalo.me", NC_SITE_CATEGORY_SOCIAL },
    { "zalo.vn", NC_SITE_CATEGORY_SOCIAL },
    { "x.com", NC_SITE_CATEGORY_SOCIAL },
    { "twitter.com", NC_SITE_CATEGORY_SOCIAL },
    { "discord.gg", NC_SITE_CATEGORY_SOCIAL },
    { "www.reddit.com", NC_SITE_CATEGORY_SOCIAL },
    { "snapchat.com", NC_SITE_CATEGORY_SOCIAL },
    { "web.telegram.org", NC_SITE_CATEGORY_SOCIAL },
    { "t.me", NC_SITE_CATEGORY_SOCIAL },
    { "www.pornhub.com", NC_SITE_CATEGORY_ADULT },
    { "anything.xxx", NC_SITE_CATEGORY_ADULT },
    { "www.bet365.com", NC_SITE_CATEGORY_GAMBLING },
    { "bestgore.com", NC_SITE_CATEGORY_VIOLENCE },
    { "erowid.org", NC_SITE_CATEGORY_DRUGS },
    { "tinder.com", NC_SITE_CATEGORY_DATING },
    { "nordvpn.com", NC_SITE_CATEGORY_BYPASS },
    { "www.torproject.org", NC_SITE_CATEGORY_BYPASS },
    { "dns.google", NC_SITE_CATEGORY_BYPASS },
    { "1.1.1.1", NC_SITE_CATEGORY_BYPASS },
    { "coinhive.com", NC_SITE_CATEGORY_MALWARE },
    { "grabify.link", NC_SITE_CATEGORY_PHISHING },
  };

  g_assert_no_error (error);
  g_assert_false (nc_site_policy_is_fail_closed (policy));
  for (gsize i = 0; i < G_N_ELEMENTS (known); i++)
    {
      g_test_message ("%s", known[i].host);
      g_assert_cmpuint (nc_site_policy_get_categories (policy, known[i].host), ==, BIT (known[i].category));
    }
  g_assert_cmpuint (nc_site_policy_get_categories (policy, "vnexpress.net"), ==, 0);
  g_assert_cmpuint (nc_site_policy_get_categories (policy, "wikipedia.org"), ==, 0);
  g_assert_cmpuint (nc_site_policy_get_categories (policy, "www.google.com"), ==, 0);
}

/* A damaged list file: the policy cannot be built, and the fail-closed
 * policy blocks children while parents' allowed sites still work. */
static void
test_fail_closed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nc-policy-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "damaged.ncset", NULL);
  const char * const paths[] = { path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(NcSitePolicy) policy = NULL;
  g_autoptr(GDateTime) now = wednesday_at (10);
  g_autoptr(NcProfileRules) rules = NULL;
  static const DecisionCase cases[] = {
    { P_10_12, 10, "https://news.example/", NC_ACTION_BLOCK, NC_REASON_NO_POLICY, NONE },
    { P_13_15, 10, "https://zalo.me/", NC_ACTION_BLOCK, NC_REASON_NO_POLICY, NONE },
    { P_10_12, 10, "https://kids.example/", NC_ACTION_ALLOW, NC_REASON_PARENT_ALLOW, NONE },
    { P_10_12, 10, "https://both.example/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE },
    { P_10_12, 10, "netconduct:blocked", NC_ACTION_ALLOW, NC_REASON_NONE, NONE },
    { P_ADULT, 10, "https://news.example/", NC_ACTION_ALLOW, NC_REASON_NONE, NONE },
  };

  g_assert_true (g_file_set_contents (path, "NCDOMSET garbage", -1, NULL));
  g_assert_null (nc_site_policy_new_from_files (paths, &error));
  g_assert_error (error, NC_DOMAIN_SET_ERROR, NC_DOMAIN_SET_ERROR_TRUNCATED);

  policy = nc_site_policy_new_fail_closed ();
  g_assert_true (nc_site_policy_is_fail_closed (policy));
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(NcDecision) d = NULL;

      rules = rules_for (cases[i].profile);
      d = nc_site_policy_decide (policy, cases[i].url, rules, now);
      g_assert_cmpint (d->action, ==, cases[i].action);
      g_assert_cmpint (d->reason, ==, cases[i].reason);
    }

  g_unlink (path);
  g_rmdir (dir);
}

/* Imported compiled lists add to the shipped ones. */
static void
test_imported_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nc-policy-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "imported.ncset", NULL);
  const char * const paths[] = { path, NULL };
  g_autoptr(NcDomainSetBuilder) builder = nc_domain_set_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(NcSitePolicy) policy = NULL;
  const char *list = "0.0.0.0 casino-imported.example\n||www.xn--bcher-kva.example^\n";

  nc_domain_set_builder_add_text (builder, list, strlen (list), BIT (NC_SITE_CATEGORY_GAMBLING), NULL);
  g_assert_true (nc_domain_set_builder_write (builder, path, &error));
  policy = nc_site_policy_new_from_files (paths, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nc_site_policy_get_categories (policy, "casino-imported.example"), ==,
                    BIT (NC_SITE_CATEGORY_GAMBLING));
  g_assert_cmpuint (nc_site_policy_get_categories (policy, "www.bücher.example"), ==,
                    BIT (NC_SITE_CATEGORY_GAMBLING));
  g_assert_cmpuint (nc_site_policy_get_categories (policy, "facebook.com"), ==,
                    BIT (NC_SITE_CATEGORY_SOCIAL));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_decide_host (void)
{
  g_autoptr(NcSitePolicy) policy = make_test_policy ();
  g_autoptr(GDateTime) now = wednesday_at (10);
  g_autoptr(NcDecision) d = NULL;
  g_autoptr(NcDecision) bad = NULL;
  g_autoptr(NcProfileRules) rules = NULL;

  rules = rules_for (P_10_12);
  d = nc_site_policy_decide_host (policy, "WWW.ADULT.EXAMPLE.", rules, now);
  g_assert_cmpint (d->reason, ==, NC_REASON_CATEGORY);
  g_assert_cmpstr (d->host, ==, "www.adult.example");
  bad = nc_site_policy_decide_host (policy, "bad host", rules, now);
  g_assert_cmpint (bad->reason, ==, NC_REASON_BAD_URL);
}

/* The administrator's policy is final: their locked categories and
 * social-allowed=false beat every local allow list (a parent's or one a
 * child slipped into the database), their block list beats any allow and
 * is marked locked (no "allow once"); only their own allow list passes
 * their categories. */
static void
test_admin_final (void)
{
  static const char * const admin_allow[] = { "bet.example", NULL };
  static const char * const admin_block[] = { "blocked.example", NULL };
  /* As the store joins them: the administrator's allow list with the
   * local ones. */
  static const char * const all_allow[] = {
    "kids.example", "casino.example", "facebook.com", "zalo.me", "mixed.example",
    "both.example", "bet.example", NULL,
  };
  static const struct {
    Profile     profile;
    const char *url;
    NcAction    action;
    NcReason    reason;
    int         category;
    gboolean    locked;
  } cases[] = {
    /* On the local allow list, but social-allowed=false from the admin. */
    { P_13_15, "https://m.facebook.com/", NC_ACTION_BLOCK, NC_REASON_SOCIAL_NOT_ALLOWED, CAT (SOCIAL), TRUE },
    { P_ADULT, "https://facebook.com/", NC_ACTION_BLOCK, NC_REASON_SOCIAL_NOT_ALLOWED, CAT (SOCIAL), TRUE },
    { P_13_15, "https://zalo.me/", NC_ACTION_BLOCK, NC_REASON_SOCIAL_NOT_ALLOWED, CAT (SOCIAL), TRUE },
    /* On the local allow list, but gambling is locked by the admin. */
    { P_10_12, "https://casino.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (GAMBLING), TRUE },
    { P_ADULT, "https://casino.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (GAMBLING), TRUE },
    /* A locked category beats the social guard, and names the category. */
    { P_13_15, "https://mixed.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (ADULT), TRUE },
    /* The administrator's own allow list passes their categories. */
    { P_10_12, "https://bet.example/", NC_ACTION_ALLOW, NC_REASON_PARENT_ALLOW, NONE, FALSE },
    /* Their block list beats everything and is locked; a parent's is not. */
    { P_ADULT, "https://blocked.example/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE, TRUE },
    /* So is a translator's copy of it: no "allow once" opens it. */
    { P_ADULT, "https://blocked-example.translate.goog/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE, TRUE },
    { P_10_12, "https://both.example/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE, FALSE },
    /* What the admin did not lock stays the parent's. */
    { P_10_12, "https://kids.example/", NC_ACTION_ALLOW, NC_REASON_PARENT_ALLOW, NONE, FALSE },
    { P_ADULT, "https://news.example/", NC_ACTION_ALLOW, NC_REASON_NONE, NONE, FALSE },
  };
  g_autoptr(NcSitePolicy) policy = make_test_policy ();
  g_autoptr(GDateTime) now = wednesday_at (10);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
      g_autoptr(NcProfileRules) rules = NULL;
      g_autoptr(NcDecision) d = NULL;

      builder_for (&builder, cases[i].profile, TRUE);
      nc_profile_rules_builder_lock_categories (&builder, BIT (NC_SITE_CATEGORY_SOCIAL) | BIT (NC_SITE_CATEGORY_GAMBLING) |
                                                          BIT (NC_SITE_CATEGORY_ADULT));
      nc_profile_rules_builder_add_parent_allow (&builder, all_allow);
      nc_profile_rules_builder_add_admin_allow (&builder, admin_allow);
      nc_profile_rules_builder_add_admin_block (&builder, admin_block);
      rules = nc_profile_rules_builder_end (&builder);
      d = nc_site_policy_decide (policy, cases[i].url, rules, now);
      g_test_message ("%s", cases[i].url);
      g_assert_cmpint (d->action, ==, cases[i].action);
      g_assert_cmpint (d->reason, ==, cases[i].reason);
      g_assert_cmpint (d->category, ==, cases[i].category);
      g_assert_cmpint (d->locked, ==, cases[i].locked);
    }
}

/* ---- proxies and mirrors ------------------------------------------------ */

/* The site a mirror shows, from its address. */
static void
test_mirror_unwrap (void)
{
  static const struct { const char *url; const char *real; } cases[] = {
    { "https://www-example-com.translate.goog/x?_x_tr_sl=en", "https://www.example.com/" },
    { "https://my--site-example-com.translate.goog/", "https://my-site.example.com/" },
    { "https://WWW-Example-COM.Translate.Goog/", "https://www.example.com/" },
    { "https://a-b.cdn.ampproject.org/c/s/a.b/x", "https://a.b/" },
    { "https://translate.google.com/translate?sl=en&u=https://example.com/x&tl=vi", "https://example.com/x" },
    { "https://translate.google.com.vn/translate?u=https%3A%2F%2Fexample.com%2F", "https://example.com/" },
    { "https://translate.google.com/translate?u=example.com", "https://example.com" },
    { "https://translate.google.com/?sl=en&tl=vi&text=hello", NULL },
    { "https://translate.yandex.com/translate?url=http://example.com/&lang=en-vi", "http://example.com/" },
    { "https://web.archive.org/web/2020*/https://example.com/x", "https://example.com/x" },
    { "https://web.archive.org/web/20200101000000/http://example.com/", "http://example.com/" },
    { "https://web.archive.org/web/20200101000000id_/example.com/a", "https://example.com/a" },
    { "https://web.archive.org/web/", NULL },
    { "https://archive.ph/newest/https://example.com/", "https://example.com/" },
    { "https://archive.today/2020.01.01-000000/https://example.com/x", "https://example.com/x" },
    { "https://archive.ph/AbCd1", NULL },
    { "https://webcache.googleusercontent.com/search?q=cache:example.com/x", "https://example.com/x" },
    { "https://webcache.googleusercontent.com/search?q=cache:Ab12Cd34:example.com/x+words",
      "https://example.com/x+words" },
    { "http://10.0.0.1.nip.io/", "http://10.0.0.1/" },
    { "http://app.10.0.0.1.nip.io:8080/", "http://10.0.0.1/" },
    { "http://10-0-0-1.sslip.io/", "http://10.0.0.1/" },
    { "http://app-192-168-1-20.traefik.me/", "http://192.168.1.20/" },
    { "http://0a000001.nip.io/", "http://10.0.0.1/" },
    { "http://anything.localtest.me/", "http://127.0.0.1/" },
    { "http://nip.io/", NULL },
    { "http://1.2.3.999.nip.io/", NULL },
    { "https://example.com/web/https://other.example/", NULL },
    { "https://translate.goog/", NULL },
    { "javascript:alert(1)", NULL },
    { "not a url", NULL },
    { "", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *real = nc_url_unwrap_mirror (cases[i].url);

      g_test_message ("%s", cases[i].url);
      g_assert_cmpstr (real, ==, cases[i].real);
    }
  g_assert_null (nc_url_unwrap_mirror (NULL));
}

static NcSitePolicy *
make_mirror_policy (void)
{
  static const char * const mirrors[] = { "translate.goog", "web.archive.org", "nip.io", NULL };

  return make_policy_with_mirrors (mirrors);
}

/* A mirror is decided on the site it shows: blocked with that site's
 * reason; and the category blocks mirrors for children anyway. */
static void
test_mirror_decisions (void)
{
  static const DecisionCase cases[] = {
    { P_10_12, 10, "https://adult-example.translate.goog/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (ADULT) },
    { P_ADULT, 10, "https://adult-example.translate.goog/", NC_ACTION_ALLOW, NC_REASON_NONE, CAT (MIRROR) },
    { P_ADULT, 10, "https://phish-example.translate.goog/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (PHISHING) },
    { P_10_12, 10, "https://news-example.translate.goog/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (MIRROR) },
    { P_13_15, 10, "https://news-example.translate.goog/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (MIRROR) },
    { P_ADULT, 10, "https://news-example.translate.goog/", NC_ACTION_ALLOW, NC_REASON_NONE, CAT (MIRROR) },
    { P_10_12, 10, "https://www-both-example.translate.goog/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE },
    { P_ADULT, 10, "https://web.archive.org/web/2020*/https://phish.example/x", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (PHISHING) },
    { P_ADULT, 10, "https://web.archive.org/web/20200101000000/phish.example/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (PHISHING) },
    { P_ADULT, 10, "https://web.archive.org/web/2020/https://news.example/", NC_ACTION_ALLOW, NC_REASON_NONE, CAT (MIRROR) },
    { P_ADULT, 10, "http://1.2.3.4.nip.io/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE },
    { P_ADULT, 10, "http://app-1-2-3-4.sslip.io/", NC_ACTION_BLOCK, NC_REASON_PARENT_BLOCK, NONE },
    { P_ADULT, 10, "https://translate.google.com/translate?u=https://phish.example/&sl=en", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (PHISHING) },
    { P_ADULT, 10, "https://webcache.googleusercontent.com/search?q=cache:abc123:phish.example/page", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (PHISHING) },
    /* A mirror of a mirror. */
    { P_ADULT, 10, "https://web.archive.org/web/2020/https://phish-example.translate.goog/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (PHISHING) },
    /* A social site through a mirror: closed to children by the mirror
     * category, guarded for adults. */
    { P_13_15, 10, "https://www-facebook-com.translate.goog/", NC_ACTION_BLOCK, NC_REASON_CATEGORY, CAT (MIRROR) },
    { P_ADULT, 10, "https://www-facebook-com.translate.goog/", NC_ACTION_GUARD, NC_REASON_NONE, CAT (SOCIAL) },
    { P_10_12, 10, "https://www-zalo-me.translate.goog/", NC_ACTION_BLOCK, NC_REASON_SOCIAL_NOT_ALLOWED, CAT (SOCIAL) },
  };
  g_autoptr(NcSitePolicy) policy = make_mirror_policy ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(NcDecision) d = decide_case (policy, &cases[i]);

      /* Shown under the mirror's own name and address. */
      g_assert_cmpstr (d->url, ==, cases[i].url);
    }

  /* A bare host, as the web extension and netconductctl decide it. */
  {
    g_autoptr(NcDecision) d = NULL;
    g_autoptr(GDateTime) now = wednesday_at (10);
    g_autoptr(NcProfileRules) rules = NULL;

    rules = rules_for (P_ADULT);
    d = nc_site_policy_decide_host (policy, "PHISH-example.translate.goog", rules, now);
    g_assert_cmpint (d->action, ==, NC_ACTION_BLOCK);
    g_assert_cmpint (d->category, ==, NC_SITE_CATEGORY_PHISHING);
  }
}

/* The shipped list and the defaults: mirrors closed to every child's band. */
static void
test_mirror_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcSitePolicy) policy = nc_site_policy_new_default (&error);
  static const char * const hosts[] = {
    "www-example-com.translate.goog", "web.archive.org", "archive.ph", "archive.today",
    "webcache.googleusercontent.com", "10.0.0.1.nip.io", "sslip.io", "traefik.me",
    "cachedview.nl", "localtest.me", "xip.io",
  };

  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (hosts); i++)
    {
      g_test_message ("%s", hosts[i]);
      g_assert_cmpuint (nc_site_policy_get_categories (policy, hosts[i]) & BIT (NC_SITE_CATEGORY_MIRROR), !=, 0);
    }
  /* Translating text for school stays open. */
  g_assert_cmpuint (nc_site_policy_get_categories (policy, "translate.google.com"), ==, 0);

  for (NcAgeBand band = NC_AGE_BAND_6_9; band <= NC_AGE_BAND_ADULT; band++)
    {
      g_autoptr(NcProfileRules) rules = nc_profile_rules_new_for_age (band);

      g_assert_cmpint ((nc_profile_rules_get_blocked_categories (rules) & BIT (NC_SITE_CATEGORY_MIRROR)) != 0, ==,
                       band != NC_AGE_BAND_ADULT);
    }
  g_assert_cmpstr (nc_site_category_to_string (NC_SITE_CATEGORY_MIRROR), ==, "mirrors");
  g_assert_nonnull (nc_site_category_get_label (NC_SITE_CATEGORY_MIRROR));
}

/* ---- requests in the web process ---------------------------------------- */

static NcRequestPolicy *
request_policy_for (NcSitePolicy       *policy,
                    Profile             profile,
                    const char * const *also_allowed)
{
  NcRequestPolicy *requests = nc_request_policy_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) lists = NULL;
  g_autoptr(GVariant) rules_variant = NULL;
  g_autoptr(NcProfileRules) rules = rules_for (profile);

  if (policy != NULL)
    {
      lists = g_variant_ref_sink (nc_request_policy_serialize_lists (policy));
      g_assert_true (nc_request_policy_set_lists (requests, lists, &error));
      g_assert_no_error (error);
    }
  rules_variant = g_variant_ref_sink (nc_request_policy_serialize_rules (rules, also_allowed));
  g_assert_true (nc_request_policy_set_rules (requests, rules_variant, &error));
  g_assert_no_error (error);
  return requests;
}

static void
assert_request (NcRequestPolicy *requests,
                const char      *request_uri,
                const char      *page_uri,
                NcAction         action,
                int              category)
{
  g_autoptr(NcDecision) d = nc_request_policy_decide (requests, request_uri, page_uri);

  g_test_message ("%s from %s", request_uri, page_uri);
  /* A guarded site's requests go through: the guard is the page's. */
  g_assert_cmpint (d->action == NC_ACTION_BLOCK, ==, action == NC_ACTION_BLOCK);
  if (action == NC_ACTION_BLOCK)
    g_assert_cmpint (d->category, ==, category);
}

/* What a page loads, decided from the lists and rules as a web process
 * gets them. */
static void
test_request_policy (void)
{
  g_autoptr(NcSitePolicy) policy = make_mirror_policy ();
  g_autoptr(NcRequestPolicy) teen = request_policy_for (policy, P_13_15, NULL);
  g_autoptr(NcRequestPolicy) young = request_policy_for (policy, P_10_12, NULL);
  g_autoptr(NcRequestPolicy) small = request_policy_for (policy, P_6_9, NULL);
  const char * const once[] = { "bet.example", NULL };
  g_autoptr(NcRequestPolicy) allowed_once = request_policy_for (policy, P_13_15, once);
  const char *page = "https://news.example/";

  g_assert_true (nc_request_policy_is_complete (teen));
  assert_request (teen, "https://adult.example/img.png", page, NC_ACTION_BLOCK, CAT (ADULT));
  assert_request (teen, "https://cdn.bet.example/t.js", page, NC_ACTION_BLOCK, CAT (GAMBLING));
  assert_request (teen, "wss://bet.example/socket", page, NC_ACTION_BLOCK, CAT (GAMBLING));
  assert_request (teen, "WS://bet.example/socket", page, NC_ACTION_BLOCK, CAT (GAMBLING));
  assert_request (teen, "https://adult-example.translate.goog/a.png", page, NC_ACTION_BLOCK, CAT (ADULT));
  assert_request (teen, "https://news-example.translate.goog/a.png", page, NC_ACTION_BLOCK, CAT (MIRROR));
  assert_request (teen, "https://blocked.example/beacon", page, NC_ACTION_BLOCK, NONE);
  assert_request (teen, "https://cdn.other.example/x.js", page, NC_ACTION_ALLOW, NONE);
  assert_request (teen, "https://www.facebook.com/sdk.js", page, NC_ACTION_ALLOW, NONE);
  assert_request (teen, "data:image/png;base64,AAAA", page, NC_ACTION_ALLOW, NONE);
  assert_request (teen, "blob:https://news.example/1", page, NC_ACTION_ALLOW, NONE);
  assert_request (teen, "https://a..b/", page, NC_ACTION_BLOCK, NONE);
  /* The hours are the UI process's to enforce (the whole page goes). */
  assert_request (teen, "https://news.example/late.json", page, NC_ACTION_ALLOW, NONE);
  /* Social sites off for 10–12: their widgets too. */
  assert_request (young, "https://chat.zalo.me/sdk.js", page, NC_ACTION_BLOCK, CAT (SOCIAL));
  assert_request (teen, "https://chat.zalo.me/sdk.js", page, NC_ACTION_ALLOW, NONE);
  /* Allow-list-only chooses pages, not what they load; categories still hold. */
  assert_request (small, "https://cdn.other.example/x.js", "https://kids.example/", NC_ACTION_ALLOW, NONE);
  assert_request (small, "https://adult.example/x.png", "https://kids.example/", NC_ACTION_BLOCK, CAT (ADULT));
  /* A host a parent allowed for this session. */
  assert_request (allowed_once, "https://bet.example/x", page, NC_ACTION_ALLOW, NONE);
}

/* The administrator's policy reaches the web process whole: a locked
 * category stays blocked for what a page loads even from a host on a
 * local allow list, and their own allow list still opens it. */
static void
test_request_policy_admin_final (void)
{
  static const char * const local_allow[] = { "bet.example", "casino.example", NULL };
  static const char * const admin_allow[] = { "casino.example", NULL };
  g_autoptr(NcSitePolicy) policy = make_mirror_policy ();
  g_autoptr(NcRequestPolicy) requests = nc_request_policy_new ();
  g_autoptr(GVariant) lists = g_variant_ref_sink (nc_request_policy_serialize_lists (policy));
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
  g_autoptr(NcProfileRules) rules = NULL;
  const char *page = "https://news.example/";

  builder_for (&builder, P_ADULT, TRUE);
  nc_profile_rules_builder_set_blocked_categories (&builder, 0);
  nc_profile_rules_builder_add_parent_allow (&builder, local_allow);
  nc_profile_rules_builder_lock_categories (&builder, BIT (NC_SITE_CATEGORY_GAMBLING));
  nc_profile_rules_builder_add_admin_allow (&builder, admin_allow);
  rules = nc_profile_rules_builder_end (&builder);
  variant = g_variant_ref_sink (nc_request_policy_serialize_rules (rules, NULL));
  g_assert_true (nc_request_policy_set_lists (requests, lists, &error));
  g_assert_true (nc_request_policy_set_rules (requests, variant, &error));
  g_assert_no_error (error);

  assert_request (requests, "https://cdn.bet.example/t.js", page, NC_ACTION_BLOCK, CAT (GAMBLING));
  assert_request (requests, "https://casino.example/t.js", page, NC_ACTION_ALLOW, NONE);
}

/* No lists or rules yet, or damaged lists: a child's page loads only from
 * its own host and that host's subdomains. */
static void
test_request_policy_fail_closed (void)
{
  g_autoptr(NcRequestPolicy) empty = nc_request_policy_new ();
  g_autoptr(NcRequestPolicy) rules_only = request_policy_for (NULL, P_13_15, NULL);
  g_autoptr(NcRequestPolicy) adult_rules_only = request_policy_for (NULL, P_ADULT, NULL);
  g_autoptr(NcSitePolicy) damaged = nc_site_policy_new_fail_closed ();
  g_autoptr(NcRequestPolicy) damaged_lists = request_policy_for (damaged, P_13_15, NULL);
  NcRequestPolicy *child[] = { empty, rules_only, damaged_lists };
  const char *page = "https://news.example/a";

  g_assert_false (nc_request_policy_is_complete (empty));
  g_assert_false (nc_request_policy_is_complete (rules_only));
  for (gsize i = 0; i < G_N_ELEMENTS (child); i++)
    {
      assert_request (child[i], "https://news.example/x.js", page, NC_ACTION_ALLOW, NONE);
      assert_request (child[i], "https://img.news.example/x.png", page, NC_ACTION_ALLOW, NONE);
      assert_request (child[i], "https://cdn.other.example/x.js", page, NC_ACTION_BLOCK, NONE);
      assert_request (child[i], "https://badnews.example/x.js", page, NC_ACTION_BLOCK, NONE);
      assert_request (child[i], "https://example/x.js", page, NC_ACTION_BLOCK, NONE);
      assert_request (child[i], "https://news.example/x.js", NULL, NC_ACTION_BLOCK, NONE);
      assert_request (child[i], "https://news.example/x.js", "about:blank", NC_ACTION_BLOCK, NONE);
    }
  /* An adult's rules without lists: nothing to block on. */
  assert_request (adult_rules_only, "https://cdn.other.example/x.js", page, NC_ACTION_ALLOW, NONE);
}

/* What a web process is sent is checked: bad values are refused and what
 * was there stays. */
static void
test_request_policy_bad_data (void)
{
  g_autoptr(NcSitePolicy) policy = make_mirror_policy ();
  g_autoptr(NcRequestPolicy) requests = request_policy_for (policy, P_13_15, NULL);
  g_autoptr(GVariant) lists = g_variant_ref_sink (nc_request_policy_serialize_lists (policy));
  g_autoptr(GVariant) child = g_variant_get_child_value (lists, 1);
  g_autoptr(GVariant) set = g_variant_get_child_value (child, 0);
  gsize size;
  const guint8 *data = g_variant_get_fixed_array (set, &size, 1);
  g_autofree guint8 *broken = g_memdup2 (data, size);
  GVariant *bad_sets[] = {
    g_variant_new_bytestring ("not a set"),
    NULL,
  };
  g_autoptr(GError) error = NULL;

  broken[size - 1] ^= 0x55;
  bad_sets[1] = g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, broken, size, 1);
  for (gsize i = 0; i < G_N_ELEMENTS (bad_sets); i++)
    {
      g_autoptr(GVariant) bad = g_variant_ref_sink (g_variant_new ("(b@aay)", FALSE,
                                                                   g_variant_new_array (G_VARIANT_TYPE_BYTESTRING,
                                                                                        &bad_sets[i], 1)));

      g_assert_false (nc_request_policy_set_lists (requests, bad, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
    }
  {
    g_autoptr(GVariant) wrong = g_variant_ref_sink (g_variant_new ("(s)", "x"));
    g_autoptr(GVariant) band = g_variant_ref_sink (g_variant_new ("(ubbuu^as^as^as)", 99, FALSE, TRUE, 0, 0,
                                                                  (const char * const[]) { NULL },
                                                                  (const char * const[]) { NULL },
                                                                  (const char * const[]) { NULL }));

    g_assert_false (nc_request_policy_set_lists (requests, wrong, &error));
    g_clear_error (&error);
    g_assert_false (nc_request_policy_set_rules (requests, wrong, &error));
    g_clear_error (&error);
    g_assert_false (nc_request_policy_set_rules (requests, band, &error));
    g_clear_error (&error);
    g_assert_false (nc_request_policy_set_rules (requests, NULL, &error));
    g_clear_error (&error);
  }
  /* Still the lists and rules from before. */
  assert_request (requests, "https://adult.example/", "https://news.example/", NC_ACTION_BLOCK, CAT (ADULT));
  assert_request (requests, "https://cdn.other.example/", "https://news.example/", NC_ACTION_ALLOW, NONE);
}

/* NcProfileRules: built once, never changed after; shared by reference. */
static void
test_profile_rules_builder (void)
{
  static const guint32 hours[7] = { 0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0xFF000040 };
  g_autofree char *host = g_strdup ("school.example");
  const char *allow[] = { host, NULL };
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
  g_autoptr(NcProfileRulesBuilder) heap = NULL;
  g_autoptr(NcProfileRules) rules = NULL;
  g_autoptr(NcProfileRules) more = NULL;
  g_autoptr(NcProfileRules) empty = NULL;
  NcProfileRules *copy;

  nc_profile_rules_builder_init (&builder, NC_AGE_BAND_13_15);
  nc_profile_rules_builder_set_allow_list_only (&builder, TRUE);
  nc_profile_rules_builder_set_social_allowed (&builder, FALSE);
  nc_profile_rules_builder_set_blocked_categories (&builder, BIT (NC_SITE_CATEGORY_DATING));
  nc_profile_rules_builder_set_allowed_hours (&builder, hours);
  nc_profile_rules_builder_lock_categories (&builder, BIT (NC_SITE_CATEGORY_ADULT));
  nc_profile_rules_builder_lock_categories (&builder, BIT (NC_SITE_CATEGORY_SOCIAL));
  nc_profile_rules_builder_add_parent_allow (&builder, allow);
  nc_profile_rules_builder_add_parent_allow (&builder, NULL);
  nc_profile_rules_builder_add_parent_block (&builder, parent_block);
  nc_profile_rules_builder_add_admin_block (&builder, (const char * const []) { "casino.example", NULL });
  rules = nc_profile_rules_builder_end (&builder);

  /* The host lists are the rules' own copies. */
  host[0] = 'X';
  g_assert_cmpint (nc_profile_rules_get_age_band (rules), ==, NC_AGE_BAND_13_15);
  g_assert_true (nc_profile_rules_is_allow_list_only (rules));
  g_assert_false (nc_profile_rules_is_social_allowed (rules));
  g_assert_cmpuint (nc_profile_rules_get_blocked_categories (rules), ==, BIT (NC_SITE_CATEGORY_DATING));
  g_assert_cmpuint (nc_profile_rules_get_locked_categories (rules), ==,
                    BIT (NC_SITE_CATEGORY_ADULT) | BIT (NC_SITE_CATEGORY_SOCIAL));
  g_assert_cmpuint (nc_profile_rules_get_allowed_hours (rules, 0), ==, 0x1);
  g_assert_cmpuint (nc_profile_rules_get_allowed_hours (rules, 6), ==, 0x40);   /* 24 hours only */
  g_assert_cmpstrv (nc_profile_rules_get_parent_allow (rules), ((const char * const []) { "school.example", NULL }));
  g_assert_cmpstrv (nc_profile_rules_get_parent_block (rules), parent_block);
  g_assert_null (nc_profile_rules_get_admin_allow (rules)[0]);
  g_assert_cmpstrv (nc_profile_rules_get_admin_block (rules), ((const char * const []) { "casino.example", NULL }));

  /* A changed copy leaves the original as it was. */
  nc_profile_rules_builder_init_from (&builder, rules);
  nc_profile_rules_builder_add_parent_allow (&builder, (const char * const []) { "news.example", NULL });
  more = nc_profile_rules_builder_end (&builder);
  g_assert_cmpuint (g_strv_length ((char **) nc_profile_rules_get_parent_allow (more)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) nc_profile_rules_get_parent_allow (rules)), ==, 1);
  g_assert_cmpuint (nc_profile_rules_get_locked_categories (more), ==, nc_profile_rules_get_locked_categories (rules));
  g_assert_cmpstrv (nc_profile_rules_get_admin_block (more), nc_profile_rules_get_admin_block (rules));

  /* A boxed type: copying is taking a reference. */
  copy = g_boxed_copy (NC_TYPE_PROFILE_RULES, rules);
  g_assert_true (copy == rules);
  g_assert_true (nc_profile_rules_ref (rules) == rules);
  nc_profile_rules_unref (rules);
  g_boxed_free (NC_TYPE_PROFILE_RULES, copy);
  g_assert_cmpint (nc_profile_rules_get_age_band (rules), ==, NC_AGE_BAND_13_15);

  /* On the heap, and the defaults of a band with empty lists. */
  heap = nc_profile_rules_builder_new (NC_AGE_BAND_6_9);
  empty = nc_profile_rules_builder_end (heap);
  g_assert_true (nc_profile_rules_is_allow_list_only (empty));
  g_assert_nonnull (nc_profile_rules_get_parent_block (empty));
  g_assert_null (nc_profile_rules_get_parent_block (empty)[0]);
  g_assert_cmpuint (nc_profile_rules_get_allowed_hours (empty, 0), ==, 0xfff80);   /* 7:00-20:00 */

  nc_profile_rules_builder_init (&builder, NC_AGE_BAND_6_9);
  nc_profile_rules_builder_allow_any_hour (&builder);
  g_clear_pointer (&empty, nc_profile_rules_unref);
  empty = nc_profile_rules_builder_end (&builder);
  for (int d = 0; d < 7; d++)
    g_assert_cmpuint (nc_profile_rules_get_allowed_hours (empty, d), ==, 0xffffff);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/site-policy/decisions", test_decisions);
  g_test_add_func ("/site-policy/profile-rules-builder", test_profile_rules_builder);
  g_test_add_func ("/site-policy/social-category-bit", test_social_category_bit);
  g_test_add_func ("/site-policy/messages-differ", test_messages_differ);
  g_test_add_func ("/site-policy/safe-search", test_safe_search);
  g_test_add_func ("/site-policy/youtube-restricted", test_youtube_restricted);
  g_test_add_func ("/site-policy/age-defaults", test_age_defaults);
  g_test_add_func ("/site-policy/default-lists", test_default_lists);
  g_test_add_func ("/site-policy/fail-closed", test_fail_closed);
  g_test_add_func ("/site-policy/imported-file", test_imported_file);
  g_test_add_func ("/site-policy/decide-host", test_decide_host);
  g_test_add_func ("/site-policy/admin-final", test_admin_final);

  g_test_add_func ("/site-policy/mirror-unwrap", test_mirror_unwrap);
  g_test_add_func ("/site-policy/mirror-decisions", test_mirror_decisions);
  g_test_add_func ("/site-policy/mirror-defaults", test_mirror_defaults);
  g_test_add_func ("/site-policy/request-policy", test_request_policy);
  g_test_add_func ("/site-policy/request-policy-fail-closed", test_request_policy_fail_closed);
  g_test_add_func ("/site-policy/request-policy-admin-final", test_request_policy_admin_final);
  g_test_add_func ("/site-policy/request-policy-bad-data", test_request_policy_bad_data);

  return g_test_run ();
}
