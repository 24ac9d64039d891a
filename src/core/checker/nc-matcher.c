/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-matcher.c — Aho-Corasick automaton over normalized text */
#include "config.h"

#include <string.h>

#include "nc-matcher.h"

/* 0 other, 1-26 a-z, 27-36 0-9, 37 space, 38 stop, 39 word start.
 * Patterns match whole words at their start: each begins with the
 * word-start symbol, which the text "has" at its start and after every
 * separator (a separator's transition in the compiled DFA goes on through
 * the word-start symbol at once), so matches inside a word never report. */
#define N_SYMBOLS 40
#define SYM_SPACE 37
#define SYM_STOP 38
#define SYM_START 39
G_STATIC_ASSERT (N_SYMBOLS % 4 == 0 && N_SYMBOLS <= 64);   /* (compile(): four a step; kids) */
/* A 16-bit row's mark for a state it cannot name (numbered this or more) */
#define ESCAPED G_MAXUINT16
/* The states deeper than this (symbols from the root, the word-start
 * symbols included) have no row: nc_matcher_set_dense_depth(). For the
 * checker's 78,039 states (sixteenth round): 36,853 rows, 2.9 MB instead
 * of 6.2; at 8 and 10 the table is smaller still, but a scan goes
 * beyond the rows so often that it costs more than it saves (callgrind:
 * +1.6% and +0.6% of the checker's instructions over main's full table,
 * +0.35% at 12, all before report() was inlined; docs/checker-figures.md) */
#define DENSE_DEPTH_DEFAULT 12

typedef struct {
  guint32 pattern_id;
  guint16 length;
  guint8  run_on;    /* may end inside a word */
  guint8  group;     /* nc_matcher_add_in_group() */
  gint32  next;      /* next output of the same state, or -1 */
} Output;

/* A state without a row (numbered n_dense or more): its children in the
 * trie, and the state whose row it shares for every other symbol. */
typedef struct {
  guint32 fail;      /* the fail state, shallower */
  guint32 to;        /* the child when n_kids is 1, else the first of its
                      * children in kid_sym[] and kid_to[] */
  guint8  sym;       /* the child's symbol when n_kids is 1 */
  guint8  n_kids;
} Sparse;

struct _NcMatcher
{
  GArray  *delta;     /* gint32[N_SYMBOLS] per state, until compiled */
  GArray  *fail;      /* gint32 per state */
  GArray  *out_head;  /* gint32 per state: first Output, or -1 */
  GArray  *dict;      /* gint32 per state: nearest suffix state with output */
  GArray  *kids;      /* guint64 per state until compiled: the symbols
                       * of its children in the trie, a bit each */
  GArray  *outputs;   /* Output */
  /* for the scan: what each state reports, its suffix chain flattened in
   * the order of the reports (flat[first[s] & FIRST_INDEX] to
   * flat[first[s + 1] & FIRST_INDEX]); the top bits of first[s], the
   * groups of those reports (a bit a group: report() passes over a state
   * whose every report is of a group left out) */
  guint32 *first;
  Output  *flat;      /* .next unused */
  guint16 *rows;      /* the compiled DFA in 16 bits, a row for each of
                       * the n_dense states (the shallow ones): a state
                       * numbered ESCAPED or above is written ESCAPED,
                       * its number in the escapes below */
  guint32 *escape_keys;   /* state * N_SYMBOLS + symbol, ascending */
  guint32 *escape_to;     /* the state each key goes to */
  gsize    n_escapes;
  Sparse  *sparse;    /* the deeper states, from n_dense on */
  guint8  *kid_sym;   /* the children of those with more than one */
  guint32 *kid_to;
  gint32   start;     /* the state at the start of the text */
  /* the states with rows are numbered first (the root 0), so that those
   * that report come last among them, those that report a pattern that
   * may run on last of all: whether a step's event counts is a comparison
   * of its number (lane_counts(): no table, no loop per step). Then the
   * states without rows, whatever they report: a step to one counts, as
   * its number is above the others (report() tells; a scan seldom goes
   * so deep) */
  guint32  reports_from;
  guint32  run_on_from;
  guint32  n_dense;
  guint    dense_depth;
  gsize    n_states;
  gsize    n_trie;    /* the states so far, until compiled */
  gboolean compiled;
};

