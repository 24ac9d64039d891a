/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-offence-model.c — a small statistical model for offensive drafts
 *
 * Logistic regression over hashed features of the normalized text: each
 * word as typed (marks kept), each word folded, pairs of neighbouring
 * folded words, and character trigrams of each folded word. Trained by
 * checker-training/train-checker-model.py, one model a language: on ViHOS
 * train (MIT) and the Vietnamese tuning sets for
 * resources/lexicon/vi-model.bin, on the English tuning sets for
 * en-model.bin. Both files:
 *   "NCM4" or "NCM5", u32 n_buckets (a power of two), f32 bias,
 *   f32 threshold, f32 span_threshold, f32 sentence_threshold,
 *   f32 scale, u32 0 (so that the weights start at byte 32),
 *   i16 q[n_buckets]   (little endian; a bucket weighs q * scale)
 * "NCM5" is to "NCM4" what "NCM3" is to "NCM2" (see below); "NCM6" is
 * "NCM5" with the role features (below). The 16-bit
 * weights are read in place, without a copy, on a little-endian host
 * (GResource data is aligned); elsewhere they are copied once, swapped.
 * The older "NCM2"/"NCM3" (f32 weights[n_buckets] from byte 24) still
 * load: they are quantized at load the way train-checker-model.py
 * writes "NCM4"/"NCM5" (scale = max |w| / 32767 and q = lrintf (w /
 * scale), both in f32), so that the two formats of a model score every
 * draft the same, bit for bit (checker-training/convert-model-i16.py
 * turns the one into the other).
 * The feature code here and in the training script must stay the same.
 *
 * An "NCM3"/"NCM5" model (vi-model.bin) has more features: for each word of a
 * draft typed without marks, its folded form under a tag of its own, so
 * that a toneless word ("m", "cac") weighs what it weighs in toneless
 * drafts (the toneless copies of the everyday text among them), not only
 * what its folded form weighs beside marked words; and those of the draft
 * as a whole (draft_weight()). The words of such a draft typed without
 * marks are marked only from the score its whole-draft warning needs.
 *
 * A common word typed with its tone marks counts by its typed form alone.
 *
 * Spans: a word is marked only when its own weight (with half of each
 * pair it is in) reaches span_threshold, i.e. when the words carry the
 * offence, and never when it is a common word of the language
 * (resources/lexicon/{vi,en}-common.txt). A draft whose score is high while no
 * word carries it gets one span-less finding about the whole draft, and
 * only above sentence_threshold (or, for a draft typed without marks, the
 * threshold the checker sets for it; short forms such as "k" for
 * "không" bring marks that were not typed).
 *
 * An "NCM6" model (nineteenth round, s19-vimodel) also reads who is
 * aimed at: a word that names someone (role_code(): "mày", "m" the one
 * spoken to, "bạn", "cậu" politely, "thằng", "nó" the one spoken of,
 * "tao", "mình" the writer) puts each of the ROLE_SCOPE words after it in
 * the same clause under its role, and such a word weighs, besides its
 * own features, "r" + its folded form + "|" + the role's letter ("ngu|2"
 * of "mày đúng là ngu"). A naming word itself is never marked on its
 * own weight: who is named is not what is said of them ("mày" of "mày
 * ngủ say như chết"). An "NCM7" model (twentieth round, s20-enmodel) is
 * an "NCM4" one (English) with the same role features, from the English
 * naming words of en_role_words[] ("you", "ur" the one spoken to, "he",
 * "they" the one spoken of, "go" an order, "nobody" exclusion, "if" a
 * condition, "i", "imma" the writer; as the normalizer writes them:
 * "y'all" is "yal", "i'll" "il"). Any other magic is refused.
 *
 * The same file format holds the Vietnamese span tagger (vi-spans.bin):
 * a word's own weight with both its pairs' says whether the word lies in
 * an offensive span; nc-checker.c asks it only inside a draft already
 * judged offensive (nc_offence_model_tag_words()).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "nc-checker-private.h"

/* The finding about a whole draft (see nc_checker_list_messages()). */
const char nc_offence_model_sentence_message[] =
  N_("This message may sound hurtful as a whole, even if no single word is the problem. Read it again as the one who will get it.");

#define N_DRAFT_BINS 9
#define N_ROLE_WORDS 40
#define ROLE_SCOPE 3

struct _NcOffenceModel
{
  GBytes      *data;
  const gint16 *weights;  /* weight = q * scale: in @data, or @copy */
  gint16      *copy;      /* NULL when the weights are read in place */
  float        scale;
  guint32      mask;
  float        bias;
  float        threshold;
  float        span_threshold;
  float        sentence_threshold;
  float        unmarked_sentence_threshold;   /* for a draft typed without marks */
  /* the span tagger's threshold and span_threshold as scores (p >= t is
   * z >= log (t / (1 - t))), reckoned at load */
  double       alone_score;
  double       beside_score;
  gboolean     ncm3;                          /* "NCM3", "NCM5" or "NCM6": see above */
  gboolean     roles;                         /* "NCM6", "NCM7": the role features */
  guint        role_scope;                    /* ROLE_SCOPE, or an "NCM7" file's byte 28 */
  gboolean     role_rare;                     /* "NCM7": not for a common word (byte 29) */
  /* the naming words' 'w' hashes and their roles (role_code()): with
   * marks, or in a draft typed without marks */
  guint32      role_hash[N_ROLE_WORDS];
  char         role_letter[N_ROLE_WORDS];
  guint        n_role_marked, n_role_words;
  guint64      role_filter;                   /* a bit a hash's top six bits */
  GArray      *common;    /* guint32 'w' hashes of common words */
  /* the same as a set (open addressing, linear probing, 0 free; at most
   * half full): is_common() is asked for most words of every draft */
  guint32     *common_set;
  guint32      common_mask;
  guint        common_shift;
  gboolean     common_zero;   /* whether the hash 0 is a common word's */
  /* the draft's own features (draft_weight()), a bin of its length: the
   * length's weight, and those of "toneless" and of the two together */
  gint32       draft_length[N_DRAFT_BINS];
  gint32       draft_toneless[N_DRAFT_BINS];
};

#define HEADER_F32 24   /* "NCM2", "NCM3" */
#define HEADER_I16 32   /* "NCM4", "NCM5" */

static void draft_weights_init (NcOffenceModel *self);
static void roles_init (NcOffenceModel *self, gboolean english, guint dropped);

static float
read_f32_le (const guint8 *p)
{
  guint32 u;
  float f;

  memcpy (&u, p, 4);
  u = GUINT32_FROM_LE (u);
  memcpy (&f, &u, 4);
  return f;
}

/* The quantization of f32 weights (an "NCM2"/"NCM3" file), into
 * self->copy: the same q and scale as train-checker-model.py's quantize()
 * writes into an "NCM4"/"NCM5" file. */
static void
quantize_f32 (NcOffenceModel *self, const guint8 *w, guint32 n)
{
  float max = 0;

  for (guint32 i = 0; i < n; i++)
    max = MAX (max, fabsf (read_f32_le (w + 4 * (gsize) i)));
  self->scale = max > 0 ? max / 32767.0f : 1.0f;
  self->copy = g_new (gint16, n);
  for (guint32 i = 0; i < n; i++)
    self->copy[i] = (gint16) lrintf (read_f32_le (w + 4 * (gsize) i) / self->scale);
  self->weights = self->copy;
}

NcOffenceModel *
nc_offence_model_new (GBytes *data, GError **error)
{
  gsize len, header, expected;
  const guint8 *p = g_bytes_get_data (data, &len);
  NcOffenceModel *self;
  gboolean f32;
  guint32 n;

  if (len < 4 || p[0] != 'N' || p[1] != 'C' || p[2] != 'M' || p[3] < '2' || p[3] > '7')
    {
      g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                   "A model file of the checker is malformed: not \"NCM2\" to \"NCM7\" (%" G_GSIZE_FORMAT
                   " bytes)", len);
      return NULL;
    }
  f32 = p[3] <= '3';
  header = f32 ? HEADER_F32 : HEADER_I16;
  if (len < header)
    {
      g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                   "A model file of the checker is malformed: %" G_GSIZE_FORMAT
                   " bytes, shorter than its header (%" G_GSIZE_FORMAT ")", len, header);
      return NULL;
    }
  memcpy (&n, p + 4, 4);
  n = GUINT32_FROM_LE (n);
  if (n == 0 || (n & (n - 1)) != 0 || n > (G_MAXSIZE - header) / 4)
    {
      g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                   "A model file of the checker is malformed: %u buckets, not a power of two", n);
      return NULL;
    }
  expected = header + (gsize) n * (f32 ? 4 : 2);
  if (len != expected)
    {
      g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                   "A model file of the checker is malformed: %" G_GSIZE_FORMAT " bytes, %" G_GSIZE_FORMAT
                   " expected for %u buckets", len, expected, n);
      return NULL;
    }
  if (!f32)
    {
      float scale = read_f32_le (p + 24);
      guint32 zero;

      memcpy (&zero, p + 28, 4);
      /* ("NCM7": byte 28 the role scope, 1 to 8, byte 29 1 when common
       * words have no role feature, byte 30 the roles left out, a bit
       * each, as en_role_words[]) */
      if (p[3] == '7')
        zero = (p[28] >= 1 && p[28] <= 8 && p[29] <= 1 && p[30] < 64) ? p[31] : 1;
      if (!(scale > 0) || isinf (scale) || zero != 0)
        {
          g_set_error (error, NC_CHECKER_ERROR, NC_CHECKER_ERROR_LEXICON,
                       "A model file of the checker is malformed: its scale (%g) is not a positive number, "
                       "or bytes 28 to 31 are not zero (\"NCM7\": not a role scope and flags)", (double) scale);
          return NULL;
        }
    }
  self = g_new0 (NcOffenceModel, 1);
  self->data = g_bytes_ref (data);
  self->mask = n - 1;
  self->ncm3 = p[3] == '3' || p[3] == '5' || p[3] == '6';
  self->roles = p[3] == '6' || p[3] == '7';
  self->bias = read_f32_le (p + 8);
  self->threshold = read_f32_le (p + 12);
  self->span_threshold = read_f32_le (p + 16);
  self->sentence_threshold = read_f32_le (p + 20);
  self->unmarked_sentence_threshold = self->sentence_threshold;
  self->alone_score = self->threshold >= 1 ? HUGE_VAL : log (self->threshold / (1 - self->threshold));
  self->beside_score = self->span_threshold >= 1 ? HUGE_VAL :
                       log (self->span_threshold / (1 - self->span_threshold));
  self->common = g_array_new (FALSE, FALSE, sizeof (guint32));
  nc_offence_model_commons_done (self);
  if (f32)
    quantize_f32 (self, p + HEADER_F32, n);
  else
    {
      /* 16-bit weights: a quarter of the memory traffic of floats, with an
       * error far below what moves a decision; in place when they can be */
      self->scale = read_f32_le (p + 24);
      if (G_BYTE_ORDER == G_LITTLE_ENDIAN && (guintptr) (p + HEADER_I16) % G_ALIGNOF (gint16) == 0)
        self->weights = (const gint16 *) (const void *) (p + HEADER_I16);
      else
        {
          self->copy = g_new (gint16, n);
          for (guint32 i = 0; i < n; i++)
            {
              guint16 u;

              memcpy (&u, p + HEADER_I16 + 2 * (gsize) i, 2);
              self->copy[i] = (gint16) GUINT16_FROM_LE (u);
            }
          self->weights = self->copy;
        }
    }
  draft_weights_init (self);
  self->role_scope = p[3] == '7' ? p[28] : ROLE_SCOPE;
  self->role_rare = p[3] == '7' && p[29] == 1;
  if (self->roles)
    roles_init (self, p[3] == '7', p[3] == '7' ? p[30] : 0);
  return self;
}

