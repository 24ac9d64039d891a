/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-store-profiles.c — the profiles table, and what an age band means */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "nc-managed.h"
#include "nc-parse.h"
#include "nc-store-private.h"

G_DEFINE_BOXED_TYPE (NcProfile, nc_profile, nc_profile_copy, nc_profile_free)

/* What an age band means beyond browsing; the browsing rules come from
 * nc_profile_rules_builder_init() (6–9: allow-list only, no social sites). */
static const struct {
  const char *name;
  gboolean    post_anyway_allowed;
  int         daily_limit_minutes;
} age_defaults[] = {
  [NC_AGE_BAND_6_9]   = { "6-9",   FALSE, 60 },
  [NC_AGE_BAND_10_12] = { "10-12", FALSE, 90 },
  [NC_AGE_BAND_13_15] = { "13-15", FALSE, 120 },
  [NC_AGE_BAND_16_17] = { "16-17", TRUE,  180 },
  [NC_AGE_BAND_ADULT] = { "adult", TRUE,  0 },
};

const char *
nc_age_band_to_string (NcAgeBand band)
{
  g_return_val_if_fail (band <= NC_AGE_BAND_ADULT, NULL);
  return age_defaults[band].name;
}

gboolean
nc_age_band_from_string (const char *text,
                         NcAgeBand  *band)
{
  for (gsize i = 0; i < G_N_ELEMENTS (age_defaults); i++)
    if (g_strcmp0 (text, age_defaults[i].name) == 0)
      {
        *band = (NcAgeBand) i;
        return TRUE;
      }
  return FALSE;
}

/* Resets every rule of @profile to the defaults of @age_band; keeps the
 * id, name, avatar and language. */
void
nc_profile_set_age_defaults (NcProfile *profile,
                             NcAgeBand  age_band)
{
  g_autoptr(NcProfileRules) rules = NULL;

  g_return_if_fail (profile != NULL);
  g_return_if_fail (age_band <= NC_AGE_BAND_ADULT);

  /* The site policy owns what an age band means for browsing. */
  rules = nc_profile_rules_new_for_age (age_band);
  profile->age_band = age_band;
  profile->allow_list_only = nc_profile_rules_is_allow_list_only (rules);
  profile->social_allowed = nc_profile_rules_is_social_allowed (rules);
  profile->blocked_categories = nc_profile_rules_get_blocked_categories (rules);
  for (int d = 0; d < 7; d++)
    profile->allowed_hours[d] = nc_profile_rules_get_allowed_hours (rules, d);
  profile->post_anyway_allowed = age_defaults[age_band].post_anyway_allowed;
  profile->daily_limit_minutes = age_defaults[age_band].daily_limit_minutes;
}

NcProfile *
nc_profile_new_for_age (const char *name,
                        NcAgeBand   age_band)
{
  NcProfile *profile = g_new0 (NcProfile, 1);

  profile->name = g_strdup (name != NULL ? name : "");
  profile->avatar = g_strdup ("");
  profile->language = g_strdup ("");
  nc_profile_set_age_defaults (profile, age_band);
  return profile;
}

NcProfile *
nc_profile_copy (const NcProfile *profile)
{
  NcProfile *copy = g_memdup2 (profile, sizeof *profile);

  copy->name = g_strdup (profile->name);
  copy->avatar = g_strdup (profile->avatar);
  copy->language = g_strdup (profile->language);
  return copy;
}

void
nc_profile_free (NcProfile *profile)
{
  if (profile == NULL)
    return;
  g_free (profile->name);
  g_free (profile->avatar);
  g_free (profile->language);
  g_free (profile);
}

/* Applies the administrator's profile settings ("profile.*") on top of
 * what a parent stored. */
static void
apply_managed_profile (NcStore   *self,
                       NcProfile *p)
{
  const char *v;

  if ((v = nc_managed_get (self->managed, "profile.social-allowed")) != NULL)
    p->social_allowed = nc_managed_parse_boolean (v, p->social_allowed);
  if ((v = nc_managed_get (self->managed, "profile.post-anyway-allowed")) != NULL)
    p->post_anyway_allowed = nc_managed_parse_boolean (v, p->post_anyway_allowed);
  if ((v = nc_managed_get (self->managed, "profile.allow-list-only")) != NULL)
    p->allow_list_only = nc_managed_parse_boolean (v, p->allow_list_only);
  if ((v = nc_managed_get (self->managed, "profile.daily-limit-minutes")) != NULL)
    p->daily_limit_minutes = CLAMP (g_ascii_strtoll (v, NULL, 10), 0, 24 * 60);
  if ((v = nc_managed_get (self->managed, "profile.blocked-categories")) != NULL)
    p->blocked_categories |= nc_managed_parse_categories (v);
}

#define PROFILE_COLUMNS \
  "id, name, avatar, age_band, language, post_anyway_allowed, social_allowed, " \
  "allow_list_only, blocked_categories, daily_limit_minutes, hours_mon, hours_tue, " \
  "hours_wed, hours_thu, hours_fri, hours_sat, hours_sun"

