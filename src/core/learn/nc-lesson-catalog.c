/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-lesson-catalog.c — loads and orders every lesson */
#include "config.h"

#include <gio/gio.h>

#include "nc-lesson-catalog.h"

struct _NcLessonCatalog
{
  GObject    parent_instance;

  GPtrArray *lessons;   /* NcLesson, sorted by order then id */
};

G_DEFINE_FINAL_TYPE (NcLessonCatalog, nc_lesson_catalog, G_TYPE_OBJECT)

static int
compare_lessons (gconstpointer a,
                 gconstpointer b)
{
  NcLesson *la = *(NcLesson **) a;
  NcLesson *lb = *(NcLesson **) b;

  if (nc_lesson_get_order (la) != nc_lesson_get_order (lb))
    return nc_lesson_get_order (la) < nc_lesson_get_order (lb) ? -1 : 1;
  return g_strcmp0 (nc_lesson_get_id (la), nc_lesson_get_id (lb));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* Adds the lesson in @bytes; FALSE with @error when it is broken or its id
 * is taken. */
static gboolean
add_lesson (NcLessonCatalog  *self,
            GBytes           *bytes,
            const char       *filename,
            GError          **error)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr(NcLesson) lesson = nc_lesson_new_from_data (data, size, filename, error);

  if (lesson == NULL)
    return FALSE;

  if (nc_lesson_catalog_lookup (self, nc_lesson_get_id (lesson)) != NULL)
    {
      g_set_error (error, NC_LESSON_ERROR, NC_LESSON_ERROR_DUPLICATE,
                   "%s:1: another file already holds lesson “%s”", filename,
                   nc_lesson_get_id (lesson));
      return FALSE;
    }

  g_ptr_array_add (self->lessons, g_steal_pointer (&lesson));
  return TRUE;
}

/* Loads every *.xml under @resource_path (ending in "/"). */
NcLessonCatalog *
nc_lesson_catalog_new_from_resource (const char  *resource_path,
                                     GError     **error)
{
  g_autoptr(NcLessonCatalog) self = g_object_new (NC_TYPE_LESSON_CATALOG, NULL);
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  names = g_resources_enumerate_children (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return NULL;
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);

  for (int i = 0; names[i]; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (!g_str_has_suffix (names[i], ".xml"))
        continue;
      path = g_strconcat (resource_path, names[i], NULL);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL || !add_lesson (self, bytes, names[i], error))
        return NULL;
    }

  g_ptr_array_sort (self->lessons, compare_lessons);
  return g_steal_pointer (&self);
}

