/* nc-matcher.c — Aho-Corasick automaton over normalized text */
#include "config.h"

#include <string.h>

#include "nc-matcher.h"

#define N_SYMBOLS 38  /* 0 other, 1-26 a-z, 27-36 0-9, 37 space */

typedef struct {
  guint32 pattern_id;
  guint32 length;
  gint32  next;      /* next output of the same state, or -1 */
} Output;

struct _NcMatcher
{
  GArray  *delta;     /* gint32[N_SYMBOLS] per state */
  GArray  *fail;      /* gint32 per state */
  GArray  *out_head;  /* gint32 per state: first Output, or -1 */
  GArray  *dict;      /* gint32 per state: nearest suffix state with output */
  GArray  *outputs;   /* Output */
  guint16 *delta16;   /* the compiled DFA, when the states fit in 16 bits */
  gboolean compiled;
};

static inline int
symbol_of (gunichar c)
{
  if (c >= 'a' && c <= 'z')
    return 1 + (int) (c - 'a');
  if (c >= '0' && c <= '9')
    return 27 + (int) (c - '0');
  if (c == ' ')
    return 37;
  return 0;
}

static gint32
add_state (NcMatcher *self)
{
  gint32 row[N_SYMBOLS];
  gint32 minus = -1;

  for (int i = 0; i < N_SYMBOLS; i++)
    row[i] = -1;
  g_array_append_vals (self->delta, row, N_SYMBOLS);
  g_array_append_val (self->fail, minus);
  g_array_append_val (self->out_head, minus);
  g_array_append_val (self->dict, minus);
  return (gint32) self->fail->len - 1;
}

NcMatcher *
nc_matcher_new (void)
{
  NcMatcher *self = g_new0 (NcMatcher, 1);

  self->delta = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->fail = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->out_head = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->dict = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->outputs = g_array_new (FALSE, FALSE, sizeof (Output));
  add_state (self);
  return self;
}

void
nc_matcher_free (NcMatcher *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->delta);
  g_array_unref (self->fail);
  g_array_unref (self->out_head);
  g_array_unref (self->dict);
  g_array_unref (self->outputs);
  g_free (self->delta16);
  g_free (self);
}

gboolean
nc_matcher_add (NcMatcher      *self,
                const gunichar *folded,
                gsize           len,
                guint32         pattern_id)
{
  gint32 state = 0;
  Output o;

  g_return_val_if_fail (!self->compiled, FALSE);

  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (symbol_of (folded[i]) == 0)
      return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      int sym = symbol_of (folded[i]);
      gint32 next = g_array_index (self->delta, gint32, (gsize) state * N_SYMBOLS + sym);

      if (next < 0)
        {
          next = add_state (self);
          g_array_index (self->delta, gint32, (gsize) state * N_SYMBOLS + sym) = next;
        }
      state = next;
    }
  o.pattern_id = pattern_id;
  o.length = (guint32) len;
  o.next = g_array_index (self->out_head, gint32, state);
  g_array_append_val (self->outputs, o);
  g_array_index (self->out_head, gint32, state) = (gint32) self->outputs->len - 1;
  return TRUE;
}

/* Breadth-first: fail links, dictionary links, and the full DFA. */
void
nc_matcher_compile (NcMatcher *self)
{
  gint32 *delta, *fail, *out_head, *dict;
  gsize n_states = self->fail->len;
  g_autofree gint32 *queue = g_new (gint32, n_states);
  gsize head = 0, tail = 0;

  g_return_if_fail (!self->compiled);

  delta = (gint32 *) (void *) self->delta->data;
  fail = (gint32 *) (void *) self->fail->data;
  out_head = (gint32 *) (void *) self->out_head->data;
  dict = (gint32 *) (void *) self->dict->data;

  fail[0] = 0;
  for (int s = 0; s < N_SYMBOLS; s++)
    {
      gint32 next = delta[s];

      if (next < 0)
        delta[s] = 0;
      else
        {
          fail[next] = 0;
          queue[tail++] = next;
        }
    }
  while (head < tail)
    {
      gint32 state = queue[head++];
      gint32 f = fail[state];

      dict[state] = out_head[f] >= 0 ? f : dict[f];
      for (int s = 0; s < N_SYMBOLS; s++)
        {
          gint32 next = delta[(gsize) state * N_SYMBOLS + s];

          if (next < 0)
            delta[(gsize) state * N_SYMBOLS + s] = delta[(gsize) f * N_SYMBOLS + s];
          else
            {
              fail[next] = delta[(gsize) f * N_SYMBOLS + s];
              queue[tail++] = next;
            }
        }
    }
  if (n_states < G_MAXUINT16)
    {
      self->delta16 = g_new (guint16, n_states * N_SYMBOLS);
      for (gsize i = 0; i < n_states * N_SYMBOLS; i++)
        self->delta16[i] = (guint16) delta[i];
    }
  self->compiled = TRUE;
}

gsize
nc_matcher_get_n_states (const NcMatcher *self)
{
  return self->fail->len;
}

void
nc_matcher_scan (const NcMatcher  *self,
                 const NcNormChar *chars,
                 gsize             n_chars,
                 NcMatchFunc       func,
                 gpointer          user_data)
{
  const gint32 *delta = (const gint32 *) (const void *) self->delta->data;
  const gint32 *out_head = (const gint32 *) (const void *) self->out_head->data;
  const gint32 *dict = (const gint32 *) (const void *) self->dict->data;
  const Output *outputs = (const Output *) (const void *) self->outputs->data;
  gint32 state = 0;

  g_return_if_fail (self->compiled);

  for (gsize i = 0; i < n_chars; i++)
    {
      gint32 s;

      if (self->delta16 != NULL)
        state = self->delta16[(gsize) state * N_SYMBOLS + symbol_of (chars[i].folded)];
      else
        state = delta[(gsize) state * N_SYMBOLS + symbol_of (chars[i].folded)];
      for (s = state; s > 0; s = dict[s])
        for (gint32 o = out_head[s]; o >= 0; o = outputs[o].next)
          func (outputs[o].pattern_id, i + 1 - outputs[o].length, i + 1, user_data);
    }
}