static const guint8 ascii_symbols[128] = {
  ['a'] = 1, ['b'] = 2, ['c'] = 3, ['d'] = 4, ['e'] = 5, ['f'] = 6, ['g'] = 7,
  ['h'] = 8, ['i'] = 9, ['j'] = 10, ['k'] = 11, ['l'] = 12, ['m'] = 13, ['n'] = 14,
  ['o'] = 15, ['p'] = 16, ['q'] = 17, ['r'] = 18, ['s'] = 19, ['t'] = 20, ['u'] = 21,
  ['v'] = 22, ['w'] = 23, ['x'] = 24, ['y'] = 25, ['z'] = 26,
  ['0'] = 27, ['1'] = 28, ['2'] = 29, ['3'] = 30, ['4'] = 31, ['5'] = 32, ['6'] = 33,
  ['7'] = 34, ['8'] = 35, ['9'] = 36, [' '] = 37, ['|'] = 38,
};

static inline int
symbol_of (gunichar c)
{
  return c < 128 ? ascii_symbols[c] : 0;
}

/* A new state: its row of the trie, no output. (fail and dict are sized
 * and filled in nc_matcher_compile().) */
static gint32
add_state (NcMatcher *self)
{
  gsize n = self->n_trie;

  /* the arrays grow by half, their lengths the room until compiled (by
   * doubling, the checker's 68,000 states took room for 131,072: 21 MB
   * of trie rows, a build four times as slow) */
  if (n == self->out_head->len)
    {
      gsize cap = MAX (n + n / 2, 1024);

      g_array_set_size (self->delta, cap * N_SYMBOLS);
      g_array_set_size (self->out_head, cap);
      g_array_set_size (self->kids, cap);
    }
  memset (&g_array_index (self->delta, gint32, n * N_SYMBOLS), 0xff,
          N_SYMBOLS * sizeof (gint32));   /* -1: no transition */
  g_array_index (self->out_head, gint32, n) = -1;
  g_array_index (self->kids, guint64, n) = 0;
  self->n_trie = n + 1;
  return (gint32) n;
}

NcMatcher *
nc_matcher_new (void)
{
  NcMatcher *self = g_new0 (NcMatcher, 1);

  self->delta = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->fail = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->out_head = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->kids = g_array_new (FALSE, FALSE, sizeof (guint64));
  self->dict = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->outputs = g_array_new (FALSE, FALSE, sizeof (Output));
  self->dense_depth = DENSE_DEPTH_DEFAULT;
  add_state (self);
  return self;
}

void
nc_matcher_free (NcMatcher *self)
{
  if (self == NULL)
    return;
  if (self->delta != NULL)
    g_array_unref (self->delta);
  g_array_unref (self->fail);
  g_array_unref (self->out_head);
  g_array_unref (self->dict);
  if (self->kids != NULL)
    g_array_unref (self->kids);
  g_array_unref (self->outputs);
  g_free (self->rows);
  g_free (self->escape_keys);
  g_free (self->escape_to);
  g_free (self->sparse);
  g_free (self->kid_sym);
  g_free (self->kid_to);
  g_free (self->first);
  g_free (self->flat);
  g_free (self);
}

gboolean
nc_matcher_add (NcMatcher      *self,
                const gunichar *folded,
                gsize           len,
                gboolean        run_on,
                guint32         pattern_id)
{
  return nc_matcher_add_in_group (self, folded, len, run_on, 0, pattern_id);
}

