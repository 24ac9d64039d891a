/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-profile-chooser.h — "Who is using the computer?" */
#pragma once

#include <adwaita.h>

#include "nc-store.h"

G_BEGIN_DECLS

#define NC_TYPE_PROFILE_CHOOSER (nc_profile_chooser_get_type ())
G_DECLARE_FINAL_TYPE (NcProfileChooser, nc_profile_chooser, NC, PROFILE_CHOOSER, AdwWindow)

NcProfileChooser *nc_profile_chooser_new (GtkWindow *parent,
                                          NcStore   *store);

G_END_DECLS
