/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-matcher.h — Aho-Corasick automaton over normalized (folded) text
 *
 * Internal to libnc-core. Patterns are sequences of folded chars (ASCII
 * letters, digits and the word separator ' '); the automaton is a full DFA
 * built once, then read-only and safe to share between threads.
 */
#pragma once

#include <glib.h>

#include "nc-normalizer.h"

G_BEGIN_DECLS

typedef struct _NcMatcher NcMatcher;

/* Called for each pattern occurrence, in the order of their ends; @start
 * and @end index the normalized chars (end exclusive). */
typedef void (*NcMatchFunc) (guint32 pattern_id, gsize start, gsize end, gpointer user_data);

NcMatcher *nc_matcher_new          (void);
void       nc_matcher_free         (NcMatcher        *self);
/* Patterns match whole words: they start at a word's start and, unless
 * @run_on, end at a word's end. FALSE when the pattern holds a char
 * outside the matcher's alphabet. */
gboolean   nc_matcher_add          (NcMatcher        *self,
                                    const gunichar   *folded,
                                    gsize             len,
                                    gboolean          run_on,
                                    guint32           pattern_id);
void       nc_matcher_compile      (NcMatcher        *self);
gsize      nc_matcher_get_n_states (const NcMatcher  *self);
void       nc_matcher_scan         (const NcMatcher  *self,
                                    const NcNormChar *chars,
                                    gsize             n_chars,
                                    NcMatchFunc       func,
                                    gpointer          user_data);

G_END_DECLS