gboolean
nc_matcher_add_in_group (NcMatcher      *self,
                         const gunichar *folded,
                         gsize           len,
                         gboolean        run_on,
                         guint           group,
                         guint32         pattern_id)
{
  gint32 state = 0;
  Output o;

  g_return_val_if_fail (!self->compiled, FALSE);
  g_return_val_if_fail (group < NC_MATCHER_N_GROUPS, FALSE);

  if (len == 0 || len > G_MAXUINT16)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (symbol_of (folded[i]) == 0 || symbol_of (folded[i]) == SYM_STOP)
      return FALSE;

  for (gsize i = 0; i <= len; i++)
    {
      /* the word-start symbol first, and after every space */
      int sym = i == 0 ? SYM_START : symbol_of (folded[i - 1]);

      for (int k = 0; k < (sym == SYM_SPACE ? 2 : 1); k++)
        {
          int sk = k == 0 ? sym : SYM_START;
          gint32 next = g_array_index (self->delta, gint32, (gsize) state * N_SYMBOLS + sk);

          if (next < 0)
            {
              next = add_state (self);
              g_array_index (self->delta, gint32, (gsize) state * N_SYMBOLS + sk) = next;
              g_array_index (self->kids, guint64, state) |= G_GUINT64_CONSTANT (1) << sk;
            }
          state = next;
        }
    }
  o.pattern_id = pattern_id;
  o.length = (guint16) len;
  o.run_on = run_on ? 1 : 0;
  o.group = (guint8) group;
  o.next = g_array_index (self->out_head, gint32, state);
  g_array_append_val (self->outputs, o);
  g_array_index (self->out_head, gint32, state) = (gint32) self->outputs->len - 1;
  return TRUE;
}

/* first[]: an index into flat[] below, the groups of the state's reports
 * above */
#define FIRST_GROUPS_SHIFT 24
#define FIRST_INDEX ((1u << FIRST_GROUPS_SHIFT) - 1)
G_STATIC_ASSERT (NC_MATCHER_N_GROUPS <= 32 - FIRST_GROUPS_SHIFT);

/* Fills first[] and flat[]: for each state, the outputs of the state and
 * of its dictionary suffixes, longest first, each state's own in the
 * order of out_head. */
static void
flatten_outputs (NcMatcher *self)
{
  const gint32 *out_head = (const gint32 *) (const void *) self->out_head->data;
  const gint32 *dict = (const gint32 *) (const void *) self->dict->data;
  const Output *outputs = (const Output *) (const void *) self->outputs->data;
  gsize n_states = self->fail->len, n = 0;

  self->first = g_new (guint32, n_states + 1);
  for (int pass = 0; pass < 2; pass++)
    {
      n = 0;
      for (gsize st = 0; st < n_states; st++)
        {
          guint32 groups = 0;

          g_assert (n <= FIRST_INDEX);
          self->first[st] = (guint32) n;
          for (gint32 s = (gint32) st; s > 0; s = dict[s])
            for (gint32 o = out_head[s]; o >= 0; o = outputs[o].next)
              {
                if (pass == 1)
                  self->flat[n] = outputs[o];
                groups |= 1u << outputs[o].group;
                n++;
              }
          self->first[st] |= groups << FIRST_GROUPS_SHIFT;
        }
      g_assert (n <= FIRST_INDEX);
      self->first[n_states] = (guint32) n;
      if (pass == 0)
        self->flat = g_new (Output, MAX (n, 1));
    }
}

/* Numbers the states in the order of @queue (all but the root): breadth
 * first within each of the kinds of nc_matcher_compile(), so that the
 * shallow states, which a scan visits most, share cache lines. The first
 * self->n_dense states get a 16-bit row of the renumbered DFA (a state
 * numbered ESCAPED or above written ESCAPED, its number in the escapes),
 * the others their children in the trie (@kids) and their fail state;
 * the 32-bit delta is freed. */
