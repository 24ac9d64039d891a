/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-presenter.c — the Classroom under a real display (Xvfb): present a
 * lesson and drive it with real key presses (xdotool, as a clicker
 * would), count votes, reveal, blank the screen, leave, export.
 *
 * With NC_SCREENSHOT_DIR=DIR, screenshots of the slides are saved there,
 * for people to look at (NC_TEST_SCREENSHOTS=DIR keeps the exported files
 * too). */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "nc-classroom-window.h"
#include "nc-lesson-catalog.h"
#include "nc-presenter-window.h"
#include "nc-test-ui.h"
#include "nc-test-files.h"
#include "nc-test-i18n.h"

static char *tmp_dir;

/* Presses a key as the keyboard would (X test extension). */
static void
press (const char *key)
{
  g_autofree char *command = g_strdup_printf ("xdotool key --clearmodifiers %s", key);
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  nc_test_ui_iterate (150);
}

/* Without a window manager (Xvfb), X keyboard focus does not follow the
 * window GTK presents: give it to @window as a window manager would. */
static void
focus (GtkWindow *window)
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_window_set_title (window, "nc-test-focus-me");
  nc_test_ui_iterate (200);
  g_assert_true (g_spawn_command_line_sync ("xdotool search --sync --name ^nc-test-focus-me$ windowfocus --sync",
                                            NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  gtk_window_set_title (window, "");
  nc_test_ui_iterate (100);
}

/* The presentation (or else the classroom window) as a PNG in
 * $NC_SCREENSHOT_DIR, when that is set. */
static void
screenshot (const char *name)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GtkWindow *shown = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_widget_get_visible (l->data) &&
        (NC_IS_PRESENTER_WINDOW (l->data) || (shown == NULL && NC_IS_CLASSROOM_WINDOW (l->data))))
      shown = l->data;
  if (shown != NULL)
    nc_test_ui_snap (shown, name);
}

static gboolean
have_xdotool (void)
{
  g_autofree char *path = g_find_program_in_path ("xdotool");

  if (path == NULL)
    g_test_skip ("xdotool is not installed (build-aux/setup.sh installs it)");
  return path != NULL;
}

/* Right until a slide of @kind; fails after @max presses. */
static void
advance_to (NcPresenterWindow *presenter,
            NcSlideKind        kind,
            guint              max)
{
  for (guint i = 0; i < max && nc_presenter_window_get_slide (presenter)->kind != kind; i++)
    press ("Right");
  g_assert_cmpint (nc_presenter_window_get_slide (presenter)->kind, ==, kind);
}

/* The speaker notes show the current slide's notes and what comes next. */
static void
assert_notes_show (NcPresenterWindow *presenter)
{
  GtkWindow *notes = nc_presenter_window_get_notes_window (presenter);
  const NcSlide *slide = nc_presenter_window_get_slide (presenter);
  g_autoptr(GPtrArray) labels = NULL;
  gboolean seen_notes = FALSE, seen_next = FALSE;

  g_assert_nonnull (slide->notes);
  g_assert_cmpstr (slide->notes, !=, "");
  g_assert_cmpuint (nc_presenter_window_get_position (presenter) + 1, <, nc_presenter_window_get_n_slides (presenter));
  labels = nc_test_ui_find_all (GTK_WIDGET (notes), GTK_TYPE_LABEL, NULL);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (labels->pdata[i]);

      seen_notes |= g_str_equal (text, slide->notes);
      seen_next |= g_str_has_prefix (text, "Next: ");
    }
  g_assert_true (seen_notes);
  g_assert_true (seen_next);
}

/* Presents what @classroom has ticked; returns the presenter window. */
static NcPresenterWindow *
start_presenting (NcApplication     *app,
                  NcClassroomWindow *classroom)
{
  NcPresenterWindow *presenter;

  gtk_widget_activate_action (GTK_WIDGET (classroom), "classroom.present", NULL);
  nc_test_ui_iterate (800);
  presenter = nc_test_ui_find_window (app, NC_TYPE_PRESENTER_WINDOW);
  g_assert_nonnull (presenter);
  return presenter;
}

