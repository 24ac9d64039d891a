/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ui-dialog.h — the one way the app asks a yes-or-cancel question, tells
 * something that went wrong, or asks for a file */
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

/* Called once with the file chosen, or NULL when the user cancelled. */
typedef void (*NcUiFileChosenFunc) (GFile    *file,
                                    gpointer  user_data);

GtkFileChooser *nc_ui_dialog_file_chooser_new (GtkWindow            *parent,
                                               const char           *title,
                                               GtkFileChooserAction  action,
                                               const char           *accept_label,
                                               NcUiFileChosenFunc    chosen,
                                               gpointer              user_data);
void            nc_ui_dialog_add_filter       (GtkFileChooser       *chooser,
                                               const char           *name,
                                               const char           *mime_type,
                                               ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
