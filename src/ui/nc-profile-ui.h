/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-profile-ui.h — how profiles look: age bands, pictures */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

guint        nc_profile_ui_get_n_bands          (void);
const char  *nc_profile_ui_get_band_title       (guint       band);
const char  *nc_profile_ui_get_band_description (guint       band);
GtkStringList *nc_profile_ui_new_band_model     (void);

guint        nc_profile_ui_get_n_avatars        (void);
const char  *nc_profile_ui_get_avatar           (guint       index);
GtkWidget   *nc_profile_ui_new_avatar           (const char *name,
                                                 const char *avatar,
                                                 int         size);

G_END_DECLS
