/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-tone-restorer.c — the marks of Vietnamese typed without them, restored
 * syllable by syllable (see nc-tone-restorer.h for the contract; the file
 * format is written by checker-training/learn-restorer.py) */
#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "nc-tone-restorer.h"

#define MAX_CANDS 8
#define MAX_SYLLABLE 8          /* letters: longer runs are no syllable */
#define BACKOFF (-0.9162907f)   /* log 0.4: a pair the model has no bonus for */
#define CLAUSE_START 0xffffu

typedef struct {
  guint32 name;    /* offset in the fold blob */
  guint16 first;   /* its first syllable */
  guint8  count, pad;
} FoldRec;

typedef struct {
  guint32 name;    /* offset in the syllable blob */
  gint16  logp;    /* log P(syllable | fold) / scale */
  gint16  pad;
} SyllRec;

struct _NcToneRestorer
{
  GBytes        *data;
  const FoldRec *folds;
  const SyllRec *sylls;
  const char    *fold_blob, *syll_blob;
  guint32        n_folds, n_sylls;
  float          syll_scale;
  /* the pairs, as an open-addressing table built at load */
  guint32       *keys;    /* G_MAXUINT32: empty */
  float         *bonus;
  guint32        mask;
};

static guint32
pair_hash (guint32 key)
{
  key ^= key >> 16;
  key *= 0x7feb352dU;
  key ^= key >> 15;
  key *= 0x846ca68bU;
  return key ^ (key >> 16);
}

static float
pair_bonus (const NcToneRestorer *self, guint32 a, guint32 b)
{
  guint32 key = a << 16 | b;

  for (guint32 i = pair_hash (key) & self->mask;; i = (i + 1) & self->mask)
    {
      if (self->keys[i] == key)
        return self->bonus[i];
      if (self->keys[i] == G_MAXUINT32)
        return 0;
    }
}

void
nc_tone_restorer_free (NcToneRestorer *self)
{
  if (self == NULL)
    return;
  g_bytes_unref (self->data);
  g_free (self->keys);
  g_free (self->bonus);
  g_free (self);
}

static gboolean
bad (GError **error, const char *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "vi-restore.bin: %s", what);
  return FALSE;
}

static gboolean
parse (NcToneRestorer *self, GError **error)
{
  gsize size;
  const guint8 *p = g_bytes_get_data (self->data, &size);
  guint32 head[7], n_pairs, fold_len, syll_len;
  float pair_scale;
  gsize need;
  const guint32 *keys;
  const gint8 *vals;

  if (size < 32 || memcmp (p, "NCR1", 4) != 0)
    return bad (error, "not an NCR1 model");
  memcpy (head, p + 4, sizeof head);
  self->n_folds = GUINT32_FROM_LE (head[0]);
  self->n_sylls = GUINT32_FROM_LE (head[1]);
  n_pairs = GUINT32_FROM_LE (head[2]);
  memcpy (&self->syll_scale, p + 16, 4);
  memcpy (&pair_scale, p + 20, 4);
  fold_len = GUINT32_FROM_LE (head[5]);
  syll_len = GUINT32_FROM_LE (head[6]);
  if (self->n_folds > 0xffff || self->n_sylls >= 0xffff || n_pairs > (1u << 24) ||
      fold_len > size || syll_len > size)
    return bad (error, "bad header");
  need = 32 + (gsize) self->n_folds * 8 + (gsize) self->n_sylls * 8 + (gsize) n_pairs * 4 +
         ((n_pairs + 3) & ~3u) + fold_len + syll_len;
  if (need != size || ((guintptr) p & 3) != 0)
    return bad (error, "bad size");
  self->folds = (const FoldRec *) (const void *) (p + 32);
  self->sylls = (const SyllRec *) (const void *) (p + 32 + self->n_folds * 8);
  keys = (const guint32 *) (const void *) (p + 32 + self->n_folds * 8 + self->n_sylls * 8);
  vals = (const gint8 *) (keys + n_pairs);
  self->fold_blob = (const char *) vals + ((n_pairs + 3) & ~3u);
  self->syll_blob = self->fold_blob + fold_len;
  if ((fold_len > 0 && self->fold_blob[fold_len - 1] != '\0') ||
      (syll_len > 0 && self->syll_blob[syll_len - 1] != '\0'))
    return bad (error, "bad strings");
  for (guint32 i = 0; i < self->n_folds; i++)
    {
      const FoldRec *f = &self->folds[i];

      if (GUINT32_FROM_LE (f->name) >= fold_len || f->count == 0 || f->count > MAX_CANDS ||
          (guint32) GUINT16_FROM_LE (f->first) + f->count > self->n_sylls ||
          (i > 0 && strcmp (self->fold_blob + GUINT32_FROM_LE (self->folds[i - 1].name),
                            self->fold_blob + GUINT32_FROM_LE (f->name)) >= 0))
        return bad (error, "bad folds");
    }
  for (guint32 i = 0; i < self->n_sylls; i++)
    if (GUINT32_FROM_LE (self->sylls[i].name) >= syll_len)
      return bad (error, "bad syllables");

  /* the pairs' table: at most half full */
  self->mask = 1;
  while (self->mask < n_pairs * 2 + 2)
    self->mask <<= 1;
  self->keys = g_new (guint32, self->mask);
  self->bonus = g_new (float, self->mask);
  memset (self->keys, 0xff, self->mask * sizeof (guint32));
  self->mask--;
  for (guint32 k = 0; k < n_pairs; k++)
    {
      guint32 key = GUINT32_FROM_LE (keys[k]), i;

      if ((key & 0xffff) >= self->n_sylls || ((key >> 16) >= self->n_sylls && (key >> 16) != CLAUSE_START))
        return bad (error, "bad pairs");
      for (i = pair_hash (key) & self->mask; self->keys[i] != G_MAXUINT32 && self->keys[i] != key;
           i = (i + 1) & self->mask)
        ;
      self->keys[i] = key;
      self->bonus[i] = vals[k] * pair_scale;
    }
  return TRUE;
}

