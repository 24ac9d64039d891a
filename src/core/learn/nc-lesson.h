/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-lesson.h — one lesson of the Code of Conduct, read from an XML file
 *
 * A lesson is a list of steps: reading cards and example posts, and quiz
 * items (multiple choice, true/false, spot the problem, rewrite it kindly,
 * scenario with branches). The file format is resources/lessons/README.md.
 *
 * Every string held here is the English msgid as written in the file; show
 * it with nc_lesson_translate(), which looks it up in po/ (the lesson files
 * are extracted by xgettext through po/its/netconduct-lesson.its). A lesson
 * is immutable once loaded.
 */
#pragma once

#include <glib-object.h>

#include "nc-track.h"

G_BEGIN_DECLS

#define NC_LESSON_ERROR (nc_lesson_error_quark ())

typedef enum {
  NC_LESSON_ERROR_PARSE,      /* not well-formed XML */
  NC_LESSON_ERROR_INVALID,    /* well-formed but breaks a rule of the format */
  NC_LESSON_ERROR_UNKNOWN_REF,/* cites a Code reference id the table lacks */
  NC_LESSON_ERROR_NO_ANSWER,  /* a quiz item without a correct answer */
  NC_LESSON_ERROR_DUPLICATE,  /* two lessons or two items share an id */
} NcLessonError;

typedef enum {
  NC_STEP_CARD,        /* reading card: heading + body */
  NC_STEP_POST,        /* example post drawn like a social post */
  NC_STEP_CHOICE,      /* multiple choice, one or more correct options */
  NC_STEP_TRUE_FALSE,
  NC_STEP_SPOT,        /* click the words of a post that break a rule */
  NC_STEP_REWRITE,     /* edit a post until it is kind */
  NC_STEP_SCENARIO,    /* a story with branches */
} NcStepKind;

typedef struct {
  char     *text;
  gboolean  correct;
} NcOption;

typedef struct {
  char     *label;
  char     *feedback;
  char     *next;      /* id of the next node, NULL when the story ends */
  gboolean  good;
} NcBranch;

typedef struct {
  char      *id;
  char      *text;
  GPtrArray *branches; /* NcBranch */
} NcScenarioNode;

/* One step. Which fields are set depends on the kind (see the comments);
 * the others are NULL. */
typedef struct {
  NcStepKind  kind;
  char       *id;         /* quiz items; NULL for cards and posts */
  char      **refs;       /* Code reference ids, NULL-terminated, never NULL */
  int         line;       /* where it starts in its file */
  guint       tracks;     /* NC_TRACK_BIT()s of the ages it suits: its own
                           * ages="…", a part of the lesson's, or the lesson's */

  char       *heading;    /* card */
  char       *body;       /* card */
  char       *picture;    /* card, post: a file in NC_LESSON_PICTURES_PATH, or NULL */
  char       *alt;        /* card, post: what the picture shows, for who cannot see it */
  char       *question;   /* choice, spot, rewrite */
  char       *statement;  /* true/false */
  gboolean    answer;     /* true/false */
  char       *text;       /* post, rewrite: the post; spot: the post with <bad> marks;
                           * scenario: NULL (see nodes) */
  char       *author;     /* post, spot, rewrite: a name, not translated */
  char       *place;      /* post, spot, rewrite: where it is posted */
  char       *note;       /* post: what to notice */
  GPtrArray  *options;    /* choice: NcOption */
  char       *expect;     /* rewrite: "a|b|c", a kind version has one of them */
  char       *forbid;     /* rewrite: "a|b", a kind version has none of them */
  char       *sample;     /* rewrite: one kind version */
  char       *explain;    /* quiz items: why, shown after the answer */
  GPtrArray  *nodes;      /* scenario: NcScenarioNode, the first is the start */
} NcStep;

/* Where the pictures of cards are in the GResource. */
#define NC_LESSON_PICTURES_PATH "/io/github/netconduct/NetConduct/pictures/"

#define NC_TYPE_LESSON (nc_lesson_get_type ())
G_DECLARE_FINAL_TYPE (NcLesson, nc_lesson, NC, LESSON, GObject)

GQuark         nc_lesson_error_quark        (void);
NcLesson      *nc_lesson_new_from_data      (const char   *data,
                                             gssize        length,
                                             const char   *filename,
                                             GError      **error);
const char    *nc_lesson_get_id             (NcLesson     *self);
int            nc_lesson_get_order          (NcLesson     *self);
const char    *nc_lesson_get_title          (NcLesson     *self);
const char    *nc_lesson_get_summary        (NcLesson     *self);
const char    *nc_lesson_get_filename       (NcLesson     *self);
guint          nc_lesson_get_n_steps        (NcLesson     *self);
const NcStep  *nc_lesson_get_step           (NcLesson     *self,
                                             guint         index);
const NcStep  *nc_lesson_find_item          (NcLesson     *self,
                                             const char   *item_id);
guint          nc_lesson_get_n_quiz_items   (NcLesson     *self);
const char * const *nc_lesson_get_refs      (NcLesson     *self);
guint          nc_lesson_get_tracks         (NcLesson     *self);
gboolean       nc_lesson_suits_track        (NcLesson     *self,
                                             NcTrack       track);

NcTrack        nc_lesson_resolve_track      (NcLesson     *self,
                                             NcTrack       track);
gboolean       nc_step_is_quiz_item         (const NcStep *step);
gboolean       nc_step_suits_track          (const NcStep *step,
                                             NcTrack       track);
guint          nc_lesson_count_quiz_items   (NcLesson     *self,
                                             NcTrack       track);
const NcScenarioNode *nc_step_get_node      (const NcStep *step,
                                             const char   *node_id);
const char    *nc_step_kind_to_string       (NcStepKind    kind);

const char    *nc_lesson_translate          (const char   *msgid);

G_END_DECLS