static void
renumber_breadth_first (NcMatcher *self, const gint32 *queue, const guint64 *kids)
{
  gsize n_states = self->fail->len, n_dense = self->n_dense, n_sparse = n_states - n_dense;
  g_autofree gint32 *id = g_new (gint32, n_states);
  GArray *per_state[3] = { self->fail, self->out_head, self->dict };
  const gint32 *delta = (const gint32 *) (const void *) self->delta->data;
  const gint32 *fail = (const gint32 *) (const void *) self->fail->data;
  guint16 *rows = g_new (guint16, MAX (n_dense, 1) * N_SYMBOLS);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) to_state = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) kid_sym = g_array_new (FALSE, FALSE, sizeof (guint8));
  g_autoptr(GArray) kid_to = g_array_new (FALSE, FALSE, sizeof (guint32));

  id[0] = 0;
  for (gsize k = 0; k + 1 < n_states; k++)
    id[queue[k]] = (gint32) k + 1;
  /* in the new order: each row written once, whole; the escapes in the
   * order of their keys */
  for (gsize k = 0; k < n_dense; k++)
    {
      const gint32 *from = &delta[(gsize) (k == 0 ? 0 : queue[k - 1]) * N_SYMBOLS];
      guint16 *to = &rows[k * N_SYMBOLS];

      for (int sym = 0; sym < N_SYMBOLS; sym++)
        {
          guint32 next = (guint32) id[from[sym]], key = (guint32) (k * N_SYMBOLS) + (guint32) sym;

          to[sym] = (guint16) MIN (next, ESCAPED);
          if (next >= ESCAPED)
            {
              g_array_append_val (keys, key);
              g_array_append_val (to_state, next);
            }
        }
    }
  /* the others: a child in the DFA is the child in the trie (after a
   * space, the word-start state that follows it: compile()); the symbol
   * of word starts is never scanned */
  self->sparse = g_new0 (Sparse, MAX (n_sparse, 1));
  for (gsize k = n_dense; k < n_states; k++)
    {
      gint32 old = queue[k - 1];
      Sparse *sp = &self->sparse[k - n_dense];
      guint64 m = kids[old] & ~(G_GUINT64_CONSTANT (1) << SYM_START);

      sp->fail = (guint32) id[fail[old]];
      sp->n_kids = (guint8) __builtin_popcountll (m);
      if (sp->n_kids == 1)
        {
          sp->sym = (guint8) __builtin_ctzll (m);
          sp->to = (guint32) id[delta[(gsize) old * N_SYMBOLS + sp->sym]];
        }
      else
        {
          sp->to = kid_to->len;
          for (; m != 0; m &= m - 1)
            {
              guint8 sym = (guint8) __builtin_ctzll (m);
              guint32 next = (guint32) id[delta[(gsize) old * N_SYMBOLS + sym]];

              g_array_append_val (kid_sym, sym);
              g_array_append_val (kid_to, next);
            }
        }
    }
  self->rows = rows;
  self->n_escapes = keys->len;
  self->escape_keys = (guint32 *) (void *) g_array_free (g_steal_pointer (&keys), FALSE);
  self->escape_to = (guint32 *) (void *) g_array_free (g_steal_pointer (&to_state), FALSE);
  self->kid_sym = (guint8 *) g_array_free (g_steal_pointer (&kid_sym), FALSE);
  self->kid_to = (guint32 *) (void *) g_array_free (g_steal_pointer (&kid_to), FALSE);
  g_clear_pointer (&self->delta, g_array_unref);
  for (int a = 0; a < 3; a++)
    {
      g_autofree gint32 *old = g_memdup2 (per_state[a]->data, n_states * sizeof (gint32));

      /* fail and dict name states (-1: none); out_head names an output */
      for (gsize st = 0; st < n_states; st++)
        g_array_index (per_state[a], gint32, id[st]) =
          per_state[a] == self->out_head || old[st] < 0 ? old[st] : id[old[st]];
    }
  self->start = id[self->start];
}