static void
test_present_one_lesson (void)
{
  g_autoptr(NcApplication) app = NULL;
  NcClassroomWindow *classroom;
  NcPresenterWindow *presenter;
  NcClassSession *session;
  const NcSlide *slide;
  guint position;
  g_autoptr(GError) error = NULL;
  g_autofree char *results = NULL;
  g_autofree char *csv = NULL;

  if (!have_xdotool ())
    return;

  app = nc_test_ui_get_app ();
  classroom = nc_test_ui_open (app, "classroom", NC_TYPE_CLASSROOM_WINDOW);
  screenshot ("classroom");

  /* Nothing chosen: no presentation */
  gtk_widget_activate_action (GTK_WIDGET (classroom), "classroom.present", NULL);
  nc_test_ui_iterate (200);
  g_assert_null (nc_test_ui_find_window (app, NC_TYPE_PRESENTER_WINDOW));

  g_assert_true (nc_classroom_window_select_lesson (classroom, "lesson-respect", TRUE));
  g_assert_false (nc_classroom_window_select_lesson (classroom, "no-such-lesson", TRUE));
  presenter = start_presenting (app, classroom);
  focus (GTK_WINDOW (presenter));
  session = nc_classroom_window_get_session (classroom);
  g_assert_nonnull (session);

  g_assert_cmpuint (nc_presenter_window_get_position (presenter), ==, 0);
  g_assert_cmpint (nc_presenter_window_get_slide (presenter)->kind, ==, NC_SLIDE_TITLE);
  screenshot ("slide-title");

  press ("Right");
  g_assert_cmpuint (nc_presenter_window_get_position (presenter), ==, 1);
  g_assert_cmpint (nc_presenter_window_get_slide (presenter)->kind, ==, NC_SLIDE_CARD);
  screenshot ("slide-card");
  press ("Page_Up");
  g_assert_cmpuint (nc_presenter_window_get_position (presenter), ==, 0);
  press ("Page_Down");
  press ("space");
  g_assert_cmpuint (nc_presenter_window_get_position (presenter), ==, 2);

  /* The example post: its note is revealed first */
  advance_to (presenter, NC_SLIDE_POST, 10);
  screenshot ("slide-post");
  position = nc_presenter_window_get_position (presenter);
  press ("Right");
  g_assert_cmpuint (nc_presenter_window_get_position (presenter), ==, position);
  g_assert_cmpuint (nc_presenter_window_get_stage (presenter), ==, 1);
  screenshot ("slide-post-revealed");

  /* A question: two votes for A, three for C, one taken back from C */
  advance_to (presenter, NC_SLIDE_QUESTION, 10);
  slide = nc_presenter_window_get_slide (presenter);
  press ("1");
  press ("1");
  press ("3");
  press ("3");
  press ("3");
  press ("ctrl+3");
  screenshot ("slide-question");
  g_assert_cmpuint (nc_class_session_get_votes (session, slide->item, 0), ==, 2);
  g_assert_cmpuint (nc_class_session_get_votes (session, slide->item, 1), ==, 0);
  g_assert_cmpuint (nc_class_session_get_votes (session, slide->item, 2), ==, 2);

  /* The chart, then why */
  position = nc_presenter_window_get_position (presenter);
  press ("Right");
  g_assert_cmpuint (nc_presenter_window_get_stage (presenter), ==, 1);
  screenshot ("slide-chart");
  press ("Right");
  g_assert_cmpuint (nc_presenter_window_get_stage (presenter), ==, 2);
  g_assert_cmpuint (nc_presenter_window_get_position (presenter), ==, position);
  screenshot ("slide-explained");
  press ("Left");
  g_assert_cmpuint (nc_presenter_window_get_stage (presenter), ==, 1);
  /* votes are not taken on a revealed question */
  press ("1");
  g_assert_cmpuint (nc_class_session_get_votes (session, slide->item, 0), ==, 2);

  /* A blank screen, and back */
  press ("b");
  g_assert_true (nc_presenter_window_get_blank (presenter));
  screenshot ("slide-blank");
  press ("b");
  g_assert_false (nc_presenter_window_get_blank (presenter));
  press ("period");
  g_assert_true (nc_presenter_window_get_blank (presenter));
  press ("Escape");   /* the first Escape only ends the blank */
  g_assert_false (nc_presenter_window_get_blank (presenter));
  g_assert_nonnull (nc_test_ui_find_window (app, NC_TYPE_PRESENTER_WINDOW));

  /* Light slides, speaker notes */
  press ("d");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (presenter), "light"));
  press ("n");
  g_assert_nonnull (nc_presenter_window_get_notes_window (presenter));
  assert_notes_show (presenter);
  focus (GTK_WINDOW (presenter));
  screenshot ("slide-notes");
  press ("n");
  g_assert_null (nc_presenter_window_get_notes_window (presenter));
  screenshot ("slide-light");

  press ("End");
  g_assert_cmpint (nc_presenter_window_get_slide (presenter)->kind, ==, NC_SLIDE_SUMMARY);
  screenshot ("slide-summary");

  press ("Escape");
  nc_test_ui_iterate (300);
  g_assert_null (nc_test_ui_find_window (app, NC_TYPE_PRESENTER_WINDOW));

  /* The votes are exported (next to the screenshots, when asked for) */
  if (g_getenv ("NC_TEST_SCREENSHOTS") != NULL)
    {
      g_free (tmp_dir);
      tmp_dir = g_strdup (g_getenv ("NC_TEST_SCREENSHOTS"));
    }
  g_assert_true (nc_classroom_window_export_to (classroom, tmp_dir, &error));
  g_assert_no_error (error);
  results = g_build_filename (tmp_dir, "results.csv", NULL);
  g_assert_true (g_file_get_contents (results, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, slide == NULL ? "" : "respect-what-not"));
  {
    g_autofree char *report = g_build_filename (tmp_dir, "report.pdf", NULL);
    g_autofree char *handout = g_build_filename (tmp_dir, "handout-lesson-respect.pdf", NULL);
    g_autofree char *certificates = g_build_filename (tmp_dir, "certificates.pdf", NULL);
    g_assert_true (g_file_test (report, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_file_test (handout, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_file_test (certificates, G_FILE_TEST_IS_REGULAR));
    /* the teacher's plan, the parents' sheet and the family agreement too */
    for (guint f = 0; f < 3; f++)
      {
        static const char * const names[] = { "plan-lesson-respect.pdf", "parents-lesson-respect.pdf",
                                               "family-agreement.pdf" };
        g_autofree char *path = g_build_filename (tmp_dir, names[f], NULL);

        g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      }
  }

  /* Another lesson ticked: presenting again would drop the counted votes,
   * so the teacher is asked first; exporting still gives the last count. */
  g_assert_true (nc_classroom_window_select_lesson (classroom, "lesson-truth", TRUE));
  gtk_widget_activate_action (GTK_WIDGET (classroom), "classroom.present", NULL);
  nc_test_ui_iterate (300);
  g_assert_null (nc_test_ui_find_window (app, NC_TYPE_PRESENTER_WINDOW));
  {
    AdwMessageDialog *dialog = nc_test_ui_find_toplevel (app, ADW_TYPE_MESSAGE_DIALOG);

    g_assert_nonnull (dialog);
    screenshot ("new-count-dialog");
    adw_message_dialog_response (dialog, "cancel");
    gtk_window_destroy (GTK_WINDOW (dialog));
    nc_test_ui_iterate (200);
  }
  g_assert_true (nc_classroom_window_get_session (classroom) == session);
  g_clear_pointer (&csv, g_free);
  g_assert_true (nc_classroom_window_export_to (classroom, tmp_dir, &error));
  g_assert_true (g_file_get_contents (results, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "respect-what-not"));
  g_assert_null (strstr (csv, "lesson-truth"));

  gtk_window_destroy (GTK_WINDOW (classroom));
  nc_test_ui_iterate (100);
}

/* Students answer one after another: each key press is one student's
 * answer, and the turn passes on. */
static void
test_students_one_by_one (void)
{
  g_autoptr(NcApplication) app = NULL;
  g_autoptr(NcClassSession) session = nc_class_session_new ();
  g_autoptr(GError) error = NULL;
  NcPresenterWindow *presenter;
  const NcSlide *slide;
  guint correct, answered;
  int right = -1, wrong = -1;
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);

  if (!have_xdotool ())
    return;
  g_assert_no_error (error);

  app = nc_test_ui_get_app ();
  nc_class_session_add_lesson (session, nc_lesson_catalog_lookup (catalog, "lesson-truth"));
  g_assert_true (nc_class_session_add_student (session, "Nguyễn Thị Ánh", NULL));
  g_assert_true (nc_class_session_add_student (session, "Trần Văn Đức", NULL));

  presenter = nc_presenter_window_new (GTK_APPLICATION (app), session, TRUE, TRUE);
  nc_presenter_window_start (presenter);
  nc_test_ui_iterate (800);
  focus (GTK_WINDOW (presenter));

  advance_to (presenter, NC_SLIDE_QUESTION, 20);
  slide = nc_presenter_window_get_slide (presenter);
  for (guint o = 0; o < nc_class_session_get_item (session, slide->item)->n_options; o++)
    {
      if (nc_class_item_option_is_correct (nc_class_session_get_item (session, slide->item), o))
        right = o;
      else
        wrong = o;
    }
  g_assert_cmpint (right, >=, 0);
  g_assert_cmpint (wrong, >=, 0);

  {
    g_autofree char *k1 = g_strdup_printf ("%d", right + 1);
    g_autofree char *k2 = g_strdup_printf ("%d", wrong + 1);
    screenshot ("students-turn");
    press (k1);   /* Ánh */
    press (k2);   /* Đức */
    press (k2);   /* nobody left: ignored */
  }
  g_assert_cmpint (nc_class_session_get_answer (session, 0, slide->item), ==, right);
  g_assert_cmpint (nc_class_session_get_answer (session, 1, slide->item), ==, wrong);
  g_assert_cmpuint (nc_class_session_get_votes (session, slide->item, wrong), ==, 1);
  g_assert_cmpint (nc_class_session_get_student_score (session, 0, &correct, &answered), ==, 100);
  g_assert_cmpint (nc_class_session_get_student_score (session, 1, &correct, &answered), ==, 0);
  g_assert_cmpuint (answered, ==, 1);

  press ("Escape");
  nc_test_ui_iterate (200);
  g_assert_null (nc_test_ui_find_window (app, NC_TYPE_PRESENTER_WINDOW));
}