/* An NcStoreRowFunc (@user_data: the store): PROFILE_COLUMNS. */
static gpointer
profile_from_row (sqlite3_stmt *stmt,
                  gpointer      user_data)
{
  NcStore *self = user_data;
  NcProfile *p = g_new0 (NcProfile, 1);

  p->id = sqlite3_column_int64 (stmt, 0);
  p->name = nc_store_column_dup (stmt, 1);
  p->avatar = nc_store_column_dup (stmt, 2);
  p->age_band = CLAMP (sqlite3_column_int (stmt, 3), 0, NC_AGE_BAND_ADULT);
  p->language = nc_store_column_dup (stmt, 4);
  p->post_anyway_allowed = sqlite3_column_int (stmt, 5) != 0;
  p->social_allowed = sqlite3_column_int (stmt, 6) != 0;
  p->allow_list_only = sqlite3_column_int (stmt, 7) != 0;
  p->blocked_categories = (guint32) sqlite3_column_int64 (stmt, 8);
  p->daily_limit_minutes = sqlite3_column_int (stmt, 9);
  for (int d = 0; d < 7; d++)
    p->allowed_hours[d] = (guint32) sqlite3_column_int64 (stmt, 10 + d) & 0xffffff;
  apply_managed_profile (self, p);
  return p;
}

GPtrArray *
nc_store_list_profiles (NcStore  *self,
                        GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);

  return nc_store_collect_rows (self,
                                nc_store_query (self, error, "SELECT " PROFILE_COLUMNS " FROM profiles ORDER BY id", ""),
                                profile_from_row, self, (GDestroyNotify) nc_profile_free, error);
}

gboolean
nc_store_get_band_without_pin (NcStore   *self,
                               NcAgeBand *band)
{
  g_autoptr(GPtrArray) profiles = NULL;

  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (band != NULL, FALSE);

  *band = NC_AGE_BAND_ADULT;
  if (!nc_store_get_boolean (self, NC_SETTING_PIN_FOR_OLDER, TRUE))
    return TRUE;
  profiles = nc_store_list_profiles (self, NULL);
  if (profiles == NULL)
    return FALSE;
  for (guint i = 0; i < profiles->len; i++)
    *band = MIN (*band, ((const NcProfile *) g_ptr_array_index (profiles, i))->age_band);
  return TRUE;
}

gboolean
nc_store_profile_needs_pin (NcStore *self,
                            gint64   profile_id)
{
  g_autoptr(NcProfile) profile = NULL;
  NcAgeBand free_band;

  g_return_val_if_fail (NC_IS_STORE (self), TRUE);

  if (!nc_store_get_band_without_pin (self, &free_band))
    return TRUE;
  profile = nc_store_get_profile (self, profile_id, NULL);
  return profile == NULL || profile->age_band > free_band;
}

static NcProfile *
get_profile_where (NcStore     *self,
                   const char  *where,
                   gint64       id,
                   const char  *name,
                   GError     **error)
{
  g_autofree char *sql = g_strconcat ("SELECT " PROFILE_COLUMNS " FROM profiles WHERE ", where, NULL);
  sqlite3_stmt *stmt = name != NULL ? nc_store_query (self, error, sql, "s", name)
                                    : nc_store_query (self, error, sql, "I", id);
  NcProfile *profile;

  if (!nc_store_read_row (self, stmt, profile_from_row, self, (gpointer *) &profile, error) || profile != NULL)
    return profile;
  if (name != NULL)
    g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_NOT_FOUND,
                 _("There is no profile named “%s”."), name);
  else
    g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_NOT_FOUND,
                 _("There is no profile number %lld."), (long long) id);
  return NULL;
}

NcProfile *
nc_store_get_profile (NcStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  return get_profile_where (self, "id = ?", id, NULL, error);
}

NcProfile *
nc_store_find_profile (NcStore     *self,
                       const char  *name,
                       GError     **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  return get_profile_where (self, "name = ?", 0, name, error);
}