gboolean
nc_offence_model_weights_in_place (NcOffenceModel *self)
{
  return self->copy == NULL;
}

void
nc_offence_model_set_unmarked_sentence_threshold (NcOffenceModel *self,
                                                  float           threshold)
{
  self->unmarked_sentence_threshold = threshold;
}

gboolean
nc_offence_model_judges_offensive (NcOffenceModel *self,
                                   double          score)
{
  return score >= self->threshold;
}

void
nc_offence_model_free (NcOffenceModel *self)
{
  if (self == NULL)
    return;
  g_bytes_unref (self->data);
  g_free (self->copy);
  g_array_unref (self->common);
  g_free (self->common_set);
  g_free (self);
}

/* FNV-1a over a tag byte and UTF-8 strings */
static inline guint32
fnv_start (char tag)
{
  return (2166136261u ^ (guint8) tag) * 16777619u;
}

static inline guint32
fnv_add (guint32 h, gunichar c)
{
  /* the bytes of c in UTF-8 */
  if (c < 0x80)
    return (h ^ c) * 16777619u;
  if (c < 0x800)
    {
      h = (h ^ (0xC0 | (c >> 6))) * 16777619u;
      return (h ^ (0x80 | (c & 0x3F))) * 16777619u;
    }
  if (c < 0x10000)
    {
      h = (h ^ (0xE0 | (c >> 12))) * 16777619u;
      h = (h ^ (0x80 | ((c >> 6) & 0x3F))) * 16777619u;
      return (h ^ (0x80 | (c & 0x3F))) * 16777619u;
    }
  h = (h ^ (0xF0 | (c >> 18))) * 16777619u;
  h = (h ^ (0x80 | ((c >> 12) & 0x3F))) * 16777619u;
  h = (h ^ (0x80 | ((c >> 6) & 0x3F))) * 16777619u;
  return (h ^ (0x80 | (c & 0x3F))) * 16777619u;
}

