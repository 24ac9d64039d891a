/* nc-normalizer.c — ICU-based normalization with an offset map */
#include "config.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "nc-normalizer.h"

#define FOLD_TABLE_SIZE 0x2000

struct _NcNormalizer
{
  GHashTable *teencode;  /* owned ref, may be NULL */
};

static gunichar fold_table[FOLD_TABLE_SIZE];
static gunichar lower_table[FOLD_TABLE_SIZE];
static guint8 prop_table[FOLD_TABLE_SIZE];
static const UNormalizer2 *nfc_norm;

enum {
  PROP_ALNUM = 1 << 0,
  PROP_DIGIT = 1 << 1,
  PROP_MARK  = 1 << 2,   /* combining: composes onto the previous char */
};

/* Fills fold_table once: for every code point below 0x2000, its simple case
 * fold with the first char of its NFD decomposition kept when that is ASCII
 * (so "Ặ" -> "a"), and đ/Đ -> d. */
static void
init_tables (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      UErrorCode status = U_ZERO_ERROR;
      const UNormalizer2 *nfd = unorm2_getNFDInstance (&status);

      nfc_norm = unorm2_getNFCInstance (&status);
      g_assert (U_SUCCESS (status));

      for (gunichar c = 0; c < FOLD_TABLE_SIZE; c++)
        {
          UChar32 f = u_foldCase ((UChar32) c, U_FOLD_CASE_DEFAULT);
          UChar buf[8];
          int32_t n;

          fold_table[c] = (gunichar) f;
          lower_table[c] = (gunichar) f;
          prop_table[c] = (u_isalnum ((UChar32) c) ? PROP_ALNUM : 0) |
                          (u_isdigit ((UChar32) c) ? PROP_DIGIT : 0) |
                          (u_getCombiningClass ((UChar32) c) != 0 ||
                           u_charType ((UChar32) c) == U_NON_SPACING_MARK ? PROP_MARK : 0);
          if (f < 0x80)
            continue;
          status = U_ZERO_ERROR;
          n = unorm2_getDecomposition (nfd, f, buf, G_N_ELEMENTS (buf), &status);
          if (U_SUCCESS (status) && n > 0 && buf[0] < 0x80 && g_ascii_isalpha (buf[0]))
            fold_table[c] = buf[0];
        }
      fold_table[0x0110] = 'd';
      fold_table[0x0111] = 'd';
      g_once_init_leave (&done, 1);
    }
}

gunichar
nc_normalizer_fold_char (gunichar c)
{
  init_tables ();
  if (c < FOLD_TABLE_SIZE)
    return fold_table[c];
  return (gunichar) u_foldCase ((UChar32) c, U_FOLD_CASE_DEFAULT);
}

static inline gunichar
lower_char (gunichar c)
{
  if (c < FOLD_TABLE_SIZE)
    return lower_table[c];
  return (gunichar) u_foldCase ((UChar32) c, U_FOLD_CASE_DEFAULT);
}

static inline guint8
props (gunichar c)
{
  if (c < FOLD_TABLE_SIZE)
    return prop_table[c];
  return (u_isalnum ((UChar32) c) ? PROP_ALNUM : 0) |
         (u_isdigit ((UChar32) c) ? PROP_DIGIT : 0) |
         (u_getCombiningClass ((UChar32) c) != 0 ||
          u_charType ((UChar32) c) == U_NON_SPACING_MARK ? PROP_MARK : 0);
}

/* Scripts written without spaces between words: these need ICU's
 * dictionary-based word break iterator. */
static inline gboolean
needs_dictionary (gunichar c)
{
  return (c >= 0x0E00 && c <= 0x0FFF) ||   /* Thai, Lao, Tibetan */
         (c >= 0x1000 && c <= 0x109F) ||   /* Myanmar */
         (c >= 0x1780 && c <= 0x17FF) ||   /* Khmer */
         (c >= 0x2E80 && c <= 0x9FFF) ||   /* CJK */
         (c >= 0xAC00 && c <= 0xD7AF) ||   /* Hangul */
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

NcNormalizer *
nc_normalizer_new (GHashTable *teencode)
{
  NcNormalizer *self = g_new0 (NcNormalizer, 1);

  init_tables ();
  if (teencode != NULL)
    self->teencode = g_hash_table_ref (teencode);
  return self;
}

void
nc_normalizer_free (NcNormalizer *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->teencode, g_hash_table_unref);
  g_free (self);
}

