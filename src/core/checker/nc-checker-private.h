/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-private.h — the checker's parts inside libnc-core: personal
 * data detectors and the statistical model */
#pragma once

#include <glib.h>

#include "nc-checker.h"
#include "nc-normalizer.h"

G_BEGIN_DECLS

/* ---- personal data (nc-personal-data.c) ---- */

typedef enum {
  NC_PERSONAL_DATA_PHONE,
  NC_PERSONAL_DATA_ID,
  NC_PERSONAL_DATA_EMAIL,
  NC_PERSONAL_DATA_ADDRESS,
  NC_PERSONAL_DATA_SCHOOL,
  NC_PERSONAL_DATA_SECRET,
} NcPersonalDataKind;

typedef enum {
  NC_PERSONAL_DATA_CUE_SELF,     /* "số của mình", "my number" */
  NC_PERSONAL_DATA_CUE_SHOP,     /* "hotline", "cửa hàng" */
  NC_PERSONAL_DATA_CUE_SECRET,   /* "mật khẩu", "OTP" */
  NC_PERSONAL_DATA_CUE_ADDRESS,  /* "phường", "đường" */
  NC_PERSONAL_DATA_CUE_SCHOOL,   /* "lớp", "trường" */
  NC_PERSONAL_DATA_CUE_ID,       /* "CCCD", "CMND" */
  NC_PERSONAL_DATA_N_CUES
} NcPersonalDataCue;

typedef struct {
  GArray *cues[NC_PERSONAL_DATA_N_CUES];  /* guint32 pairs: cp_start, cp_end */
} NcPersonalDataContext;

typedef struct {
  NcPersonalDataKind  kind;
  NcSeverity severity;
  guint32    cp_start, cp_end;
} NcPersonalDataSpan;

void    nc_personal_data_context_add   (NcPersonalDataContext     *ctx,
                              NcPersonalDataCue          cue,
                              guint32           cp_start,
                              guint32           cp_end);
/* Forgets the cues, keeping the arrays for the next draft. */
void    nc_personal_data_context_reset (NcPersonalDataContext     *ctx);
void    nc_personal_data_context_clear (NcPersonalDataContext     *ctx);
/* Sets @spans (of NcPersonalDataSpan) to the personal data found, in the original
 * text's code points. */
void    nc_personal_data_detect        (const NcNormText *nt,
                              const NcPersonalDataContext *ctx,
                              GArray           *spans);

/* ---- statistical model (nc-offence-model.c) ---- */

typedef struct _NcOffenceModel NcOffenceModel;

/* The findings of a check, being gathered (see nc-checker.c). */
typedef struct _NcFindings NcFindings;

/* @explanation and @suggestion are msgids (NULL: the category's own). */
typedef void (*NcAddFindingFunc) (NcFindings       *findings,
                                  const NcNormText *nt,
                                  NcCategory        category,
                                  NcSeverity        severity,
                                  guint32           cp_start,
                                  guint32           cp_end,
                                  NcEvidence        evidence,
                                  const char       *explanation,
                                  const char       *suggestion);

/* A word of a draft as the span tagger sees it (normalized chars). */
typedef enum {
  NC_TAG_NONE,
  NC_TAG_BESIDE,   /* part of the offence when it stands beside a marked word */
  NC_TAG_ALONE,    /* part of it on its own (never a common word) */
} NcTag;

typedef struct {
  gsize    start, end;
  gboolean stop_after;
  NcTag    mark;
} NcTaggedWord;

extern const char nc_offence_model_sentence_message[];   /* a msgid */
NcOffenceModel *nc_offence_model_new           (GBytes           *data,
                                 GError          **error);
void     nc_offence_model_free          (NcOffenceModel          *self);
/* Whether @self reads its 16-bit weights in place, in the file's data
 * ("NCM4"/"NCM5" on a little-endian host, aligned), with no copy. */
gboolean nc_offence_model_weights_in_place (NcOffenceModel *self);
/* The sentence threshold (see nc_offence_model_check()) for a draft with
 * no word typed with marks; by default the model file's. */
void     nc_offence_model_set_unmarked_sentence_threshold (NcOffenceModel *self,
                                                           float           threshold);
/* Whether @score (from nc_offence_model_check()) reaches the threshold
 * from which the model judges a draft offensive. */
gboolean nc_offence_model_judges_offensive (NcOffenceModel *self,
                                            double          score);
/* Marks @nt's first word as a common word of the language (its typed and
 * its folded form): the model never draws a span on a common word alone. */
void     nc_offence_model_add_common    (NcOffenceModel          *self,
                                 const NcNormText *nt);
/* Whether the word of @nt from @start to @end (normalized chars) is a
 * common word of the model's language, as typed. */
