/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-class-session.c — see nc-class-session.h */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "nc-class-session.h"
#include "nc-csv.h"
#include "nc-lesson-grade.h"

G_DEFINE_QUARK (nc-class-session-error-quark, nc_class_session_error)

typedef struct {
  NcClassItem  item;
  guint       *manual;   /* the teacher's counts, n_options */
} Item;

typedef struct {
  char   *name;
  GArray *answers;       /* int per item, -1 when none */
} Student;

struct _NcClassSession
{
  GObject    parent_instance;

  GPtrArray *lessons;    /* NcLesson */
  GPtrArray *items;      /* Item */
  GPtrArray *students;   /* Student */
};

G_DEFINE_FINAL_TYPE (NcClassSession, nc_class_session, G_TYPE_OBJECT)

static void
item_free (Item *item)
{
  g_object_unref (item->item.lesson);
  g_free (item->manual);
  g_free (item);
}

static void
student_free (Student *student)
{
  g_free (student->name);
  g_array_unref (student->answers);
  g_free (student);
}

static void
nc_class_session_finalize (GObject *object)
{
  NcClassSession *self = NC_CLASS_SESSION (object);

  g_ptr_array_unref (self->students);
  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->lessons);

  G_OBJECT_CLASS (nc_class_session_parent_class)->finalize (object);
}

static void
nc_class_session_class_init (NcClassSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nc_class_session_finalize;
}

static void
nc_class_session_init (NcClassSession *self)
{
  self->lessons = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  self->students = g_ptr_array_new_with_free_func ((GDestroyNotify) student_free);
}

NcClassSession *
nc_class_session_new (void)
{
  return g_object_new (NC_TYPE_CLASS_SESSION, NULL);
}

/* Adds the lesson and its multiple-choice and true/false items; a lesson
 * already added is not added twice. */
void
nc_class_session_add_lesson (NcClassSession *self,
                             NcLesson       *lesson)
{
  g_return_if_fail (NC_IS_CLASS_SESSION (self));
  g_return_if_fail (NC_IS_LESSON (lesson));

  for (guint i = 0; i < self->lessons->len; i++)
    if (g_strcmp0 (nc_lesson_get_id (self->lessons->pdata[i]), nc_lesson_get_id (lesson)) == 0)
      return;

  g_ptr_array_add (self->lessons, g_object_ref (lesson));
  for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
    {
      const NcStep *step = nc_lesson_get_step (lesson, i);
      Item *item;

      if (step->kind != NC_STEP_CHOICE && step->kind != NC_STEP_TRUE_FALSE)
        continue;
      item = g_new0 (Item, 1);
      item->item.lesson = g_object_ref (lesson);
      item->item.step = step;
      item->item.n_options = step->kind == NC_STEP_CHOICE ? step->options->len : 2;
      item->manual = g_new0 (guint, item->item.n_options);
      g_ptr_array_add (self->items, item);
    }
}

guint
nc_class_session_get_n_lessons (NcClassSession *self)
{
  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), 0);
  return self->lessons->len;
}

NcLesson *
nc_class_session_get_lesson (NcClassSession *self,
                             guint           index)
{
  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->lessons->len, NULL);
  return self->lessons->pdata[index];
}

guint
nc_class_session_get_n_items (NcClassSession *self)
{
  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), 0);
  return self->items->len;
}

const NcClassItem *
nc_class_session_get_item (NcClassSession *self,
                           guint           index)
{
  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return &((Item *) self->items->pdata[index])->item;
}

/* The index of the item with this id, or -1. */
int
nc_class_session_find_item (NcClassSession *self,
                            const char     *item_id)
{
  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), -1);

  for (guint i = 0; i < self->items->len; i++)
    if (g_strcmp0 (((Item *) self->items->pdata[i])->item.step->id, item_id) == 0)
      return i;
  return -1;
}

gboolean
nc_class_item_option_is_correct (const NcClassItem *item,
                                 guint              option)
{
  g_return_val_if_fail (item != NULL && option < item->n_options, FALSE);

  if (item->step->kind == NC_STEP_TRUE_FALSE)
    return (option == 0) == (item->step->answer != FALSE);
  return ((NcOption *) item->step->options->pdata[option])->correct;
}