static gboolean
validate_profile (const NcProfile  *p,
                  GError          **error)
{
  if (!nc_parse_is_clean_name (p->name, NC_STORE_MAX_PROFILE_NAME_CHARS))
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("A profile needs a name of 1 to %d characters, without tabs, new lines or other "
                     "control characters: choose another name."), NC_STORE_MAX_PROFILE_NAME_CHARS);
      return FALSE;
    }
  if (p->avatar != NULL && *p->avatar != '\0' &&
      (strlen (p->avatar) > NC_STORE_MAX_AVATAR_BYTES || !nc_parse_is_clean_name (p->avatar, NC_STORE_MAX_AVATAR_BYTES)))
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("An avatar is an icon name or an emoji of at most %d bytes, without control characters: "
                     "choose another."), NC_STORE_MAX_AVATAR_BYTES);
      return FALSE;
    }
  if (p->age_band > NC_AGE_BAND_ADULT)
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                           _("Unknown age band."));
      return FALSE;
    }
  if (p->language != NULL && *p->language != '\0' &&
      g_strcmp0 (p->language, "vi") != 0 && g_strcmp0 (p->language, "en") != 0)
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("Unknown language “%s” (use vi, en, or nothing for the system’s)."), p->language);
      return FALSE;
    }
  if (p->daily_limit_minutes < 0 || p->daily_limit_minutes > 24 * 60)
    {
      g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                           _("The daily limit must be between 0 (no limit) and 1440 minutes."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
name_taken (NcStore    *self,
            const char *name,
            gint64      except_id)
{
  sqlite3_stmt *stmt = nc_store_query (self, NULL, "SELECT 1 FROM profiles WHERE name = ? AND id != ?",
                                       "sI", name, except_id);
  gboolean taken;

  if (stmt == NULL)
    return FALSE;
  taken = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return taken;
}

static gboolean
write_profile (NcStore         *self,
               const NcProfile *p,
               gboolean         insert,
               gint64          *out_id,
               GError         **error)
{
  sqlite3_stmt *stmt;
  int i = 1;

  if (!validate_profile (p, error))
    return FALSE;
  if (name_taken (self, p->name, insert ? 0 : p->id))
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_EXISTS,
                   _("A profile named “%s” exists already."), p->name);
      return FALSE;
    }

  stmt = nc_store_query (self, error, insert
                         ? "INSERT INTO profiles (name, avatar, age_band, language, post_anyway_allowed, "
                           "social_allowed, allow_list_only, blocked_categories, daily_limit_minutes, "
                           "hours_mon, hours_tue, hours_wed, hours_thu, hours_fri, hours_sat, hours_sun) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                         : "UPDATE profiles SET name = ?, avatar = ?, age_band = ?, language = ?, "
                           "post_anyway_allowed = ?, social_allowed = ?, allow_list_only = ?, "
                           "blocked_categories = ?, daily_limit_minutes = ?, hours_mon = ?, hours_tue = ?, "
                           "hours_wed = ?, hours_thu = ?, hours_fri = ?, hours_sat = ?, hours_sun = ? "
                           "WHERE id = ?",
                         "");
  if (stmt == NULL)
    return FALSE;
  nc_store_bind_text (stmt, i++, p->name);
  nc_store_bind_text (stmt, i++, p->avatar != NULL ? p->avatar : "");
  sqlite3_bind_int (stmt, i++, p->age_band);
  nc_store_bind_text (stmt, i++, p->language != NULL ? p->language : "");
  sqlite3_bind_int (stmt, i++, p->post_anyway_allowed ? 1 : 0);
  sqlite3_bind_int (stmt, i++, p->social_allowed ? 1 : 0);
  sqlite3_bind_int (stmt, i++, p->allow_list_only ? 1 : 0);
  sqlite3_bind_int64 (stmt, i++, p->blocked_categories);
  sqlite3_bind_int (stmt, i++, p->daily_limit_minutes);
  for (int d = 0; d < 7; d++)
    sqlite3_bind_int64 (stmt, i++, p->allowed_hours[d] & 0xffffff);
  if (!insert)
    sqlite3_bind_int64 (stmt, i++, p->id);
  if (!nc_store_step_once (self, stmt, error))
    return FALSE;
  if (!insert && !nc_store_changed_a_row (self, error, _("There is no profile number %lld."), (long long) p->id))
    return FALSE;
  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (self->db);
  nc_store_mark_changed (self, "profiles");
  return TRUE;
}

/* Adds a profile with the defaults of @age_band. Returns its id, or 0. */
gint64
nc_store_add_profile (NcStore     *self,
                      const char  *name,
                      const char  *avatar,
                      NcAgeBand    age_band,
                      GError     **error)
{
  g_autoptr(NcProfile) profile = NULL;
  gint64 id = 0;

  g_return_val_if_fail (NC_IS_STORE (self), 0);

  profile = nc_profile_new_for_age (name, age_band <= NC_AGE_BAND_ADULT ? age_band : NC_AGE_BAND_6_9);
  profile->age_band = age_band;
  g_free (profile->avatar);
  profile->avatar = g_strdup (avatar != NULL ? avatar : "");

  if (!nc_store_begin (self, error))
    return 0;
  if (!nc_store_finish_write (self, write_profile (self, profile, TRUE, &id, error), error))
    return 0;
  return id;
}

/* Writes every field of @profile (found by its id). Fields an
 * administrator locked keep the administrator's value when read back. */
gboolean
nc_store_update_profile (NcStore         *self,
                         const NcProfile *profile,
                         GError         **error)
{
  g_return_val_if_fail (NC_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile != NULL, FALSE);

  if (!nc_store_begin (self, error))
    return FALSE;
  return nc_store_finish_write (self, write_profile (self, profile, FALSE, NULL, error), error);
}

/* Removes a profile with its lists, time, activity and lesson progress. */
gboolean
nc_store_remove_profile (NcStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_autofree char *missing = g_strdup_printf (_("There is no profile number %lld."), (long long) id);

  return nc_store_delete_by_id (self, "DELETE FROM profiles WHERE id = ?", id, "profiles", missing, error);
}