void
nc_offence_model_add_common (NcOffenceModel *self, const NcNormText *nt)
{
  guint32 hm = fnv_start ('w'), hf = fnv_start ('w');
  gsize i;

  for (i = 0; i < nt->n_chars && nt->chars[i].folded != NC_NORM_SPACE &&
              nt->chars[i].folded != NC_NORM_STOP; i++)
    {
      hm = fnv_add (hm, nt->chars[i].marked);
      hf = fnv_add (hf, nt->chars[i].folded);
    }
  if (i == 0)
    return;
  /* typed with its marks, or without any (then "marked" is the folded form) */
  g_array_append_val (self->common, hm);
  g_array_append_val (self->common, hf);
}

/* The first slot of @h in the set of common words: the top bits of a
 * multiplicative hash (FNV's low bits alone cluster). */
static inline guint32
common_slot (const NcOffenceModel *self, guint32 h)
{
  return (h * 2654435761u) >> self->common_shift;
}

void
nc_offence_model_commons_done (NcOffenceModel *self)
{
  guint bits = 4;

  while ((1u << bits) < 2 * self->common->len)
    bits++;
  g_free (self->common_set);
  self->common_set = g_new0 (guint32, 1u << bits);
  self->common_mask = (1u << bits) - 1;
  self->common_shift = 32 - bits;
  self->common_zero = FALSE;
  for (guint k = 0; k < self->common->len; k++)
    {
      guint32 h = g_array_index (self->common, guint32, k), i;

      if (h == 0)
        {
          self->common_zero = TRUE;
          continue;
        }
      for (i = common_slot (self, h); self->common_set[i] != 0 && self->common_set[i] != h;
           i = (i + 1) & self->common_mask)
        ;
      self->common_set[i] = h;
    }
}

typedef struct {
  gsize    start, end;   /* normalized chars */
  guint8   stop_after;   /* (bytes: the struct stays 64 bytes with names) */
  guint8   names;        /* a naming word of an "NCM6" model (role_code()) */
  double   pair;         /* the weight of the pair with the next word */
  double   weight;
  double   tag_weight;   /* the same in the span tagger, and its pair's */
  double   tag_pair;
  guint32  marked_hash;  /* FNV 'w' of the word as typed */
  guint32  pair_head;    /* FNV 'b' of the word folded: its pair's hash so far */
} Word;

