/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-ctl-classroom.c — `netconductctl classroom`: the teacher's files from
 * the command line, the same ones the Classroom window writes
 *
 *   classroom lessons
 *   classroom export --output DIR [--lesson ID]… [--results results.csv]
 *                    [--roster names.csv] [--class NAME] [--teacher NAME]
 *                    [--school NAME] [--track 6-9|10-12|13+|adult]
 *                    [--only csv,report,handouts,certificates,plans,parents,agreement]
 *
 * Lessons come from --lesson (repeatable, or comma-separated), else from
 * the results file, else the lessons of --track, else all lessons. --track
 * also picks the items the handouts, plans and parents' sheets show. Needs
 * no display; nothing leaves the machine.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "nc-class-export.h"
#include "nc-csv.h"
#include "nc-class-session.h"
#include "nc-ctl.h"
#include "nc-lesson-catalog.h"

const NcCtlVerb nc_ctl_classroom_verbs[] = {
  { "lessons", N_("Usage: netconductctl classroom lessons"),
    N_("Lists the lessons’ ids and titles, for --lesson.") },
  { "export", N_("Usage: netconductctl classroom export --output DIR [--lesson ID]… [--results CSV] [--roster CSV] "
                 "[--class NAME] [--teacher NAME] [--school NAME] [--track 6-9|10-12|13+|adult] "
                 "[--only csv,report,handouts,certificates,plans,parents,agreement]"),
    N_("Writes the teacher’s files into DIR, as the Classroom window does: the results as CSV, a class "
       "report, handouts and certificates as PDF. The lessons come from --lesson (repeated, or separated by "
       "commas), else from the results file, else from --track, else all lessons. --track also picks the "
       "questions for that age. --roster names the students; --only writes some of the files: plans (a "
       "one-page teacher’s plan per lesson), parents (a sheet per lesson for parents) and agreement (a "
       "family agreement to sign) are written only when asked for. Needs no display; nothing leaves the "
       "computer.") },
  { NULL, NULL, NULL }
};

static int
classroom_lessons (NcLessonCatalog *catalog)
{
  for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (catalog); i++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (catalog, i);
      g_print ("%-22s %s\n", nc_lesson_get_id (lesson), nc_lesson_translate (nc_lesson_get_title (lesson)));
    }
  return NC_CTL_OK;
}

static gboolean
parse_only (const char        *only,
            NcClassExportWhat *what)
{
  g_auto(GStrv) parts = g_strsplit (only, ",", -1);

  *what = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *p = g_strstrip (parts[i]);

      if (g_str_equal (p, "csv"))
        *what |= NC_CLASS_EXPORT_RESULTS_CSV;
      else if (g_str_equal (p, "report"))
        *what |= NC_CLASS_EXPORT_REPORT;
      else if (g_str_equal (p, "handouts"))
        *what |= NC_CLASS_EXPORT_HANDOUTS;
      else if (g_str_equal (p, "certificates"))
        *what |= NC_CLASS_EXPORT_CERTIFICATES;
      else if (g_str_equal (p, "plans"))
        *what |= NC_CLASS_EXPORT_PLANS;
      else if (g_str_equal (p, "parents"))
        *what |= NC_CLASS_EXPORT_PARENTS;
      else if (g_str_equal (p, "agreement"))
        *what |= NC_CLASS_EXPORT_AGREEMENT;
      else if (*p != '\0')
        return FALSE;
    }
  return *what != 0;
}

