/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-lessons.c — `netconductctl lessons [--format=json] [--profile NAME]`
 *
 * Lists every lesson with its id, title, the Code references it teaches
 * and its number of quiz items, so that teachers can plan. With --profile,
 * adds that learner's state and score. `lessons grade LESSON ITEM
 * --answer TEXT` judges a "rewrite it kindly" answer as the lesson player
 * does, for lesson authors' scripts.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "nc-checker.h"
#include "nc-code-ref.h"
#include "nc-ctl.h"
#include "nc-lesson-catalog.h"
#include "nc-lesson-grade.h"

const NcCtlVerb nc_ctl_lessons_verbs[] = {
  { NULL, N_("Usage: netconductctl lessons [--format=text|json] [--profile NAME]"),
    N_("Lists every lesson: its id, its title, the points of the Code it teaches and its number of quiz "
       "items; with --profile, that child’s progress and score too.") },
  { "grade", N_("Usage: netconductctl lessons grade LESSON ITEM [--answer TEXT]"),
    N_("Judges an answer to a “rewrite it kindly” item as the lesson player does, and prints the verdict as "
       "JSON: pass, reason and message. Without --answer, the answer is read from standard input.") },
  { NULL, NULL, NULL }
};

static const char *
state_to_string (NcLessonState state)
{
  switch (state)
    {
    case NC_LESSON_DONE: return "done";
    case NC_LESSON_IN_PROGRESS: return "in-progress";
    case NC_LESSON_NEW:
    default: return "new";
    }
}

static int
print_json (NcLessonCatalog *catalog,
            NcStore         *store,
            gint64           profile)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "lessons");
  json_builder_begin_array (b);
  for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (catalog); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, i);
      const char * const *refs = nc_lesson_get_refs (lesson);

      json_builder_begin_object (b);
      nc_ctl_json_string (b, "id", nc_lesson_get_id (lesson));
      nc_ctl_json_int (b, "order", nc_lesson_get_order (lesson));
      nc_ctl_json_string (b, "title", nc_lesson_translate (nc_lesson_get_title (lesson)));
      nc_ctl_json_string (b, "summary", nc_lesson_translate (nc_lesson_get_summary (lesson)));
      json_builder_set_member_name (b, "refs");
      json_builder_begin_array (b);
      for (int r = 0; refs[r]; r++)
        {
          const NcCodeRef *ref = nc_code_ref_lookup (refs[r]);
          g_autofree char *citation = nc_code_ref_format_citation (ref);

          json_builder_begin_object (b);
          nc_ctl_json_string (b, "id", refs[r]);
          nc_ctl_json_string (b, "title", nc_code_ref_get_title (ref));
          nc_ctl_json_string (b, "citation", citation);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      nc_ctl_json_int (b, "quiz_items", nc_lesson_get_n_quiz_items (lesson));
      nc_ctl_json_int (b, "steps", nc_lesson_get_n_steps (lesson));
      if (profile > 0)
        {
          g_autoptr(NcLessonProgress) progress = nc_store_get_lesson_progress (store, profile, nc_lesson_get_id (lesson), NULL);

          json_builder_set_member_name (b, "progress");
          json_builder_begin_object (b);
          nc_ctl_json_string (b, "state", state_to_string (progress ? progress->state : NC_LESSON_NEW));
          nc_ctl_json_int (b, "score", progress ? progress->score : 0);
          nc_ctl_json_int (b, "completed_at", progress ? progress->completed_at : 0);
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  nc_ctl_json_int (b, "lesson_count", nc_lesson_catalog_get_n_lessons (catalog));
  nc_ctl_json_int (b, "quiz_item_count", nc_lesson_catalog_get_n_quiz_items (catalog));
  json_builder_end_object (b);

  nc_ctl_print_json (b, TRUE);
  return NC_CTL_OK;
}

static int
print_text (NcLessonCatalog *catalog,
            NcStore         *store,
            gint64           profile)
{
  for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (catalog); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, i);
      g_autofree char *refs = g_strjoinv (" ", (GStrv) nc_lesson_get_refs (lesson));
      g_autofree char *progress_text = NULL;

      if (profile > 0)
        {
          g_autoptr(NcLessonProgress) progress = nc_store_get_lesson_progress (store, profile, nc_lesson_get_id (lesson), NULL);

          progress_text = g_strdup_printf ("  %-11s %3d%%", state_to_string (progress ? progress->state : NC_LESSON_NEW),
                                           progress ? progress->score : 0);
        }
      /* Translators: one line per lesson: id, number of quiz items, title, Code references */
      g_print (_("%-18s %3u items  %s\n                   Code: %s%s\n"),
               nc_lesson_get_id (lesson), nc_lesson_get_n_quiz_items (lesson),
               nc_lesson_translate (nc_lesson_get_title (lesson)), refs,
               progress_text ? progress_text : "");
    }
  /* Translators: the last line of `netconductctl lessons` */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u lesson, ", "%u lessons, ", nc_lesson_catalog_get_n_lessons (catalog)),
           nc_lesson_catalog_get_n_lessons (catalog));
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u quiz item\n", "%u quiz items\n", nc_lesson_catalog_get_n_quiz_items (catalog)),
           nc_lesson_catalog_get_n_quiz_items (catalog));
  return NC_CTL_OK;
}

/* `netconductctl lessons grade LESSON ITEM [--answer TEXT]`: the verdict
 * as JSON, {"pass": bool, "reason": id, "message": text}, with
 * "reminder" (the Code's 4.4 share reminder) when the answer shares a
 * link; the answer is read from standard input without --answer. */
static int
grade (NcLessonCatalog *catalog,
       int              argc,
       char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NcChecker) checker = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *from_stdin = NULL;
  g_autofree char *reminder = NULL;
  const char *answer = nc_ctl_take_option (&argc, argv, "answer");
  NcLesson *lesson;
  const NcStep *step;
  NcRewriteVerdict verdict;

  if (argc != 4)
    return nc_ctl_usage (nc_ctl_lessons_verbs, "grade");
  lesson = nc_lesson_catalog_lookup (catalog, argv[2]);
  if (lesson == NULL)
    return nc_ctl_fail (NC_CTL_USAGE, _("There is no lesson “%s”. `netconductctl lessons` lists them."), argv[2]);
  step = nc_lesson_find_item (lesson, argv[3]);
  if (step == NULL || step->kind != NC_STEP_REWRITE)
    return nc_ctl_fail (NC_CTL_USAGE, _("Lesson %s has no “rewrite it kindly” item “%s”."), argv[2], argv[3]);

  if (answer == NULL)
    {
      g_autoptr(GIOChannel) in = g_io_channel_unix_new (0);
      gsize length;

      g_io_channel_set_encoding (in, NULL, NULL);   /* bytes: checked below */
      if (g_io_channel_read_to_end (in, &from_stdin, &length, &error) != G_IO_STATUS_NORMAL)
        return nc_ctl_fail_error (error);
      answer = from_stdin;
    }
  if (!g_utf8_validate (answer, -1, NULL))
    return nc_ctl_fail (NC_CTL_USAGE, _("The answer is not valid UTF-8 text."));

  checker = nc_checker_new (&error);
  if (checker == NULL)
    return nc_ctl_fail_error (error);
  verdict = nc_grade_rewrite (step, answer, nc_rewrite_judge_checker, checker);

  json_builder_begin_object (b);
  nc_ctl_json_bool (b, "pass", verdict == NC_REWRITE_OK);
  nc_ctl_json_string (b, "reason", nc_rewrite_verdict_to_string (verdict));
  nc_ctl_json_string (b, "message", nc_rewrite_verdict_get_message (verdict));
  reminder = nc_rewrite_get_reminder (checker, answer);
  if (reminder != NULL)
    {
      nc_ctl_json_string (b, "reminder", reminder);
    }
  json_builder_end_object (b);
  nc_ctl_print_json (b, FALSE);
  return NC_CTL_OK;
}

/* `netconductctl lessons [--format=text|json] [--profile NAME]` */
int
nc_ctl_lessons (NcStore  *store,
                int       argc,
                char    **argv)
{
  g_autoptr(GError) error = NULL;
  const char *format = nc_ctl_take_option (&argc, argv, "format");
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);
  gint64 profile;

  if (catalog == NULL)
    return nc_ctl_fail_error (error);
  if (argc > 1 && g_str_equal (argv[1], "grade"))
    return grade (catalog, argc, argv);

  profile = nc_ctl_profile_option (store, &argc, argv, TRUE);
  if (profile < 0)
    return NC_CTL_FAILED;
  if (argc > 1 || (format != NULL && !g_str_equal (format, "json") && !g_str_equal (format, "text")))
    return nc_ctl_usage (nc_ctl_lessons_verbs, NULL);

  if (g_strcmp0 (format, "json") == 0)
    return print_json (catalog, store, profile);
  return print_text (catalog, store, profile);
}
