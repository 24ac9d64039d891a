/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-profile.c — `netconductctl profile add|list|remove|set`: the
 * children's profiles and their rules */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-ctl.h"
#include "nc-managed.h"
#include "nc-parse.h"

static gboolean
parse_bool (const char *text,
            gboolean   *value)
{
  const char *yes[] = { "true", "yes", "on", "1" };
  const char *no[] = { "false", "no", "off", "0" };

  for (gsize i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      if (g_ascii_strcasecmp (text, yes[i]) == 0)
        return *value = TRUE, TRUE;
      if (g_ascii_strcasecmp (text, no[i]) == 0)
        return *value = FALSE, TRUE;
    }
  return FALSE;
}

static char *
format_categories (guint32 bits)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (int c = 0; c < NC_N_SITE_CATEGORIES; c++)
    if (bits & (1u << c))
      g_strv_builder_add (builder, nc_managed_category_name (c));
  names = g_strv_builder_end (builder);
  return g_strjoinv (",", names);
}

static void
print_profile (NcProfile *p)
{
  g_autofree char *categories = format_categories (p->blocked_categories);

  g_print ("%s\n", p->name);
  g_print ("  id: %" G_GINT64_FORMAT "\n", p->id);
  g_print ("  age: %s\n", nc_age_band_to_string (p->age_band));
  g_print ("  avatar: %s\n", p->avatar);
  g_print ("  language: %s\n", *p->language != '\0' ? p->language : "system");
  g_print ("  social: %s\n", p->social_allowed ? "true" : "false");
  g_print ("  post-anyway: %s\n", p->post_anyway_allowed ? "true" : "false");
  g_print ("  allow-list-only: %s\n", p->allow_list_only ? "true" : "false");
  g_print ("  blocked-categories: %s\n", categories);
  g_print ("  daily-limit: %d\n", p->daily_limit_minutes);
  for (int d = 0; d < 7; d++)
    {
      g_autofree char *hours = nc_format_hours (p->allowed_hours[d]);
      g_print ("  hours %s: %s\n", nc_day_name (d), hours);
    }
}

/* Applies one KEY=VALUE of `profile set` to @p. */
static gboolean
apply_profile_field (NcStore    *store,
                     NcProfile  *p,
                     const char *assignment,
                     GError    **error)
{
  g_auto(GStrv) kv = g_strsplit (assignment, "=", 2);
  const char *key = kv[0], *value = kv[1];
  g_autofree char *locked_key = NULL;
  gboolean flag;

  if (value == NULL)
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("Write KEY=VALUE, not “%s”."), assignment);
      return FALSE;
    }
  /* The administrator's policy names the fields in full. */
  if (g_str_equal (key, "social"))
    locked_key = g_strdup ("profile.social-allowed");
  else if (g_str_equal (key, "post-anyway"))
    locked_key = g_strdup ("profile.post-anyway-allowed");
  else if (g_str_equal (key, "daily-limit"))
    locked_key = g_strdup ("profile.daily-limit-minutes");
  else
    locked_key = g_strconcat ("profile.", key, NULL);
  if (nc_store_is_locked (store, locked_key))
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_LOCKED,
                   _("“%s” is set by the administrator of this computer."), key);
      return FALSE;
    }

  if (g_str_equal (key, "name"))
    g_free (p->name), p->name = g_strdup (value);
  else if (g_str_equal (key, "avatar"))
    g_free (p->avatar), p->avatar = g_strdup (value);
  else if (g_str_equal (key, "language"))
    g_free (p->language), p->language = g_strdup (g_str_equal (value, "system") ? "" : value);
  else if (g_str_equal (key, "age") || g_str_equal (key, "defaults"))
    {
      NcAgeBand band;
      if (!nc_age_band_from_string (value, &band))
        {
          g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                       _("Unknown age band “%s” (use 6-9, 10-12, 13-15, 16-17 or adult)."), value);
          return FALSE;
        }
      if (g_str_equal (key, "defaults"))
        nc_profile_set_age_defaults (p, band);
      else
        p->age_band = band;
    }
  else if (g_str_equal (key, "social") || g_str_equal (key, "social-allowed") ||
           g_str_equal (key, "post-anyway") || g_str_equal (key, "post-anyway-allowed") ||
           g_str_equal (key, "allow-list-only"))
    {
      if (!parse_bool (value, &flag))
        {
          g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                       _("“%s” must be true or false."), key);
          return FALSE;
        }
      if (g_str_has_prefix (key, "social"))
        p->social_allowed = flag;
      else if (g_str_has_prefix (key, "post"))
        p->post_anyway_allowed = flag;
      else
        p->allow_list_only = flag;
    }
  else if (g_str_equal (key, "daily-limit") || g_str_equal (key, "daily-limit-minutes"))
    {
      if (!nc_ctl_parse_minutes (value, 24 * 60, &p->daily_limit_minutes))
        {
          g_set_error_literal (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                               _("The daily limit must be between 0 (no limit) and 1440 minutes."));
          return FALSE;
        }
    }
  else if (g_str_equal (key, "hours"))
    return nc_parse_hours (value, p->allowed_hours, error);
  else if (g_str_equal (key, "blocked-categories"))
    {
      guint32 bits;
      if (!nc_parse_categories (value, &bits, error))
        return FALSE;
      p->blocked_categories = bits;
    }
  else
    {
      g_set_error (error, NC_STORE_ERROR, NC_STORE_ERROR_INVALID,
                   _("Unknown profile setting “%s”."), key);
      return FALSE;
    }
  return TRUE;
}

