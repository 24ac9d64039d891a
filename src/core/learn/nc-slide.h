/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-slide.h — the slides of a class session, made from its lessons
 *
 * For each lesson: a title slide, then one slide per step — reading cards,
 * example posts, class quiz questions (multiple choice and true/false, with
 * votes in the NcClassSession) and discussion items (spot the problem,
 * rewrite it kindly, scenarios) — and at the very end a summary slide.
 * Every text is translated when the deck is built; slides that can reveal
 * an answer hold it in `answer`. Speaker notes are for the teacher only.
 */
#pragma once

#include <glib.h>

#include "nc-class-session.h"

G_BEGIN_DECLS

typedef enum {
  NC_SLIDE_TITLE,     /* a lesson begins */
  NC_SLIDE_CARD,      /* a reading card */
  NC_SLIDE_POST,      /* an example post */
  NC_SLIDE_QUESTION,  /* a class quiz item: votes, a chart, then why */
  NC_SLIDE_DISCUSS,   /* a question to talk about, then the answer */
  NC_SLIDE_SUMMARY,   /* the results of every question */
} NcSlideKind;

typedef struct {
  NcSlideKind   kind;
  NcLesson     *lesson;   /* NULL for the summary; not a reference (the session holds it) */
  const NcStep *step;     /* NULL for the title and the summary */
  int           item;     /* question: the session's item index; else -1 */
  char         *kicker;   /* small line above: the lesson, "Question 2 of 8", ... */
  char         *title;
  char         *body;
  char         *author;   /* posts: who wrote it */
  char         *place;    /* posts: where */
  char         *answer;   /* what the reveal shows; NULL when nothing to reveal */
  char         *notes;    /* speaker notes */
  char         *citation; /* the Code articles, one per line */
} NcSlide;

void       nc_slide_free       (NcSlide        *slide);
/* The deck for every lesson of @session (a GPtrArray of NcSlide). */
GPtrArray *nc_slides_build     (NcClassSession *session);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcSlide, nc_slide_free)

G_END_DECLS