/* (s21-speed: NcModelKept holds the words in place) */
G_STATIC_ASSERT (sizeof (Word) * NC_MODEL_KEPT_WORDS <= sizeof (((NcModelKept *) NULL)->words));
G_STATIC_ASSERT (G_ALIGNOF (Word) <= G_ALIGNOF (double));

static inline gboolean
is_common (NcOffenceModel *self, guint32 marked_hash)
{
  if (marked_hash == 0)
    return self->common_zero;
  for (guint32 i = common_slot (self, marked_hash);; i = (i + 1) & self->common_mask)
    {
      guint32 x = self->common_set[i];

      if (x == marked_hash)
        return TRUE;
      if (x == 0)
        return FALSE;
    }
}

gboolean
nc_offence_model_is_common_word (NcOffenceModel   *self,
                                 const NcNormText *nt,
                                 gsize             start,
                                 gsize             end)
{
  guint32 hm = fnv_start ('w');

  if (self->common_set == NULL)
    return FALSE;
  for (gsize i = start; i < end; i++)
    hm = fnv_add (hm, nt->chars[i].marked);
  return is_common (self, hm);
}

/* The naming words of an "NCM6" model and their roles, as ROLE_MARKED
 * and ROLE_TONELESS in train-checker-model.py ("con", which a child
 * calls themself before a parent, is not one): '2' the one spoken to,
 * 'p' the same politely, '3' the one spoken of, '1' the writer; those
 * after the NULL only in a draft typed without marks. */
static const struct { const char *word; char role; } role_words[] = {
  { "mày", '2' }, { "mầy", '2' }, { "mài", '2' }, { "mi", '2' }, { "m", '2' }, { "bây", '2' },
  { "bạn", 'p' }, { "cậu", 'p' }, { "ông", 'p' }, { "bà", 'p' },
  { "thằng", '3' }, { "đồ", '3' }, { "nó", '3' },
  { "tao", '1' }, { "t", '1' }, { "tôi", '1' }, { "mình", '1' }, { "tớ", '1' }, { "tui", '1' },
  { NULL, 0 },
  { "may", '2' }, { "thang", '3' }, { "toi", '1' }, { "minh", '1' },
};

/* The naming words of an "NCM7" model (English), as EN_ROLES in
 * train-checker-model.py: '2' the one spoken to ("ur mom" is read under
 * it), '3' the one spoken of, 'g' an order ("go cry"), 'x' exclusion
 * ("nobody likes"), 'c' a condition ("if you tell"), '1' the writer;
 * normalized ("yal" is "y'all", "il" "i'll", "ima" "imma", "unles"). */
static const struct { const char *word; char role; } en_role_words[] = {
  { "you", '2' }, { "your", '2' }, { "ur", '2' }, { "u", '2' }, { "ya", '2' }, { "yal", '2' },
  { "youre", '2' }, { "yourself", '2' }, { "urself", '2' },
  { "he", '3' }, { "she", '3' }, { "they", '3' }, { "hes", '3' }, { "shes", '3' }, { "theyre", '3' },
  { "go", 'g' }, { "nobody", 'x' }, { "if", 'c' }, { "unles", 'c' },
  { "i", '1' }, { "il", '1' }, { "ima", '1' }, { "im", '1' },
};

static void
roles_init (NcOffenceModel *self, gboolean english, guint dropped)
{
  static const char en_letters[] = "23gxc1";   /* (the bits of @dropped) */
  gboolean marked = TRUE;
  guint n = english ? G_N_ELEMENTS (en_role_words) : G_N_ELEMENTS (role_words);

  G_STATIC_ASSERT (G_N_ELEMENTS (role_words) <= N_ROLE_WORDS + 1);
  G_STATIC_ASSERT (G_N_ELEMENTS (en_role_words) <= N_ROLE_WORDS);
  for (guint k = 0; k < n; k++)
    {
      const char *word = english ? en_role_words[k].word : role_words[k].word;
      guint32 h = fnv_start ('w');

      if (english && (dropped & (1u << (strchr (en_letters, en_role_words[k].role) - en_letters))))
        continue;
      if (word == NULL)
        {
          marked = FALSE;
          continue;
        }
      for (const char *c = word; *c != '\0'; c = g_utf8_next_char (c))
        h = fnv_add (h, g_utf8_get_char (c));
      self->role_hash[self->n_role_words] = h;
      self->role_letter[self->n_role_words] = english ? en_role_words[k].role : role_words[k].role;
      self->n_role_words++;
      if (marked)
        self->n_role_marked = self->n_role_words;
      self->role_filter |= G_GUINT64_CONSTANT (1) << (h >> 26);
    }
}

/* The role a word whose 'w' hash is @hm gives the words after it (0: it
 * names no one); @toneless: in a draft typed without marks. */
static inline char
role_code (const NcOffenceModel *self, guint32 hm, gboolean toneless)
{
  guint n = toneless ? self->n_role_words : self->n_role_marked;

  if (G_LIKELY (!(self->role_filter & (G_GUINT64_CONSTANT (1) << (hm >> 26)))))
    return 0;
  for (guint k = 0; k < n; k++)
    if (self->role_hash[k] == hm)
      return self->role_letter[k];
  return 0;
}

/* fnv_add() of a char below 0x80 (one byte) */
static inline guint32
fnv_add_ascii (guint32 h, gunichar c)
{
  return (h ^ c) * 16777619u;
}