static int
profile_add (NcStore  *store,
             int       argc,
             char    **argv)
{
  g_autoptr(GError) error = NULL;
  const char *age = nc_ctl_take_option (&argc, argv, "age");
  const char *avatar = nc_ctl_take_option (&argc, argv, "avatar");
  const char *language = nc_ctl_take_option (&argc, argv, "language");
  NcAgeBand band;
  gint64 id;

  if (!nc_ctl_check_no_options (argc, argv))
    return NC_CTL_USAGE;
  if (argc != 3 || age == NULL)
    return nc_ctl_usage (nc_ctl_profile_verbs, "add");
  if (!nc_age_band_from_string (age, &band))
    return nc_ctl_fail (NC_CTL_USAGE, _("Unknown age band “%s” (use 6-9, 10-12, 13-15, 16-17 or adult)."), age);

  if (!nc_store_begin (store, &error))
    return nc_ctl_fail_error (error);
  id = nc_store_add_profile (store, argv[2], avatar, band, &error);
  if (id > 0 && language != NULL)
    {
      g_autoptr(NcProfile) p = nc_store_get_profile (store, id, &error);

      if (p != NULL)
        {
          g_free (p->language);
          p->language = g_strdup (language);
        }
      if (p == NULL || !nc_store_update_profile (store, p, &error))
        id = 0;
    }
  if (!nc_store_finish_write (store, id > 0, &error))
    return nc_ctl_fail_error (error);
  g_print (_("Added the profile “%s”.\n"), argv[2]);
  return NC_CTL_OK;
}

static int
profile_list (NcStore  *store,
              int       argc,
              char    **argv)
{
  g_autoptr(GError) error = NULL;
  gboolean brief = nc_ctl_take_flag (&argc, argv, "names");
  g_autoptr(GPtrArray) profiles = NULL;

  if (!nc_ctl_check_no_options (argc, argv))
    return NC_CTL_USAGE;
  if (argc != 2)
    return nc_ctl_usage (nc_ctl_profile_verbs, "list");
  profiles = nc_store_list_profiles (store, &error);
  if (profiles == NULL)
    return nc_ctl_fail_error (error);
  for (guint i = 0; i < profiles->len; i++)
    {
      if (brief)
        g_print ("%s\n", ((NcProfile *) profiles->pdata[i])->name);
      else
        print_profile (profiles->pdata[i]);
    }
  return NC_CTL_OK;
}

static int
profile_remove (NcStore  *store,
                int       argc,
                char    **argv)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!nc_ctl_check_no_options (argc, argv))
    return NC_CTL_USAGE;
  if (argc != 3)
    return nc_ctl_usage (nc_ctl_profile_verbs, "remove");
  id = nc_ctl_profile_id (store, argv[2]);
  if (id < 0)
    return NC_CTL_FAILED;
  if (!nc_store_remove_profile (store, id, &error))
    return nc_ctl_fail_error (error);
  g_print (_("Removed the profile “%s”.\n"), argv[2]);
  return NC_CTL_OK;
}

int
nc_ctl_profile_apply (NcStore     *store,
                      const char  *name,
                      int          n,
                      char       **fields)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcProfile) p = nc_store_find_profile (store, name, &error);

  if (p == NULL)
    return nc_ctl_fail_error (error);
  for (int i = 0; i < n; i++)
    if (!apply_profile_field (store, p, fields[i], &error))
      return nc_ctl_fail (g_error_matches (error, NC_STORE_ERROR, NC_STORE_ERROR_LOCKED)
                          ? NC_CTL_FAILED : NC_CTL_USAGE, "%s", error->message);
  if (!nc_store_update_profile (store, p, &error))
    return nc_ctl_fail_error (error);
  return NC_CTL_OK;
}

static int
profile_set (NcStore  *store,
             int       argc,
             char    **argv)
{
  if (!nc_ctl_check_no_options (argc, argv))
    return NC_CTL_USAGE;
  if (argc < 4)
    return nc_ctl_usage (nc_ctl_profile_verbs, "set");
  return nc_ctl_profile_apply (store, argv[2], argc - 3, argv + 3);
}

const NcCtlVerb nc_ctl_profile_verbs[] = {
  { "add", N_("Usage: netconductctl profile add NAME --age 6-9|10-12|13-15|16-17|adult [--avatar ICON] [--language vi|en]"),
    N_("Adds a child’s profile with the rules for that age band: sites, social networks and time. The avatar is "
       "an icon name; the language is the one the app speaks to the child (the system’s when not given)."),
    profile_add, 0 },
  { "list", N_("Usage: netconductctl profile list [--names]"),
    N_("Shows every profile with its rules; with --names, only the names, one a line."),
    profile_list, 0 },
  { "remove", N_("Usage: netconductctl profile remove NAME"),
    N_("Removes the profile with its lists, time, activity and lesson progress."),
    profile_remove, 0 },
  { "set", N_("Usage: netconductctl profile set NAME KEY=VALUE…\n"
              "Keys: name, avatar, language, age, defaults (an age band: resets every rule), "
              "social, post-anyway, allow-list-only, daily-limit, hours, blocked-categories"),
    N_("Changes settings of the profile. Switches take true or false; daily-limit is in minutes (0: no "
       "limit); hours look like mon-fri=7-20,sat-sun=8-21; blocked-categories is a list separated by "
       "commas. A setting the administrator of the computer locked cannot be changed."),
    profile_set, 0 },
  { NULL, NULL, NULL }
};

int
nc_ctl_profile (NcStore  *store,
                int       argc,
                char    **argv)
{
  return nc_ctl_run_verb (nc_ctl_profile_verbs, N_("Usage: netconductctl profile add|list|remove|set …"),
                          store, argc, argv);
}