/* Breadth-first: fail links, dictionary links, and the full DFA. */
void
nc_matcher_compile (NcMatcher *self)
{
  gint32 *delta, *fail, *out_head, *dict;
  const guint64 *kids;
  gsize n_states = self->n_trie;
  g_autofree gint32 *queue = g_new (gint32, n_states);
  g_autofree guint32 *depth = g_new0 (guint32, n_states);
  gsize head = 0, tail = 0;

  g_return_if_fail (!self->compiled);

  g_array_set_size (self->delta, n_states * N_SYMBOLS);   /* (the room left) */
  g_array_set_size (self->out_head, n_states);

  /* (every state but the root gets its fail and dict links below) */
  g_array_set_size (self->fail, n_states);
  g_array_set_size (self->dict, n_states);
  g_array_index (self->dict, gint32, 0) = -1;

  delta = (gint32 *) (void *) self->delta->data;
  fail = (gint32 *) (void *) self->fail->data;
  out_head = (gint32 *) (void *) self->out_head->data;
  dict = (gint32 *) (void *) self->dict->data;
  kids = (const guint64 *) (const void *) self->kids->data;

  fail[0] = 0;
  for (int s = 0; s < N_SYMBOLS; s++)
    {
      gint32 next = delta[s];

      if (next < 0)
        delta[s] = 0;
      else
        {
          fail[next] = 0;
          depth[next] = 1;
          queue[tail++] = next;
        }
    }
  while (head < tail)
    {
      gint32 state = queue[head++];
      gint32 f = fail[state];
      gint32 *row = &delta[(gsize) state * N_SYMBOLS];
      gint32 frow[N_SYMBOLS];

      dict[state] = out_head[f] >= 0 ? f : dict[f];
      memcpy (frow, &delta[(gsize) f * N_SYMBOLS], sizeof frow);
      /* the children (a state has one or two: the bits of kids, in the
       * order of the symbols), then the rest of the row from the fail
       * state's, with no branch */
      for (guint64 m = kids[state]; m != 0; m &= m - 1)
        {
          gint32 next = row[__builtin_ctzll (m)];

          fail[next] = frow[__builtin_ctzll (m)];
          depth[next] = depth[state] + 1;
          queue[tail++] = next;
        }
      for (int s = 0; s < N_SYMBOLS; s += 4)
        {
          /* four at a time (GCC's vectors: -O2 leaves the loop scalar) */
          typedef gint32 V4 __attribute__ ((vector_size (16)));
          V4 r, fr, none;

          memcpy (&r, &row[s], sizeof r);
          memcpy (&fr, &frow[s], sizeof fr);
          none = r < 0;   /* -1 where there is no child */
          r = (r & ~none) | (fr & none);
          memcpy (&row[s], &r, sizeof r);
        }
    }
  /* a separator goes on through the word-start symbol: no pattern ends
   * in a separator, so the state in between never reports */
  for (gsize st = 0; st < n_states; st++)
    {
      gint32 *row = &delta[st * N_SYMBOLS];

      row[SYM_SPACE] = delta[(gsize) row[SYM_SPACE] * N_SYMBOLS + SYM_START];
      row[SYM_STOP] = delta[(gsize) row[SYM_STOP] * N_SYMBOLS + SYM_START];
    }
  self->start = delta[SYM_START];
  g_assert (tail == n_states - 1);
  /* The states up to the dense depth (or less, so that 16 bits name
   * them all) get rows, in three kinds, in this order: no report,
   * reports (its own outputs or its dictionary suffixes'), reports one
   * that may run on; the queue stays breadth first within each (the root
   * reports nothing and stays 0). The deeper ones, which a scan seldom
   * reaches and where it mostly follows one child, go last, breadth
   * first whatever they report, those a row's transition reaches
   * first. Those among them numbered ESCAPED or above are reached from
   * a row by an escape: seldom. */
  {
    const Output *outputs = (const Output *) (const void *) self->outputs->data;
    g_autofree guint8 *kind = g_new0 (guint8, n_states);
    g_autofree gint32 *sorted = g_new (gint32, MAX (tail, 1));
    gsize n = 0, count[3] = { 0, 0, 0 }, *at_depth;
    guint dense_depth = self->dense_depth;

    for (gsize st = 1; st < n_states; st++)
      for (gint32 s = (gint32) st; s > 0; s = dict[s])
        for (gint32 o = out_head[s]; o >= 0; o = outputs[o].next)
          kind[st] = MAX (kind[st], outputs[o].run_on ? 2 : 1);
    /* the states at each depth up to the dense depth, then the rows' */
    at_depth = g_new0 (gsize, dense_depth + 2);
    for (gsize st = 0; st < n_states; st++)
      at_depth[MIN (depth[st], dense_depth + 1)]++;
    for (guint d = 1; d <= dense_depth; d++)
      at_depth[d] += at_depth[d - 1];
    while (dense_depth > 1 && at_depth[dense_depth] > ESCAPED)
      dense_depth--;
    g_free (at_depth);
    for (guint8 k = 0; k < 3; k++)
      for (gsize q = 0; q < tail; q++)
        if (kind[queue[q]] == k && depth[queue[q]] <= dense_depth)
          {
            sorted[n++] = queue[q];
            count[k]++;
          }
    /* (s22-vik) the deeper states a row's transition reaches first: one
     * deeper, and, on a separator, two (the word-start state after it,
     * compile()), so that 16 bits name them and a scan needs no escape
     * (3,900 states more had made 227, and every step of a scan took the
     * escaped table: +1.1% of the checker's instructions) */
    {
      g_autofree guint8 *reached = g_new0 (guint8, n_states);

      for (gsize q = 0; q <= tail; q++)
        {
          gint32 st = q == tail ? 0 : queue[q];
          const gint32 *row = &delta[(gsize) st * N_SYMBOLS];

          if (depth[st] > dense_depth)
            continue;
          for (int sym = 0; sym < N_SYMBOLS; sym++)
            if (row[sym] > 0 && depth[row[sym]] > dense_depth)
              reached[row[sym]] = 1;
        }
      for (int first = 1; first >= 0; first--)
        for (gsize q = 0; q < tail; q++)
          if (depth[queue[q]] > dense_depth && reached[queue[q]] == first)
            sorted[n++] = queue[q];
    }
    g_assert (n == tail);
    self->reports_from = (guint32) (1 + count[0]);
    self->run_on_from = (guint32) (1 + count[0] + count[1]);
    self->n_dense = (guint32) (1 + count[0] + count[1] + count[2]);
    g_assert (self->n_dense <= ESCAPED);
    renumber_breadth_first (self, sorted, kids);
  }
  g_clear_pointer (&self->kids, g_array_unref);
  flatten_outputs (self);
  self->n_states = n_states;
  self->compiled = TRUE;
}