static int
classroom_export (NcLessonCatalog  *catalog,
                  int               argc,
                  char            **argv)
{
  g_autoptr(NcClassSession) session = nc_class_session_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) written = NULL;
  NcClassExportInfo info = { 0 };
  NcClassExportWhat what = NC_CLASS_EXPORT_ALL;
  const char *output, *results, *roster, *only, *track, *lesson_option;
  gboolean any_lesson = FALSE;
  g_autofree char *results_data = NULL;
  gsize results_length = 0;

  output = nc_ctl_take_option (&argc, argv, "output");
  results = nc_ctl_take_option (&argc, argv, "results");
  roster = nc_ctl_take_option (&argc, argv, "roster");
  only = nc_ctl_take_option (&argc, argv, "only");
  info.class_name = nc_ctl_take_option (&argc, argv, "class");
  info.teacher = nc_ctl_take_option (&argc, argv, "teacher");
  info.school = nc_ctl_take_option (&argc, argv, "school");
  track = nc_ctl_take_option (&argc, argv, "track");
  if (track != NULL && (!nc_track_from_string (track, &info.track) || info.track == NC_TRACK_ALL))
    return nc_ctl_fail (NC_CTL_USAGE, _("--track takes 6-9, 10-12, 13+ or adult, not “%s”."), track);

  while ((lesson_option = nc_ctl_take_option (&argc, argv, "lesson")) != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (lesson_option, ",", -1);

      for (guint i = 0; ids[i] != NULL; i++)
        {
          NcLesson *lesson;

          if (*g_strstrip (ids[i]) == '\0')
            continue;
          lesson = nc_lesson_catalog_lookup (catalog, ids[i]);
          if (lesson == NULL)
            return nc_ctl_fail (NC_CTL_USAGE, _("There is no lesson “%s”; `netconductctl classroom lessons` lists them."), ids[i]);
          nc_class_session_add_lesson (session, lesson);
          any_lesson = TRUE;
        }
    }

  if (argc > 1)
    return nc_ctl_fail (NC_CTL_USAGE, _("Unexpected argument “%s”."), argv[1]);
  if (output == NULL)
    return nc_ctl_fail (NC_CTL_USAGE, _("Say where to write the files with --output FOLDER."));
  if (only != NULL && !parse_only (only, &what))
    return nc_ctl_fail (NC_CTL_USAGE, _("--only takes a list of: csv, report, handouts, certificates, plans, parents, agreement."));

  /* The order matters: lessons first (the roster's answer columns name
   * their questions), then the roster, then the votes (which count the
   * students' answers in). */
  if (results != NULL)
    {
      g_autoptr(NcClassSession) probe = nc_class_session_new ();

      if (!nc_csv_load_file (results, &results_data, &results_length, &error) ||
          !nc_class_session_load_results (probe, catalog, results_data, results_length, &error))
        return nc_ctl_fail (NC_CTL_FAILED, "%s: %s", results, error->message);
      for (guint i = 0; i < nc_class_session_get_n_lessons (probe); i++)
        nc_class_session_add_lesson (session, nc_class_session_get_lesson (probe, i));
      any_lesson = any_lesson || nc_class_session_get_n_lessons (probe) > 0;
    }
  if (!any_lesson)
    for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (catalog); i++)
      if (nc_lesson_suits_track (nc_lesson_catalog_get_lesson (catalog, i), info.track))
        nc_class_session_add_lesson (session, nc_lesson_catalog_get_lesson (catalog, i));
  if (roster != NULL)
    {
      g_autofree char *data = NULL;
      gsize length;

      if (!nc_csv_load_file (roster, &data, &length, &error) ||
          !nc_class_session_load_roster (session, data, length, &error))
        return nc_ctl_fail (NC_CTL_FAILED, "%s: %s", roster, error->message);
    }
  if (results != NULL &&
      !nc_class_session_load_results (session, catalog, results_data, results_length, &error))
    return nc_ctl_fail (NC_CTL_FAILED, "%s: %s", results, error->message);

  if (!nc_class_export_to_folder (session, &info, what, output, &written, &error))
    return nc_ctl_fail_error (error);
  for (guint i = 0; i < written->len; i++)
    g_print ("%s\n", (char *) written->pdata[i]);
  return NC_CTL_OK;
}

int
nc_ctl_classroom (NcStore  *store,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GError) error = NULL;
  NcLessonCatalog *catalog;

  if (argc < 2)
    return nc_ctl_fail (NC_CTL_USAGE, _("classroom takes “lessons” or “export”."));

  catalog = nc_lesson_catalog_get_default (&error);
  if (catalog == NULL)
    return nc_ctl_fail_error (error);

  if (g_str_equal (argv[1], "lessons"))
    return classroom_lessons (catalog);
  if (g_str_equal (argv[1], "export"))
    return classroom_export (catalog, argc - 1, argv + 1);
  return nc_ctl_fail (NC_CTL_USAGE, _("classroom takes “lessons” or “export”."));
}
