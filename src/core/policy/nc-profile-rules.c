/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-profile-rules.c — what a parent set for one profile: an immutable,
 * reference-counted value and its builder */
#include "config.h"

#include <string.h>

#include "nc-profile-rules.h"

enum {
  LIST_PARENT_ALLOW,
  LIST_PARENT_BLOCK,
  LIST_ADMIN_ALLOW,
  LIST_ADMIN_BLOCK,
  N_LISTS
};

struct _NcProfileRules
{
  gatomicrefcount ref_count;

  NcAgeBand  age_band;
  gboolean   allow_list_only;
  gboolean   social_allowed;
  guint32    blocked_categories;
  guint32    locked_categories;
  guint32    allowed_hours[7];
  GStrv      lists[N_LISTS];     /* never NULL */
};

/* What an NcProfileRulesBuilder holds behind its private fields. */
typedef struct {
  NcAgeBand     age_band;
  gboolean      allow_list_only;
  gboolean      social_allowed;
  guint32       blocked_categories;
  guint32       locked_categories;
  guint32       allowed_hours[7];
  GStrvBuilder *lists[N_LISTS];  /* NULL: not initialized */
  gpointer      padding[2];
} RealBuilder;

G_STATIC_ASSERT (sizeof (RealBuilder) == sizeof (NcProfileRulesBuilder));
G_STATIC_ASSERT (sizeof (NcAgeBand) == sizeof (guint32));

G_DEFINE_BOXED_TYPE (NcProfileRules, nc_profile_rules, nc_profile_rules_ref, nc_profile_rules_unref)

NcProfileRules *
nc_profile_rules_ref (NcProfileRules *rules)
{
  g_return_val_if_fail (rules != NULL, NULL);
  g_atomic_ref_count_inc (&rules->ref_count);
  return rules;
}

void
nc_profile_rules_unref (NcProfileRules *rules)
{
  g_return_if_fail (rules != NULL);

  if (!g_atomic_ref_count_dec (&rules->ref_count))
    return;
  for (int i = 0; i < N_LISTS; i++)
    g_strfreev (rules->lists[i]);
  g_free (rules);
}

NcProfileRules *
nc_profile_rules_new_for_age (NcAgeBand age_band)
{
  g_auto(NcProfileRulesBuilder) builder = NC_PROFILE_RULES_BUILDER_INIT ();

  nc_profile_rules_builder_init (&builder, age_band);
  return nc_profile_rules_builder_end (&builder);
}

NcAgeBand
nc_profile_rules_get_age_band (const NcProfileRules *rules)
{
  g_return_val_if_fail (rules != NULL, NC_AGE_BAND_6_9);
  return rules->age_band;
}

gboolean
nc_profile_rules_is_allow_list_only (const NcProfileRules *rules)
{
  g_return_val_if_fail (rules != NULL, TRUE);
  return rules->allow_list_only;
}

gboolean
nc_profile_rules_is_social_allowed (const NcProfileRules *rules)
{
  g_return_val_if_fail (rules != NULL, FALSE);
  return rules->social_allowed;
}

guint32
nc_profile_rules_get_blocked_categories (const NcProfileRules *rules)
{
  g_return_val_if_fail (rules != NULL, NC_SITE_CATEGORIES_HARMFUL);
  return rules->blocked_categories;
}

guint32
nc_profile_rules_get_allowed_hours (const NcProfileRules *rules,
                                    int                   day)
{
  g_return_val_if_fail (rules != NULL, 0);
  g_return_val_if_fail (day >= 0 && day < 7, 0);
  return rules->allowed_hours[day];
}

guint32
nc_profile_rules_get_locked_categories (const NcProfileRules *rules)
{
  g_return_val_if_fail (rules != NULL, 0);
  return rules->locked_categories;
}

static const char * const *
get_list (const NcProfileRules *rules,
          int                   list)
{
  static const char * const empty[] = { NULL };

  g_return_val_if_fail (rules != NULL, empty);
  return (const char * const *) rules->lists[list];
}

const char * const *
nc_profile_rules_get_parent_allow (const NcProfileRules *rules)
{
  return get_list (rules, LIST_PARENT_ALLOW);
}

