/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-classroom-window.h — the teacher's Classroom: choose lessons, the
 * class and its list of names, present, and export the results, a report,
 * handouts and certificates
 *
 * Actions: classroom.present, classroom.export, classroom.import-roster.
 * The class session (votes and answers) lives here, so that after a
 * presentation the teacher can export it; it starts anew when the lessons
 * or the list of names change.
 */
#pragma once

#include <adwaita.h>

#include "nc-track.h"

#include "nc-class-session.h"

G_BEGIN_DECLS

#define NC_TYPE_CLASSROOM_WINDOW (nc_classroom_window_get_type ())
G_DECLARE_FINAL_TYPE (NcClassroomWindow, nc_classroom_window, NC, CLASSROOM_WINDOW, AdwWindow)

NcClassroomWindow *nc_classroom_window_new         (GtkApplication    *application);
/* Ticks (or unticks) a lesson; FALSE when there is no such lesson. */
gboolean           nc_classroom_window_select_lesson (NcClassroomWindow *self,
                                                      const char        *lesson_id,
                                                      gboolean           selected);
void               nc_classroom_window_set_roster   (NcClassroomWindow *self,
                                                     const char        *names);
/* Shows and ticks the lessons of @track (NC_TRACK_ALL: shows every lesson). */
void               nc_classroom_window_set_track    (NcClassroomWindow *self,
                                                     NcTrack            track);
/* The session of the last presentation, or NULL. */
NcClassSession    *nc_classroom_window_get_session  (NcClassroomWindow *self);
/* Writes every file into @folder, as the Export button does. */
gboolean           nc_classroom_window_export_to    (NcClassroomWindow *self,
                                                     const char        *folder,
                                                     GError           **error);

G_END_DECLS