void
nc_norm_text_free (NcNormText *nt)
{
  if (nt == NULL)
    return;
  g_free (nt->cp_byte);
  g_free (nt->cp_utf16);
  g_free (nt->cps);
  g_free (nt->chars);
  g_free (nt);
}

/* Zero-width and format characters vanish; they never split a word. */
static inline gboolean
is_invisible (gunichar c)
{
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) ||
         c == 0xFEFF || c == 0x00AD || c == 0x034F ||
         (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0000 && c <= 0xE01EF) ||
         c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF);
}

/* Emoji and pictographs are ignored like a space. */
static inline gboolean
is_emoji (gunichar c)
{
  if (c < 0x2000)
    return FALSE;
  return u_hasBinaryProperty ((UChar32) c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
         (c >= 0x1F1E6 && c <= 0x1F1FF);
}

static inline gboolean
is_stop (gunichar c)
{
  return c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' ||
         c == '\n' || c == '\r' || c == 0x2026 || c == 0x3002 || c == '"' ||
         c == 0x201C || c == 0x201D || c == '(' || c == ')';
}

static inline gunichar
leet (gunichar c)
{
  switch (c)
    {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    default: return c;
    }
}

/* Per-thread break iterator: ICU iterators are not thread-safe. */
static void
close_break_iterator_cb (gpointer data)
{
  ubrk_close (data);
}

static UBreakIterator *
get_break_iterator (void)
{
  static GPrivate key = G_PRIVATE_INIT (close_break_iterator_cb);
  UBreakIterator *bi = g_private_get (&key);

  if (bi == NULL)
    {
      UErrorCode status = U_ZERO_ERROR;

      bi = ubrk_open (UBRK_WORD, "vi", NULL, 0, &status);
      if (U_FAILURE (status))
        return NULL;
      g_private_set (&key, bi);
    }
  return bi;
}

typedef struct {
  gunichar c;
  guint32  start, end;
} TokChar;

/* Appends one word to @out: case folding, dropping of inner punctuation,
 * l33t, teencode expansion and the collapse of repeated letters. */
static void
emit_word (NcNormalizer *self,
           GArray       *out,
           TokChar      *tok,
           gsize         n_tok,
           gboolean      expand_teencode,
           gboolean     *has_marks)
{
  gboolean has_alpha = FALSE, has_digit = FALSE, marked = FALSE;
  gsize n = 0;
  const char *expansion = NULL;
  guint32 w_start, w_end;

  /* case fold, drop what is not a letter or digit, note the marks */
  for (gsize i = 0; i < n_tok; i++)
    {
      gunichar c = lower_char (tok[i].c);
      guint8 pr = props (c);

      if (!(pr & PROP_ALNUM))
        continue;
      if (pr & PROP_DIGIT)
        has_digit = TRUE;
      else
        has_alpha = TRUE;
      if (c >= 0x80 && c < FOLD_TABLE_SIZE && fold_table[c] < 0x80)
        marked = TRUE;
      tok[n].c = c;
      tok[n].start = tok[i].start;
      tok[n].end = tok[i].end;
      n++;
    }
  if (n == 0)
    return;
  w_start = tok[0].start;
  w_end = tok[n - 1].end;

  if (has_alpha && has_digit)
    for (gsize i = 0; i < n; i++)
      tok[i].c = leet (tok[i].c);

  if (expand_teencode && self->teencode != NULL && n <= 6)
    {
      char key[64];
      gsize k = 0;

      for (gsize i = 0; i < n && k + 6 < sizeof key; i++)
        k += g_unichar_to_utf8 (tok[i].c, key + k);
      key[k] = '\0';
      expansion = g_hash_table_lookup (self->teencode, key);
    }

  if (out->len > 0)
    {
      NcNormChar *prev = &g_array_index (out, NcNormChar, out->len - 1);

      if (prev->folded != NC_NORM_SPACE && prev->folded != NC_NORM_STOP)
        {
          NcNormChar sep = { NC_NORM_SPACE, NC_NORM_SPACE, prev->orig_end, w_start, 1, 0 };
          g_array_append_val (out, sep);
        }
    }

  if (expansion != NULL)
    {
      gboolean exp_marked = FALSE;

      for (const char *p = expansion; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          if (c >= 0x80 && nc_normalizer_fold_char (c) < 0x80)
            exp_marked = TRUE;
        }
      for (const char *p = expansion; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          NcNormChar nc;

          nc.marked = c;
          nc.folded = c == ' ' ? NC_NORM_SPACE : nc_normalizer_fold_char (c);
          nc.orig_start = w_start;
          nc.orig_end = w_end;
          nc.run = 1;
          nc.word_marked = exp_marked;
          g_array_append_val (out, nc);
        }
      if (exp_marked)
        *has_marks = TRUE;
      return;
    }

  if (marked)
    *has_marks = TRUE;

  for (gsize i = 0; i < n; i++)
    {
      gunichar c = tok[i].c;
      gunichar f = c < FOLD_TABLE_SIZE ? fold_table[c] : c;
      NcNormChar nc;

      if (i > 0)
        {
          NcNormChar *prev = &g_array_index (out, NcNormChar, out->len - 1);

          if (prev->folded == f && prev->marked == c)
            {
              if (prev->run < G_MAXUINT16)
                prev->run++;
              prev->orig_end = tok[i].end;
              continue;
            }
        }
      nc.folded = f;
      nc.marked = c;
      nc.orig_start = tok[i].start;
      nc.orig_end = tok[i].end;
      nc.run = 1;
      nc.word_marked = marked;
      g_array_append_val (out, nc);
    }
}

static void
emit_separator (GArray *out, gunichar kind, guint32 start, guint32 end)
{
  NcNormChar *prev;
  NcNormChar sep = { kind, kind, start, end, 1, 0 };

  if (out->len == 0)
    return;
  prev = &g_array_index (out, NcNormChar, out->len - 1);
  if (prev->folded == NC_NORM_SPACE || prev->folded == NC_NORM_STOP)
    {
      if (kind == NC_NORM_STOP)
        prev->folded = prev->marked = NC_NORM_STOP;
      prev->orig_end = end;
      return;
    }
  g_array_append_val (out, sep);
}

static inline gboolean
is_single_letter_word (const NcNormChar *c, gsize i, gsize n)
{
  gboolean before = i == 0 || c[i - 1].folded == NC_NORM_SPACE || c[i - 1].folded == NC_NORM_STOP;
  gboolean after = i + 1 >= n || c[i + 1].folded == NC_NORM_SPACE || c[i + 1].folded == NC_NORM_STOP;

  return before && after && c[i].folded < 0x80 && g_ascii_isalpha (c[i].folded) && c[i].run == 1;
}

/* Joins three or more single letters split by spaces or dashes ("n g u"). */
static void
join_split_letters (GArray *out)
{
  NcNormChar *c = (NcNormChar *) (void *) out->data;
  gsize n = out->len, w = 0;

  for (gsize i = 0; i < n;)
    {
      gsize last = i, count = 0;

      if (is_single_letter_word (c, i, n))
        {
          count = 1;
          while (last + 2 < n && c[last + 1].folded == NC_NORM_SPACE &&
                 is_single_letter_word (c, last + 2, n))
            {
              last += 2;
              count++;
            }
        }
      if (count >= 3)
        {
          for (gsize k = i; k <= last; k += 2)
            {
              c[w] = c[k];
              c[w].word_marked = 0;
              w++;
            }
          i = last + 1;
        }
      else
        c[w++] = c[i++];
    }
  g_array_set_size (out, w);
}

typedef struct {
  TokChar *chars;
  gsize    n, cap;
} Tok;

/* Appends a char to the current word; a combining mark is composed onto
 * the char before it (NFC) or, when it does not compose, only widens it. */
static inline void
tok_push (Tok *t, gunichar c, guint32 idx)
{
  if (t->n > 0 && (props (c) & PROP_MARK))
    {
      UChar32 composed = unorm2_composePair (nfc_norm, (UChar32) t->chars[t->n - 1].c, (UChar32) c);

      if (composed >= 0)
        t->chars[t->n - 1].c = (gunichar) composed;
      t->chars[t->n - 1].end = idx + 1;
      return;
    }
  if (t->n == t->cap)
    {
      t->cap *= 2;
      t->chars = g_renew (TokChar, t->chars, t->cap);
    }
  t->chars[t->n].c = c;
  t->chars[t->n].start = idx;
  t->chars[t->n].end = idx + 1;
  t->n++;
}

/* Words from ICU's word break iterator (for any script). */
static void
segment_icu (NcNormalizer *self, const gunichar *fc, const guint32 *fi, gsize n_f,
             GArray *out, Tok *tok, gboolean expand_teencode, gboolean *has_marks)
{
  g_autofree UChar *u16 = g_new (UChar, 2 * n_f + 2);
  g_autofree guint32 *u16_f = g_new (guint32, 2 * n_f + 2);
  gsize n_u16 = 0;
  UBreakIterator *bi = get_break_iterator ();
  UErrorCode status = U_ZERO_ERROR;
  int32_t start, stop;

  if (bi == NULL || n_f == 0)
    return;
  for (gsize i = 0; i < n_f; i++)
    {
      if (fc[i] >= 0x10000)
        {
          u16[n_u16] = U16_LEAD (fc[i]);
          u16_f[n_u16++] = (guint32) i;
          u16[n_u16] = U16_TRAIL (fc[i]);
          u16_f[n_u16++] = (guint32) i;
        }
      else
        {
          u16[n_u16] = (UChar) fc[i];
          u16_f[n_u16++] = (guint32) i;
        }
    }
  ubrk_setText (bi, u16, (int32_t) n_u16, &status);
  if (U_FAILURE (status))
    return;
  start = ubrk_first (bi);
  for (stop = ubrk_next (bi); stop != UBRK_DONE; start = stop, stop = ubrk_next (bi))
    {
      guint32 f0 = u16_f[start], f1 = u16_f[stop - 1] + 1;

      if (ubrk_getRuleStatus (bi) >= UBRK_WORD_NONE_LIMIT)
        {
          tok->n = 0;
          for (guint32 k = f0; k < f1; k++)
            tok_push (tok, fc[k], fi[k]);
          emit_word (self, out, tok->chars, tok->n, expand_teencode, has_marks);
        }
      else
        {
          gunichar kind = NC_NORM_SPACE;

          for (guint32 k = f0; k < f1; k++)
            if (is_stop (fc[k]))
              kind = NC_NORM_STOP;
          emit_separator (out, kind, fi[f0], fi[f1 - 1] + 1);
        }
    }
}

/* For text without dictionary scripts: the same word boundaries as ICU's
 * rules (UAX #29) give for Latin-script text, from tables — letters and
 * digits join; '.', apostrophes and ':' join letters, '.' and ',' join
 * digits; '_' joins anything. tests/test-normalizer.c checks that both
 * segmenters agree. */
static void
segment_fast (NcNormalizer *self, const gunichar *fc, const guint32 *fi, gsize n_f,
              GArray *out, Tok *tok, gboolean expand_teencode, gboolean *has_marks)
{
  gsize i = 0;

  while (i < n_f)
    {
      gsize j = i;

      if (props (fc[i]) & PROP_ALNUM)
        {
          tok->n = 0;
          while (j < n_f)
            {
              gunichar c = fc[j];
              guint8 pr = props (c);

              if (pr & (PROP_ALNUM | PROP_MARK))
                {
                  tok_push (tok, c, fi[j]);
                  j++;
                  continue;
                }
              if (j + 1 < n_f && (props (fc[j + 1]) & PROP_ALNUM))
                {
                  /* the last base char before j (marks skipped) */
                  gsize b = j;
                  gboolean prev_digit, next_digit = (props (fc[j + 1]) & PROP_DIGIT) != 0;
                  gboolean join = FALSE;

                  while (b > i && (props (fc[b - 1]) & PROP_MARK))
                    b--;
                  prev_digit = b > i && (props (fc[b - 1]) & PROP_DIGIT);
                  if (c == '_')
                    join = TRUE;
                  else if (c == '.' || c == '\'' || c == 0x2019)
                    join = prev_digit == next_digit;
                  else if (c == ':' || c == 0x00B7)
                    join = !prev_digit && !next_digit;
                  else if (c == ',' || c == ';')
                    join = prev_digit && next_digit;
                  if (join)
                    {
                      tok_push (tok, c, fi[j]);
                      j++;
                      continue;
                    }
                }
              break;
            }
          emit_word (self, out, tok->chars, tok->n, expand_teencode, has_marks);
        }
      else
        {
          gunichar kind = NC_NORM_SPACE;

          while (j < n_f && !(props (fc[j]) & PROP_ALNUM))
            {
              if (is_stop (fc[j]))
                kind = NC_NORM_STOP;
              j++;
            }
          emit_separator (out, kind, fi[i], fi[j - 1] + 1);
        }
      i = j;
    }
}

static NcNormText *
normalizer_run (NcNormalizer *self,
                const char   *text,
                gsize         n_bytes,
                gboolean      expand_teencode,
                int           force_icu)
{
  NcNormText *nt = g_new0 (NcNormText, 1);
  g_autofree gunichar *fc = NULL;
  g_autofree guint32 *fi = NULL;
  gsize n_f = 0;
  Tok tok;
  GArray *out;
  gboolean has_marks = FALSE, use_icu = force_icu > 0;
  gsize cap, i;
  const guchar *p, *end;

  g_return_val_if_fail (self != NULL, NULL);

  nt->text = text;
  nt->n_bytes = n_bytes;

  /* 1. code points and their byte and UTF-16 offsets; the text to segment,
   * without invisible characters, emoji turned into spaces */
  cap = n_bytes + 1;
  nt->cp_byte = g_new (guint32, cap);
  nt->cp_utf16 = g_new (guint32, cap);
  nt->cps = g_new (gunichar, cap);
  fc = g_new (gunichar, cap);
  fi = g_new (guint32, cap);
  {
    gsize n_cps = 0, utf16 = 0;

    p = (const guchar *) text;
    end = p + n_bytes;
    while (p < end)
      {
        gunichar c;

        nt->cp_byte[n_cps] = (guint32) (p - (const guchar *) text);
        nt->cp_utf16[n_cps] = (guint32) utf16;
        if (*p < 0x80)
          {
            c = *p++;
            if (c == '"')
              nt->has_quotes = TRUE;
            fc[n_f] = c;
            fi[n_f++] = (guint32) n_cps;
            nt->cps[n_cps++] = c;
            utf16++;
            continue;
          }
        c = g_utf8_get_char ((const char *) p);
        p = (const guchar *) g_utf8_next_char (p);
        nt->cps[n_cps] = c;
        utf16 += c >= 0x10000 ? 2 : 1;
        if (c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB)
          nt->has_quotes = TRUE;
        if (!is_invisible (c))
          {
            fc[n_f] = is_emoji (c) ? ' ' : c;
            fi[n_f++] = (guint32) n_cps;
            if (force_icu == 0 && needs_dictionary (c))
              use_icu = TRUE;
          }
        n_cps++;
      }
    nt->cp_byte[n_cps] = (guint32) n_bytes;
    nt->cp_utf16[n_cps] = (guint32) utf16;
    nt->n_cps = n_cps;
  }

  out = g_array_sized_new (FALSE, FALSE, sizeof (NcNormChar), nt->n_cps + 16);
  tok.cap = 64;
  tok.n = 0;
  tok.chars = g_new (TokChar, tok.cap);

  /* 2. words */
  if (use_icu)
    segment_icu (self, fc, fi, n_f, out, &tok, expand_teencode, &has_marks);
  else
    segment_fast (self, fc, fi, n_f, out, &tok, expand_teencode, &has_marks);
  g_free (tok.chars);

  /* trailing separator is not needed */
  if (out->len > 0)
    {
      NcNormChar *last = &g_array_index (out, NcNormChar, out->len - 1);
      if (last->folded == NC_NORM_SPACE || last->folded == NC_NORM_STOP)
        g_array_set_size (out, out->len - 1);
    }

  join_split_letters (out);

  nt->n_chars = out->len;
  nt->n_words = 0;
  for (i = 0; i < out->len; i++)
    {
      NcNormChar *c = &g_array_index (out, NcNormChar, i);
      if (c->folded != NC_NORM_SPACE && c->folded != NC_NORM_STOP &&
          (i == 0 || c[-1].folded == NC_NORM_SPACE || c[-1].folded == NC_NORM_STOP))
        nt->n_words++;
    }
  nt->has_marks = has_marks;
  nt->chars = (NcNormChar *) (void *) g_array_free (out, FALSE);
  return nt;
}

NcNormText *
nc_normalizer_run (NcNormalizer *self,
                   const char   *text,
                   gsize         n_bytes,
                   gboolean      expand_teencode)
{
  return normalizer_run (self, text, n_bytes, expand_teencode, 0);
}

NcNormText *
nc_normalizer_run_segmenter (NcNormalizer *self,
                             const char   *text,
                             gsize         n_bytes,
                             gboolean      use_icu)
{
  return normalizer_run (self, text, n_bytes, TRUE, use_icu ? 1 : -1);
}

static char *
to_string (const NcNormText *nt, gboolean folded)
{
  GString *s = g_string_sized_new (nt->n_chars + 1);

  for (gsize i = 0; i < nt->n_chars; i++)
    g_string_append_unichar (s, folded ? nt->chars[i].folded : nt->chars[i].marked);
  return g_string_free (s, FALSE);
}

char *
nc_norm_text_to_folded (const NcNormText *nt)
{
  return to_string (nt, TRUE);
}

char *
nc_norm_text_to_marked (const NcNormText *nt)
{
  return to_string (nt, FALSE);
}
