/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-presenter-window.h — the full-screen slides a teacher shows a class
 *
 * Built from an NcClassSession: its lessons become slides (nc-slide.h),
 * the class's votes go into the session. Keys (clickers send the same):
 * Right, Page Down, space, Enter — next step (a reveal, then the next
 * slide); Left, Page Up, Backspace — back; B or . — blank screen; Escape —
 * leave; Home/End; D — dark or light; N — speaker notes; T — restart the
 * timer. On a question: 1, 2, 3… add a vote for answer A, B, C… (with
 * Ctrl, take one away), or, when students answer one by one, record the
 * current student's answer. Speaker notes open in a second window on a second
 * monitor.
 */
#pragma once

#include <adwaita.h>

#include "nc-class-session.h"
#include "nc-slide.h"

G_BEGIN_DECLS

#define NC_TYPE_PRESENTER_WINDOW (nc_presenter_window_get_type ())
G_DECLARE_FINAL_TYPE (NcPresenterWindow, nc_presenter_window, NC, PRESENTER_WINDOW, GtkWindow)

NcPresenterWindow *nc_presenter_window_new          (GtkApplication    *application,
                                                     NcClassSession    *session,
                                                     gboolean           students_one_by_one,
                                                     gboolean           dark);
void               nc_presenter_window_start        (NcPresenterWindow *self);
guint              nc_presenter_window_get_n_slides (NcPresenterWindow *self);
guint              nc_presenter_window_get_position (NcPresenterWindow *self);
/* The reveal step of the current slide: 0 before any reveal. */
guint              nc_presenter_window_get_stage    (NcPresenterWindow *self);
gboolean           nc_presenter_window_get_blank    (NcPresenterWindow *self);
const NcSlide     *nc_presenter_window_get_slide    (NcPresenterWindow *self);
/* The window with the speaker notes, or NULL when not shown. */
GtkWindow         *nc_presenter_window_get_notes_window (NcPresenterWindow *self);

G_END_DECLS
