/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-lesson-catalog.h — every lesson NetConduct ships, in order
 *
 * The catalog reads the lesson files in resources/lessons/ from the GResource (or a folder,
 * for tests and for authors) and checks them all; one broken file makes the
 * whole load fail with an error naming the file and the line.
 */
#pragma once

#include <glib-object.h>

#include "nc-lesson.h"

G_BEGIN_DECLS

#define NC_LESSONS_RESOURCE_PATH "/io/github/netconduct/NetConduct/lessons/"
#define NC_LESSON_PASS_PERCENT 80

#define NC_TYPE_LESSON_CATALOG (nc_lesson_catalog_get_type ())
G_DECLARE_FINAL_TYPE (NcLessonCatalog, nc_lesson_catalog, NC, LESSON_CATALOG, GObject)

NcLessonCatalog *nc_lesson_catalog_new_from_resource  (const char       *resource_path,
                                                       GError          **error);
NcLessonCatalog *nc_lesson_catalog_new_from_directory (const char       *path,
                                                       GError          **error);
NcLessonCatalog *nc_lesson_catalog_get_default        (GError          **error);
guint            nc_lesson_catalog_get_n_lessons      (NcLessonCatalog  *self);
NcLesson        *nc_lesson_catalog_get_lesson         (NcLessonCatalog  *self,
                                                       guint             index);
NcLesson        *nc_lesson_catalog_lookup             (NcLessonCatalog  *self,
                                                       const char       *lesson_id);
NcLesson        *nc_lesson_catalog_find_lesson_for_ref (NcLessonCatalog *self,
                                                        const char      *ref_id);
NcLesson        *nc_lesson_catalog_find_lesson_for_ref_in_track (NcLessonCatalog *self,
                                                                 const char      *ref_id,
                                                                 NcTrack          track);
guint            nc_lesson_catalog_get_n_quiz_items   (NcLessonCatalog  *self);
GPtrArray       *nc_lesson_catalog_list_track         (NcLessonCatalog  *self,
                                                       NcTrack           track);

G_END_DECLS
