/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ui-dialog.h — the one way the app asks a yes-or-cancel question or tells
 * something that went wrong */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *nc_ui_dialog_tell (GtkWindow             *parent,
                              const char            *heading,
                              const char            *body);
GtkWidget *nc_ui_dialog_ask (GtkWindow             *parent,
                             const char            *heading,
                             const char            *body,
                             const char            *answer,
                             const char            *answer_label,
                             AdwResponseAppearance  appearance);

G_END_DECLS
