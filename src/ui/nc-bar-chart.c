/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-bar-chart.c — a horizontal bar chart drawn with GtkSnapshot
 *
 * Each row shows a label on the left, a bar whose length is its value
 * relative to the largest value, and the value's text after the bar. Labels
 * are long (Code of Conduct rule titles), so bars run horizontally and labels
 * wrap onto a second line, then are ellipsized, rather than rotated. The
 * full labels are in the accessible description (and the tooltip). With no
 * bars it shows its empty text.
 */
#include "config.h"

#include "nc-bar-chart.h"

#define ROW_HEIGHT   42      /* room for a label on two lines, with tone marks */
#define ROW_SPACING  6
#define BAR_HEIGHT   18
#define LABEL_SHARE  0.45   /* of the width, for the labels */
#define GAP          12

typedef struct
{
  char   *label;
  double  value;
  char   *value_text;
} Bar;

struct _NcBarChart
{
  GtkWidget  parent_instance;

  GArray    *bars;        /* of Bar */
  char      *empty_text;
};

G_DEFINE_FINAL_TYPE (NcBarChart, nc_bar_chart, GTK_TYPE_WIDGET)

static void
bar_clear (gpointer data)
{
  Bar *bar = data;

  g_free (bar->label);
  g_free (bar->value_text);
}

GtkWidget *
nc_bar_chart_new (void)
{
  return g_object_new (NC_TYPE_BAR_CHART, NULL);
}

/* Keeps the accessible description in step with the bars, so that a screen
 * reader hears the same numbers that are drawn. */
static void
update_accessible (NcBarChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->bars->len == 0 && self->empty_text != NULL)
    g_string_append (text, self->empty_text);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_string_append_printf (text, "%s%s: %s", i > 0 ? "; " : "", bar->label, bar->value_text);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->bars->len > 0 ? text->str : NULL);
}

void
nc_bar_chart_clear (NcBarChart *self)
{
  g_return_if_fail (NC_IS_BAR_CHART (self));

  g_array_set_size (self->bars, 0);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Appends a row. @value must not be negative; @value_text is what is written
 * after the bar (e.g. "12 min"), or NULL to write the plain number. */
void
nc_bar_chart_add_bar (NcBarChart *self,
                      const char *label,
                      double      value,
                      const char *value_text)
{
  Bar bar;

  g_return_if_fail (NC_IS_BAR_CHART (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (value >= 0);

  bar.label = g_strdup (label);
  bar.value = value;
  bar.value_text = value_text ? g_strdup (value_text) : g_strdup_printf ("%g", value);
  g_array_append_val (self->bars, bar);

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
nc_bar_chart_get_n_bars (NcBarChart *self)
{
  g_return_val_if_fail (NC_IS_BAR_CHART (self), 0);
  return self->bars->len;
}

const char *
nc_bar_chart_get_bar_label (NcBarChart *self,
                            guint       index)
{
  g_return_val_if_fail (NC_IS_BAR_CHART (self), NULL);
  g_return_val_if_fail (index < self->bars->len, NULL);
  return g_array_index (self->bars, Bar, index).label;
}

double
nc_bar_chart_get_bar_value (NcBarChart *self,
                            guint       index)
{
  g_return_val_if_fail (NC_IS_BAR_CHART (self), 0);
  g_return_val_if_fail (index < self->bars->len, 0);
  return g_array_index (self->bars, Bar, index).value;
}

void
nc_bar_chart_set_empty_text (NcBarChart *self,
                             const char *text)
{
  g_return_if_fail (NC_IS_BAR_CHART (self));

  g_free (self->empty_text);
  self->empty_text = g_strdup (text);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
nc_bar_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  NcBarChart *self = NC_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 480;
    }
  else
    {
      guint rows = MAX (self->bars->len, 1);
      *minimum = *natural = rows * ROW_HEIGHT + (rows - 1) * ROW_SPACING;
    }
}

static void
get_colors (GtkWidget *widget,
            GdkRGBA   *fg,
            GdkRGBA   *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", accent))
    gdk_rgba_parse (accent, "#3584e4");
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             const GdkRGBA *color,
             float          x,
             float          row_y)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, row_y + (ROW_HEIGHT - height) / 2.0f));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
nc_bar_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  NcBarChart *self = NC_BAR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  GdkRGBA fg, accent, dim;
  double max_value = 0;
  int label_width, value_width = 0, bar_x, bar_room;

  get_colors (widget, &fg, &accent);
  dim = fg;
  dim.alpha *= 0.55f;

  if (self->bars->len == 0)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, self->empty_text);
      append_text (snapshot, layout, &dim, 0, 0);
      return;
    }

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, bar->value_text);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      value_width = MAX (value_width, w);
      max_value = MAX (max_value, bar->value);
    }

  label_width = (int) (width * LABEL_SHARE);
  bar_x = label_width + GAP;
  bar_room = MAX (width - bar_x - GAP - value_width, 1);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      float y = i * (ROW_HEIGHT + ROW_SPACING);
      float length = max_value > 0 ? (float) (bar->value / max_value * bar_room) : 0;
      g_autoptr(PangoLayout) label = gtk_widget_create_pango_layout (widget, bar->label);
      g_autoptr(PangoLayout) value = gtk_widget_create_pango_layout (widget, bar->value_text);
      GskRoundedRect rect;

      pango_layout_set_width (label, label_width * PANGO_SCALE);
      pango_layout_set_wrap (label, PANGO_WRAP_WORD);
      pango_layout_set_height (label, -2);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      append_text (snapshot, label, &fg, 0, y);

      /* A value above zero always shows a sliver, so it is not mistaken for none. */
      if (bar->value > 0)
        length = MAX (length, 4);
      gsk_rounded_rect_init_from_rect (&rect,
                                       &GRAPHENE_RECT_INIT (bar_x, y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0f,
                                                            length, BAR_HEIGHT),
                                       4);
      gtk_snapshot_push_rounded_clip (snapshot, &rect);
      gtk_snapshot_append_color (snapshot, &accent, &rect.bounds);
      gtk_snapshot_pop (snapshot);

      append_text (snapshot, value, &fg, bar_x + length + GAP / 2.0f, y);
    }
}

static void
nc_bar_chart_finalize (GObject *object)
{
  NcBarChart *self = NC_BAR_CHART (object);

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->empty_text, g_free);

  G_OBJECT_CLASS (nc_bar_chart_parent_class)->finalize (object);
}

static void
nc_bar_chart_class_init (NcBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = nc_bar_chart_finalize;
  widget_class->measure = nc_bar_chart_measure;
  widget_class->snapshot = nc_bar_chart_snapshot;

  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
nc_bar_chart_init (NcBarChart *self)
{
  self->bars = g_array_new (FALSE, FALSE, sizeof (Bar));
  g_array_set_clear_func (self->bars, bar_clear);
}
