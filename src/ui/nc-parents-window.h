/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-parents-window.h — the parents' area, behind the PIN gate */
#pragma once

#include <adwaita.h>

#include "nc-rules-editor.h"
#include "nc-rules-source.h"
#include "nc-store.h"

G_BEGIN_DECLS

#define NC_TYPE_PARENTS_WINDOW (nc_parents_window_get_type ())
G_DECLARE_FINAL_TYPE (NcParentsWindow, nc_parents_window, NC, PARENTS_WINDOW, AdwPreferencesWindow)

NcParentsWindow *nc_parents_window_new (GtkWindow *parent,
                                        NcStore   *store);
void             nc_parents_window_set_family_source (NcParentsWindow *self,
                                                     NcRulesSource   *source);
void             nc_parents_window_set_editor (NcParentsWindow *self,
                                               NcRulesEditor   *editor);
void             nc_parents_window_set_family_mode (NcParentsWindow *self,
                                                    gboolean         family);

G_END_DECLS
