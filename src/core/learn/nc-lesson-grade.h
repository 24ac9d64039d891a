/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-lesson-grade.h — grading the quiz items of a lesson
 *
 * Pure functions over NcStep: no state, no database. "Rewrite it kindly"
 * is judged by a pluggable NcRewriteJudge: the conduct checker
 * (nc_rewrite_judge_checker) is the main one, with the item's own expected
 * and forbidden phrases as its supplement; the phrases alone
 * (nc_rewrite_judge_words) judge where no checker is there.
 */
#pragma once

#include <glib.h>

#include "nc-checker.h"
#include "nc-lesson.h"

G_BEGIN_DECLS

typedef struct {
  gsize start;  /* byte offset, inclusive */
  gsize end;    /* byte offset, exclusive */
} NcSpan;

/* The post of a spot-the-problem item with its <bad> marks taken out. */
typedef struct _NcSpotText NcSpotText;

NcSpotText   *nc_spot_text_parse          (const char        *marked,
                                           GError           **error);
void          nc_spot_text_free           (NcSpotText        *spot);
const char   *nc_spot_text_get_text       (const NcSpotText  *spot);
const NcSpan *nc_spot_text_get_bad_spans  (const NcSpotText  *spot,
                                           gsize             *n_spans);
const NcSpan *nc_spot_text_get_words      (const NcSpotText  *spot,
                                           gsize             *n_words);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcSpotText, nc_spot_text_free)

#define NC_SPOT_MIN_RECALL    0.5
#define NC_SPOT_MIN_PRECISION 0.5

gboolean      nc_grade_choice             (const NcStep      *step,
                                           guint              option_index);
gboolean      nc_grade_true_false         (const NcStep      *step,
                                           gboolean           answer);
gboolean      nc_grade_spot               (const NcSpotText  *spot,
                                           const NcSpan      *selected,
                                           gsize              n_selected,
                                           double            *recall,
                                           double            *precision);
gboolean      nc_grade_scenario_path      (const NcStep      *step,
                                           const guint       *branch_indices,
                                           gsize              n_indices);

typedef enum {
  NC_REWRITE_OK,              /* kind now */
  NC_REWRITE_EMPTY,           /* nothing written */
  NC_REWRITE_UNCHANGED,       /* the same as the original post */
  NC_REWRITE_STILL_HURTFUL,   /* still has words the rule forbids */
  NC_REWRITE_NOT_KIND_ENOUGH, /* has none of the kind words expected */
} NcRewriteVerdict;

/* Judges a rewrite that is neither empty nor unchanged. */
typedef NcRewriteVerdict (*NcRewriteJudge) (const NcStep *step,
                                            const char   *text,
                                            gpointer      user_data);

NcRewriteVerdict nc_rewrite_judge_words   (const NcStep      *step,
                                           const char        *text,
                                           gpointer           user_data);
NcRewriteVerdict nc_rewrite_judge_checker (const NcStep      *step,
                                           const char        *text,
                                           gpointer           checker);
char            *nc_rewrite_get_reminder  (NcChecker         *checker,
                                           const char        *text);
const char      *nc_rewrite_verdict_to_string   (NcRewriteVerdict verdict);
const char      *nc_rewrite_verdict_get_message (NcRewriteVerdict verdict);
NcRewriteVerdict nc_grade_rewrite         (const NcStep      *step,
                                           const char        *text,
                                           NcRewriteJudge     judge,
                                           gpointer           user_data);

char         *nc_text_fold                (const char        *text);

int           nc_grade_percent            (guint              correct,
                                           guint              total);
gboolean      nc_grade_is_pass            (int                percent);

G_END_DECLS