/* The trigram "@a@b@c" of a word (with '<' before it and '>' after);
 * most are ASCII, one test for the three. */
static inline guint32
trigram_hash (gunichar a, gunichar b, gunichar c)
{
  if (G_LIKELY ((a | b | c) < 0x80))
    return fnv_add_ascii (fnv_add_ascii (fnv_add_ascii (fnv_start ('c'), a), b), c);
  return fnv_add (fnv_add (fnv_add (fnv_start ('c'), a), b), c);
}

/* The weights of bucket @b in the model (@weights) and, if @tagged, in
 * the span tagger (@tag_weights, its @tag_mask no bigger: the same hash,
 * fewer bits), added to *@sum and *@tag_sum. (@tagged is a constant where
 * hash_words() is inlined: no test a bucket.) */
static inline __attribute__ ((always_inline)) void
add_bucket (const gint16 *weights, gboolean tagged, const gint16 *tag_weights, guint32 tag_mask,
            guint32 b, gint64 *sum, gint64 *tag_sum)
{
  *sum += weights[b];
  if (tagged)
    *tag_sum += tag_weights[b & tag_mask];
}

/* The folded hashes of a word's chars; @ascii: all of them below 0x80, one
 * byte each in UTF-8 (a constant where this is inlined). */
#define FOLD_ADD(h, f, ascii) ((ascii) ? fnv_add_ascii (h, f) : fnv_add (h, f))
#define FOLDED_HASHES(f, ascii)                                       \
  G_STMT_START {                                                      \
    hf = FOLD_ADD (hf, f, ascii);                                     \
    if (toneless)                                                     \
      hu = FOLD_ADD (hu, f, ascii);                                   \
    if (!kept)                                                        \
      hb = FOLD_ADD (hb, f, ascii);                                   \
    hp = FOLD_ADD (hp, f, ascii);                                     \
  } G_STMT_END

/* The trigram "@a@b@c" of a word's folded chars, its bucket's weights
 * added; @ascii as above. */
#define ADD_TRIGRAM(a, b, c, ascii)                                                   \
  add_bucket (weights, tagger != NULL, tag_weights, tag_mask,                         \
              ((ascii) ? fnv_add_ascii (fnv_add_ascii (fnv_add_ascii (fnv_start ('c'), \
                                                                      a), b), c)     \
                       : trigram_hash (a, b, c)) & mask,                              \
              &sum, &tag_sum)

/* A word's folded hashes and trigrams, from @p to @e; @ascii as above. */
#define ROLL_WORD(ascii)                                                \
  G_STMT_START {                                                        \
    gunichar x = '<', y = p->folded;                                    \
                                                                        \
    for (const NcNormChar *k = p + 1; k < e; k++)                       \
      {                                                                 \
        gunichar z = k->folded;                                         \
                                                                        \
        FOLDED_HASHES (y, ascii);                                       \
        ADD_TRIGRAM (x, y, z, ascii);                                   \
        x = y;                                                          \
        y = z;                                                          \
      }                                                                 \
    FOLDED_HASHES (y, ascii);                                           \
    ADD_TRIGRAM (x, y, '>', ascii);                                     \
  } G_STMT_END

/* Fills @words (room for (n_chars + 1) / 2) with the words of @nt and
 * their weights in @self, and in the span tagger @tagger (NULL: none)
 * when its table is no bigger (the same hashes, fewer bits); returns how
 * many. @toneless: an "NCM3" draft typed without marks. Inlined with
 * @toneless, @roles ("NCM6") and whether @tagger is NULL as constants, so that each kind
 * of check has its own loops.
 *
 * The features, as train-checker-model.py hashes them (FNV-1a over a tag
 * byte and UTF-8): per word "w" + the word as typed, "f" + folded, the
 * trigrams "c" + three chars of "<folded>", and in an "NCM3" draft typed
 * without marks "u" + folded; per pair of words not split by a stop, "b"
 * + first folded + " " + second folded. Two passes over a word: one finds
 * its end, hashes its form as typed and tells whether its folded chars
 * are all ASCII (most are: then the folded hashes take one XOR and one
 * multiplication a char, with no test); the other rolls the folded
 * hashes and the trigrams, or only the hashes the pairs need for a common
 * word typed with its marks, which counts by its typed form alone
 * ("thang" of "tháng", which is also "thằng", says nothing more). Each
 * bucket's weight is added as soon as it is known (the sums are of
 * integers: exact in any order); the loads are independent of one
 * another, so the processor overlaps their misses without the prefetches
 * and the list of buckets this once took. A word's pair and tag_pair are
 * set only when a next word pairs with it (nothing reads them otherwise).
 * (s21-speed) @kept (a constant where this is inlined): @words already
 * hold the @n_kept words of @nt another model's pass found (their start,
 * end, stop_after, marked_hash and pair_head, which no model changes):
 * the first pass over each word and the pair heads are not done again,
 * and the words' weights are @self's. */