/* Loads every *.xml file in the folder @path; errors name the file. */
NcLessonCatalog *
nc_lesson_catalog_new_from_directory (const char  *path,
                                      GError     **error)
{
  g_autoptr(NcLessonCatalog) self = g_object_new (NC_TYPE_LESSON_CATALOG, NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_dir_open (path, 0, error);
  if (dir == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *base = g_ptr_array_index (names, i);
      g_autofree char *file = g_build_filename (path, base, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;
      g_autoptr(GBytes) bytes = NULL;

      if (!g_file_get_contents (file, &contents, &length, error))
        return NULL;
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      if (!add_lesson (self, bytes, base, error))
        return NULL;
    }

  g_ptr_array_sort (self->lessons, compare_lessons);
  return g_steal_pointer (&self);
}

/*
 * The shipped lessons, loaded once from the GResource and then shared
 * (never freed). Returns NULL with @error when a lesson is broken, which the
 * tests make sure never ships.
 */
NcLessonCatalog *
nc_lesson_catalog_get_default (GError **error)
{
  static NcLessonCatalog *catalog;

  if (catalog == NULL)
    catalog = nc_lesson_catalog_new_from_resource (NC_LESSONS_RESOURCE_PATH, error);
  return catalog;
}

guint
nc_lesson_catalog_get_n_lessons (NcLessonCatalog *self)
{
  g_return_val_if_fail (NC_IS_LESSON_CATALOG (self), 0);
  return self->lessons->len;
}

NcLesson *
nc_lesson_catalog_get_lesson (NcLessonCatalog *self,
                              guint            index)
{
  g_return_val_if_fail (NC_IS_LESSON_CATALOG (self), NULL);
  g_return_val_if_fail (index < self->lessons->len, NULL);
  return g_ptr_array_index (self->lessons, index);
}

/* The lesson called @lesson_id (e.g. "lesson-respect"), or NULL. */
NcLesson *
nc_lesson_catalog_lookup (NcLessonCatalog *self,
                          const char      *lesson_id)
{
  g_return_val_if_fail (NC_IS_LESSON_CATALOG (self), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  for (guint i = 0; i < self->lessons->len; i++)
    if (g_str_equal (nc_lesson_get_id (g_ptr_array_index (self->lessons, i)), lesson_id))
      return g_ptr_array_index (self->lessons, i);
  return NULL;
}

/* How many steps of @lesson name @ref_id among the Code references they
 * teach. */
static guint
count_steps_teaching (NcLesson   *lesson,
                      const char *ref_id)
{
  guint n = 0;

  for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
    if (g_strv_contains ((const char * const *) nc_lesson_get_step (lesson, i)->refs, ref_id))
      n++;
  return n;
}

/* The lesson that teaches the Code reference @ref_id (e.g. "4.4") most:
 * the one with the most steps naming it; on a tie, the first in the
 * catalog's order, so the answer never changes between runs. NULL when no
 * lesson names @ref_id. Used where a warning knows the rule but not the
 * lesson ("Learn why" on the rules banner and the share reminder). */
NcLesson *
nc_lesson_catalog_find_lesson_for_ref (NcLessonCatalog *self,
                                       const char      *ref_id)
{
  return nc_lesson_catalog_find_lesson_for_ref_in_track (self, ref_id, NC_TRACK_ALL);
}

/* The same, for a learner of @track: the lesson of that track that teaches
 * @ref_id most, or when none of its lessons does, the one of every lesson. */
NcLesson *
nc_lesson_catalog_find_lesson_for_ref_in_track (NcLessonCatalog *self,
                                                const char      *ref_id,
                                                NcTrack          track)
{
  NcLesson *best = NULL;
  guint best_count = 0;

  g_return_val_if_fail (NC_IS_LESSON_CATALOG (self), NULL);
  g_return_val_if_fail (ref_id != NULL, NULL);
  g_return_val_if_fail (track < NC_N_TRACKS, NULL);

  for (guint i = 0; i < self->lessons->len; i++)
    {
      NcLesson *lesson = g_ptr_array_index (self->lessons, i);
      guint count = nc_lesson_suits_track (lesson, track) ? count_steps_teaching (lesson, ref_id) : 0;

      if (count > best_count)
        {
          best = lesson;
          best_count = count;
        }
    }
  if (best == NULL && track != NC_TRACK_ALL)
    return nc_lesson_catalog_find_lesson_for_ref_in_track (self, ref_id, NC_TRACK_ALL);
  return best;
}

guint
nc_lesson_catalog_get_n_quiz_items (NcLessonCatalog *self)
{
  guint n = 0;

  g_return_val_if_fail (NC_IS_LESSON_CATALOG (self), 0);
  for (guint i = 0; i < self->lessons->len; i++)
    n += nc_lesson_get_n_quiz_items (g_ptr_array_index (self->lessons, i));
  return n;
}

/* The lessons of @track in the catalog's order, as a new array of
 * NcLesson (each referenced); every lesson for NC_TRACK_ALL. */
GPtrArray *
nc_lesson_catalog_list_track (NcLessonCatalog *self,
                              NcTrack          track)
{
  GPtrArray *lessons = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (NC_IS_LESSON_CATALOG (self), lessons);
  g_return_val_if_fail (track < NC_N_TRACKS, lessons);

  for (guint i = 0; i < self->lessons->len; i++)
    if (nc_lesson_suits_track (g_ptr_array_index (self->lessons, i), track))
      g_ptr_array_add (lessons, g_object_ref (g_ptr_array_index (self->lessons, i)));
  return lessons;
}

static void
nc_lesson_catalog_finalize (GObject *object)
{
  NcLessonCatalog *self = NC_LESSON_CATALOG (object);

  g_ptr_array_unref (self->lessons);
  G_OBJECT_CLASS (nc_lesson_catalog_parent_class)->finalize (object);
}

static void
nc_lesson_catalog_class_init (NcLessonCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nc_lesson_catalog_finalize;
}

static void
nc_lesson_catalog_init (NcLessonCatalog *self)
{
  self->lessons = g_ptr_array_new_with_free_func (g_object_unref);
}