gboolean nc_offence_model_is_common_word (NcOffenceModel   *self,
                                          const NcNormText *nt,
                                          gsize             start,
                                          gsize             end);
/* Call once after the last nc_offence_model_add_common(). */
void     nc_offence_model_commons_done  (NcOffenceModel          *self);

/* (s21-speed) The words nc_offence_model_check() found in one draft
 * (where each lies, its hash as typed, its pair's head: nothing of any
 * model's own), kept in the caller's storage, so that a second model, the
 * children's, reads the draft from them (nc_offence_model_score_kept())
 * instead of finding them again. On the caller's stack: no heap, and no
 * work a draft the second model is not asked about; valid within one
 * check; a draft with room for more than NC_MODEL_KEPT_WORDS words
 * ((n_chars + 1) / 2, more than 767 normalized chars) is not kept. */
#define NC_MODEL_KEPT_WORDS 384
typedef struct {
  const NcNormText *nt;   /* the draft whose words they are; NULL: none */
  gsize             n_words;
  double            words[NC_MODEL_KEPT_WORDS * 8];   /* (nc-offence-model.c's Word, 64 bytes) */
} NcModelKept;

/* The probability that the draft is offensive, words where @allowed (one
 * flag per normalized char, may be NULL) is set left out. When it reaches
 * the model's threshold, adds an insult finding (NC_EVIDENCE_NGRAM) for
 * each word that weighs enough on its own to carry the offence, except
 * allowed and common words, and sets *@n_spans to how many (else 0).
 * When no word does, @whole_draft is set and the probability reaches the
 * sentence threshold (the unmarked one when @nt has no marks),
 * adds one span-less finding about the draft as a whole
 * (NC_EVIDENCE_MODEL) and sets *@sentence. A high score alone never
 * draws a span. With a span @tagger (may be NULL), also fills @tags
 * (room for (n_chars + 1) / 2) as nc_offence_model_tag_words() would and
 * sets *@n_tags, sharing the words' hashes when it can. (s21-speed)
 * With @kept (may be NULL), keeps the draft's words there when it can
 * (@kept->nt is NULL when it did not), for nc_offence_model_score_kept(). */
double   nc_offence_model_check         (NcOffenceModel          *self,
                                 const NcNormText *nt,
                                 const guint8     *allowed,
                                 gboolean          whole_draft,
                                 NcFindings       *findings,
                                 NcAddFindingFunc  add,
                                 guint            *n_spans,
                                 gboolean         *sentence,
                                 NcOffenceModel   *tagger,
                                 NcTaggedWord     *tags,
                                 gsize            *n_tags,
                                 NcModelKept      *kept);

/* (s21-speed) Equals nc_offence_model_score (@self, @nt, @allowed), bit
 * for bit: from the words in @kept (may be NULL) when they are @nt's
 * (overwriting what the first model weighed there), by finding them
 * again otherwise; sets *@from_kept (may be NULL) to which. */
double   nc_offence_model_score_kept    (NcOffenceModel    *self,
                                         const NcNormText  *nt,
                                         const guint8      *allowed,
                                         NcModelKept       *kept,
                                         gboolean          *from_kept);

/* (s20-kidmodel) The probability @self gives @nt, words where @allowed
 * is set left out, as nc_offence_model_check() reckons it, with no
 * finding; and the file's three thresholds (the children's model keeps
 * there its threshold for drafts typed with marks, the one for drafts
 * typed without, and the first model's score the draft needs too). */
double   nc_offence_model_score         (NcOffenceModel   *self,
                                         const NcNormText *nt,
                                         const guint8     *allowed);
void     nc_offence_model_thresholds    (NcOffenceModel   *self,
                                         float            *threshold,
                                         float            *span_threshold,
                                         float            *sentence_threshold);

/* The checker's normalizer, teencode included (owned by the checker). */
/* Fills @out (room for (n_chars + 1) / 2) with the words of @nt and the
 * tagger @self's mark of each; returns how many. */
gsize    nc_offence_model_tag_words     (NcOffenceModel   *self,
                                         const NcNormText *nt,
                                         NcTaggedWord     *out);

NcNormalizer *nc_checker_get_normalizer (NcChecker *self);
/* The states of the checker's matcher (all lexicons' phrases). */
gsize         nc_checker_get_matcher_states (NcChecker *self);
/* Drops the statistical models and the span tagger (to measure the
 * lexicons alone). */
void          nc_checker_disable_model  (NcChecker *self);
/* (s21-speed) Tests: clears every pattern's tone_absent flag, so that
 * the tone table is asked about every entry; returns how many were set. */
guint         nc_checker_clear_tone_absent (NcChecker *self);
/* Drops the span tagger alone (to choose its thresholds). */
void          nc_checker_disable_span_tagger (NcChecker *self);

G_END_DECLS