static inline __attribute__ ((always_inline)) gsize
hash_words (NcOffenceModel *self, NcOffenceModel *tagger, const NcNormText *nt, Word *words,
            const gboolean toneless, const gboolean roles, const gboolean kept, gsize n_kept)
{
  const NcNormChar *p = nt->chars, *c_end = p + nt->n_chars;
  const gint16 *weights = self->weights;
  const guint32 mask = self->mask;
  const gint16 *tag_weights = tagger != NULL ? tagger->weights : NULL;
  const guint32 tag_mask = tagger != NULL ? tagger->mask : 0;
  const double scale = self->scale, tag_scale = tagger != NULL ? tagger->scale : 0;
  Word *w = words;
  gsize i = 0;   /* the index of p */
  gboolean paired = FALSE;   /* with the word before: one, and no stop between */
  char role = 0;   /* the role of the words after a naming word ("NCM6") */
  guint role_left = 0;   /* how many more words it reaches */

  while (kept ? w < words + n_kept : p < c_end)
    {
      guint32 hm = fnv_start ('w'), hf = fnv_start ('f'), hu = fnv_start ('u'), hb = fnv_start ('b');
      guint32 hp = 0;   /* the pair of the word before and this one */
      gunichar any = 0;   /* the folded chars, OR'ed */
      gint64 sum = 0, tag_sum = 0;   /* (as doubles, the same: integers, exact) */
      const NcNormChar *e;
      gsize len;

      if (kept)
        {
          /* (the word as the first pass found it) */
          p = nt->chars + w->start;
          e = nt->chars + w->end;
          len = w->end - w->start;
          hm = w->marked_hash;
          for (const NcNormChar *k = p; k < e; k++)
            any |= k->folded;
        }
      else
        {
          if (p->folded == NC_NORM_SPACE || p->folded == NC_NORM_STOP)
            {
              p++;   /* (separators one after another: no word between) */
              i++;
              continue;
            }
          for (e = p, len = 0; e < c_end; e++, len++)   /* (len: no division by the size of a char) */
            {
              gunichar f = e->folded;

              if (f == NC_NORM_SPACE || f == NC_NORM_STOP)
                break;
              any |= f;
              hm = fnv_add (hm, e->marked);
            }
          w->start = i;
          w->end = i + len;
          w->stop_after = e < c_end && e->folded == NC_NORM_STOP;
          w->marked_hash = hm;
        }
      if (paired)
        hp = fnv_add_ascii (w[-1].pair_head, ' ');
      add_bucket (weights, tagger != NULL, tag_weights, tag_mask, hm & mask, &sum, &tag_sum);
      if (p->word_marked && is_common (self, hm))
        {
          /* only what the pairs (and a toneless draft) need */
          if (G_LIKELY (any < 0x80))
            for (const NcNormChar *k = p; k < e; k++)
              FOLDED_HASHES (k->folded, TRUE);
          else
            for (const NcNormChar *k = p; k < e; k++)
              FOLDED_HASHES (k->folded, FALSE);
        }
      else
        {
          /* the folded hashes and the trigrams, '<' before the word and
           * '>' after it */
          if (G_LIKELY (any < 0x80))
            ROLL_WORD (TRUE);
          else
            ROLL_WORD (FALSE);
          add_bucket (weights, tagger != NULL, tag_weights, tag_mask, hf & mask, &sum, &tag_sum);
        }
      if (!kept)
        w->pair_head = hb;
      if (paired)
        {
          w[-1].pair = weights[hp & mask] * scale;
          if (tagger != NULL)
            w[-1].tag_pair = tag_weights[hp & tag_mask] * tag_scale;
        }
      /* (not the tagger's: it has no such feature) */
      if (toneless)
        sum += weights[hu & mask];
      if (roles)
        {
          char code = role_code (self, hm, toneless);

          w->names = code != 0;
          if (code != 0)
            {
              role = code;
              role_left = self->role_scope;
            }
          else if (role_left > 0)
            {
              /* (an "NCM7" model may leave out common words) */
              if (!(self->role_rare && is_common (self, hm)))
                {
                  guint32 hr = fnv_start ('r');

                  for (const NcNormChar *k = p; k < e; k++)
                    hr = fnv_add (hr, k->folded);
                  hr = fnv_add_ascii (fnv_add_ascii (hr, '|'), (guchar) role);
                  sum += weights[hr & mask];
                }
              role_left--;
            }
          if (w->stop_after)
            role_left = 0;
        }
      w->weight = (double) sum * scale;
      if (tagger != NULL)
        w->tag_weight = (double) tag_sum * tag_scale;
      paired = !w->stop_after;
      w++;
      if (kept)
        continue;
      if (e == c_end)
        break;
      i += len + 1;   /* (past the separator) */
      p = e + 1;
    }
  return (gsize) (w - words);
}

#undef FOLD_ADD
#undef FOLDED_HASHES
#undef ADD_TRIGRAM
#undef ROLL_WORD

static gsize
weigh_words (NcOffenceModel *self, NcOffenceModel *tagger, const NcNormText *nt, Word *words)
{
  gboolean toneless = self->ncm3 && !nt->typed_marks;

  /* ("NCM6": the role features in loops of their own, so that a model
   * without them runs the loops it ran before) */
  if (self->roles)
    {
      if (tagger != NULL)
        return toneless ? hash_words (self, tagger, nt, words, TRUE, TRUE, FALSE, 0) :
                          hash_words (self, tagger, nt, words, FALSE, TRUE, FALSE, 0);
      return toneless ? hash_words (self, NULL, nt, words, TRUE, TRUE, FALSE, 0) :
                        hash_words (self, NULL, nt, words, FALSE, TRUE, FALSE, 0);
    }
  if (tagger != NULL)
    return toneless ? hash_words (self, tagger, nt, words, TRUE, FALSE, FALSE, 0) :
                      hash_words (self, tagger, nt, words, FALSE, FALSE, FALSE, 0);
  return toneless ? hash_words (self, NULL, nt, words, TRUE, FALSE, FALSE, 0) :
                    hash_words (self, NULL, nt, words, FALSE, FALSE, FALSE, 0);
}

