/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-lesson-picture.h — the picture of a lesson card
 *
 * Shows one SVG from the lessons' pictures in the GResource
 * (NC_LESSON_PICTURES_PATH), with its alternative text for screen readers.
 * The pictures draw their lines in currentColor; this widget paints them in
 * the theme's text colour and repaints them when the style changes, so a
 * picture reads on a light and on a dark background alike.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NC_TYPE_LESSON_PICTURE (nc_lesson_picture_get_type ())
G_DECLARE_FINAL_TYPE (NcLessonPicture, nc_lesson_picture, NC, LESSON_PICTURE, GtkWidget)

GtkWidget  *nc_lesson_picture_new            (const char      *name,
                                              const char      *alternative_text);
gboolean    nc_lesson_picture_is_loaded      (NcLessonPicture *self);
const char *nc_lesson_picture_get_alternative_text (NcLessonPicture *self);

G_END_DECLS
