/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-wrap-layout.h — lays children out like words in a paragraph: left to
 * right, wrapping to a new line when the width runs out (GTK 4.8 has no
 * wrap box; GtkFlowBox lines its children up in columns) */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NC_TYPE_WRAP_LAYOUT (nc_wrap_layout_get_type ())
G_DECLARE_FINAL_TYPE (NcWrapLayout, nc_wrap_layout, NC, WRAP_LAYOUT, GtkLayoutManager)

GtkLayoutManager *nc_wrap_layout_new (int column_spacing,
                                      int row_spacing);

G_END_DECLS