/* Every slide of every lesson, at every reveal step, fits on the screen
 * (1280×1024 in the test suite, 1280×800 for screenshots): what the page
 * needs in height at the window's width is no more than the window has.
 * The slides are built in the language LANGUAGE names. */
static void
walk_every_slide (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_get_app ();
  g_autoptr(NcClassSession) session = nc_class_session_new ();
  g_autoptr(GError) error = NULL;
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);
  NcPresenterWindow *presenter;
  GtkWidget *page;
  guint steps = 0, worst_position = 0;
  int worst = 0, screen_height;

  g_assert_no_error (error);
  for (guint i = 0; i < nc_lesson_catalog_get_n_lessons (catalog); i++)
    nc_class_session_add_lesson (session, nc_lesson_catalog_get_lesson (catalog, i));
  for (guint i = 0; i < nc_class_session_get_n_items (session); i++)
    nc_class_session_set_votes (session, i, 0, 12);

  presenter = nc_presenter_window_new (GTK_APPLICATION (app), session, FALSE, TRUE);
  nc_presenter_window_start (presenter);
  nc_test_ui_iterate (800);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (presenter)), ==, 1280);
  screen_height = gtk_widget_get_height (GTK_WIDGET (presenter));
  g_assert_cmpint (screen_height, >=, 720);
  page = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (presenter)));
  g_assert_true (GTK_IS_BOX (page));

  while (TRUE)
    {
      int min_height;
      guint position = nc_presenter_window_get_position (presenter);

      /* the type is fitted over a few frames, the page shown when done */
      for (int i = 0; i < 50 && gtk_widget_get_opacity (page) < 1; i++)
        nc_test_ui_iterate (10);
      g_assert_cmpfloat (gtk_widget_get_opacity (page), ==, 1);
      gtk_widget_measure (page, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (page),
                          &min_height, NULL, NULL, NULL);
      min_height += gtk_widget_get_margin_top (page) + gtk_widget_get_margin_bottom (page);
      if (min_height > worst)
        {
          worst = min_height;
          worst_position = position;
        }
      if (min_height > screen_height)
        g_test_message ("slide %u (%s), step %u needs %d px (%s)", position,
                        nc_presenter_window_get_slide (presenter)->title,
                        nc_presenter_window_get_stage (presenter), min_height,
                        gtk_widget_has_css_class (page, "denser") ? "denser" :
                        gtk_widget_has_css_class (page, "dense") ? "dense" : "normal");
      g_assert_cmpint (min_height, <=, screen_height);
      steps++;

      {
        guint stage = nc_presenter_window_get_stage (presenter);

        gtk_widget_activate_action (GTK_WIDGET (presenter), "presenter.next", NULL);
        if (nc_presenter_window_get_position (presenter) == position &&
            nc_presenter_window_get_stage (presenter) == stage)
          break;   /* the end */
      }
    }
  g_test_message ("%u steps; the fullest (slide %u) needs %d px of %d", steps, worst_position, worst, screen_height);
  g_assert_cmpuint (steps, >, nc_presenter_window_get_n_slides (presenter));
  gtk_window_destroy (GTK_WINDOW (presenter));
  nc_test_ui_iterate (100);
}

