/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-matcher.h — Aho-Corasick automaton over normalized (folded) text
 *
 * Internal to libnc-core. Patterns are sequences of folded chars (ASCII
 * letters, digits and the word separator ' '); the automaton is a DFA
 * (a full row for each shallow state, the children and the fail state of
 * the deeper ones) built once, then read-only and safe to share between
 * threads.
 */
#pragma once

#include <glib.h>

#include "nc-normalizer.h"

G_BEGIN_DECLS

typedef struct _NcMatcher NcMatcher;

#define NC_MATCHER_N_GROUPS 8

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
/* The same, the pattern in @group (below NC_MATCHER_N_GROUPS; 0 for
 * nc_matcher_add()), which nc_matcher_scan_groups() may leave out. */
gboolean   nc_matcher_add_in_group (NcMatcher        *self,
                                    const gunichar   *folded,
                                    gsize             len,
                                    gboolean          run_on,
                                    guint             group,
                                    guint32           pattern_id);
/* Before compiling: the states deeper than @depth symbols (a word's start
 * counts as one; 12 unless set) get no row of the DFA, only their children
 * and their fail state; fewer get rows when 16 bits cannot name them. */
void       nc_matcher_set_dense_depth (NcMatcher     *self,
                                       guint          depth);
void       nc_matcher_compile      (NcMatcher        *self);
gsize      nc_matcher_get_n_states (const NcMatcher  *self);
/* Once compiled: the states with a row; the transitions of rows to states
 * that 16 bits cannot name, reached by escapes. */
gsize      nc_matcher_get_n_dense  (const NcMatcher  *self);
gsize      nc_matcher_get_n_escapes (const NcMatcher *self);
void       nc_matcher_scan         (const NcMatcher  *self,
                                    const NcNormChar *chars,
                                    gsize             n_chars,
                                    NcMatchFunc       func,
                                    gpointer          user_data);
/* The same, without the patterns of the groups whose bit (1 << group) is
 * set in @skip: a check leaves out the patterns it would turn away. */
void       nc_matcher_scan_groups  (const NcMatcher  *self,
                                    const NcNormChar *chars,
                                    gsize             n_chars,
                                    guint             skip,
                                    NcMatchFunc       func,
                                    gpointer          user_data);

G_END_DECLS
