/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-profile-ui.c — how profiles look: age bands, pictures
 *
 * The age bands are listed in the store's order (6–9, 10–12, 13–15, 16–17,
 * adult); each has a short title and a few words a parent understands
 * about what the band allows. The words describe the store's defaults for
 * the band (nc_profile_set_age_defaults()); keep the two in step. Pictures are symbolic icon names drawn in an
 * AdwAvatar whose colour comes from the child's name.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-profile-ui.h"

static const struct {
  const char *title;
  const char *description;
} bands[] = {
  { N_("6 to 9 years"),
    N_("Only websites you have approved. No social networks. Up to 1 hour a day, between 7:00 and 20:00.") },
  { N_("10 to 12 years"),
    N_("Harmful websites blocked. No social networks. Up to 90 minutes a day, between 7:00 and 21:00.") },
  { N_("13 to 15 years"),
    N_("Harmful websites blocked. Social networks with the kindness guard, which asks “Are you sure?” before an unkind post. Up to 2 hours a day, between 6:00 and 22:00.") },
  { N_("16 to 17 years"),
    N_("Harmful websites blocked. Social networks with the kindness guard; after a reminder they may still post. Up to 3 hours a day, between 6:00 and 23:00.") },
  { N_("Adult"),
    N_("No time limit. Only scams and harmful software are blocked. The kindness guard reminds but never stops a post.") },
};

static const char * const avatars[] = {
  "emoji-nature-symbolic",
  "emoji-activities-symbolic",
  "emoji-travel-symbolic",
  "emoji-food-symbolic",
  "applications-games-symbolic",
  "applications-science-symbolic",
  "applications-graphics-symbolic",
  "applications-multimedia-symbolic",
};

guint
nc_profile_ui_get_n_bands (void)
{
  return G_N_ELEMENTS (bands);
}

const char *
nc_profile_ui_get_band_title (guint band)
{
  g_return_val_if_fail (band < G_N_ELEMENTS (bands), NULL);
  return _(bands[band].title);
}

const char *
nc_profile_ui_get_band_description (guint band)
{
  g_return_val_if_fail (band < G_N_ELEMENTS (bands), NULL);
  return _(bands[band].description);
}

/* A list of the band titles, in the current language, for an AdwComboRow. */
GtkStringList *
nc_profile_ui_new_band_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    gtk_string_list_append (list, _(bands[i].title));
  return list;
}

guint
nc_profile_ui_get_n_avatars (void)
{
  return G_N_ELEMENTS (avatars);
}

const char *
nc_profile_ui_get_avatar (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (avatars), NULL);
  return avatars[index];
}

/* An AdwAvatar for a child: the picture @avatar (an icon name; initials when
 * NULL or unknown), coloured from @name. */
GtkWidget *
nc_profile_ui_new_avatar (const char *name,
                          const char *avatar,
                          int         size)
{
  gboolean known = FALSE;
  GtkWidget *widget;

  for (guint i = 0; avatar != NULL && i < G_N_ELEMENTS (avatars); i++)
    known = known || g_strcmp0 (avatar, avatars[i]) == 0;

  widget = adw_avatar_new (size, name, !known);
  if (known)
    adw_avatar_set_icon_name (ADW_AVATAR (widget), avatar);
  return widget;
}