static void
test_every_slide_fits (void)
{
  walk_every_slide ();
}

/* The same in Vietnamese, whose texts are longer and whose tone marks
 * stand above and below the line: every slide fits, and switching the
 * type size while fitting warns of nothing (a GTK warning fails the test). */
static void
test_every_slide_fits_vietnamese (void)
{
  g_autoptr(GError) error = NULL;
  NcLessonCatalog *catalog = nc_lesson_catalog_get_default (&error);
  NcLesson *lesson;

  g_assert_no_error (error);
  if (!nc_test_use_build_catalogs ())
    return;
  g_setenv ("LANGUAGE", "vi", TRUE);
  lesson = nc_lesson_catalog_get_lesson (catalog, 0);
  /* the walk is in Vietnamese indeed */
  g_assert_cmpstr (nc_lesson_translate (nc_lesson_get_title (lesson)), !=, nc_lesson_get_title (lesson));
  walk_every_slide ();
  g_setenv ("LANGUAGE", "C", TRUE);
}

/* The teacher picks a track: its lessons, and only those, are presented. */
static void
test_classroom_track (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_get_app ();
  g_autoptr(GPtrArray) lessons = nc_lesson_catalog_list_track (nc_lesson_catalog_get_default (NULL),
                                                               NC_TRACK_6_9);
  NcClassroomWindow *classroom;
  NcPresenterWindow *presenter;
  NcClassSession *session;

  classroom = nc_test_ui_open (app, "classroom", NC_TYPE_CLASSROOM_WINDOW);
  g_assert_true (nc_classroom_window_select_lesson (classroom, "lesson-officials", TRUE));
  nc_classroom_window_set_track (classroom, NC_TRACK_6_9);
  nc_test_ui_iterate (100);
  screenshot ("classroom-track-6-9");
  presenter = start_presenting (app, classroom);
  session = nc_classroom_window_get_session (classroom);
  g_assert_nonnull (session);
  g_assert_cmpuint (nc_class_session_get_n_lessons (session), ==, lessons->len);
  for (guint i = 0; i < lessons->len; i++)
    g_assert_true (nc_class_session_get_lesson (session, i) == g_ptr_array_index (lessons, i));

  gtk_window_destroy (GTK_WINDOW (presenter));
  gtk_window_destroy (GTK_WINDOW (classroom));
  nc_test_ui_iterate (100);
}