const char *
nc_class_item_option_text (const NcClassItem *item,
                           guint              option)
{
  g_return_val_if_fail (item != NULL && option < item->n_options, NULL);

  if (item->step->kind == NC_STEP_TRUE_FALSE)
    return option == 0 ? _("True") : _("False");
  return nc_lesson_translate (((NcOption *) item->step->options->pdata[option])->text);
}

const char *
nc_class_item_question (const NcClassItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);
  return nc_lesson_translate (item->step->kind == NC_STEP_TRUE_FALSE
                              ? item->step->statement : item->step->question);
}

/* 'A' for option 0, 'B' for 1, ... */
char
nc_class_option_letter (guint option)
{
  g_return_val_if_fail (option < 26, '?');
  return 'A' + option;
}

static guint
student_votes (NcClassSession *self,
               guint           item,
               guint           option)
{
  guint n = 0;

  for (guint s = 0; s < self->students->len; s++)
    {
      Student *student = self->students->pdata[s];
      if (item < student->answers->len && g_array_index (student->answers, int, item) == (int) option)
        n++;
    }
  return n;
}

guint
nc_class_session_get_votes (NcClassSession *self,
                            guint           item,
                            guint           option)
{
  Item *it;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), 0);
  g_return_val_if_fail (item < self->items->len, 0);
  it = self->items->pdata[item];
  g_return_val_if_fail (option < it->item.n_options, 0);

  return it->manual[option] + student_votes (self, item, option);
}

/* Adds @delta to the teacher's count for the option; the count never goes
 * below zero nor above NC_CLASS_MAX_VOTES. */
void
nc_class_session_add_vote (NcClassSession *self,
                           guint           item,
                           guint           option,
                           int             delta)
{
  Item *it;
  gint64 v;

  g_return_if_fail (NC_IS_CLASS_SESSION (self));
  g_return_if_fail (item < self->items->len);
  it = self->items->pdata[item];
  g_return_if_fail (option < it->item.n_options);

  v = (gint64) it->manual[option] + delta;
  it->manual[option] = CLAMP (v, 0, NC_CLASS_MAX_VOTES);
}

/* Makes the option's votes @votes in all: the teacher's count is what the
 * students' own answers leave (never below zero). */
void
nc_class_session_set_votes (NcClassSession *self,
                            guint           item,
                            guint           option,
                            guint           votes)
{
  Item *it;
  guint from_students;

  g_return_if_fail (NC_IS_CLASS_SESSION (self));
  g_return_if_fail (item < self->items->len);
  it = self->items->pdata[item];
  g_return_if_fail (option < it->item.n_options);

  from_students = student_votes (self, item, option);
  votes = MIN (votes, NC_CLASS_MAX_VOTES);
  it->manual[option] = votes > from_students ? votes - from_students : 0;
}

void
nc_class_session_summarize_item (NcClassSession     *self,
                                 guint               item,
                                 NcClassItemSummary *out)
{
  const NcClassItem *it;
  guint top = 0;

  g_return_if_fail (NC_IS_CLASS_SESSION (self));
  g_return_if_fail (item < self->items->len);
  g_return_if_fail (out != NULL);

  it = nc_class_session_get_item (self, item);
  memset (out, 0, sizeof *out);
  out->top_wrong = -1;
  for (guint o = 0; o < it->n_options; o++)
    {
      guint v = nc_class_session_get_votes (self, item, o);

      out->total += v;
      if (nc_class_item_option_is_correct (it, o))
        out->correct += v;
      else if (v > top)
        {
          top = v;
          out->top_wrong = o;
        }
    }
  out->percent = out->total > 0 ? nc_grade_percent (out->correct, out->total) : -1;
}

int
nc_class_session_get_percent (NcClassSession *self,
                              guint          *n_answered)
{
  guint total = 0, correct = 0, answered = 0;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), -1);

  for (guint i = 0; i < self->items->len; i++)
    {
      NcClassItemSummary s;

      nc_class_session_summarize_item (self, i, &s);
      total += s.total;
      correct += s.correct;
      answered += s.total > 0;
    }
  if (n_answered != NULL)
    *n_answered = answered;
  return total > 0 ? nc_grade_percent (correct, total) : -1;
}