void
nc_matcher_set_dense_depth (NcMatcher *self, guint depth)
{
  g_return_if_fail (!self->compiled);
  g_return_if_fail (depth >= 1);
  self->dense_depth = depth;
}

gsize
nc_matcher_get_n_dense (const NcMatcher *self)
{
  return self->compiled ? self->n_dense : 0;
}

gsize
nc_matcher_get_n_escapes (const NcMatcher *self)
{
  return self->n_escapes;
}

gsize
nc_matcher_get_n_states (const NcMatcher *self)
{
  return self->compiled ? self->n_states : self->n_trie;
}

static inline gboolean
is_separator (gunichar folded)
{
  return folded == NC_NORM_SPACE || folded == NC_NORM_STOP;
}

/* The table a scan steps through: its code is compiled once for each. */
typedef enum {
  TABLE_ROWS,          /* 16-bit rows that name every state */
  TABLE_ROWS_ESCAPED,  /* 16-bit rows and their escapes */
} Table;

/* A place where some pattern ends: the char and the state reached there. */
typedef struct {
  guint32 i;
  guint32 state;
} Event;

/* A scan through a stretch of the text, with copies of what it reads of
 * the matcher (the compiler keeps them in registers: it may not assume
 * that the events it writes leave the matcher's fields unchanged). */
typedef struct {
  const NcMatcher *matcher; /* (its escapes, its states' children) */
  const guint16 *rows;      /* the 16-bit DFA of the shallow states */
  const Sparse  *sparse;    /* the others */
  guint32        n_dense;
  guint32        reports_from, run_on_from;
  guint32        state;
  guint32        last;      /* the state of the last step, whose event is
                             * ev[n], or 0 (the root reports nothing) */
  gsize          n;         /* the events that count */
  Event         *ev;
} Lane;

static inline Lane
lane_new (const NcMatcher *self, Event *ev)
{
  Lane lane = { self, self->rows, self->sparse, self->n_dense,
                self->reports_from, self->run_on_from, (guint32) self->start, 0, 0, ev };

  return lane;
}

/* Whether the event of the last step counts: a pattern ends there that
 * may run on, or one that may not and the next char @separates words
 * (the kinds of state are ranges of numbers, those that may run on
 * within those that report: nc_matcher_compile(); the states without
 * rows come after them and count always, report() tells). */
static inline gsize
lane_counts (const Lane *lane, gboolean separates)
{
  return lane->last >= (separates ? lane->reports_from : lane->run_on_from);
}