NcToneRestorer *
nc_tone_restorer_new (GBytes *data, GError **error)
{
  g_autoptr(NcToneRestorer) self = g_new0 (NcToneRestorer, 1);

  self->data = g_bytes_ref (data);
  if (!parse (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* The fold @w (lower case, NUL-terminated), or -1 */
static gint
find_fold (const NcToneRestorer *self, const char *w)
{
  gint lo = 0, hi = (gint) self->n_folds - 1;

  while (lo <= hi)
    {
      gint mid = (lo + hi) / 2;
      int c = strcmp (self->fold_blob + GUINT32_FROM_LE (self->folds[mid].name), w);

      if (c == 0)
        return mid;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid - 1;
    }
  return -1;
}

/* A syllable of a clause: where it is and its readings */
typedef struct {
  gsize   byte_start, byte_end;
  guint32 cp_start;
  guint16 first;
  guint8  count;
  float   f[MAX_CANDS], g[MAX_CANDS];   /* Viterbi forward and backward */
} Syl;

/* Decodes the clause @s[0..@n) and writes each syllable's best reading
 * into it (Syl.first, Syl.count 1 when it changes a letter, else 0) */
static void
decode (const NcToneRestorer *self, Syl *s, gsize n, GArray *words)
{
  if (n == 0)
    return;
  for (gsize i = 0; i < n; i++)
    for (guint c = 0; c < s[i].count; c++)
      {
        guint32 id = s[i].first + c;
        float lp = GINT16_FROM_LE (self->sylls[id].logp) * self->syll_scale + BACKOFF, best;

        if (i == 0)
          best = pair_bonus (self, CLAUSE_START, id);
        else
          {
            best = -G_MAXFLOAT;
            for (guint p = 0; p < s[i - 1].count; p++)
              best = MAX (best, s[i - 1].f[p] + pair_bonus (self, s[i - 1].first + p, id));
          }
        s[i].f[c] = best + lp;
      }
  for (gsize i = n; i-- > 0;)
    for (guint c = 0; c < s[i].count; c++)
      {
        float best = 0;

        if (i + 1 < n)
          {
            best = -G_MAXFLOAT;
            for (guint x = 0; x < s[i + 1].count; x++)
              {
                guint32 id = s[i + 1].first + x;
                float lp = GINT16_FROM_LE (self->sylls[id].logp) * self->syll_scale + BACKOFF;

                best = MAX (best, lp + pair_bonus (self, s[i].first + c, id) + s[i + 1].g[x]);
              }
          }
        s[i].g[c] = best;
      }
  for (gsize i = 0; i < n; i++)
    {
      float top = -G_MAXFLOAT, second = -G_MAXFLOAT;
      guint best = 0;
      const char *r;
      NcRestoredWord w;

      for (guint c = 0; c < s[i].count; c++)
        {
          float v = s[i].f[c] + s[i].g[c];

          if (v > top)
            {
              second = top;
              top = v;
              best = c;
            }
          else if (v > second)
            second = v;
        }
      r = self->syll_blob + GUINT32_FROM_LE (self->sylls[s[i].first + best].name);
      w.cp_start = s[i].cp_start;
      w.cp_end = s[i].cp_start + (guint32) (s[i].byte_end - s[i].byte_start);
      w.margin = s[i].count == 1 ? G_MAXFLOAT : top - second;
      /* changed: the reading has a letter with marks (it folds to the
       * syllable, so it has as many letters: checked, against a broken
       * file) */
      w.changed = strlen (r) != s[i].byte_end - s[i].byte_start &&
                  (gsize) g_utf8_strlen (r, -1) == s[i].byte_end - s[i].byte_start;
      s[i].first += best;   /* (the reading chosen, for the writer) */
      s[i].count = w.changed ? 1 : 0;
      if (words != NULL)
        g_array_append_val (words, w);
    }
}

/* Whether byte @c next to a word of ASCII letters leaves it a syllable
 * (not "abc123", not the "c" of "đc") */
static inline gboolean
bounds_syllable (guchar c)
{
  return c < 0x80 && !g_ascii_isdigit (c) && c != '_';
}

char *
nc_tone_restorer_restore (const NcToneRestorer *self,
                          const char           *text,
                          gsize                 n,
                          GArray               *words)
{
  g_autoptr(GArray) syls = NULL;
  GString *out;
  gsize i = 0, clause = 0, copied = 0;
  guint32 cp = 0;
  gboolean any = FALSE;

  g_return_val_if_fail (self != NULL && (text != NULL || n == 0), NULL);

  syls = g_array_sized_new (FALSE, FALSE, sizeof (Syl), MIN (n / 3 + 1, 4096));
  /* the syllables, decoded clause by clause */
  while (i < n)
    {
      guchar c = (guchar) text[i];

      if (g_ascii_isalpha (c))
        {
          gsize j = i;
          gint f = -1;

          while (j < n && g_ascii_isalpha (text[j]))
            j++;
          if (j - i <= MAX_SYLLABLE && (j == n || bounds_syllable (text[j])) &&
              (i == 0 || bounds_syllable (text[i - 1])))
            {
              char w[MAX_SYLLABLE + 1];

              for (gsize k = i; k < j; k++)
                w[k - i] = g_ascii_tolower (text[k]);
              w[j - i] = '\0';
              f = find_fold (self, w);
            }
          if (f >= 0)
            {
              Syl s = { i, j, cp, GUINT16_FROM_LE (self->folds[f].first), self->folds[f].count, { 0 }, { 0 } };

              g_array_append_val (syls, s);
            }
          else if (syls->len > clause)
            {
              /* a word the model does not know ends the clause */
              decode (self, &g_array_index (syls, Syl, clause), syls->len - clause, words);
              clause = syls->len;
            }
          cp += (guint32) (j - i);
          i = j;
          continue;
        }
      if (c != ' ' && syls->len > clause)
        {
          /* punctuation, digits, another letter, an emoji: the clause ends */
          decode (self, &g_array_index (syls, Syl, clause), syls->len - clause, words);
          clause = syls->len;
        }
      i = c < 0x80 ? i + 1 : (gsize) (g_utf8_next_char (text + i) - text);
      cp++;
    }
  if (syls->len > clause)
    decode (self, &g_array_index (syls, Syl, clause), syls->len - clause, words);

  for (guint k = 0; k < syls->len && !any; k++)
    any = g_array_index (syls, Syl, k).count == 1;
  if (!any)
    return NULL;

  /* the text, each syllable changed written with its reading */
  out = g_string_sized_new (n + n / 2 + 1);
  for (guint k = 0; k < syls->len; k++)
    {
      const Syl *s = &g_array_index (syls, Syl, k);
      const char *o = text + s->byte_start;

      if (s->count != 1)
        continue;
      g_string_append_len (out, text + copied, (gssize) (s->byte_start - copied));
      for (const char *q = self->syll_blob + GUINT32_FROM_LE (self->sylls[s->first].name); *q;
           q = g_utf8_next_char (q), o++)
        {
          gunichar u = g_utf8_get_char (q);

          g_string_append_unichar (out, g_ascii_isupper (*o) ? g_unichar_toupper (u) : u);
        }
      copied = s->byte_end;
    }
  g_string_append_len (out, text + copied, (gssize) (n - copied));
  return g_string_free (out, FALSE);
}