static gboolean
chooser_shown_cb (gpointer app)
{
  GtkWidget *chooser = nc_test_ui_find_toplevel (app, GTK_TYPE_FILE_CHOOSER_DIALOG);

  return chooser != NULL && gtk_widget_get_mapped (chooser);
}

typedef struct {
  GtkFileChooser *chooser;
  GFile          *file;
} Choice;

static gboolean
file_chosen_cb (gpointer data)
{
  Choice *choice = data;
  g_autoptr(GFile) file = gtk_file_chooser_get_file (choice->chooser);

  return file != NULL && g_file_equal (file, choice->file);
}

/* Runs @action of @classroom and answers its file chooser with @path. */
static void
choose_in_classroom (NcApplication     *app,
                     NcClassroomWindow *classroom,
                     const char        *action,
                     const char        *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *chooser;
  Choice choice;

  gtk_widget_activate_action (GTK_WIDGET (classroom), action, NULL);
  g_assert_true (nc_test_ui_iterate_until (chooser_shown_cb, app, 10000));
  chooser = nc_test_ui_find_toplevel (app, GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (chooser)));
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  /* The chooser selects the file once it has read the folder. */
  choice = (Choice) { GTK_FILE_CHOOSER (chooser), file };
  g_assert_true (nc_test_ui_iterate_until (file_chosen_cb, &choice, 10000));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  nc_test_ui_iterate (300);
}