const char * const *
nc_profile_rules_get_parent_block (const NcProfileRules *rules)
{
  return get_list (rules, LIST_PARENT_BLOCK);
}

const char * const *
nc_profile_rules_get_admin_allow (const NcProfileRules *rules)
{
  return get_list (rules, LIST_ADMIN_ALLOW);
}

const char * const *
nc_profile_rules_get_admin_block (const NcProfileRules *rules)
{
  return get_list (rules, LIST_ADMIN_BLOCK);
}

/* ---- the builder ---------------------------------------------------------- */

static void
set_hours (RealBuilder *real,
           int          first,
           int          last)
{
  guint32 mask = 0;

  for (int h = first; h <= last; h++)
    mask |= 1u << h;
  for (int d = 0; d < 7; d++)
    real->allowed_hours[d] = mask;
}

/*
 * The defaults for @age_band (DESIGN.md): 6–9 browse only what a parent
 * allowed, no social sites, 7:00–20:00; 10–12 every harmful category (and
 * proxies and mirrors, for every child's band) blocked, no social sites,
 * 7:00–21:00; 13–15 and 16–17 social sites with the guard, 6:00–22:00;
 * adults: malware and phishing blocked, social sites with the guard, any
 * hour. Lists start empty. @builder must be cleared (as
 * NC_PROFILE_RULES_BUILDER_INIT() leaves it).
 */
void
nc_profile_rules_builder_init (NcProfileRulesBuilder *builder,
                               NcAgeBand              age_band)
{
  RealBuilder *real = (RealBuilder *) builder;

  g_return_if_fail (builder != NULL);
  g_return_if_fail (real->lists[0] == NULL);

  memset (real, 0, sizeof *real);
  for (int i = 0; i < N_LISTS; i++)
    real->lists[i] = g_strv_builder_new ();
  real->age_band = age_band;
  real->blocked_categories = NC_SITE_CATEGORIES_HARMFUL;

  switch (age_band)
    {
    case NC_AGE_BAND_6_9:
      real->allow_list_only = TRUE;
      real->social_allowed = FALSE;
      set_hours (real, 7, 19);
      break;
    case NC_AGE_BAND_10_12:
      real->social_allowed = FALSE;
      set_hours (real, 7, 20);
      break;
    case NC_AGE_BAND_13_15:
    case NC_AGE_BAND_16_17:
      real->social_allowed = TRUE;
      set_hours (real, 6, 21);
      break;
    case NC_AGE_BAND_ADULT:
    default:
      real->social_allowed = TRUE;
      real->blocked_categories = (1u << NC_SITE_CATEGORY_MALWARE) |
                                 (1u << NC_SITE_CATEGORY_PHISHING);
      set_hours (real, 0, 23);
      break;
    }
}

void
nc_profile_rules_builder_init_from (NcProfileRulesBuilder *builder,
                                    const NcProfileRules  *rules)
{
  RealBuilder *real = (RealBuilder *) builder;

  g_return_if_fail (rules != NULL);

  nc_profile_rules_builder_init (builder, rules->age_band);
  real->allow_list_only = rules->allow_list_only;
  real->social_allowed = rules->social_allowed;
  real->blocked_categories = rules->blocked_categories;
  real->locked_categories = rules->locked_categories;
  memcpy (real->allowed_hours, rules->allowed_hours, sizeof real->allowed_hours);
  for (int i = 0; i < N_LISTS; i++)
    g_strv_builder_addv (real->lists[i], (const char **) rules->lists[i]);
}

void
nc_profile_rules_builder_clear (NcProfileRulesBuilder *builder)
{
  RealBuilder *real = (RealBuilder *) builder;

  g_return_if_fail (builder != NULL);

  for (int i = 0; i < N_LISTS; i++)
    g_clear_pointer (&real->lists[i], g_strv_builder_unref);
  memset (real, 0, sizeof *real);
}

NcProfileRulesBuilder *
nc_profile_rules_builder_new (NcAgeBand age_band)
{
  NcProfileRulesBuilder *builder = g_new0 (NcProfileRulesBuilder, 1);

  nc_profile_rules_builder_init (builder, age_band);
  return builder;
}

