/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Restores the marks of Vietnamese typed without them (twentieth round,
 * s20-restore), syllable by syllable, with a model learnt from marked
 * text (resources/lexicon/vi-restore.bin, checker-training/
 * learn-restorer.py): each folded syllable's marked readings with their
 * likelihood, and a bonus for pairs of marked syllables, decoded with
 * Viterbi over each clause.
 *
 * Contract: the restored text has exactly the code points of the
 * original, in the same places (a letter is replaced by one letter, each
 * syllable by a reading that folds to it, its capitals kept), so an offset
 * in code points in the restored text is the same offset in the original.
 * Only syllables of ASCII letters are restored; anything else is copied.
 * Each word restored gets a margin: how much likelier (natural log) the
 * best reading of the whole clause is than the best one with another
 * reading of that word (G_MAXFLOAT for a word with one reading). The
 * restored text is a guess: a caller takes from it only what its words'
 * margins make sure of. Never fails on valid UTF-8; time and memory are
 * linear in the text. */

typedef struct _NcToneRestorer NcToneRestorer;

typedef struct {
  guint32 cp_start, cp_end;   /* the word, in code points */
  float   margin;             /* see above */
  gboolean changed;           /* a letter of it was given marks */
} NcRestoredWord;

/* NULL (and @error set) if @data is no NCR1 model; keeps a reference to it */
NcToneRestorer *nc_tone_restorer_new  (GBytes *data, GError **error);
void            nc_tone_restorer_free (NcToneRestorer *self);

/* @text (@n bytes of valid UTF-8) with its marks restored, or NULL when
 * no syllable changed; @words (NcRestoredWord, may be NULL) gets every
 * syllable that had a reading in the model */
char           *nc_tone_restorer_restore (const NcToneRestorer *self,
                                          const char           *text,
                                          gsize                 n,
                                          GArray               *words);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NcToneRestorer, nc_tone_restorer_free)

G_END_DECLS
