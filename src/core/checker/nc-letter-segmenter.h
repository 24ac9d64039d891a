/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-letter-segmenter.h — where a run of letters typed one by one splits
 * into words ("d i t m e m a y" is "dit me may") */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What @n lower-case ASCII letters at @word are: a word the caller knows
 * (a lexicon entry or a common word, folded), unknown (then they may be
 * a Vietnamese syllable), or never one word (two tone marks). */
typedef enum {
  NC_LETTERS_NOT_A_WORD,
  NC_LETTERS_UNKNOWN,
  NC_LETTERS_KNOWN,
} NcLettersWord;

typedef NcLettersWord (*NcLettersWordFunc) (gconstpointer data, const char *word, gsize n);

/* Splits the @n (at most 63) folded letters at @letters into words: the
 * split with the lowest cost, a known word (@word_of) costing 1 and a
 * Vietnamese syllable nobody listed 1.3 (so that a longer syllable beats
 * two known short words: "nguyen", not "ngu yen"), a word of one letter
 * 0.6 more. Writes where each
 * word after the first starts into @cuts (room for @max_cuts) and
 * returns their number; 0 when the letters are one word or cannot all
 * be split into words of either kind (an unknown English word: left
 * joined). */
guint nc_letter_segment (const char        *letters,
                         gsize              n,
                         NcLettersWordFunc  word_of,
                         gconstpointer      data,
                         gsize             *cuts,
                         guint              max_cuts);

/* Whether @n folded letters at @s are a Vietnamese syllable: an onset
 * and a rhyme of the language, marks folded away ("nghieng", "quy"). */
gboolean nc_letter_is_vi_syllable (const char *s,
                                   gsize       n);

G_END_DECLS
