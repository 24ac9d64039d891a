/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-wrap-layout.c — children flow like words and wrap at the width */
#include "config.h"

#include "nc-wrap-layout.h"

struct _NcWrapLayout
{
  GtkLayoutManager  parent_instance;

  int               column_spacing;
  int               row_spacing;
};

G_DEFINE_FINAL_TYPE (NcWrapLayout, nc_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

/* Flows the visible children of @widget into @width; returns the height
 * used. When @allocate, gives each child its place. */
static int
flow (NcWrapLayout *self,
      GtkWidget    *widget,
      int           width,
      gboolean      allocate)
{
  int x = 0, y = 0, line_height = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      int min_w = 0, nat_w = 0, child_w, child_h = 0;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
      child_w = width > 0 ? MIN (nat_w, MAX (width, min_w)) : nat_w;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_w, NULL, &child_h, NULL, NULL);

      if (x > 0 && width > 0 && x + child_w > width)
        {
          x = 0;
          y += line_height + self->row_spacing;
          line_height = 0;
        }
      if (allocate)
        gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, child_w, child_h }, -1);
      x += child_w + self->column_spacing;
      line_height = MAX (line_height, child_h);
    }
  return y + line_height;
}

static GtkSizeRequestMode
nc_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                 GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
nc_wrap_layout_measure (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        GtkOrientation    orientation,
                        int               for_size,
                        int              *minimum,
                        int              *natural,
                        int              *minimum_baseline,
                        int              *natural_baseline)
{
  NcWrapLayout *self = NC_WRAP_LAYOUT (manager);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int widest = 0, total = 0, n = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
           child = gtk_widget_get_next_sibling (child))
        {
          int min_w = 0, nat_w = 0;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
          widest = MAX (widest, min_w);
          total += nat_w;
          n++;
        }
      *minimum = widest;
      *natural = total + MAX (n - 1, 0) * self->column_spacing;
    }
  else
    {
      int height = flow (self, widget, for_size, FALSE);

      *minimum = height;
      *natural = height;
    }
}

static void
nc_wrap_layout_allocate (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         int               width,
                         int               height,
                         int               baseline)
{
  flow (NC_WRAP_LAYOUT (manager), widget, width, TRUE);
}

static void
nc_wrap_layout_class_init (NcWrapLayoutClass *klass)
{
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  layout_class->get_request_mode = nc_wrap_layout_get_request_mode;
  layout_class->measure = nc_wrap_layout_measure;
  layout_class->allocate = nc_wrap_layout_allocate;
}

static void
nc_wrap_layout_init (NcWrapLayout *self)
{
}

GtkLayoutManager *
nc_wrap_layout_new (int column_spacing,
                    int row_spacing)
{
  NcWrapLayout *self = g_object_new (NC_TYPE_WRAP_LAYOUT, NULL);

  self->column_spacing = column_spacing;
  self->row_spacing = row_spacing;
  return GTK_LAYOUT_MANAGER (self);
}