/* (s21-speed) weigh_words() of the @n_words words another model's pass
 * found and left in @words (see hash_words()) */
static gsize
reweigh_words (NcOffenceModel *self, const NcNormText *nt, Word *words, gsize n_words)
{
  gboolean toneless = self->ncm3 && !nt->typed_marks;

  if (self->roles)
    return toneless ? hash_words (self, NULL, nt, words, TRUE, TRUE, TRUE, n_words) :
                      hash_words (self, NULL, nt, words, FALSE, TRUE, TRUE, n_words);
  return toneless ? hash_words (self, NULL, nt, words, TRUE, FALSE, TRUE, n_words) :
                    hash_words (self, NULL, nt, words, FALSE, FALSE, TRUE, n_words);
}

static inline double
pair_weight (NcOffenceModel *self, const Word *w)
{
  return w->pair;
}

/* The features of an "NCM3" draft as a whole: its length in words, in
 * bins (so that a long everyday draft does not reach a whole-draft
 * warning by many slightly suspect words alone), whether it was typed
 * without marks, and both; their weight. */
static guint32
name_bucket (NcOffenceModel *self, const char *name)
{
  guint32 h = fnv_start ('n');

  for (const char *c = name; *c != '\0'; c++)
    h = fnv_add (h, (guchar) *c);
  return h & self->mask;
}

static const gsize draft_bins[N_DRAFT_BINS] = { 21, 13, 9, 6, 4, 3, 2, 1, 0 };

/* The weights of those features a bin, summed once at load */
static void
draft_weights_init (NcOffenceModel *self)
{
  for (guint b = 0; b < N_DRAFT_BINS; b++)
    {
      char length[8], toneless[24];

      g_snprintf (length, sizeof length, "#%" G_GSIZE_FORMAT, draft_bins[b]);
      g_snprintf (toneless, sizeof toneless, "toneless%s", length);
      self->draft_length[b] = self->weights[name_bucket (self, length)];
      self->draft_toneless[b] = self->weights[name_bucket (self, "toneless")] +
                                self->weights[name_bucket (self, toneless)];
    }
}

static double
draft_weight (NcOffenceModel *self, const NcNormText *nt, gsize n_words)
{
  gsize b = 0;
  gint64 sum;

  while (n_words < draft_bins[b])
    b++;
  sum = self->draft_length[b];
  if (!nt->typed_marks)
    sum += self->draft_toneless[b];
  return (double) sum * self->scale;
}

static gsize tag_weighed (NcOffenceModel   *tagger,
                          const NcNormText *nt,
                          const Word       *words,
                          gsize             n_words,
                          NcTaggedWord     *out);

double
nc_offence_model_check (NcOffenceModel          *self,
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
                NcModelKept      *kept)
{
  Word stack[384];   /* (a 500-character draft: no allocation) */
  g_autofree Word *heap = NULL;
  Word *words = stack;
  gsize n_words, max_words = (nt->n_chars + 1) / 2;
  double z = self->bias, p;

  G_STATIC_ASSERT (G_N_ELEMENTS (stack) == NC_MODEL_KEPT_WORDS);
  *n_spans = 0;
  *sentence = FALSE;
  if (kept != NULL)
    kept->nt = NULL;
  if (max_words > G_N_ELEMENTS (stack))
    words = heap = g_new (Word, max_words);
  else if (kept != NULL)
    words = (Word *) (void *) kept->words;   /* (s21-speed: the words kept where they are found) */
  if (tagger != NULL && tagger->mask <= self->mask)
    {
      n_words = weigh_words (self, tagger, nt, words);
      *n_tags = tag_weighed (tagger, nt, words, n_words, tags);
    }
  else
    {
      n_words = weigh_words (self, NULL, nt, words);
      if (tagger != NULL)
        *n_tags = nc_offence_model_tag_words (tagger, nt, tags);
    }
  if (kept != NULL && heap == NULL)
    {
      kept->nt = nt;
      kept->n_words = n_words;
    }

  if (self->ncm3)
    z += draft_weight (self, nt, n_words);
  for (gsize i = 0; i < n_words; i++)
    {
      Word *w = &words[i];

      if (allowed != NULL && allowed[w->start])
        continue;
      z += w->weight;
      if (i + 1 < n_words && !w->stop_after && (allowed == NULL || !allowed[w[1].start]))
        z += pair_weight (self, w);
    }
  p = 1.0 / (1.0 + exp (-z));
  /* ("NCM3": the words of a draft typed without marks are marked from
   * the score its whole-draft warning needs, "may tinh nay xau qua" being
   * "máy tính này xấu quá") */
  if (p < self->threshold ||
      (self->ncm3 && !nt->typed_marks && p < self->unmarked_sentence_threshold))
    return p;

  /* the words that carry the offence: their own weight, with half of each
   * pair they are in */
  for (gsize i = 0; i < n_words; i++)
    {
      Word *w = &words[i];
      double c = w->weight;

      if (i > 0 && !w[-1].stop_after)
        c += 0.5 * pair_weight (self, w - 1);
      if (i + 1 < n_words && !w->stop_after)
        c += 0.5 * pair_weight (self, w);
      if (c >= self->span_threshold && (allowed == NULL || !allowed[w->start]) &&
          !is_common (self, w->marked_hash) && !(self->roles && w->names))
        {
          add (findings, nt, NC_CATEGORY_INSULT, NC_SEVERITY_WARN,
               nt->chars[w->start].orig_start, nt->chars[w->end - 1].orig_end,
               NC_EVIDENCE_NGRAM, NULL, NULL);
          (*n_spans)++;
        }
    }
  if (*n_spans == 0 && whole_draft &&
      p >= (nt->typed_marks ? self->sentence_threshold : self->unmarked_sentence_threshold))
    {
      add (findings, nt, NC_CATEGORY_INSULT, NC_SEVERITY_WARN, 0, 0, NC_EVIDENCE_MODEL,
           nc_offence_model_sentence_message, NULL);
      *sentence = TRUE;
    }
  return p;
}

