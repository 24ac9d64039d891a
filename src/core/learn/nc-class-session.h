/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-class-session.h — one class working through lessons together
 *
 * Holds the class quiz items of the chosen lessons (multiple choice and
 * true/false: the items a class can vote on), the votes for each option,
 * an optional roster, and each student's answer when students answer one
 * after another on the same computer. Computes the summary a teacher sees
 * at the end and reads and writes it as CSV (see nc-csv.h).
 *
 * Votes come from two places: the teacher's counts ("12 hands for A") and
 * the students' own answers; an option's votes are their sum. No GTK here.
 */
#pragma once

#include <glib-object.h>

#include "nc-lesson.h"
#include "nc-lesson-catalog.h"

G_BEGIN_DECLS

#define NC_CLASS_SESSION_ERROR (nc_class_session_error_quark ())
#define NC_CLASS_MAX_STUDENTS 500
#define NC_CLASS_MAX_NAME     100  /* characters */
#define NC_CLASS_MAX_VOTES    10000

typedef enum {
  NC_CLASS_SESSION_ERROR_INVALID,   /* a file that is not a roster or results */
  NC_CLASS_SESSION_ERROR_NAME,      /* an empty, too long or repeated name */
  NC_CLASS_SESSION_ERROR_TOO_MANY,  /* too many students or votes */
} NcClassSessionError;

typedef struct {
  NcLesson     *lesson;     /* the session holds a reference */
  const NcStep *step;       /* NC_STEP_CHOICE or NC_STEP_TRUE_FALSE */
  guint         n_options;  /* true/false: 2, "True" then "False" */
} NcClassItem;

typedef struct {
  guint total;       /* votes */
  guint correct;     /* votes for a correct option */
  int   percent;     /* correct / total, rounded; -1 when nobody voted */
  int   top_wrong;   /* the wrong option with most votes, -1 when none */
} NcClassItemSummary;

#define NC_TYPE_CLASS_SESSION (nc_class_session_get_type ())
G_DECLARE_FINAL_TYPE (NcClassSession, nc_class_session, NC, CLASS_SESSION, GObject)

GQuark          nc_class_session_error_quark   (void);
NcClassSession *nc_class_session_new           (void);
void            nc_class_session_add_lesson    (NcClassSession     *self,
                                                NcLesson           *lesson);
guint           nc_class_session_get_n_lessons (NcClassSession     *self);
NcLesson       *nc_class_session_get_lesson    (NcClassSession     *self,
                                                guint               index);

guint           nc_class_session_get_n_items   (NcClassSession     *self);
const NcClassItem *nc_class_session_get_item   (NcClassSession     *self,
                                                guint               index);
int             nc_class_session_find_item     (NcClassSession     *self,
                                                const char         *item_id);
gboolean        nc_class_item_option_is_correct (const NcClassItem *item,
                                                 guint              option);
/* The option's text, translated. */
const char     *nc_class_item_option_text      (const NcClassItem  *item,
                                                guint               option);
const char     *nc_class_item_question         (const NcClassItem  *item);
char            nc_class_option_letter         (guint               option);

/* Votes */
guint           nc_class_session_get_votes     (NcClassSession     *self,
                                                guint               item,
                                                guint               option);
void            nc_class_session_add_vote      (NcClassSession     *self,
                                                guint               item,
                                                guint               option,
                                                int                 delta);
void            nc_class_session_set_votes     (NcClassSession     *self,
                                                guint               item,
                                                guint               option,
                                                guint               votes);
void            nc_class_session_summarize_item (NcClassSession    *self,
                                                 guint              item,
                                                 NcClassItemSummary *out);
/* Over every item: votes for correct options / all votes, in percent; -1
 * when nobody voted. @n_answered is the number of items with votes. */
int             nc_class_session_get_percent   (NcClassSession     *self,
                                                guint              *n_answered);

/* Roster */
gboolean        nc_class_session_add_student   (NcClassSession     *self,
                                                const char         *name,
                                                GError            **error);
guint           nc_class_session_get_n_students (NcClassSession    *self);
const char     *nc_class_session_get_student   (NcClassSession     *self,
                                                guint               index);
void            nc_class_session_clear_students (NcClassSession    *self);
/* Records (or with -1 takes back) a student's answer to an item. */
void            nc_class_session_set_answer    (NcClassSession     *self,
                                                guint               student,
                                                guint               item,
                                                int                 option);
int             nc_class_session_get_answer    (NcClassSession     *self,
                                                guint               student,
                                                guint               item);
/* A student's correct answers and answers given; the percent is of the
 * items answered, -1 when none. */
int             nc_class_session_get_student_score (NcClassSession *self,
                                                    guint           student,
                                                    guint          *correct,
                                                    guint          *answered);

/* CSV: results (a row per option) and students (a row per student). */
char           *nc_class_session_results_csv   (NcClassSession     *self);
char           *nc_class_session_students_csv  (NcClassSession     *self);
/* Adds the names of a roster (first column; a header row is skipped; the
 * students CSV written above also brings back the answers). */
gboolean        nc_class_session_load_roster   (NcClassSession     *self,
                                                const char         *data,
                                                gssize              length,
                                                GError            **error);
/* Sets the votes from a results CSV; the lessons it names must have been
 * added (or are added from @catalog when not NULL). */
gboolean        nc_class_session_load_results  (NcClassSession     *self,
                                                NcLessonCatalog    *catalog,
                                                const char         *data,
                                                gssize              length,
                                                GError            **error);

G_END_DECLS