/* The state a 16-bit row's ESCAPED at @key (state * N_SYMBOLS + symbol)
 * goes to. */
static __attribute__ ((noinline)) guint32
escaped_state (const NcMatcher *self, guint32 key)
{
  gsize lo = 0, hi = self->n_escapes;

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (self->escape_keys[mid] < key)
        lo = mid + 1;
      else
        hi = mid;
    }
  g_assert (lo < self->n_escapes && self->escape_keys[lo] == key);
  return self->escape_to[lo];
}

/* Where state @state (without a row) goes on @sym: its child, else where
 * its fail state goes (shallower: a row at last). */
static inline __attribute__ ((always_inline)) guint32
sparse_step (const Lane *lane, guint32 state, int sym, Table table)
{
  const NcMatcher *self = lane->matcher;
  gsize k;
  guint32 next;

  do
    {
      const Sparse *sp = &lane->sparse[state - lane->n_dense];

      if (sp->n_kids == 1)
        {
          if (sp->sym == sym)
            return sp->to;
        }
      else
        for (guint32 c = sp->to; c < sp->to + sp->n_kids; c++)
          if (self->kid_sym[c] == sym)
            return self->kid_to[c];
      state = sp->fail;
    }
  while (state >= lane->n_dense);
  k = (gsize) state * N_SYMBOLS + (gsize) sym;
  next = lane->rows[k];
  if (table == TABLE_ROWS_ESCAPED && G_UNLIKELY (next == ESCAPED))
    next = escaped_state (self, (guint32) k);
  return next;
}

/* One step of @lane, to char @i (symbol @sym). Every step writes its
 * event, and only the ones that count move on: a branch on it would be
 * guessed wrong at every report. The 16-bit rows of the shallow states
 * (half the cache lines of 32-bit ones, which matters more than the
 * multiplication by N_SYMBOLS; an escape, to a deeper state, is seldom
 * taken), the children of the deeper ones (seldom reached: a row for
 * each made the table too big for the caches). */
static inline __attribute__ ((always_inline)) void
lane_step (Lane *lane, gsize i, int sym, Table table)
{
  gsize k = (gsize) lane->state * N_SYMBOLS + (gsize) sym;
  guint32 next;
  Event *e;

  lane->n += lane_counts (lane, sym == SYM_SPACE || sym == SYM_STOP);
  if (G_UNLIKELY (lane->state >= lane->n_dense))
    next = sparse_step (lane, lane->state, sym, table);
  else
    {
      next = lane->rows[k];
      if (table == TABLE_ROWS_ESCAPED && G_UNLIKELY (next == ESCAPED))
        next = escaped_state (lane->matcher, (guint32) k);
    }
  lane->state = lane->last = next;
  e = &lane->ev[lane->n];
  e->i = (guint32) i;
  e->state = lane->state;
}

/* Scans chars [@from, @to) of @n_chars; the events go to lane->ev (room
 * for to - from). */
static inline __attribute__ ((always_inline)) void
lane_scan (Lane *lane, const NcNormChar *chars, gsize n_chars,
           gsize from, gsize to, Table table)
{
  for (gsize i = from; i < to; i++)
    lane_step (lane, i, symbol_of (chars[i].folded), table);
  lane->n += lane_counts (lane, to >= n_chars || is_separator (chars[to].folded));
  lane->last = 0;
}

/* Where a second scan may start: a word's start near the middle of a long
 * text, or @n_chars. */
static gsize
second_start (const NcNormChar *chars, gsize n_chars)
{
  if (n_chars < 64)
    return n_chars;
  for (gsize i = n_chars / 2; i < n_chars; i++)
    if (is_separator (chars[i - 1].folded) && !is_separator (chars[i].folded))
      return i;
  return n_chars;
}

/* Two halves of the text scanned side by side (each step waits for the
 * one before it, a load from a table too big for the first-level cache):
 * the second from the start state at a word's start, as if nothing began
 * before it. When the first does not end in the start state (a pattern
 * may span the halves), it goes on through the second half instead and
 * the second lane's events do not count (*@second_n set to 0). */