/* Roster */

/* The name trimmed and in NFC (names typed on some systems arrive with
 * the tone marks as separate characters), or NULL after setting @error. */
static char *
clean_name (const char  *name,
            GError     **error)
{
  g_autofree char *nfc = NULL;
  char *trimmed;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error_literal (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_NAME,
                           _("A name must be UTF-8 text."));
      return NULL;
    }
  nfc = g_utf8_normalize (name, -1, G_NORMALIZE_NFC);
  trimmed = g_strstrip (g_strdup (nfc));
  for (char *p = trimmed; *p; p++)
    if ((guchar) *p < 0x20)
      *p = ' ';
  if (*trimmed == '\0')
    {
      g_free (trimmed);
      g_set_error_literal (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_NAME,
                           _("A name cannot be empty."));
      return NULL;
    }
  if (g_utf8_strlen (trimmed, -1) > NC_CLASS_MAX_NAME)
    {
      g_free (trimmed);
      g_set_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_NAME,
                   _("A name can have at most %d characters."), NC_CLASS_MAX_NAME);
      return NULL;
    }
  return trimmed;
}

/* Adds a student at the end of the roster. Names are unique. */
gboolean
nc_class_session_add_student (NcClassSession  *self,
                              const char      *name,
                              GError         **error)
{
  g_autofree char *clean = NULL;
  Student *student;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), FALSE);

  clean = clean_name (name, error);
  if (clean == NULL)
    return FALSE;
  if (self->students->len >= NC_CLASS_MAX_STUDENTS)
    {
      g_set_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_TOO_MANY,
                   _("A class can have at most %d students."), NC_CLASS_MAX_STUDENTS);
      return FALSE;
    }
  for (guint i = 0; i < self->students->len; i++)
    if (g_strcmp0 (((Student *) self->students->pdata[i])->name, clean) == 0)
      {
        g_set_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_NAME,
                     _("“%s” is already on the list. Add something to tell the two apart, such as a middle name."),
                     clean);
        return FALSE;
      }

  student = g_new0 (Student, 1);
  student->name = g_steal_pointer (&clean);
  student->answers = g_array_new (FALSE, FALSE, sizeof (int));
  g_ptr_array_add (self->students, student);
  return TRUE;
}

guint
nc_class_session_get_n_students (NcClassSession *self)
{
  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), 0);
  return self->students->len;
}

const char *
nc_class_session_get_student (NcClassSession *self,
                              guint           index)
{
  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->students->len, NULL);
  return ((Student *) self->students->pdata[index])->name;
}

void
nc_class_session_clear_students (NcClassSession *self)
{
  g_return_if_fail (NC_IS_CLASS_SESSION (self));
  g_ptr_array_set_size (self->students, 0);
}

void
nc_class_session_set_answer (NcClassSession *self,
                             guint           student,
                             guint           item,
                             int             option)
{
  Student *s;

  g_return_if_fail (NC_IS_CLASS_SESSION (self));
  g_return_if_fail (student < self->students->len);
  g_return_if_fail (item < self->items->len);
  g_return_if_fail (option >= -1 && option < (int) ((Item *) self->items->pdata[item])->item.n_options);

  s = self->students->pdata[student];
  while (s->answers->len <= item)
    {
      int none = -1;
      g_array_append_val (s->answers, none);
    }
  g_array_index (s->answers, int, item) = option;
}

int
nc_class_session_get_answer (NcClassSession *self,
                             guint           student,
                             guint           item)
{
  Student *s;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), -1);
  g_return_val_if_fail (student < self->students->len, -1);

  s = self->students->pdata[student];
  return item < s->answers->len ? g_array_index (s->answers, int, item) : -1;
}

