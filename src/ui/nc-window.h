/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-window.h — the main window: Learn, Browse and Parents */
#pragma once

#include <adwaita.h>

#include "nc-learn-view.h"
#include "nc-store.h"

G_BEGIN_DECLS

#define NC_TYPE_WINDOW (nc_window_get_type ())
G_DECLARE_FINAL_TYPE (NcWindow, nc_window, NC, WINDOW, AdwApplicationWindow)

NcWindow   *nc_window_new              (GtkApplication *application,
                                        NcStore        *store,
                                        const GError   *store_error);
const char *nc_window_get_visible_area (NcWindow      *self);
NcLearnView *nc_window_get_learn_view  (NcWindow      *self);

G_END_DECLS