void
nc_profile_rules_builder_free (NcProfileRulesBuilder *builder)
{
  if (builder == NULL)
    return;
  nc_profile_rules_builder_clear (builder);
  g_free (builder);
}

/* The initialized builder behind @builder, or NULL (with a critical). */
static RealBuilder *
real_builder (NcProfileRulesBuilder *builder)
{
  RealBuilder *real = (RealBuilder *) builder;

  g_return_val_if_fail (builder != NULL, NULL);
  g_return_val_if_fail (real->lists[0] != NULL, NULL);
  return real;
}

void
nc_profile_rules_builder_set_allow_list_only (NcProfileRulesBuilder *builder,
                                              gboolean               allow_list_only)
{
  RealBuilder *real = real_builder (builder);

  if (real != NULL)
    real->allow_list_only = allow_list_only;
}

void
nc_profile_rules_builder_set_social_allowed (NcProfileRulesBuilder *builder,
                                             gboolean               social_allowed)
{
  RealBuilder *real = real_builder (builder);

  if (real != NULL)
    real->social_allowed = social_allowed;
}

void
nc_profile_rules_builder_set_blocked_categories (NcProfileRulesBuilder *builder,
                                                 guint32                categories)
{
  RealBuilder *real = real_builder (builder);

  if (real != NULL)
    real->blocked_categories = categories;
}

void
nc_profile_rules_builder_set_allowed_hours (NcProfileRulesBuilder *builder,
                                            const guint32          hours[7])
{
  RealBuilder *real = real_builder (builder);

  g_return_if_fail (hours != NULL);
  if (real == NULL)
    return;
  for (int d = 0; d < 7; d++)
    real->allowed_hours[d] = hours[d] & 0xffffff;
}

void
nc_profile_rules_builder_allow_any_hour (NcProfileRulesBuilder *builder)
{
  RealBuilder *real = real_builder (builder);

  if (real != NULL)
    set_hours (real, 0, 23);
}

void
nc_profile_rules_builder_lock_categories (NcProfileRulesBuilder *builder,
                                          guint32                categories)
{
  RealBuilder *real = real_builder (builder);

  if (real != NULL)
    real->locked_categories |= categories;
}

static void
add_hosts (NcProfileRulesBuilder *builder,
           int                    list,
           const char * const    *hosts)
{
  RealBuilder *real = real_builder (builder);

  if (real != NULL && hosts != NULL)
    g_strv_builder_addv (real->lists[list], (const char **) hosts);
}

void
nc_profile_rules_builder_add_parent_allow (NcProfileRulesBuilder *builder,
                                           const char * const    *hosts)
{
  add_hosts (builder, LIST_PARENT_ALLOW, hosts);
}

void
nc_profile_rules_builder_add_parent_block (NcProfileRulesBuilder *builder,
                                           const char * const    *hosts)
{
  add_hosts (builder, LIST_PARENT_BLOCK, hosts);
}

void
nc_profile_rules_builder_add_admin_allow (NcProfileRulesBuilder *builder,
                                          const char * const    *hosts)
{
  add_hosts (builder, LIST_ADMIN_ALLOW, hosts);
}

void
nc_profile_rules_builder_add_admin_block (NcProfileRulesBuilder *builder,
                                          const char * const    *hosts)
{
  add_hosts (builder, LIST_ADMIN_BLOCK, hosts);
}

NcProfileRules *
nc_profile_rules_builder_end (NcProfileRulesBuilder *builder)
{
  RealBuilder *real = real_builder (builder);
  NcProfileRules *rules;

  g_return_val_if_fail (real != NULL, NULL);

  rules = g_new0 (NcProfileRules, 1);
  g_atomic_ref_count_init (&rules->ref_count);
  rules->age_band = real->age_band;
  rules->allow_list_only = real->allow_list_only;
  rules->social_allowed = real->social_allowed;
  rules->blocked_categories = real->blocked_categories;
  rules->locked_categories = real->locked_categories;
  memcpy (rules->allowed_hours, real->allowed_hours, sizeof rules->allowed_hours);
  for (int i = 0; i < N_LISTS; i++)
    rules->lists[i] = g_strv_builder_end (real->lists[i]);
  nc_profile_rules_builder_clear (builder);
  return rules;
}
