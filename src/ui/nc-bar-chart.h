/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-bar-chart.h — a horizontal bar chart: one labelled bar per row */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NC_TYPE_BAR_CHART (nc_bar_chart_get_type ())
G_DECLARE_FINAL_TYPE (NcBarChart, nc_bar_chart, NC, BAR_CHART, GtkWidget)

GtkWidget  *nc_bar_chart_new            (void);
void        nc_bar_chart_clear          (NcBarChart *self);
void        nc_bar_chart_add_bar        (NcBarChart *self,
                                         const char *label,
                                         double      value,
                                         const char *value_text);
guint       nc_bar_chart_get_n_bars     (NcBarChart *self);
const char *nc_bar_chart_get_bar_label  (NcBarChart *self,
                                         guint       index);
double      nc_bar_chart_get_bar_value  (NcBarChart *self,
                                         guint       index);
void        nc_bar_chart_set_empty_text (NcBarChart *self,
                                         const char *text);

G_END_DECLS
