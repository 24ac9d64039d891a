/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-classroom.c — the class session: slides for every lesson, vote
 * tallies and summaries, rosters and results as CSV, hostile CSV files */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "nc-class-session.h"
#include "nc-csv.h"
#include "nc-lesson-catalog.h"
#include "nc-slide.h"

static NcLessonCatalog *
catalog (void)
{
  g_autoptr(GError) error = NULL;
  NcLessonCatalog *c = nc_lesson_catalog_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (c);
  return c;
}

/* Every shipped lesson gives a deck: a title, one slide per step, every
 * class question tied to its item, every slide with text and notes. */
static void
test_slides_every_lesson (void)
{
  NcLessonCatalog *c = catalog ();

  for (guint l = 0; l < nc_lesson_catalog_get_n_lessons (c); l++)
    {
      NcLesson *lesson = nc_lesson_catalog_get_lesson (c, l);
      g_autoptr(NcClassSession) session = nc_class_session_new ();
      g_autoptr(GPtrArray) deck = NULL;
      guint questions = 0, reveals = 0;

      nc_class_session_add_lesson (session, lesson);
      deck = nc_slides_build (session);
      g_assert_cmpuint (deck->len, ==, nc_lesson_get_n_steps (lesson) + 2);
      g_assert_cmpint (((NcSlide *) deck->pdata[0])->kind, ==, NC_SLIDE_TITLE);
      g_assert_cmpint (((NcSlide *) deck->pdata[deck->len - 1])->kind, ==, NC_SLIDE_SUMMARY);

      for (guint i = 0; i < deck->len; i++)
        {
          NcSlide *s = deck->pdata[i];

          g_assert_nonnull (s->title);
          g_assert_cmpstr (s->title, !=, "");
          g_assert_nonnull (s->notes);
          g_assert_true (g_utf8_validate (s->title, -1, NULL));
          if (s->kind == NC_SLIDE_QUESTION)
            {
              const NcClassItem *item = nc_class_session_get_item (session, s->item);
              g_assert_true (item->step == s->step);
              g_assert_nonnull (s->answer);
              questions++;
            }
          if (s->kind == NC_SLIDE_DISCUSS)
            {
              g_assert_nonnull (s->answer);
              g_assert_null (strstr (s->body, "<bad>"));
            }
          reveals += s->answer != NULL;
        }
      g_assert_cmpuint (questions, ==, nc_class_session_get_n_items (session));
      g_assert_cmpuint (questions, >, 0);
      g_assert_cmpuint (reveals, >=, questions);
    }
}

static NcClassSession *
session_with (const char *lesson_id)
{
  NcClassSession *session = nc_class_session_new ();
  NcLesson *lesson = nc_lesson_catalog_lookup (catalog (), lesson_id);

  g_assert_nonnull (lesson);
  nc_class_session_add_lesson (session, lesson);
  nc_class_session_add_lesson (session, lesson); /* no effect */
  return session;
}

static void
test_tally (void)
{
  g_autoptr(NcClassSession) s = session_with ("lesson-respect");
  int item = nc_class_session_find_item (s, "respect-what-not");
  int tf = nc_class_session_find_item (s, "respect-private-group");
  const NcClassItem *it;
  NcClassItemSummary sum;
  guint answered;

  g_assert_cmpint (item, >=, 0);
  g_assert_cmpint (tf, >=, 0);
  it = nc_class_session_get_item (s, item);
  g_assert_cmpuint (it->n_options, ==, 3);
  g_assert_true (nc_class_item_option_is_correct (it, 2));
  /* "answer=false": option 1 (False) is right */
  g_assert_false (nc_class_item_option_is_correct (nc_class_session_get_item (s, tf), 0));
  g_assert_true (nc_class_item_option_is_correct (nc_class_session_get_item (s, tf), 1));

  g_assert_cmpint (nc_class_session_get_percent (s, &answered), ==, -1);
  g_assert_cmpuint (answered, ==, 0);
  nc_class_session_summarize_item (s, item, &sum);
  g_assert_cmpint (sum.percent, ==, -1);
  g_assert_cmpint (sum.top_wrong, ==, -1);

  nc_class_session_set_votes (s, item, 0, 3);
  nc_class_session_set_votes (s, item, 1, 5);
  nc_class_session_set_votes (s, item, 2, 20);
  nc_class_session_add_vote (s, item, 2, 1);
  nc_class_session_add_vote (s, item, 0, -10);   /* never below zero */
  nc_class_session_summarize_item (s, item, &sum);
  g_assert_cmpuint (sum.total, ==, 26);
  g_assert_cmpuint (sum.correct, ==, 21);
  g_assert_cmpint (sum.percent, ==, 81);         /* 21/26 = 80.8 */
  g_assert_cmpint (sum.top_wrong, ==, 1);

  nc_class_session_set_votes (s, tf, 1, 10);
  nc_class_session_set_votes (s, tf, 0, 10);
  g_assert_cmpint (nc_class_session_get_percent (s, &answered), ==, 67); /* 31/46 */
  g_assert_cmpuint (answered, ==, 2);

  nc_class_session_set_votes (s, tf, 0, 999999);
  g_assert_cmpuint (nc_class_session_get_votes (s, tf, 0), ==, NC_CLASS_MAX_VOTES);
}