/* The probability from the weighed @words, those @allowed left out */
static double
score_words (NcOffenceModel *self, const NcNormText *nt, const guint8 *allowed, const Word *words,
             gsize n_words)
{
  double z = self->bias;

  if (self->ncm3)
    z += draft_weight (self, nt, n_words);
  for (gsize i = 0; i < n_words; i++)
    {
      const Word *w = &words[i];

      if (allowed != NULL && allowed[w->start])
        continue;
      z += w->weight;
      if (i + 1 < n_words && !w->stop_after && (allowed == NULL || !allowed[w[1].start]))
        z += pair_weight (self, w);
    }
  return 1.0 / (1.0 + exp (-z));
}

double
nc_offence_model_score (NcOffenceModel   *self,
                        const NcNormText *nt,
                        const guint8     *allowed)
{
  Word stack[384];
  g_autofree Word *heap = (nt->n_chars + 1) / 2 > G_N_ELEMENTS (stack) ? g_new (Word, (nt->n_chars + 1) / 2) : NULL;
  Word *words = heap != NULL ? heap : stack;

  return score_words (self, nt, allowed, words, weigh_words (self, NULL, nt, words));
}

/* (s21-speed) The words a first model's pass found are the same for any
 * model (where each word lies, its typed form's hash, its pair's head);
 * only the weighing is the model's, and reweigh_words() runs it, the
 * common words, the toneless and role features all @self's. */
double
nc_offence_model_score_kept (NcOffenceModel    *self,
                             const NcNormText  *nt,
                             const guint8      *allowed,
                             NcModelKept       *kept,
                             gboolean          *from_kept)
{
  Word *words;
  gsize n_words;

  if (kept == NULL || kept->nt != nt)
    {
      if (from_kept != NULL)
        *from_kept = FALSE;
      return nc_offence_model_score (self, nt, allowed);
    }
  if (from_kept != NULL)
    *from_kept = TRUE;
  words = (Word *) (void *) kept->words;
  n_words = reweigh_words (self, nt, words, kept->n_words);
  return score_words (self, nt, allowed, words, n_words);
}

void
nc_offence_model_thresholds (NcOffenceModel *self,
                             float          *threshold,
                             float          *span_threshold,
                             float          *sentence_threshold)
{
  *threshold = self->threshold;
  *span_threshold = self->span_threshold;
  *sentence_threshold = self->sentence_threshold;
}

static gboolean
has_letter (const NcNormText *nt, const Word *w)
{
  for (gsize i = w->start; i < w->end; i++)
    {
      gunichar f = nt->chars[i].folded;

      if (f < 0x80 ? g_ascii_isalpha (f) : g_unichar_isalpha (f))
        return TRUE;
    }
  return FALSE;
}

/* The span tagger (vi-spans.bin, the same file format): its score of a
 * word is the bias, the word's own weight and those of the pairs it is
 * in; "threshold" is the probability from which it marks a word that
 * is not a common word (and has a letter: no number) on its own,
 * "span_threshold" the one from which it marks a word beside a marked
 * one. */
static gsize
tag_weighed (NcOffenceModel   *self,
             const NcNormText *nt,
             const Word       *words,
             gsize             n_words,
             NcTaggedWord     *out)
{
  double alone = self->alone_score, beside = self->beside_score;

  for (gsize i = 0; i < n_words; i++)
    {
      const Word *w = &words[i];
      double z = self->bias + w->tag_weight;

      if (i > 0 && !w[-1].stop_after)
        z += w[-1].tag_pair;
      if (i + 1 < n_words && !w->stop_after)
        z += w->tag_pair;
      out[i].start = w->start;
      out[i].end = w->end;
      out[i].stop_after = w->stop_after;
      out[i].mark = z >= alone && has_letter (nt, w) && !is_common (self, w->marked_hash) ? NC_TAG_ALONE :
                    z >= beside ? NC_TAG_BESIDE : NC_TAG_NONE;
    }
  return n_words;
}

gsize
nc_offence_model_tag_words (NcOffenceModel   *self,
                            const NcNormText *nt,
                            NcTaggedWord     *out)
{
  Word stack[128];
  g_autofree Word *heap = NULL;
  Word *words = stack;
  gsize n_words, max_words = (nt->n_chars + 1) / 2;

  if (max_words > G_N_ELEMENTS (stack))
    words = heap = g_new (Word, max_words);
  n_words = weigh_words (self, self, nt, words);
  return tag_weighed (self, nt, words, n_words, out);
}
