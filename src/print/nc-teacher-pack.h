/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-teacher-pack.h — the printable help for teachers and families (PDF)
 *
 * Per lesson, a one-page plan for the teacher (objectives, a 35- and a
 * 45-minute timing, a warm-up, questions to discuss and the answer key)
 * and a one-page sheet for parents (what the child learned, questions to
 * ask tonight); and a family agreement to fill in and sign. Written in the
 * current language from the lesson files, for the steps of one track (the
 * lesson's oldest track for NC_TRACK_ALL, see nc_lesson_resolve_track()).
 * A page that does not fit is drawn again smaller, so each is one page.
 */
#pragma once

#include <glib.h>

#include "nc-lesson.h"

G_BEGIN_DECLS

gboolean nc_teacher_pack_write_plan         (NcLesson    *lesson,
                                             NcTrack      track,
                                             const char  *path,
                                             GError     **error);
gboolean nc_teacher_pack_write_parent_sheet (NcLesson    *lesson,
                                             NcTrack      track,
                                             const char  *path,
                                             GError     **error);
gboolean nc_teacher_pack_write_agreement    (const char  *path,
                                             GError     **error);

G_END_DECLS