static void
test_students (void)
{
  g_autoptr(NcClassSession) s = session_with ("lesson-respect");
  g_autoptr(GError) error = NULL;
  int item = nc_class_session_find_item (s, "respect-what-not");
  guint correct, answered;

  g_assert_true (nc_class_session_add_student (s, "  Nguyễn Thị Ánh  ", &error));
  g_assert_no_error (error);
  /* The same name in decomposed form is the same name */
  g_assert_false (nc_class_session_add_student (s, "Nguye\xcc\x82\xcc\x83n Thi\xcc\xa3 A\xcc\x81nh", &error));
  g_assert_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_NAME);
  g_clear_error (&error);
  g_assert_false (nc_class_session_add_student (s, "   ", &error));
  g_assert_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_NAME);
  g_clear_error (&error);
  g_assert_true (nc_class_session_add_student (s, "Trần Văn Đức", NULL));
  g_assert_cmpstr (nc_class_session_get_student (s, 0), ==, "Nguyễn Thị Ánh");

  nc_class_session_set_votes (s, item, 0, 4);
  nc_class_session_set_answer (s, 0, item, 2);
  nc_class_session_set_answer (s, 1, item, 0);
  g_assert_cmpuint (nc_class_session_get_votes (s, item, 0), ==, 5);
  g_assert_cmpuint (nc_class_session_get_votes (s, item, 2), ==, 1);
  nc_class_session_set_answer (s, 1, item, 2);   /* changes her mind */
  g_assert_cmpuint (nc_class_session_get_votes (s, item, 0), ==, 4);
  g_assert_cmpuint (nc_class_session_get_votes (s, item, 2), ==, 2);

  g_assert_cmpint (nc_class_session_get_student_score (s, 0, &correct, &answered), ==, 100);
  g_assert_cmpuint (correct, ==, 1);
  nc_class_session_set_answer (s, 0, nc_class_session_find_item (s, "respect-vulgar"), 1);
  g_assert_cmpint (nc_class_session_get_student_score (s, 0, &correct, &answered), ==, 50);
  g_assert_cmpuint (answered, ==, 2);
  nc_class_session_set_answer (s, 0, item, -1);
  g_assert_cmpint (nc_class_session_get_student_score (s, 0, &correct, &answered), ==, 0);
  g_assert_cmpuint (answered, ==, 1);
}

