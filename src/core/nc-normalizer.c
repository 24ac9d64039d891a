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
static const UNormalizer2 *nfc_norm;

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
  if (c < 0x80)
    return g_ascii_tolower (c);
  return (gunichar) u_foldCase ((UChar32) c, U_FOLD_CASE_DEFAULT);
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

      if (!u_isalnum ((UChar32) c))
        continue;
      if (u_isdigit ((UChar32) c))
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

  if (expand_teencode && self->teencode != NULL && n <= 8)
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

NcNormText *
nc_normalizer_run (NcNormalizer *self,
                   const char   *text,
                   gsize         n_bytes,
                   gboolean      expand_teencode)
{
  NcNormText *nt = g_new0 (NcNormText, 1);
  g_autofree UChar *u16 = NULL;
  g_autofree guint32 *u16_cp = NULL;
  g_autofree TokChar *tok = NULL;
  gsize n_u16 = 0, n_tok = 0, tok_cap;
  GArray *out;
  UBreakIterator *bi;
  gboolean has_marks = FALSE;
  UErrorCode status = U_ZERO_ERROR;
  gsize cap;
  const char *p, *end;
  gsize i;

  g_return_val_if_fail (self != NULL, NULL);

  nt->text = text;
  nt->n_bytes = n_bytes;

  /* 1. code points and their byte and UTF-16 offsets */
  cap = n_bytes + 1;
  nt->cp_byte = g_new (guint32, cap);
  nt->cp_utf16 = g_new (guint32, cap);
  u16 = g_new (UChar, 2 * n_bytes + 2);
  u16_cp = g_new (guint32, 2 * n_bytes + 2);
  {
    gsize n_cps = 0, utf16 = 0;

    p = text;
    end = text + n_bytes;
    while (p < end)
      {
        gunichar c = g_utf8_get_char (p);

        nt->cp_byte[n_cps] = (guint32) (p - text);
        nt->cp_utf16[n_cps] = (guint32) utf16;
        utf16 += c >= 0x10000 ? 2 : 1;

        /* 2. the UTF-16 text for the break iterator, without the
         * invisible characters; emoji become spaces */
        if (!is_invisible (c))
          {
            gunichar b = is_emoji (c) ? ' ' : c;

            if (b >= 0x10000)
              {
                u16[n_u16] = U16_LEAD (b);
                u16_cp[n_u16++] = (guint32) n_cps;
                u16[n_u16] = U16_TRAIL (b);
                u16_cp[n_u16++] = (guint32) n_cps;
              }
            else
              {
                u16[n_u16] = (UChar) b;
                u16_cp[n_u16++] = (guint32) n_cps;
              }
          }
        n_cps++;
        p = g_utf8_next_char (p);
      }
    nt->cp_byte[n_cps] = (guint32) n_bytes;
    nt->cp_utf16[n_cps] = (guint32) utf16;
    nt->n_cps = n_cps;
    u16_cp[n_u16] = (guint32) n_cps;
  }

  out = g_array_sized_new (FALSE, FALSE, sizeof (NcNormChar), nt->n_cps + 16);
  tok_cap = 64;
  tok = g_new (TokChar, tok_cap);

  /* 3. words from ICU's break iterator */
  bi = get_break_iterator ();
  if (bi != NULL && n_u16 > 0)
    {
      int32_t start, stop;

      ubrk_setText (bi, u16, (int32_t) n_u16, &status);
      start = ubrk_first (bi);
      for (stop = ubrk_next (bi); stop != UBRK_DONE; start = stop, stop = ubrk_next (bi))
        {
          int32_t rule = ubrk_getRuleStatus (bi);
          guint32 seg_start = u16_cp[start];
          guint32 seg_end = u16_cp[stop - 1] + 1;

          if (rule >= UBRK_WORD_NONE_LIMIT)
            {
              n_tok = 0;
              for (int32_t k = start; k < stop; k++)
                {
                  UChar32 c = u16[k];

                  if (U16_IS_LEAD (c) && k + 1 < stop && U16_IS_TRAIL (u16[k + 1]))
                    {
                      c = U16_GET_SUPPLEMENTARY (c, u16[k + 1]);
                      k++;
                    }
                  /* NFC: compose a combining mark onto its base */
                  if (n_tok > 0 && u_getCombiningClass (c) != 0)
                    {
                      UChar32 composed = unorm2_composePair (nfc_norm, (UChar32) tok[n_tok - 1].c, c);

                      if (composed >= 0)
                        tok[n_tok - 1].c = (gunichar) composed;
                      tok[n_tok - 1].end = u16_cp[k] + 1;
                      continue;
                    }
                  if (u_charType (c) == U_NON_SPACING_MARK && n_tok > 0)
                    {
                      tok[n_tok - 1].end = u16_cp[k] + 1;
                      continue;
                    }
                  if (n_tok == tok_cap)
                    {
                      tok_cap *= 2;
                      tok = g_renew (TokChar, tok, tok_cap);
                    }
                  tok[n_tok].c = (gunichar) c;
                  tok[n_tok].start = u16_cp[k];
                  tok[n_tok].end = u16_cp[k] + 1;
                  n_tok++;
                }
              emit_word (self, out, tok, n_tok, expand_teencode, &has_marks);
            }
          else
            {
              gunichar kind = NC_NORM_SPACE;

              for (int32_t k = start; k < stop; k++)
                if (is_stop (u16[k]))
                  kind = NC_NORM_STOP;
              emit_separator (out, kind, seg_start, seg_end);
            }
        }
    }

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