static inline __attribute__ ((always_inline)) void
scan_halves (const NcMatcher *self, const NcNormChar *chars, gsize n_chars, gsize half,
             Table table, Event *ev, gsize *first_n, gsize *second_n)
{
  guint32 start = (guint32) self->start;
  Lane first = lane_new (self, ev), second = lane_new (self, ev + half);
  gsize i = 0, j = half;

  for (; i < half && j < n_chars; i++, j++)
    {
      lane_step (&first, i, symbol_of (chars[i].folded), table);
      lane_step (&second, j, symbol_of (chars[j].folded), table);
    }
  lane_scan (&first, chars, n_chars, i, half, table);
  if (first.state != start)
    {
      lane_scan (&first, chars, n_chars, half, n_chars, table);
      second.n = 0;
    }
  else
    lane_scan (&second, chars, n_chars, j, n_chars, table);
  *first_n = first.n;
  *second_n = second.n;
}

/* The matches of an event: a pattern that may not run on must end at a
 * word's end; none of a group in @skip. */
static inline __attribute__ ((always_inline)) void
report (const NcMatcher *self, const Event *e, const NcNormChar *chars, gsize n_chars,
        guint skip, NcMatchFunc func, gpointer user_data)
{
  guint32 from = self->first[e->state], to = self->first[e->state + 1] & FIRST_INDEX;
  gboolean at_end;

  if (((from >> FIRST_GROUPS_SHIFT) & ~skip) == 0)
    return;   /* (every report here is of a group left out: a Vietnamese
               * word under an English hint) */
  at_end = e->i + 1 >= n_chars || is_separator (chars[e->i + 1].folded);
  for (guint32 k = from & FIRST_INDEX; k < to; k++)
    if ((at_end || self->flat[k].run_on) && !(skip >> self->flat[k].group & 1))
      func (self->flat[k].pattern_id, e->i + 1 - self->flat[k].length, e->i + 1, user_data);
}

static void
free_events_cb (gpointer data)
{
  g_array_unref (data);
}

static inline __attribute__ ((always_inline)) void
scan_impl (const NcMatcher  *self,
           const NcNormChar *chars,
           gsize             n_chars,
           guint             skip,
           NcMatchFunc       func,
           gpointer          user_data,
           Table             table)
{
  static GPrivate events_key = G_PRIVATE_INIT (free_events_cb);
  GArray *events = g_private_get (&events_key);
  gsize half = second_start (chars, n_chars), n_ev1, n_ev2 = 0;
  Event *ev;

  if (events == NULL)
    {
      events = g_array_new (FALSE, FALSE, sizeof (Event));
      g_private_set (&events_key, events);
    }
  g_array_set_size (events, MAX (n_chars, 1));
  ev = (Event *) (void *) events->data;
  if (half < n_chars)
    scan_halves (self, chars, n_chars, half, table, ev, &n_ev1, &n_ev2);
  else
    {
      Lane lane = lane_new (self, ev);

      lane_scan (&lane, chars, n_chars, 0, n_chars, table);
      n_ev1 = lane.n;
    }
  for (gsize k = 0; k < n_ev1; k++)
    report (self, &ev[k], chars, n_chars, skip, func, user_data);
  for (gsize k = 0; k < n_ev2; k++)
    report (self, &ev[half + k], chars, n_chars, skip, func, user_data);
  if (events->len > 65536)
    g_private_replace (&events_key, NULL);   /* big buffers are not kept */
}

void
nc_matcher_scan (const NcMatcher  *self,
                 const NcNormChar *chars,
                 gsize             n_chars,
                 NcMatchFunc       func,
                 gpointer          user_data)
{
  nc_matcher_scan_groups (self, chars, n_chars, 0, func, user_data);
}

void
nc_matcher_scan_groups (const NcMatcher  *self,
                        const NcNormChar *chars,
                        gsize             n_chars,
                        guint             skip,
                        NcMatchFunc       func,
                        gpointer          user_data)
{
  g_return_if_fail (self->compiled);
  if (self->n_escapes == 0)
    scan_impl (self, chars, n_chars, skip, func, user_data, TABLE_ROWS);
  else
    scan_impl (self, chars, n_chars, skip, func, user_data, TABLE_ROWS_ESCAPED);
}