/* The roster and the results survive a CSV round trip, names and all. */
static void
test_csv_round_trip (void)
{
  g_autoptr(NcClassSession) s = session_with ("lesson-respect");
  g_autoptr(NcClassSession) back = nc_class_session_new ();
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Nguyễn Thị Ánh", "Trần Văn Đức", "Lê \"Bé\" Hoà, lớp 6A", "=Phạm Quỳnh", "Đỗ\nMinh" };
  g_autofree char *students = NULL, *results = NULL, *students2 = NULL, *results2 = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (nc_class_session_add_student (s, names[i], NULL));
  for (guint i = 0; i < nc_class_session_get_n_items (s); i++)
    {
      nc_class_session_set_votes (s, i, 0, i + 1);
      nc_class_session_set_answer (s, i % 5, i, 1);
    }

  students = nc_class_session_students_csv (s);
  results = nc_class_session_results_csv (s);
  g_assert_true (g_str_has_prefix (students, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_prefix (results, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (students, "\"'=Phạm Quỳnh\""));  /* not a formula */
  g_assert_nonnull (strstr (results, "\r\n"));

  nc_class_session_add_lesson (back, nc_lesson_catalog_lookup (catalog (), "lesson-respect"));
  g_assert_true (nc_class_session_load_roster (back, students, -1, &error));
  g_assert_no_error (error);
  g_assert_true (nc_class_session_load_results (back, NULL, results, -1, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (nc_class_session_get_n_students (back), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (nc_class_session_get_student (back, i), ==, i == 4 ? "Đỗ Minh" : names[i]);
  for (guint i = 0; i < nc_class_session_get_n_items (s); i++)
    for (guint o = 0; o < nc_class_session_get_item (s, i)->n_options; o++)
      g_assert_cmpuint (nc_class_session_get_votes (back, i, o), ==, nc_class_session_get_votes (s, i, o));

  students2 = nc_class_session_students_csv (back);
  results2 = nc_class_session_results_csv (back);
  g_assert_cmpstr (results2, ==, results);
}

/* A roster as spreadsheets write it: BOM, semicolons, a header, quotes,
 * CRLF, blank lines, no final newline. */
static void
test_roster_import (void)
{
  g_autoptr(NcClassSession) s = nc_class_session_new ();
  g_autoptr(GError) error = NULL;
  const char *csv = "\xEF\xBB\xBFHọ và tên;Lớp\r\n\"Nguyễn Văn An\";6A\r\n;\r\n\"Võ Thị \"\"Út\"\"\";6A\r\nHồ Ngọc Hà";

  g_assert_true (nc_class_session_load_roster (s, csv, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (nc_class_session_get_n_students (s), ==, 3);
  g_assert_cmpstr (nc_class_session_get_student (s, 0), ==, "Nguyễn Văn An");
  g_assert_cmpstr (nc_class_session_get_student (s, 1), ==, "Võ Thị \"Út\"");
  g_assert_cmpstr (nc_class_session_get_student (s, 2), ==, "Hồ Ngọc Hà");

  /* No header: the first line is a name */
  nc_class_session_clear_students (s);
  g_assert_true (nc_class_session_load_roster (s, "Bùi Thu Trang\nĐặng Quốc Bảo\n", -1, &error));
  g_assert_cmpuint (nc_class_session_get_n_students (s), ==, 2);
}

static void
test_csv_hostile (void)
{
  struct { const char *data; gssize len; int code; const char *says; } cases[] = {
    { "Name\n\"Nguyễn Văn An\nTrần", -1, NC_CSV_ERROR_QUOTE, "line 2" },
    { "An\nB\xff\xfe\n", -1, NC_CSV_ERROR_ENCODING, "Line 2" },
    { "An\"bc\n", -1, NC_CSV_ERROR_QUOTE, "Line 1" },
    { "\"An\"x,1\n", -1, NC_CSV_ERROR_QUOTE, "Line 1" },
    { "\xc3", 1, NC_CSV_ERROR_ENCODING, "Line 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = nc_csv_parse (cases[i].data, cases[i].len, &error);

      g_test_message ("case %u", i);
      g_assert_null (rows);
      g_assert_error (error, NC_CSV_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }

  /* A huge field, quoted or not */
  {
    g_autoptr(GString) big = g_string_new ("An\n\"");
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) rows = NULL;

    for (int i = 0; i < NC_CSV_MAX_FIELD + 10; i++)
      g_string_append_c (big, 'a');
    g_string_append (big, "\"\n");
    rows = nc_csv_parse (big->str, big->len, &error);
    g_assert_null (rows);
    g_assert_error (error, NC_CSV_ERROR, NC_CSV_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, "Line 2"));
  }

  /* Too many rows */
  {
    g_autoptr(GString) many = g_string_new (NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) rows = NULL;

    for (int i = 0; i < NC_CSV_MAX_ROWS + 5; i++)
      g_string_append (many, "x\n");
    rows = nc_csv_parse (many->str, many->len, &error);
    g_assert_null (rows);
    g_assert_error (error, NC_CSV_ERROR, NC_CSV_ERROR_TOO_LARGE);
  }

  /* A file far too large is refused before it is read */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = NULL;
    char *data = NULL;
    gsize len;
    int fd = g_file_open_tmp ("nc-classroom-XXXXXX.csv", &path, &error);

    g_assert_no_error (error);
    g_assert_cmpint (ftruncate (fd, NC_CSV_MAX_FILE + 1), ==, 0);
    close (fd);
    g_assert_false (nc_csv_load_file (path, &data, &len, &error));
    g_assert_null (data);
    g_assert_error (error, NC_CSV_ERROR, NC_CSV_ERROR_TOO_LARGE);
    g_unlink (path);
  }

  /* A roster with a name too long, and a results file that is not one */
  {
    g_autoptr(NcClassSession) s = session_with ("lesson-respect");
    g_autoptr(GError) error = NULL;
    g_autofree char *longname = g_strnfill (NC_CLASS_MAX_NAME + 1, 'x');
    g_autofree char *roster = g_strdup_printf ("Name\nAn\n%s\n", longname);

    g_assert_false (nc_class_session_load_roster (s, roster, -1, &error));
    g_assert_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_NAME);
    g_assert_nonnull (strstr (error->message, "Line 3"));
    g_assert_cmpuint (nc_class_session_get_n_students (s), ==, 0); /* all or nothing */
    g_clear_error (&error);

    g_assert_false (nc_class_session_load_results (s, NULL, "Name\nAn\n", -1, &error));
    g_assert_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (nc_class_session_load_results (s, NULL, "h\nlesson-respect,respect-what-not,q,Z,x,no,3\n", -1, &error));
    g_assert_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (nc_class_session_load_results (s, NULL, "h\nlesson-respect,respect-what-not,q,A,x,no,-3\n", -1, &error));
    g_assert_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (nc_class_session_load_results (s, NULL, "h\nlesson-x,nope,q,A,x,no,3\n", -1, &error));
    g_assert_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_INVALID);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/classroom/slides-every-lesson", test_slides_every_lesson);
  g_test_add_func ("/classroom/tally", test_tally);
  g_test_add_func ("/classroom/students", test_students);
  g_test_add_func ("/classroom/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/classroom/roster-import", test_roster_import);
  g_test_add_func ("/classroom/csv-hostile", test_csv_hostile);
  return g_test_run ();
}