int
nc_class_session_get_student_score (NcClassSession *self,
                                    guint           student,
                                    guint          *correct,
                                    guint          *answered)
{
  guint c = 0, a = 0;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), -1);
  g_return_val_if_fail (student < self->students->len, -1);

  for (guint i = 0; i < self->items->len; i++)
    {
      int o = nc_class_session_get_answer (self, student, i);
      if (o < 0)
        continue;
      a++;
      c += nc_class_item_option_is_correct (nc_class_session_get_item (self, i), o);
    }
  if (correct != NULL)
    *correct = c;
  if (answered != NULL)
    *answered = a;
  return a > 0 ? nc_grade_percent (c, a) : -1;
}

/* CSV */

char *
nc_class_session_results_csv (NcClassSession *self)
{
  g_autoptr(GString) out = nc_csv_new_document ();
  const char *header[] = {
    _("Lesson"), _("Item"), _("Question"), _("Option"), _("Answer"),
    _("Correct"), _("Votes"), _("Percent of votes"),
  };

  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), NULL);

  nc_csv_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < self->items->len; i++)
    {
      const NcClassItem *it = nc_class_session_get_item (self, i);
      NcClassItemSummary s;

      nc_class_session_summarize_item (self, i, &s);
      for (guint o = 0; o < it->n_options; o++)
        {
          guint v = nc_class_session_get_votes (self, i, o);
          char letter[2] = { nc_class_option_letter (o), 0 };
          g_autofree char *votes = g_strdup_printf ("%u", v);
          g_autofree char *percent = s.total > 0 ? g_strdup_printf ("%d", nc_grade_percent (v, s.total)) : g_strdup ("");
          const char *row[] = {
            nc_lesson_get_id (it->lesson), it->step->id, nc_class_item_question (it),
            letter, nc_class_item_option_text (it, o),
            nc_class_item_option_is_correct (it, o) ? C_("is the answer correct", "yes") : C_("is the answer correct", "no"),
            votes, percent,
          };
          nc_csv_append_row (out, row, G_N_ELEMENTS (row));
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
nc_class_session_students_csv (NcClassSession *self)
{
  g_autoptr(GString) out = nc_csv_new_document ();
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), NULL);

  g_ptr_array_add (row, g_strdup (_("Name")));
  g_ptr_array_add (row, g_strdup (_("Correct")));
  g_ptr_array_add (row, g_strdup (_("Answered")));
  g_ptr_array_add (row, g_strdup (_("Percent")));
  for (guint i = 0; i < self->items->len; i++)
    g_ptr_array_add (row, g_strdup (nc_class_session_get_item (self, i)->step->id));
  nc_csv_append_row (out, (const char * const *) row->pdata, row->len);

  for (guint s = 0; s < self->students->len; s++)
    {
      guint correct, answered;
      int percent = nc_class_session_get_student_score (self, s, &correct, &answered);

      g_ptr_array_set_size (row, 0);
      g_ptr_array_add (row, g_strdup (nc_class_session_get_student (self, s)));
      g_ptr_array_add (row, g_strdup_printf ("%u", correct));
      g_ptr_array_add (row, g_strdup_printf ("%u", answered));
      g_ptr_array_add (row, percent >= 0 ? g_strdup_printf ("%d", percent) : g_strdup (""));
      for (guint i = 0; i < self->items->len; i++)
        {
          int o = nc_class_session_get_answer (self, s, i);
          g_ptr_array_add (row, o >= 0 ? g_strdup_printf ("%c", nc_class_option_letter (o)) : g_strdup (""));
        }
      nc_csv_append_row (out, (const char * const *) row->pdata, row->len);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Whether the first cell of a row is a column title rather than a name. */
static gboolean
is_name_header (const char *cell)
{
  static const char *titles[] = {
    "name", "names", "student", "students", "full name", "student name",
    "tên", "họ tên", "họ và tên", "học sinh", "tên học sinh", "họ và tên học sinh",
  };
  g_autofree char *nfc = g_utf8_normalize (cell, -1, G_NORMALIZE_NFC);
  g_autofree char *folded = g_utf8_strdown (g_strstrip (nfc), -1);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_strcmp0 (folded, titles[i]) == 0)
      return TRUE;
  return g_strcmp0 (nfc, _("Name")) == 0;
}

static int
letter_to_option (const char *cell)
{
  if (cell[0] >= 'A' && cell[0] <= 'Z' && cell[1] == '\0')
    return cell[0] - 'A';
  if (cell[0] >= 'a' && cell[0] <= 'z' && cell[1] == '\0')
    return cell[0] - 'a';
  return -1;
}

gboolean
nc_class_session_load_roster (NcClassSession  *self,
                              const char      *data,
                              gssize           length,
                              GError         **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (int)); /* item per column */
  guint first = 0;
  guint before;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), FALSE);

  rows = nc_csv_parse (data, length, error);
  if (rows == NULL)
    return FALSE;

  if (rows->len > 0 && ((GStrv) rows->pdata[0])[0] != NULL && is_name_header (((GStrv) rows->pdata[0])[0]))
    {
      GStrv header = rows->pdata[0];

      first = 1;
      for (guint c = 0; header[c] != NULL; c++)
        {
          int item = c >= 4 ? nc_class_session_find_item (self, header[c]) : -1;
          g_array_append_val (columns, item);
        }
    }

  before = self->students->len;
  for (guint r = first; r < rows->len; r++)
    {
      GStrv row = rows->pdata[r];
      g_autoptr(GError) local_error = NULL;
      guint student;
      gboolean blank = TRUE;

      for (guint c = 0; row[c] != NULL; c++)
        blank = blank && *g_strstrip (row[c]) == '\0';
      if (blank)
        continue;

      if (!nc_class_session_add_student (self, row[0], &local_error))
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("Line %u: %s"), r + 1, local_error->message);
          g_ptr_array_set_size (self->students, before);
          return FALSE;
        }
      student = self->students->len - 1;
      for (guint c = 0; c < columns->len && row[c] != NULL; c++)
        {
          int item = g_array_index (columns, int, c);
          int option = letter_to_option (row[c]);

          if (item >= 0 && option >= 0 && option < (int) nc_class_session_get_item (self, item)->n_options)
            nc_class_session_set_answer (self, student, item, option);
        }
    }
  return TRUE;
}