/* The class list comes in and the results go out through the file
 * choosers; a chooser left open goes away with the Classroom, answered as
 * cancelled. */
static void
test_classroom_files (void)
{
  g_autoptr(NcApplication) app = nc_test_ui_get_app ();
  g_autofree char *roster = g_build_filename (tmp_dir, "class-list.csv", NULL);
  g_autofree char *folder = g_build_filename (tmp_dir, "chosen-folder", NULL);
  g_autofree char *results = g_build_filename (folder, "results.csv", NULL);
  NcClassroomWindow *classroom;
  NcPresenterWindow *presenter;
  NcClassSession *session;

  g_assert_true (g_file_set_contents (roster, "Name\nAn\nBình\nChi\n", -1, NULL));
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  classroom = nc_test_ui_open (app, "classroom", NC_TYPE_CLASSROOM_WINDOW);
  choose_in_classroom (app, classroom, "classroom.import-roster", roster);
  g_assert_true (nc_classroom_window_select_lesson (classroom, "lesson-respect", TRUE));
  presenter = start_presenting (app, classroom);
  session = nc_classroom_window_get_session (classroom);
  g_assert_nonnull (session);
  g_assert_cmpuint (nc_class_session_get_n_students (session), ==, 3);
  g_assert_cmpstr (nc_class_session_get_student (session, 1), ==, "Bình");
  gtk_window_destroy (GTK_WINDOW (presenter));
  nc_test_ui_iterate (100);

  choose_in_classroom (app, classroom, "classroom.export", folder);
  g_assert_true (g_file_test (results, G_FILE_TEST_IS_REGULAR));

  gtk_widget_activate_action (GTK_WIDGET (classroom), "classroom.import-roster", NULL);
  g_assert_true (nc_test_ui_iterate_until (chooser_shown_cb, app, 10000));
  {
    GtkFileChooser *chooser = nc_test_ui_find_toplevel (app, GTK_TYPE_FILE_CHOOSER_DIALOG);
    g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);
    g_autoptr(GtkFileFilter) csv = g_list_model_get_item (filters, 0);

    g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 1);
    g_assert_cmpstr (gtk_file_filter_get_name (csv), ==, "Spreadsheet (CSV)");
  }
  gtk_window_destroy (GTK_WINDOW (classroom));
  nc_test_ui_iterate (300);
  g_assert_false (chooser_shown_cb (app));
}

int
main (int argc, char **argv)
{
  int status;

  /* English, unless screenshots in another language are wanted
   * (NC_SCREENSHOT_LANGUAGE, see nc-test-ui.h). */
  nc_test_ui_init (&argc, &argv);
  {
    g_autofree char *db = nc_test_ui_use_temp_database ("presenter");
    tmp_dir = g_path_get_dirname (db);
  }

  g_test_add_func ("/presenter/present-one-lesson", test_present_one_lesson);
  g_test_add_func ("/presenter/students-one-by-one", test_students_one_by_one);
  g_test_add_func ("/presenter/every-slide-fits", test_every_slide_fits);
  g_test_add_func ("/presenter/every-slide-fits-vietnamese", test_every_slide_fits_vietnamese);
  g_test_add_func ("/presenter/classroom-track", test_classroom_track);
  g_test_add_func ("/presenter/classroom-files", test_classroom_files);
  status = g_test_run ();

  if (g_getenv ("NC_TEST_SCREENSHOTS") == NULL)
    nc_test_remove_tree (tmp_dir);
  return status;
}
