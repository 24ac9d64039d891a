/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-presenter-notes.h — the teacher's speaker notes beside the slides
 *
 * A window (nc-presenter-notes.ui) with the presentation's timer, the
 * current slide's notes and the title of the slide that comes next. The
 * presenter window makes it (g_object_new() with its "application") and
 * tells it what to show.
 */
#pragma once

#include <gtk/gtk.h>

#include "nc-slide.h"

G_BEGIN_DECLS

#define NC_TYPE_PRESENTER_NOTES (nc_presenter_notes_get_type ())
G_DECLARE_FINAL_TYPE (NcPresenterNotes, nc_presenter_notes, NC, PRESENTER_NOTES, GtkWindow)

/* Shows the notes of @slide and the title of @next (NULL: @slide is the
 * last one). */
void              nc_presenter_notes_set_slide (NcPresenterNotes *self,
                                                const NcSlide    *slide,
                                                const NcSlide    *next);
/* The time since the presentation began, as the slides show it. */
void              nc_presenter_notes_set_time  (NcPresenterNotes *self,
                                                const char       *text);

G_END_DECLS