gboolean
nc_class_session_load_results (NcClassSession   *self,
                               NcLessonCatalog  *catalog,
                               const char       *data,
                               gssize            length,
                               GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (self), FALSE);

  rows = nc_csv_parse (data, length, error);
  if (rows == NULL)
    return FALSE;

  for (guint r = 1; r < rows->len; r++)
    {
      GStrv row = rows->pdata[r];
      int item, option;
      guint64 votes;

      if (g_strv_length (row) < 7)
        {
          if (g_strv_length (row) == 1 && *row[0] == '\0')
            continue;
          g_set_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_INVALID,
                       _("Line %u: this is not a results file from NetConduct (it needs 7 columns)."), r + 1);
          return FALSE;
        }
      item = nc_class_session_find_item (self, row[1]);
      if (item < 0 && catalog != NULL && nc_lesson_catalog_lookup (catalog, row[0]) != NULL)
        {
          nc_class_session_add_lesson (self, nc_lesson_catalog_lookup (catalog, row[0]));
          item = nc_class_session_find_item (self, row[1]);
        }
      if (item < 0)
        {
          g_set_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_INVALID,
                       _("Line %u: there is no question “%s” in lesson “%s”."), r + 1, row[1], row[0]);
          return FALSE;
        }
      option = letter_to_option (row[3]);
      if (option < 0 || option >= (int) nc_class_session_get_item (self, item)->n_options)
        {
          g_set_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_INVALID,
                       _("Line %u: “%s” is not an answer of that question."), r + 1, row[3]);
          return FALSE;
        }
      if (!g_ascii_string_to_unsigned (row[6], 10, 0, NC_CLASS_MAX_VOTES, &votes, NULL))
        {
          g_set_error (error, NC_CLASS_SESSION_ERROR, NC_CLASS_SESSION_ERROR_INVALID,
                       _("Line %u: the votes must be a whole number from 0 to %d."), r + 1, NC_CLASS_MAX_VOTES);
          return FALSE;
        }
      nc_class_session_set_votes (self, item, option, votes);
    }
  return TRUE;
}
