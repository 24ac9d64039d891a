/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-profile-rules.h — what a parent set for one profile, as the site
 * policy reads it
 *
 * NcProfileRules is immutable and reference counted (a boxed type), so the
 * browser, its web processes' message and a decision on another thread may
 * share one without copying. Make one with an NcProfileRulesBuilder, on the
 * stack:
 *
 *   g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();
 *
 *   nc_profile_rules_builder_init (&builder, NC_AGE_BAND_10_12);
 *   nc_profile_rules_builder_add_parent_allow (&builder, hosts);
 *   rules = nc_profile_rules_builder_end (&builder);
 *
 * The store makes them for a profile (nc_store_get_profile_rules()).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  NC_AGE_BAND_6_9,
  NC_AGE_BAND_10_12,
  NC_AGE_BAND_13_15,
  NC_AGE_BAND_16_17,
  NC_AGE_BAND_ADULT,
} NcAgeBand;

typedef enum {
  NC_SITE_CATEGORY_ADULT,
  NC_SITE_CATEGORY_GAMBLING,
  NC_SITE_CATEGORY_VIOLENCE,
  NC_SITE_CATEGORY_DRUGS,
  NC_SITE_CATEGORY_DATING,
  NC_SITE_CATEGORY_BYPASS,      /* anonymizers, VPN, DNS-over-HTTPS */
  NC_SITE_CATEGORY_MALWARE,
  NC_SITE_CATEGORY_PHISHING,    /* phishing and scams */
  NC_SITE_CATEGORY_SOCIAL,      /* social networks: the guard runs there */
  NC_SITE_CATEGORY_MIRROR,      /* translators, web archives, page caches,
                                 * wildcard DNS: other sites under their name */
  NC_N_SITE_CATEGORIES
} NcSiteCategory;

/* Categories that only a parent's choice unblocks for children (every
 * band but adults): the harmful ones and proxies and mirrors. */
#define NC_SITE_CATEGORIES_HARMFUL \
  ((1u << NC_SITE_CATEGORY_ADULT) | (1u << NC_SITE_CATEGORY_GAMBLING) | \
   (1u << NC_SITE_CATEGORY_VIOLENCE) | (1u << NC_SITE_CATEGORY_DRUGS) | \
   (1u << NC_SITE_CATEGORY_DATING) | (1u << NC_SITE_CATEGORY_BYPASS) | \
   (1u << NC_SITE_CATEGORY_MALWARE) | (1u << NC_SITE_CATEGORY_PHISHING) | \
   (1u << NC_SITE_CATEGORY_MIRROR))

typedef struct _NcProfileRules NcProfileRules;

#define NC_TYPE_PROFILE_RULES (nc_profile_rules_get_type ())
GType           nc_profile_rules_get_type       (void) G_GNUC_CONST;
NcProfileRules *nc_profile_rules_ref            (NcProfileRules *rules);
void            nc_profile_rules_unref          (NcProfileRules *rules);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcProfileRules, nc_profile_rules_unref)

/* The defaults for @age_band (see nc_profile_rules_builder_init()). */
NcProfileRules *nc_profile_rules_new_for_age    (NcAgeBand       age_band);

NcAgeBand   nc_profile_rules_get_age_band           (const NcProfileRules *rules);
gboolean    nc_profile_rules_is_allow_list_only     (const NcProfileRules *rules);
/* FALSE: social sites blocked. */
gboolean    nc_profile_rules_is_social_allowed      (const NcProfileRules *rules);
/* Bits (1 << NcSiteCategory). */
guint32     nc_profile_rules_get_blocked_categories (const NcProfileRules *rules);
/* @day: 0 = Monday … 6 = Sunday; bit h: hour h allowed. */
guint32     nc_profile_rules_get_allowed_hours      (const NcProfileRules *rules,
                                                     int                   day);
/* The parents' host lists (the profile's and everyone's; the
 * administrator's block list is part of the block list too):
 * NULL-terminated, never NULL. */
const char * const *nc_profile_rules_get_parent_allow (const NcProfileRules *rules);
const char * const *nc_profile_rules_get_parent_block (const NcProfileRules *rules);
/* The administrator's (docs/managed-machines.md), final over every local
 * list: categories blocked for everyone (the social bit when
 * social-allowed=false), and their own allow list, the only one that can
 * open a host in such a category; their block list marks those decisions
 * locked. 0 and empty when not managed. */
guint32     nc_profile_rules_get_locked_categories  (const NcProfileRules *rules);
const char * const *nc_profile_rules_get_admin_allow  (const NcProfileRules *rules);
const char * const *nc_profile_rules_get_admin_block  (const NcProfileRules *rules);

/* ---- the builder ---------------------------------------------------------- */

/* On the stack, initialized with NC_PROFILE_RULES_BUILDER_INIT() (or
 * nc_profile_rules_builder_init()); its fields are private. */
typedef struct {
  /*< private >*/
  guint32  u0[12];
  gpointer p0[6];
} NcProfileRulesBuilder;

#define NC_PROFILE_RULES_BUILDER_INIT() { { 0 }, { NULL } }

/* Starts from the defaults for @age_band (DESIGN.md), with empty lists. */
void        nc_profile_rules_builder_init          (NcProfileRulesBuilder *builder,
                                                    NcAgeBand              age_band);
/* Starts from what @rules hold. */
void        nc_profile_rules_builder_init_from     (NcProfileRulesBuilder *builder,
                                                    const NcProfileRules  *rules);
void        nc_profile_rules_builder_clear         (NcProfileRulesBuilder *builder);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NcProfileRulesBuilder, nc_profile_rules_builder_clear)

NcProfileRulesBuilder *nc_profile_rules_builder_new  (NcAgeBand              age_band);
void        nc_profile_rules_builder_free          (NcProfileRulesBuilder *builder);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcProfileRulesBuilder, nc_profile_rules_builder_free)

void        nc_profile_rules_builder_set_allow_list_only    (NcProfileRulesBuilder *builder,
                                                             gboolean               allow_list_only);
void        nc_profile_rules_builder_set_social_allowed     (NcProfileRulesBuilder *builder,
                                                             gboolean               social_allowed);
void        nc_profile_rules_builder_set_blocked_categories (NcProfileRulesBuilder *builder,
                                                             guint32                categories);
/* @hours: [0] = Monday; bit h: hour h allowed (higher bits are dropped). */
void        nc_profile_rules_builder_set_allowed_hours      (NcProfileRulesBuilder *builder,
                                                             const guint32          hours[7]);
/* Every hour of every day allowed. */
void        nc_profile_rules_builder_allow_any_hour         (NcProfileRulesBuilder *builder);
/* Adds @categories to the locked ones. */
void        nc_profile_rules_builder_lock_categories        (NcProfileRulesBuilder *builder,
                                                             guint32                categories);
/* Each appends @hosts (NULL-terminated; NULL adds nothing) to one list. */
void        nc_profile_rules_builder_add_parent_allow       (NcProfileRulesBuilder *builder,
                                                             const char * const    *hosts);
void        nc_profile_rules_builder_add_parent_block       (NcProfileRulesBuilder *builder,
                                                             const char * const    *hosts);
void        nc_profile_rules_builder_add_admin_allow        (NcProfileRulesBuilder *builder,
                                                             const char * const    *hosts);
void        nc_profile_rules_builder_add_admin_block        (NcProfileRulesBuilder *builder,
                                                             const char * const    *hosts);
/* The rules built; the builder is cleared (initialize it again to reuse
 * it). */
NcProfileRules *nc_profile_rules_builder_end         (NcProfileRulesBuilder *builder);

G_END_DECLS
