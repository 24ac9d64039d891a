/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-lesson-picture.c — a card's SVG, painted in the theme's text colour */
#include "config.h"

#include "nc-lesson.h"
#include "nc-lesson-picture.h"

#define PICTURE_WIDTH  360   /* logical pixels; the SVGs are 3:2 */
#define PICTURE_HEIGHT 240

struct _NcLessonPicture
{
  GtkWidget  parent_instance;

  GtkWidget *picture;     /* GtkPicture */
  char      *name;        /* file name under NC_LESSON_PICTURES_PATH */
  GdkRGBA    painted;     /* the colour currentColor was last painted in */
  gboolean   loaded;
};

G_DEFINE_FINAL_TYPE (NcLessonPicture, nc_lesson_picture, GTK_TYPE_WIDGET)

/* Renders the SVG with currentColor set to @color, at @scale device pixels
 * per logical pixel. NULL (and a warning) when the file is missing or not
 * an SVG the loader can read: the card then shows its text alone. */
static GdkTexture *
render (const char    *name,
        const GdkRGBA *color,
        int            scale)
{
  g_autofree char *path = g_strconcat (NC_LESSON_PICTURES_PATH, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_autoptr(GString) svg = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autofree char *hex = NULL;

  if (bytes == NULL)
    {
      g_warning ("No lesson picture %s: %s", name, error->message);
      return NULL;
    }
  hex = g_strdup_printf ("#%02x%02x%02x", (int) (color->red * 255 + 0.5),
                         (int) (color->green * 255 + 0.5), (int) (color->blue * 255 + 0.5));
  svg = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_string_replace (svg, "currentColor", hex, 0);
  stream = g_memory_input_stream_new_from_data (g_strdup (svg->str), svg->len, g_free);
  pixbuf = gdk_pixbuf_new_from_stream_at_scale (stream, PICTURE_WIDTH * scale, PICTURE_HEIGHT * scale,
                                                TRUE, NULL, &error);
  if (pixbuf == NULL)
    {
      g_warning ("Cannot draw the lesson picture %s: %s", name, error->message);
      return NULL;
    }
  return gdk_texture_new_for_pixbuf (pixbuf);
}

static void
repaint (NcLessonPicture *self)
{
  GdkRGBA color;
  g_autoptr(GdkTexture) texture = NULL;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  if (self->loaded && gdk_rgba_equal (&color, &self->painted))
    return;
  texture = render (self->name, &color, MAX (gtk_widget_get_scale_factor (GTK_WIDGET (self)), 1));
  self->painted = color;
  self->loaded = texture != NULL;
  gtk_picture_set_paintable (GTK_PICTURE (self->picture), GDK_PAINTABLE (texture));
}

static void
nc_lesson_picture_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (nc_lesson_picture_parent_class)->css_changed (widget, change);
  repaint (NC_LESSON_PICTURE (widget));
}

static void
scale_factor_cb (NcLessonPicture *self)
{
  self->loaded = FALSE;
  repaint (self);
}

static void
nc_lesson_picture_dispose (GObject *object)
{
  NcLessonPicture *self = NC_LESSON_PICTURE (object);

  g_clear_pointer (&self->picture, gtk_widget_unparent);
  G_OBJECT_CLASS (nc_lesson_picture_parent_class)->dispose (object);
}

static void
nc_lesson_picture_finalize (GObject *object)
{
  g_free (NC_LESSON_PICTURE (object)->name);
  G_OBJECT_CLASS (nc_lesson_picture_parent_class)->finalize (object);
}

static void
nc_lesson_picture_class_init (NcLessonPictureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nc_lesson_picture_dispose;
  object_class->finalize = nc_lesson_picture_finalize;
  widget_class->css_changed = nc_lesson_picture_css_changed;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "nc-lesson-picture");
}

static void
nc_lesson_picture_init (NcLessonPicture *self)
{
  self->picture = gtk_picture_new ();
  gtk_picture_set_can_shrink (GTK_PICTURE (self->picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (self->picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_widget_set_size_request (self->picture, PICTURE_WIDTH, PICTURE_HEIGHT);
  gtk_widget_set_parent (self->picture, GTK_WIDGET (self));
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_factor_cb), NULL);
}

/* The picture @name (a file under NC_LESSON_PICTURES_PATH, as a card's
 * picture attribute gives it), described by @alternative_text (already
 * translated). */
GtkWidget *
nc_lesson_picture_new (const char *name,
                       const char *alternative_text)
{
  NcLessonPicture *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (alternative_text != NULL, NULL);

  self = g_object_new (NC_TYPE_LESSON_PICTURE, NULL);
  self->name = g_strdup (name);
  gtk_picture_set_alternative_text (GTK_PICTURE (self->picture), alternative_text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), alternative_text);
  repaint (self);
  return GTK_WIDGET (self);
}

/* TRUE once the SVG was found and drawn. */
gboolean
nc_lesson_picture_is_loaded (NcLessonPicture *self)
{
  g_return_val_if_fail (NC_IS_LESSON_PICTURE (self), FALSE);
  return self->loaded;
}

const char *
nc_lesson_picture_get_alternative_text (NcLessonPicture *self)
{
  g_return_val_if_fail (NC_IS_LESSON_PICTURE (self), NULL);
  return gtk_picture_get_alternative_text (GTK_PICTURE (self->picture));
}
