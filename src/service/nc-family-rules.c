/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-family-rules.c — a profile's rules as a D-Bus dictionary (a{sv}) */
#include "nc-family-rules.h"

#include "nc-family-lists.h"


#define MAX_DAILY_LIMIT_MINUTES (24 * 60)
#define ALL_HOURS ((1u << 24) - 1)
#define ALL_CATEGORIES ((1u << NC_N_SITE_CATEGORIES) - 1)

static GVariant *
hours_variant (const NcProfileRules *rules)
{
  guint32 hours[7];

  for (int day = 0; day < 7; day++)
    hours[day] = nc_profile_rules_get_allowed_hours (rules, day);
  return g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, hours, 7, sizeof (guint32));
}

static GVariant *
strv_variant (const char * const *strv)
{
  static const char * const empty[] = { NULL };

  return g_variant_new_strv (strv != NULL ? strv : empty, -1);
}

GVariant *
nc_family_rules_to_variant (NcStore  *store,
                            gint64    profile_id,
                            GError  **error)
{
  g_autoptr(NcProfile) profile = nc_store_get_profile (store, profile_id, error);
  g_autoptr(NcProfileRules) rules = NULL;
  g_autofree char *lists = NULL;
  GVariantBuilder dict;

  if (profile == NULL)
    return NULL;
  rules = nc_store_get_profile_rules (store, profile_id, error);
  if (rules == NULL)
    return NULL;
  lists = nc_family_lists_stamp (store, nc_family_lists_categories (rules), error);
  if (lists == NULL)
    return NULL;

  g_variant_builder_init (&dict, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&dict, "{sv}", "profile-id", g_variant_new_int64 (profile->id));
  g_variant_builder_add (&dict, "{sv}", "profile", g_variant_new_string (profile->name));
  g_variant_builder_add (&dict, "{sv}", "age-band",
                         g_variant_new_string (nc_age_band_to_string (nc_profile_rules_get_age_band (rules))));
  g_variant_builder_add (&dict, "{sv}", "allow-list-only", g_variant_new_boolean (nc_profile_rules_is_allow_list_only (rules)));
  g_variant_builder_add (&dict, "{sv}", "social-allowed", g_variant_new_boolean (nc_profile_rules_is_social_allowed (rules)));
  g_variant_builder_add (&dict, "{sv}", "post-anyway-allowed", g_variant_new_boolean (profile->post_anyway_allowed));
  g_variant_builder_add (&dict, "{sv}", "blocked-categories", g_variant_new_uint32 (nc_profile_rules_get_blocked_categories (rules)));
  g_variant_builder_add (&dict, "{sv}", "locked-categories", g_variant_new_uint32 (nc_profile_rules_get_locked_categories (rules)));
  g_variant_builder_add (&dict, "{sv}", "allowed-hours", hours_variant (rules));
  g_variant_builder_add (&dict, "{sv}", "daily-limit-minutes", g_variant_new_int32 (profile->daily_limit_minutes));
  g_variant_builder_add (&dict, "{sv}", "allow-list", strv_variant (nc_profile_rules_get_parent_allow (rules)));
  g_variant_builder_add (&dict, "{sv}", "block-list", strv_variant (nc_profile_rules_get_parent_block (rules)));
  g_variant_builder_add (&dict, "{sv}", "category-lists", g_variant_new_string (lists));
  return g_variant_builder_end (&dict);
}

static gboolean
invalid (GError     **error,
         const char  *key,
         const char  *what)
{
  g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID, "“%s”: %s", key, what);
  return FALSE;
}

static gboolean
has_type (GVariant     *value,
          const char   *type)
{
  return g_variant_is_of_type (value, G_VARIANT_TYPE (type));
}

/* Reads one key into @copy; FALSE with @error when it is not right. */
static gboolean
apply_one (NcProfile   *copy,
           const char  *key,
           GVariant    *value,
           GError     **error)
{
  if (g_str_equal (key, "name"))
    {
      /* the store checks the name's length, characters and that no other
       * profile has it */
      if (!has_type (value, "s"))
        return invalid (error, key, "expected a string");
      g_free (copy->name);
      copy->name = g_variant_dup_string (value, NULL);
    }
  else if (g_str_equal (key, "age-band"))
    {
      NcAgeBand band;

      if (!has_type (value, "s") || !nc_age_band_from_string (g_variant_get_string (value, NULL), &band))
        return invalid (error, key, "expected a string: 6-9, 10-12, 13-15, 16-17 or adult");
      copy->age_band = band;
    }
  else if (g_str_equal (key, "allow-list-only") || g_str_equal (key, "social-allowed") ||
           g_str_equal (key, "post-anyway-allowed"))
    {
      gboolean *field = g_str_equal (key, "allow-list-only") ? &copy->allow_list_only :
                        g_str_equal (key, "social-allowed") ? &copy->social_allowed :
                        &copy->post_anyway_allowed;

      if (!has_type (value, "b"))
        return invalid (error, key, "expected a boolean");
      *field = g_variant_get_boolean (value);
    }
  else if (g_str_equal (key, "blocked-categories"))
    {
      if (!has_type (value, "u") || (g_variant_get_uint32 (value) & ~ALL_CATEGORIES) != 0)
        return invalid (error, key, "expected a uint32 of category bits");
      copy->blocked_categories = g_variant_get_uint32 (value);
    }
  else if (g_str_equal (key, "daily-limit-minutes"))
    {
      if (!has_type (value, "i") || g_variant_get_int32 (value) < 0 ||
          g_variant_get_int32 (value) > MAX_DAILY_LIMIT_MINUTES)
        return invalid (error, key, "expected an int32 from 0 (no limit) to 1440");
      copy->daily_limit_minutes = g_variant_get_int32 (value);
    }
  else if (g_str_equal (key, "allowed-hours"))
    {
      const guint32 *hours;
      gsize n = 0;

      if (!has_type (value, "au"))
        return invalid (error, key, "expected 7 uint32 (Monday first), bit h for hour h");
      hours = g_variant_get_fixed_array (value, &n, sizeof (guint32));
      if (n != 7)
        return invalid (error, key, "expected 7 uint32 (Monday first), bit h for hour h");
      for (gsize i = 0; i < 7; i++)
        {
          if ((hours[i] & ~ALL_HOURS) != 0)
            return invalid (error, key, "an hour past 23");
          copy->allowed_hours[i] = hours[i];
        }
    }
  else
    return invalid (error, key, "not a rule that can be set (the lists have their own methods)");
  return TRUE;
}

gboolean
nc_family_rules_apply (NcProfile  *profile,
                       GVariant   *rules,
                       GError    **error)
{
  g_autoptr(NcProfile) copy = nc_profile_copy (profile);
  NcProfile previous;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_return_val_if_fail (g_variant_is_of_type (rules, G_VARIANT_TYPE_VARDICT), FALSE);

  g_variant_iter_init (&iter, rules);
  while (g_variant_iter_loop (&iter, "{&sv}", &key, &value))
    {
      if (!apply_one (copy, key, value, error))
        {
          g_variant_unref (value);
          return FALSE;
        }
    }
  /* every check passed: @profile takes the copy's fields, the copy (freed
   * on return) the old ones */
  previous = *profile;
  *profile = *copy;
  *copy = previous;
  return TRUE;
}
