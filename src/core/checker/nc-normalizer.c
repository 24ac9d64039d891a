/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-normalizer.c — ICU-based normalization with an offset map */
#include "config.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "nc-normalizer.h"
#include "nc-letter-segmenter.h"

#define FOLD_TABLE_SIZE 0x2000

#define TEEN_SLOTS 512   /* open addressing; a power of two */
#define TEEN_MAX_LEN 6

/* A teencode token packed into two words: 3 code points of 21 bits each. */
typedef struct {
  guint64     a, b;
  const char *expansion;   /* owned by the hash table; NULL = empty slot */
  NcNormChar *chars;       /* the expansion, normalized once (offsets unset) */
  guint32     n_chars;
  guint32     n_words;
  gboolean    may_join;    /* holds a one-char word ("n g u" joining) */
} TeenSlot;

/* The size of the quick test of words run together from two-word
 * insults (pair_index()). */
#define PAIR_BITS 16384

struct _NcNormalizer
{
  GHashTable *teencode;  /* owned ref, may be NULL */
  TeenSlot    slots[TEEN_SLOTS];
  /* a quick "certainly not teencode" test: for each length, the tokens'
   * first two chars, six bits of each (bit c[1] of [n][c[0]]; 0 for the
   * second of a one-char token) */
  guint64     teen_starts[TEEN_MAX_LEN + 1][64];
  /* words run together ("thằngngu", "urstupid"): the insult words a
   * calling word or a target may be run into (folded -> 1 + is_vi), the
   * first two letters of each (bit b of [a], letters from 'a'), and the
   * words never split (common words, the insult words themselves);
   * glue_on once the lexicon is read (its own phrases are never split) */
  GHashTable *glue_tails;
  GHashTable *glue_known;
  GHashTable *glue_pairs;     /* "fatpig" -> where it splits, "fat pig" */
  GHashTable *phrase_words;   /* every word of every lexicon phrase, folded: letters_split()'s */
  guint32     pair_bits[PAIR_BITS / 32];  /* their first two and last three
                                           * letters and length, hashed */
  guint32     glue_bigrams[26];
  guint32     glue_ends[26 * 26 * 26 / 32 + 1];   /* their last three letters */
  gboolean    glue_on;
};

static inline void
teen_pack (const gunichar *c, gsize n, guint64 *a, guint64 *b)
{
  *a = *b = 0;
  for (gsize i = 0; i < n; i++)
    {
      if (i < 3)
        *a |= (guint64) c[i] << (21 * i);
      else
        *b |= (guint64) c[i] << (21 * (i - 3));
    }
  /* no code point is 0 (NUL is rejected), so the length is implicit */
}

static inline guint
teen_hash (guint64 a, guint64 b)
{
  return (guint) (((a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full)) >> 40) & (TEEN_SLOTS - 1);
}

/* FALSE when @c (@n chars, n <= TEEN_MAX_LEN) is certainly no teencode
 * token. */
static inline gboolean
teen_maybe (const NcNormalizer *self, const gunichar *c, gsize n)
{
  guint second = n > 1 ? c[1] & 63 : 0;

  return ((self->teen_starts[n][c[0] & 63] >> second) & 1) != 0;
}

static const TeenSlot *
teen_lookup (const NcNormalizer *self, const gunichar *c, gsize n)
{
  guint64 a, b;
  guint h;

  if (self->teencode == NULL || !teen_maybe (self, c, n))
    return NULL;
  teen_pack (c, n, &a, &b);
  for (h = teen_hash (a, b); self->slots[h].expansion != NULL; h = (h + 1) & (TEEN_SLOTS - 1))
    if (self->slots[h].a == a && self->slots[h].b == b)
      return &self->slots[h];
  return NULL;
}

static gunichar fold_table[FOLD_TABLE_SIZE];
static gunichar lower_table[FOLD_TABLE_SIZE];
static guint8 prop_table[FOLD_TABLE_SIZE];
/* The small ASCII letter a letter with no decomposition looks like, by
 * Unicode's confusables (ICU's spoof checker), or 0: Latin "ı", "ɑ", "ɡ",
 * and the Greek, Cyrillic, Armenian and Cherokee letters of fancy text
 * ("Ꭵ"). */
static guint8 look_alike_table[FOLD_TABLE_SIZE];
/* One bit a char: whether it carries one of Vietnamese's five tone marks. */
static guint8 tone_bits[FOLD_TABLE_SIZE / 8];

/* Whether @c (lower case, marks kept) carries one of the five tone marks. */
static inline gboolean
carries_tone (gunichar c)
{
  return c < FOLD_TABLE_SIZE && ((tone_bits[c >> 3] >> (c & 7)) & 1);
}

/* Everything the decoder and the fast path need of a char below
 * FOLD_TABLE_SIZE, in one place. */
typedef struct {
  union {
    struct {
      gunichar fold;    /* the fold of lower: an NcNormChar's folded */
      gunichar lower;   /* lower_char (c): its marked */
    };
    guint64 pair;       /* both, to compare them at once */
  };
  guint8 props;   /* props (c) */
  guint8 word;    /* WORD_*; 0 unless c and its lower are letters or digits */
  guint8 flags;   /* CHAR_* */
} CharInfo;

enum {
  WORD_ALPHA  = 1 << 0,
  WORD_DIGIT  = 1 << 1,
  WORD_MARKED = 1 << 2,   /* carries Vietnamese marks */
};

enum {
  CHAR_JOINER     = 1 << 0,   /* may join letters or digits: see joins_word() */
  CHAR_INVISIBLE  = 1 << 1,   /* see is_invisible() */
  CHAR_QUOTE      = 1 << 2,   /* « » */
  CHAR_DICTIONARY = 1 << 3,   /* see needs_dictionary() */
  CHAR_STRETCH    = 1 << 4,   /* a plain vowel that may stretch a marked one */
  CHAR_LOOKALIKE  = 1 << 5,   /* a letter unmask() may read as a Latin one */
  CHAR_SUSPECT    = 1 << 6,   /* one of mask_suspects */
  CHAR_EMOJI_WORD = 1 << 7,   /* an emoji read as a word: see emoji_word() */
};

/* The ASCII chars unmask() may read as letters ("b!tch", "f*ck", "$tupid",
 * "@ss", "kiII", "sl_t"): a draft with none of them, and no look-alike
 * letter, has nothing to unmask. */
static const char mask_suspects[] = "!#$*@I_";

/* Greek, Cyrillic and Armenian: scripts with letters that look Latin. */
static inline gboolean
is_cyrillic_or_greek (gunichar c)
{
  return c >= 0x0370 && c < 0x0590;
}

/* Cherokee: no child here writes it, fancy text does ("ᏕᏆᏌᎮᎥᎴ"). */
static inline gboolean
is_cherokee (gunichar c)
{
  return c >= 0x13A0 && c < 0x1400;
}

/* Fills look_alike_table from Unicode's confusables: each letter of the
 * Latin script with no decomposition, and each Greek, Cyrillic, Armenian
 * or Cherokee letter, whose skeleton is one ASCII letter. The long s
 * ("ſ", an s, whose skeleton is f) is left out. */
static void
init_look_alike_table (void)
{
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfd = unorm2_getNFDInstance (&status);
  USpoofChecker *spoof = uspoof_open (&status);

  if (U_FAILURE (status))
    return;
  for (gunichar c = 0x80; c < FOLD_TABLE_SIZE; c++)
    {
      UChar in[2] = { (UChar) c, 0 }, out[8], d[8];
      int32_t n;

      status = U_ZERO_ERROR;
      if (!u_isalpha ((UChar32) c) || c == 0x017F ||
          unorm2_getDecomposition (nfd, (UChar32) c, d, G_N_ELEMENTS (d), &status) > 0)
        continue;
      if (!(uscript_getScript ((UChar32) c, &status) == USCRIPT_LATIN || is_cyrillic_or_greek (c) ||
            is_cherokee (c)))
        continue;
      n = uspoof_getSkeleton (spoof, 0, in, 1, out, G_N_ELEMENTS (out), &status);
      if (U_SUCCESS (status) && n == 1 && out[0] < 0x80 && g_ascii_isalpha (out[0]))
        look_alike_table[c] = (guint8) g_ascii_tolower (out[0]);
    }
  uspoof_close (spoof);
}

/* Letters of "fancy text" that stand for Latin ones (see compat_letter()):
 * full-width, mathematical, circled and parenthesized letters, squared
 * ones, small capitals ("ꜱᴛᴜᴘɪᴅ") and modifier letters ("ˢᵗᵘᵖⁱᵈ"). */
static inline gboolean
is_compat_letter (gunichar c)
{
  return (c >= 0xFF01 && c <= 0xFF5E) || (c >= 0x1D400 && c <= 0x1D7FF) || (c >= 0x249C && c <= 0x24E9) ||
         (c >= 0x1F130 && c <= 0x1F189) || (c >= 0x1D00 && c <= 0x1D6A) || (c >= 0x1D9C && c <= 0x1DBF) ||
         (c >= 0x2070 && c <= 0x209C) || (c >= 0x02B0 && c <= 0x02B8) || (c >= 0x02E0 && c <= 0x02E4) ||
         c == 0x026A || c == 0x0262 || c == 0x0274 || c == 0x0280 || c == 0x028F || c == 0x0299 ||
         c == 0x029C || c == 0x029F || c == 0xA730 || c == 0xA731 || c == 0xA7AF;
}

static CharInfo info_table[FOLD_TABLE_SIZE];
/* The length of a UTF-8 sequence by its first byte, for the two- and
 * three-byte ones that need no more checks than their continuation
 * bytes (C2-DF, E1-EC, EE, EF: never overlong, never a surrogate); 0 for
 * the others. */
static guint8 short_utf8_len[256];
static void init_info_table (void);
static const UNormalizer2 *nfc_norm;

enum {
  PROP_ALNUM = 1 << 0,
  PROP_DIGIT = 1 << 1,
  PROP_MARK  = 1 << 2,   /* combining: composes onto the previous char */
};

/* Whether an NFD decomposition (a letter, then marks) spells a
 * Vietnamese letter: a vowel under the tone marks and the marks of ă, â,
 * ê, ô, ơ, ư. */
static gboolean
vietnamese_decomposition (const UChar *d, int32_t n)
{
  if (strchr ("aeiouyAEIOUY", (int) d[0]) == NULL)
    return FALSE;
  for (int32_t k = 1; k < n; k++)
    if (d[k] != 0x0300 && d[k] != 0x0301 && d[k] != 0x0303 && d[k] != 0x0309 &&
        d[k] != 0x0323 && d[k] != 0x0302 && d[k] != 0x0306 && d[k] != 0x031B)
      return FALSE;
  return TRUE;
}

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
          for (int32_t k = 1; U_SUCCESS (status) && k < n; k++)
            if (buf[k] == 0x0300 || buf[k] == 0x0301 || buf[k] == 0x0303 || buf[k] == 0x0309 || buf[k] == 0x0323)
              tone_bits[c >> 3] |= (guint8) (1u << (c & 7));
          if (U_SUCCESS (status) && n > 0 && buf[0] < 0x80 && g_ascii_isalpha (buf[0]))
            {
              fold_table[c] = buf[0];
              /* a Latin letter with a mark Vietnamese does not write
               * ("stüpid", "ïdiot", "ñ") is its plain letter in the
               * marked form too: a child's decoration, not a tone */
              if (!vietnamese_decomposition (buf, n))
                lower_table[c] = buf[0];
            }
        }
      fold_table[0x0110] = 'd';
      fold_table[0x0111] = 'd';
      /* a Latin letter that only looks like a plain one ("ıdıot") is it,
       * as a letter with a mark Vietnamese does not write is */
      init_look_alike_table ();
      for (gunichar c = 0x80; c < FOLD_TABLE_SIZE; c++)
        if (look_alike_table[c] != 0 && c != 0x0110 && c != 0x0111 && !is_cyrillic_or_greek (c) &&
            !is_cherokee (c))
          fold_table[c] = lower_table[c] = look_alike_table[c];
      for (guint b = 0; b < 256; b++)
        short_utf8_len[b] = b >= 0xC2 && b <= 0xDF ? 2 :
                            b >= 0xE1 && b <= 0xEF && b != 0xED ? 3 : 0;
      init_info_table ();
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

/* Emoji children use as the insult itself ("you're a 🤡", "m là 🐶 à",
 * "🖕 you"): each is read as a word of its own, named by letters no typed
 * word folds to ("zq..."), so the lexicon names them by the emoji itself
 * (normalized alike) and its aiming rules judge them as they judge
 * "clown" or "heo": "I love 🐷" and "con 🐶 nhà em" have no target. Every
 * other emoji still separates words like a space. One name for the faces
 * and the animals of a kind. */
static const struct { gunichar c; const char *word; } emoji_words[] = {
  { 0x1F400, "zqrat" },    /* 🐀 */
  { 0x1F404, "zqcow" },    /* 🐄 */
  { 0x1F40D, "zqsnake" },  /* 🐍 */
  { 0x1F412, "zqmonkey" }, /* 🐒 */
  { 0x1F415, "zqdog" },    /* 🐕 */
  { 0x1F416, "zqpig" },    /* 🐖 */
  { 0x1F42E, "zqcow" },    /* 🐮 */
  { 0x1F435, "zqmonkey" }, /* 🐵 */
  { 0x1F436, "zqdog" },    /* 🐶 */
  { 0x1F437, "zqpig" },    /* 🐷 */
  { 0x1F43D, "zqpig" },    /* 🐽 */
  { 0x1F4A9, "zqpoo" },    /* 💩 */
  { 0x1F595, "zqfinger" }, /* 🖕 */
  { 0x1F921, "zqclown" },  /* 🤡 */
  { 0x1F98D, "zqape" },    /* 🦍 */
};

/* The word an emoji is read as, or NULL. */
static inline const char *
emoji_word (gunichar c)
{
  if (c < 0x1F400 || c > 0x1F98D)
    return NULL;
  for (gsize k = 0; k < G_N_ELEMENTS (emoji_words); k++)
    if (emoji_words[k].c == c)
      return emoji_words[k].word;
  return NULL;
}

/* Calling words and targets a child runs into an insult ("thằngngu",
 * "đồngu", "urstupid", "youreanidiot", and "a l o s e r" joined to
 * "aloser"): a word that starts with one (or two) of them and whose rest
 * is an insult word of the same language is read as those words apart
 * (split_glued()). Only these: an insult inside any other longer word is
 * no insult ("Scunthorpe", "cockpit", "therapist"). Folded. */
static const struct { const char *head; guint8 len, is_vi, adjective; } glue_heads[] = {
  { "youre", 5, 0, 0 }, { "your", 4, 0, 0 }, { "you", 3, 0, 0 }, { "ur", 2, 0, 0 },
  { "u", 1, 0, 0 }, { "an", 2, 0, 0 }, { "a", 1, 0, 0 },
  /* (and English put-downs before a name: "smellyloser", "stupididiot",
   * and "fatpig", "uglycow" of two-word entries, nc_normalizer_add_glue_pair();
   * letters run together are one, as the normalizer writes them) */
  { "fat", 3, 0, 1 }, { "ugly", 4, 0, 1 }, { "stupid", 6, 0, 1 }, { "dumb", 4, 0, 1 },
  { "smely", 5, 0, 1 }, { "stinky", 6, 0, 1 }, { "dirty", 5, 0, 1 }, { "lard", 4, 0, 1 },
  { "thang", 5, 1, 0 }, { "con", 3, 1, 0 }, { "do", 2, 1, 0 }, { "may", 3, 1, 0 },
};

/* Letter, digit and mark properties; an emoji is none of them (it
 * separates words like a space). */
static inline guint8
props (gunichar c)
{
  if (c < FOLD_TABLE_SIZE)
    return prop_table[c];
  if (is_emoji (c))
    return 0;
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

/* Decodes a teencode expansion once: the chars it emits (offsets are set
 * per use), and how many words it holds. */
static void
teen_prepare (TeenSlot *slot)
{
  gboolean exp_marked = FALSE;
  gsize n = 0;

  for (const char *p = slot->expansion; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x80 && nc_normalizer_fold_char (c) < 0x80)
        exp_marked = TRUE;
      n++;
    }
  slot->chars = g_new0 (NcNormChar, MAX (n, 1));
  slot->n_chars = (guint32) n;
  slot->n_words = 0;
  n = 0;
  for (const char *p = slot->expansion; *p; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      NcNormChar *nc = &slot->chars[n];

      nc->marked = c;
      nc->folded = c == ' ' ? NC_NORM_SPACE : nc_normalizer_fold_char (c);
      nc->run = 1;
      nc->word_marked = exp_marked;
      if (nc->folded != NC_NORM_SPACE && nc->folded != NC_NORM_STOP &&
          (n == 0 || slot->chars[n - 1].folded == NC_NORM_SPACE ||
           slot->chars[n - 1].folded == NC_NORM_STOP))
        slot->n_words++;
    }
  /* conservative: any expansion of more than one word, or of one char */
  slot->may_join = slot->n_words > 1 || slot->n_chars <= 1;
}

NcNormalizer *
nc_normalizer_new (GHashTable *teencode)
{
  NcNormalizer *self = g_new0 (NcNormalizer, 1);

  init_tables ();
  self->glue_tails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->glue_known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->glue_pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->phrase_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (teencode != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      self->teencode = g_hash_table_ref (teencode);
      g_assert (g_hash_table_size (teencode) < TEEN_SLOTS / 2);
      g_hash_table_iter_init (&iter, teencode);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          gunichar c[TEEN_MAX_LEN];
          gsize n = 0;
          guint64 a, b;
          guint h;

          for (const char *p = key; *p && n < TEEN_MAX_LEN + 1; p = g_utf8_next_char (p), n++)
            if (n < TEEN_MAX_LEN)
              c[n] = g_utf8_get_char (p);
          if (n == 0 || n > TEEN_MAX_LEN)
            continue;
          teen_pack (c, n, &a, &b);
          for (h = teen_hash (a, b); self->slots[h].expansion != NULL; h = (h + 1) & (TEEN_SLOTS - 1))
            ;
          self->slots[h].a = a;
          self->slots[h].b = b;
          self->slots[h].expansion = value;
          teen_prepare (&self->slots[h]);
          self->teen_starts[n][c[0] & 63] |= (guint64) 1 << (n > 1 ? c[1] & 63 : 0);
        }
    }
  return self;
}

void
nc_normalizer_free (NcNormalizer *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < TEEN_SLOTS; i++)
    g_free (self->slots[i].chars);
  g_clear_pointer (&self->teencode, g_hash_table_unref);
  g_clear_pointer (&self->glue_tails, g_hash_table_unref);
  g_clear_pointer (&self->glue_known, g_hash_table_unref);
  g_clear_pointer (&self->glue_pairs, g_hash_table_unref);
  g_clear_pointer (&self->phrase_words, g_hash_table_unref);
  g_free (self);
}

/* ASCII chars that end a sentence or a clause */
static const guint8 ascii_stop[128] = {
  ['.'] = 1, [','] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1, [':'] = 1, ['\n'] = 1,
  ['\r'] = 1, ['"'] = 1, ['('] = 1, [')'] = 1,
};

static inline gboolean
is_stop (gunichar c)
{
  if (c < 128)
    return ascii_stop[c];
  return c == 0x2026 || c == 0x3002 || c == 0x201C || c == 0x201D;
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
    case '9': return 'g';
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

/* The normalized text being built: a plain buffer, grown on demand. */
typedef struct {
  NcNormChar *c;
  gsize       n, cap;
  gsize       n_words;
  gssize      last_single;  /* where the last one-letter word ends, or -1 */
  guint       streak;       /* one-letter words in a row, space-separated */
  gsize       streak_start; /* where the streak's first letter is */
  gboolean    streak_joins; /* one of them may join: see note_single() */
  gboolean    need_join;    /* join_split_letters() may have work ... */
  gsize       join_from;    /* ... from here on (nothing to join before) */
  gboolean    has_marks;
  gboolean    typed_marks;  /* has_marks, short forms' marks aside */
  const NcNormalizer *glue; /* split_glued()'s words, NULL when off */
  gboolean    need_glue;    /* split_glued() may have work ... */
  gsize       glue_from;    /* ... from here on */
  guint       telex_ends;   /* words that end as Telex keys do: counted as the
                             * words are written, so that decode_telex() reads
                             * only drafts with two or more */
} Out;

static inline gboolean is_word_letter (gunichar l);

/* The bit of glue_ends for the last three letters @a, @b, @c of a word
 * (each 0 to 25). */
static inline guint
glue_end_index (guint a, guint b, guint c)
{
  return (a * 26 + b) * 26 + c;
}

static inline gboolean
glue_end_bit (const NcNormalizer *self, guint a, guint b, guint c)
{
  guint k = glue_end_index (a, b, c);

  return (self->glue_ends[k >> 5] >> (k & 31)) & 1;
}

/* The hash of a word of @n letters that starts with @a, @b and ends with
 * @x, @y, @z (all folded), for pair_bits. */
static inline guint32
pair_hash (gunichar a, gunichar b, gunichar x, gunichar y, gunichar z, gsize n)
{
  return (((((a * 31u + b) * 31u + x) * 31u + y) * 31u + z) * 31u + (guint32) n) * 2654435761u;
}

/* (two bits of the hash, 14 bits each: few words pass both) */
#define PAIR_BIT1(h) ((h) >> 18)
#define PAIR_BIT2(h) (((h) >> 4) & (PAIR_BITS - 1))

static inline gboolean
pair_bit (const NcNormalizer *self, const NcNormChar *w, const NcNormChar *end)
{
  guint32 h = pair_hash (w[0].folded, w[1].folded, end[-3].folded, end[-2].folded, end[-1].folded,
                         (gsize) (end - w));

  return ((self->pair_bits[PAIR_BIT1 (h) >> 5] >> (PAIR_BIT1 (h) & 31)) &
          (self->pair_bits[PAIR_BIT2 (h) >> 5] >> (PAIR_BIT2 (h) & 31)) & 1) != 0;
}

/* Whether the word [@w, @end) starts with a head of glue_heads whose rest
 * may be an insult word: its first two letters start one (the quick test
 * before split_glued() looks it up). */
static G_GNUC_NO_INLINE gboolean
glue_candidate (const NcNormalizer *self, const NcNormChar *w, const NcNormChar *end)
{
  gsize n = (gsize) (end - w);

  for (gsize h = 0; h < G_N_ELEMENTS (glue_heads); h++)
    {
      gsize l = glue_heads[h].len, k;
      gunichar a, b;

      if (w->folded != (gunichar) glue_heads[h].head[0] || l + 3 > n)
        continue;
      for (k = 0; k < l && w[k].folded == (gunichar) glue_heads[h].head[k]; k++)
        ;
      if (k < l)
        continue;
      a = w[l].folded - 'a';
      b = w[l + 1].folded - 'a';
      if (a < 26 && b < 26 && ((self->glue_bigrams[a] >> b) & 1))
        return TRUE;
      /* or a second head first ("youreanidiot"), checked in full later */
      if (glue_heads[h].is_vi == 0 && (w[l].folded == 'a' || w[l].folded == 'u'))
        return TRUE;
    }
  return FALSE;
}

/* Notes a one-letter word written at [@base, @end) of out->c (@end past
 * @base + 1 for a teencode expansion of the typed letter @teen_letter, 0
 * for none): three in a row, split by spaces, are for
 * join_split_letters(), when one of them may join: a letter typed as it
 * is, or a teencode letter that is no word of its own (letters that are
 * words, all teencode, "k m t", join_split_letters() leaves apart). */
static inline void
note_single (Out *out, gsize base, gsize end, gunichar teen_letter)
{
  const NcNormChar *o = out->c;
  gboolean joins = teen_letter == 0 || !is_word_letter (teen_letter);

  if (base >= 2 && o[base - 1].folded == NC_NORM_SPACE && out->last_single == (gssize) base - 1)
    {
      out->streak++;
      out->streak_joins |= joins;
    }
  else
    {
      out->streak = 1;
      out->streak_start = base;
      out->streak_joins = joins;
    }
  out->last_single = (gssize) end;
  if (out->streak >= 3 && out->streak_joins)
    {
      out->need_join = TRUE;
      out->join_from = MIN (out->join_from, out->streak_start);
    }
}

/* Whether @c is a key Telex types after a syllable's letters: a tone
 * (f, s, r, x, j) or the hook of "ư", "ơ", "ă" (w). No Vietnamese word
 * typed without its marks ends in one. */
static inline gboolean
is_telex_key (gunichar c)
{
  return c == 'f' || c == 's' || c == 'r' || c == 'x' || c == 'j' || c == 'w';
}

/* Whether the word [@w, @end) carries two tone marks: more than one
 * syllable, typed with no space ("màyngunhưbò"). */
static gboolean
two_tones (const NcNormChar *w, const NcNormChar *end)
{
  guint tones = 0;

  for (; w < end && tones < 2; w++)
    tones += carries_tone (w->marked);
  return tones == 2;
}

/* Notes a word just written at [@word, @end) of out->c. */
static inline __attribute__ ((always_inline)) void
note_word (Out *out, const NcNormChar *word, const NcNormChar *end)
{
  out->n_words++;
  if (end - word >= 5 && out->glue != NULL)
    {
      /* (quick: the word ends as an insult word does) */
      guint a = end[-3].folded - 'a', b = end[-2].folded - 'a', c = end[-1].folded - 'a';

      /* (or its letters were typed apart, "n.g.u.v.l", or it holds
       * syllables run together, "màyngunhưbò": letters_split()) */
      if ((a < 26 && b < 26 && c < 26 &&
           ((glue_end_bit (out->glue, a, b, c) && glue_candidate (out->glue, word, end)) ||
            pair_bit (out->glue, word, end))) ||
          word[1].orig_start > word[0].orig_end ||
          (end - word >= 6 && end - word <= 24 && word->word_marked && two_tones (word, end)))
        {
          out->need_glue = TRUE;
          out->glue_from = MIN (out->glue_from, (gsize) (word - out->c));
        }
    }
  if (end - word == 1 && word->run == 1 && word->folded < 0x80 && g_ascii_isalpha (word->folded))
    note_single (out, (gsize) (word - out->c), (gsize) (end - out->c), 0);
  out->telex_ends += end - word >= 3 && is_telex_key (end[-1].folded);
}

static void
out_grow (Out *o, gsize need)
{
  gsize cap = MAX (o->cap, 64);

  while (cap < o->n + need)
    cap *= 2;
  o->c = g_renew (NcNormChar, o->c, cap);
  o->cap = cap;
}

static inline void
out_reserve (Out *o, gsize need)
{
  if (G_UNLIKELY (o->n + need > o->cap))
    out_grow (o, need);
}

static inline gboolean
is_sep_char (gunichar f)
{
  return f == NC_NORM_SPACE || f == NC_NORM_STOP;
}

/* Appends the expansion of a teencode word that spans the code points
 * [@w_start, @w_end) (out_reserve()d by the caller). */
static void
put_expansion (Out *out, const TeenSlot *expansion, guint32 w_start, guint32 w_end)
{
  NcNormChar *o = out->c + out->n;

  for (guint32 k = 0; k < expansion->n_chars; k++)
    {
      o[k] = expansion->chars[k];
      o[k].orig_start = w_start;
      o[k].orig_end = w_end;
    }
  out->n += expansion->n_chars;
  if (expansion->chars[0].word_marked)
    out->has_marks = TRUE;
  out->n_words += expansion->n_words;
  if (expansion->may_join)
    {
      out->need_join = TRUE;
      out->join_from = 0;
    }
  else if (w_end == w_start + 1)
    note_single (out, (gsize) (o - out->c), out->n,   /* "k" among "k i l l" */
                 g_ascii_tolower ((gunichar) (expansion->a & 0x1FFFFF)));
}

/* Whether the plain vowel @c (its fold @f), after the same vowel with a
 * tone mark, stretches it ("quáaa", "chóoo" are "quá", "chó"): a, e, i,
 * o, y; not u, which also follows ư ("cứu", "hưu"). */
static inline gboolean
stretches_marked (gunichar c, gunichar f)
{
  return c == f && (f == 'a' || f == 'e' || f == 'i' || f == 'o' || f == 'y');
}

/* Appends one word to @out: case folding, dropping of inner punctuation,
 * l33t, teencode expansion and the collapse of repeated letters. */
static void
emit_word (NcNormalizer *self,
           Out          *out,
           TokChar      *tok,
           gsize         n_tok,
           gboolean      expand_teencode)
{
  gboolean marked = FALSE;
  gsize n_alpha = 0, n_digit = 0;
  gsize n = 0;
  const TeenSlot *expansion = NULL;
  guint32 w_start, w_end;

  /* case fold, drop what is not a letter or digit, note the marks */
  for (gsize i = 0; i < n_tok; i++)
    {
      gunichar c = lower_char (tok[i].c);
      guint8 pr = props (c);

      if (!(pr & PROP_ALNUM))
        continue;
      if (pr & PROP_DIGIT)
        n_digit++;
      else
        n_alpha++;
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

  /* l33t only in words of two letters or more, no more digits than
   * letters but one ("ng0", "1d10t"; not "50k", "2024") */
  if (n_digit > 0 && n_alpha >= 2 && n_digit <= n_alpha + 1)
    for (gsize i = 0; i < n; i++)
      {
        /* a 1 after an i or an l is an l ("ki11") */
        if (tok[i].c == '1' && i > 0 && (tok[i - 1].c == 'i' || tok[i - 1].c == 'l'))
          tok[i].c = 'l';
        else
          tok[i].c = leet (tok[i].c);
      }

  if (expand_teencode && self->teencode != NULL && n <= TEEN_MAX_LEN)
    {
      gunichar key[TEEN_MAX_LEN];

      for (gsize i = 0; i < n; i++)
        key[i] = tok[i].c;
      expansion = teen_lookup (self, key, n);
    }

  out_reserve (out, (expansion != NULL ? expansion->n_chars : n) + 1);
  if (out->n > 0)
    {
      NcNormChar *prev = &out->c[out->n - 1];

      if (!is_sep_char (prev->folded))
        {
          /* two words with nothing between them (ICU's dictionary break
           * in CJK or Thai): the separator takes the next word's first
           * code point, so that every span stays non-empty */
          NcNormChar sep = { NC_NORM_SPACE, NC_NORM_SPACE, prev->orig_end, w_start, 1, 0 };

          if (w_start <= prev->orig_end)
            {
              sep.orig_start = w_start;
              sep.orig_end = w_start + 1;
            }
          out->c[out->n++] = sep;
        }
    }

  if (expansion != NULL)
    {
      put_expansion (out, expansion, w_start, w_end);
      return;
    }

  if (marked)
    out->has_marks = out->typed_marks = TRUE;

  {
    gsize base = out->n, w = base;
    NcNormChar *o = out->c;

    for (gsize i = 0; i < n; i++)
      {
        gunichar c = tok[i].c;
        gunichar f = c < FOLD_TABLE_SIZE ? fold_table[c] : c;

        if (w > base && o[w - 1].folded == f && (o[w - 1].marked == c || stretches_marked (c, f)))
          {
            if (o[w - 1].run < G_MAXUINT16)
              o[w - 1].run++;
            o[w - 1].orig_end = tok[i].end;
            continue;
          }
        o[w].folded = f;
        o[w].marked = c;
        o[w].orig_start = tok[i].start;
        o[w].orig_end = tok[i].end;
        o[w].run = 1;
        o[w].word_marked = marked;
        w++;
      }
    out->n = w;
    note_word (out, o + base, o + w);
  }
}

static inline void
emit_separator (Out *out, gunichar kind, guint32 start, guint32 end)
{
  NcNormChar *prev;

  if (out->n == 0)
    return;
  prev = &out->c[out->n - 1];
  if (is_sep_char (prev->folded))
    {
      if (kind == NC_NORM_STOP)
        prev->folded = prev->marked = NC_NORM_STOP;
      prev->orig_end = end;
      return;
    }
  out_reserve (out, 1);
  prev = &out->c[out->n++];
  prev->folded = prev->marked = kind;
  prev->orig_start = start;
  prev->orig_end = end;
  prev->run = 1;
  prev->word_marked = 0;
}

/* How many letters the run of @tok from @k on (@step 1) or before @k
 * (@step -1) holds, up to a '.' or '_' or the end; 0 when a digit is in
 * it ("v1.2", "3.14"). */
static gsize
letters_in_run (const TokChar *tok, gsize n_tok, gssize k, int step)
{
  gsize letters = 0;

  for (; k >= 0 && (gsize) k < n_tok && tok[k].c != '.' && tok[k].c != '_'; k += step)
    {
      guint8 pr = props (tok[k].c);

      if (pr & PROP_DIGIT)
        return 0;
      letters += (pr & PROP_ALNUM) != 0;
    }
  return letters;
}

/* Appends the word of @tok as emit_word() does, split in two words where
 * a '.' or a '_' stands between runs of two letters or more: a child
 * joins words so to slip them past a filter ("thằng.ngu", "đồ_ngu"), and
 * "my_file", "St.Louis" read as well apart. Letters one by one ("n.g.u",
 * "U.S.A"), an initial ("Ph.D"), numbers ("3.14") and e-mail addresses
 * stay one word. */
static void
emit_token (NcNormalizer *self,
            Out          *out,
            TokChar      *tok,
            gsize         n_tok,
            gboolean      expand_teencode)
{
  gsize from = 0;

  for (gsize k = 1; k < n_tok; k++)
    if (tok[k].c == '@')
      {
        /* an e-mail address stays one word: it names no one (a user
         * name's '@' starts its word, where a segmenter may leave it out) */
        emit_word (self, out, tok, n_tok, expand_teencode);
        return;
      }
  for (gsize k = 1; k + 1 < n_tok; k++)
    if ((tok[k].c == '.' || tok[k].c == '_') &&
        letters_in_run (tok, n_tok, (gssize) k - 1, -1) >= 2 &&
        letters_in_run (tok, n_tok, (gssize) k + 1, 1) >= 2)
      {
        guint32 start = tok[k].start, end = tok[k].end;

        emit_word (self, out, tok + from, k - from, expand_teencode);
        emit_separator (out, NC_NORM_SPACE, start, end);
        from = k + 1;
      }
  emit_word (self, out, tok + from, n_tok - from, expand_teencode);
}

/* The one-letter word at @i, after a separator or the start: returns
 * where it ends (0 when there is none), its letter and whether it is a
 * teencode expansion of one typed letter ("k" as "không", "r" as "rồi",
 * read back as the letter when it stands among spaced letters). */
static inline gsize
single_letter_at (const NcNormChar *c, gsize i, gsize n, const gunichar *cps,
                  gunichar *letter, gboolean *teen)
{
  guint32 s = c[i].orig_start;
  gsize e = i;

  if (i > 0 && !is_sep_char (c[i - 1].folded))
    return 0;
  if (is_sep_char (c[i].folded))
    return 0;
  if (i + 1 >= n || is_sep_char (c[i + 1].folded))
    {
      *letter = c[i].folded;
      *teen = FALSE;
      return c[i].run == 1 && c[i].folded < 0x80 && g_ascii_isalpha (c[i].folded) ? i + 1 : 0;
    }
  /* an expansion: every char of it comes from the one code point */
  if (c[i].orig_end != s + 1 || cps[s] >= 0x80 || !g_ascii_isalpha (cps[s]))
    return 0;
  while (e < n && c[e].orig_start == s && c[e].orig_end == s + 1)
    e++;
  if (e < n && !is_sep_char (c[e].folded))
    return 0;
  while (e > i && is_sep_char (c[e - 1].folded))
    e--;
  *letter = g_ascii_tolower (cps[s]);
  *teen = TRUE;
  return e;
}

/* Letters that are words themselves, or chat forms of words ("u r a
 * loser", "c u"): spaced letters that hold a teencode expansion join only
 * with some other letter among them ("k y s", "l o s e r"). */
static inline gboolean
is_word_letter (gunichar l)
{
  return strchr ("aeiouycbnmtkjr", (int) l) != NULL;
}

/* Joins three or more single letters split by spaces or dashes ("n g u",
 * "k i l l"), from out->join_from on; a gap of more than one space
 * splits them into words ("M À Y  N G U" is "mày ngu", "T H A N K  Y O U"
 * "thank you"). Offsets stay those of the letters. */
static void
join_split_letters (Out *out, const gunichar *cps)
{
  NcNormChar *c = out->c;
  gsize n = out->n, w = out->join_from;
  gboolean changed = FALSE;

  for (gsize i = out->join_from; i < n;)
    {
      gsize starts[64], ends[64];
      gunichar letters[64];
      gsize count = 0, e, k;
      gboolean teen = FALSE, strong = FALSE, t;
      gunichar l;

      gunichar sep_char = 0;   /* what splits them: all alike ("a l-o-s-e-r") */

      /* (only a word's start may be a one-letter word, and only when
       * the char after it ends it or is of the same code point, a short
       * form's expansion: a quick look before single_letter_at(); while
       * nothing has moved, w == i, the chars that fail it stay where
       * they are, skipped in a loop of their own) */
#define MAY_BE_LETTER(i) \
      (((i) == 0 || is_sep_char (c[(i) - 1].folded)) && \
       ((i) + 1 >= n || is_sep_char (c[(i) + 1].folded) || c[(i) + 1].orig_start == c[(i)].orig_start))
      if (w == i)
        {
          while (i < n && !MAY_BE_LETTER (i))
            i++;
          w = i;
          if (i >= n)
            break;
        }
      e = MAY_BE_LETTER (i) ? single_letter_at (c, i, n, cps, &l, &t) : 0;
#undef MAY_BE_LETTER
      while (e != 0 && count < G_N_ELEMENTS (starts))
        {
          starts[count] = count == 0 ? i : ends[count - 1] + 1;
          ends[count] = e;
          letters[count++] = l;
          teen |= t;
          strong |= !is_word_letter (l);
          if (e + 1 < n && c[e].folded == NC_NORM_SPACE &&
              (sep_char == 0 || cps[c[e].orig_start] == sep_char))
            {
              sep_char = cps[c[e].orig_start];
              e = single_letter_at (c, e + 1, n, cps, &l, &t);
            }
          else
            e = 0;
        }
      if (count >= 3 && (!teen || strong))
        {
          gsize group = w;   /* where the current word starts in the output */
          gsize block = w;
          gboolean marked = FALSE;

          for (k = 0; k < count; k++)
            {
              NcNormChar letter = c[starts[k]];

              if (ends[k] - starts[k] > 1 || letter.folded != letters[k])
                {
                  /* a teencode expansion: the letter typed */
                  letter.folded = letter.marked = letters[k];
                  letter.run = 1;
                }
              if (k > 0)
                {
                  NcNormChar sep = c[ends[k - 1]];

                  if (sep.orig_end - sep.orig_start > 1)
                    {
                      /* a wide gap: a word ends */
                      for (gsize m = group; m < w; m++)
                        c[m].word_marked = marked;
                      c[w++] = sep;
                      group = w;
                      marked = FALSE;
                    }
                }
              marked |= letter.marked >= 0x80 && letter.folded < 0x80;
              if (w > group && c[w - 1].folded == letter.folded && c[w - 1].marked == letter.marked &&
                  c[w - 1].run < G_MAXUINT16)
                {
                  /* "k i l l": one l of run 2, as "kill" is */
                  c[w - 1].run++;
                  c[w - 1].orig_end = letter.orig_end;
                }
              else
                c[w++] = letter;
            }
          for (gsize m = group; m < w; m++)
            c[m].word_marked = marked;
          i = ends[count - 1];
          if (!changed && out->glue != NULL)
            {
              /* the joined word may hold a head ("a l o s e r") */
              out->need_glue = TRUE;
              out->glue_from = MIN (out->glue_from, block);
            }
          changed = TRUE;
        }
      else if (count > 0)
        {
          /* not joined: the first letter copied as it is (the next may
           * start letters split otherwise: "a l-o-s-e-r") */
          for (k = i; k < ends[0]; k++)
            c[w++] = c[k];
          i = ends[0];
        }
      else if (w == i)
        {
          w++;
          i++;
        }
      else
        c[w++] = c[i++];
    }
  out->n = w;
  if (changed || w != n)
    {
      /* count the words again */
      gsize words = 0;

      for (gsize k = 0; k < w; k++)
        words += !is_sep_char (c[k].folded) && (k == 0 || is_sep_char (c[k - 1].folded));
      out->n_words = words;
    }
}

/* Whether the @n letters at @buf are an insult word of the language
 * (@is_vi) that a head may be run into. */
static inline gboolean
glue_tail (const NcNormalizer *self, const char *buf, gsize n, guint8 is_vi)
{
  gpointer v;

  if (n < 3 || !((self->glue_bigrams[buf[0] - 'a'] >> (buf[1] - 'a')) & 1))
    return FALSE;
  v = g_hash_table_lookup (self->glue_tails, buf);
  return v != NULL && GPOINTER_TO_UINT (v) == 1u + is_vi;
}

/* Whether the word of @n chars at @w was typed as a name is: a capital
 * after its first letter, and a small letter ("FatFace", "UglyBetty";
 * not "FATPIG", "fatpig", "Fatpig"). */
static gboolean
camel_case (const NcNormText *nt, const NcNormChar *w, gsize n)
{
  gboolean upper = FALSE, lower = FALSE;

  for (gsize k = 0; k < n; k++)
    for (guint32 c = w[k].orig_start; c < w[k].orig_end && c < nt->n_cps; c++)
      {
        upper = upper || (k > 0 && u_isupper ((UChar32) nt->cps[c]));
        lower = lower || u_islower ((UChar32) nt->cps[c]);
      }
  return upper && lower;
}

/* Where the word of @n chars at @w splits into a head, maybe a second
 * head, and an insult word (@cuts, *@n_cuts of them); FALSE when it does
 * not, or when the word is itself a word the lexicon or the common-word
 * lists know. A word written as a name, capitals inside it (@camel:
 * "FatFace", a shop; "#UglyBetty"), is never split after a put-down
 * adjective. */
static gboolean
glue_split (const NcNormalizer *self, const NcNormText *nt, const NcNormChar *w, gsize n, gsize cuts[2],
            guint *n_cuts)
{
  char buf[32];
  gint camel = -1;   /* (camel_case(), once it is needed) */
#define CAMEL() (camel < 0 ? (camel = camel_case (nt, w, n)) : camel)

  if (n < 5 || n >= sizeof buf)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    {
      if (w[k].folded < 'a' || w[k].folded > 'z')
        return FALSE;
      buf[k] = (char) w[k].folded;
    }
  buf[n] = '\0';
  {
    gpointer cut = g_hash_table_lookup (self->glue_pairs, buf);

    if (cut != NULL && !CAMEL ())
      {
        cuts[0] = GPOINTER_TO_SIZE (cut);
        *n_cuts = 1;
        goto found;
      }
  }
  for (gsize h = 0; h < G_N_ELEMENTS (glue_heads); h++)
    {
      gsize l = glue_heads[h].len;
      guint8 vi = glue_heads[h].is_vi;

      if (l + 3 > n || memcmp (buf, glue_heads[h].head, l) != 0 || (glue_heads[h].adjective && CAMEL ()))
        continue;
      if (glue_tail (self, buf + l, n - l, vi))
        {
          cuts[0] = l;
          *n_cuts = 1;
          goto found;
        }
      for (gsize h2 = 0; h2 < G_N_ELEMENTS (glue_heads); h2++)
        {
          gsize l2 = glue_heads[h2].len;

          if (glue_heads[h2].is_vi != vi || l + l2 + 3 > n || (glue_heads[h2].adjective && CAMEL ()) ||
              memcmp (buf + l, glue_heads[h2].head, l2) != 0 ||
              !glue_tail (self, buf + l + l2, n - l - l2, vi))
            continue;
          cuts[0] = l;
          cuts[1] = l + l2;
          *n_cuts = 2;
          goto found;
        }
    }
  return FALSE;

found:
  return !g_hash_table_contains (self->glue_known, buf) &&
         !g_hash_table_contains (self->glue_tails, buf);
#undef CAMEL
}

/* letters_split()'s letters: each char of the word once, a run of two
 * equal letters typed one by one ("k i l l", "ó c c h ó") twice; which
 * char each letter is of, and whether it carries a tone mark. */
typedef struct {
  const NcNormalizer *self;
  gboolean            glued;   /* syllables typed with no space: each word is one */
  char                letters[64];
  guint8              of_char[64];
  gboolean            toned[64];
} SpelledLetters;


/* What the @n letters at @word (of a SpelledLetters) are: never one word
 * with two tone marks ("ồó"); known when a word of a lexicon phrase or a
 * common word, the letters of one char counted once, as the lists'
 * folded forms hold them ("kil" for "kill"). */
static NcLettersWord
spelled_word (gconstpointer data, const char *word, gsize n)
{
  const SpelledLetters *sl = data;
  gsize at = (gsize) (word - sl->letters), len = 0;
  guint tones = 0;
  char key[64];

  if (sl->glued && n > 7)
    return NC_LETTERS_NOT_A_WORD;
  for (gsize k = at; k < at + n; k++)
    if (k == at || sl->of_char[k] != sl->of_char[k - 1])
      {
        key[len++] = sl->letters[k];
        tones += sl->toned[k];
      }
  key[len] = '\0';
  if (tones > 1 || (sl->glued && !nc_letter_is_vi_syllable (key, len)))
    return NC_LETTERS_NOT_A_WORD;
  return g_hash_table_contains (sl->self->phrase_words, key) || g_hash_table_contains (sl->self->glue_known, key)
           ? NC_LETTERS_KNOWN : NC_LETTERS_UNKNOWN;
}

/* Where the word of @n chars at @w splits into the words the lexicon and
 * the common-word lists know and Vietnamese syllables
 * (nc_letter_segment()): a word joined by join_split_letters() from six
 * or more letters typed one by one with no wider gap between words
 * ("d i t m e m a y", "y o u a r e a n i d i o t"), or Vietnamese
 * syllables typed with no space between them, which two tone marks in
 * one word tell ("màyngunhưbò"). Each cut goes to @cuts as 2 × the char
 * it comes before, plus 1 when it falls between the two letters of a run
 * char ("ó c c h ó": "óc | chó"). 0 when the word is one word, or does
 * not split. */
static guint
letters_split (const NcNormalizer *self, const NcNormChar *w, gsize n, gsize *cuts, guint max_cuts)
{
  SpelledLetters sl = { self, FALSE, { 0 }, { 0 }, { 0 } };
  gsize len = 0;
  guint n_cuts, tones = 0;
  gboolean apart = TRUE;

  if (n < 5 || n >= sizeof sl.letters)
    return 0;
  for (gsize k = 0; k < n; k++)
    {
      if (w[k].folded < 'a' || w[k].folded > 'z' || w[k].run > 2 || len + w[k].run >= sizeof sl.letters)
        return 0;
      apart &= k == 0 || w[k].orig_start > w[k - 1].orig_end;
      tones += carries_tone (w[k].marked);
      for (guint r = 0; r < w[k].run; r++)
        {
          sl.letters[len] = (char) w[k].folded;
          sl.toned[len] = carries_tone (w[k].marked);
          sl.of_char[len++] = (guint8) k;
        }
    }
  /* (syllables run together: a put-down of a few words, "đmmàyngunhưchó",
   * not a paragraph) */
  if (len < 6 || (!apart && (tones < 2 || len > 24)) || spelled_word (&sl, sl.letters, len) == NC_LETTERS_KNOWN)
    return 0;
  sl.glued = !apart;
  n_cuts = nc_letter_segment (sl.letters, len, spelled_word, &sl, cuts, max_cuts);
  for (guint k = 0; k < n_cuts; k++)
    cuts[k] = 2 * (gsize) sl.of_char[cuts[k]] + (sl.of_char[cuts[k]] == sl.of_char[cuts[k] - 1]);
  return n_cuts;
}

/* The two letters of a run char @two of two letters typed one by one
 * apart again (@first, @second), each with its own code points in
 * @cps (a letter and the marks after it). */
static void
split_run (const NcNormChar *two, const gunichar *cps, NcNormChar *first, NcNormChar *second)
{
  guint32 end = two->orig_start + 1, start = two->orig_end - 1;

  while (end < two->orig_end && u_getCombiningClass ((UChar32) cps[end]) != 0)
    end++;
  while (start > end && u_getCombiningClass ((UChar32) cps[start]) != 0)
    start--;
  *first = *second = *two;
  first->run = second->run = 1;
  first->orig_end = end;
  second->orig_start = start;
}

/* How the word of @n chars at @w reads in a draft that may be typed in
 * Telex with no input method on ("mayf", "ddoof", "nhuw", "chos" for
 * "mày", "đồ", "như", "chó"; the doubled letters of "dd", "oo", "aa",
 * "ee" are one char already, a run). */
typedef enum {
  TELEX_OTHER,      /* not a Vietnamese syllable either way ("dad", "lol") */
  TELEX_PLAIN,      /* a syllable typed without marks or keys ("ngu") */
  TELEX_KEYED,      /* a syllable with its keys left in ("chos") */
} TelexWord;

/* (@keys, when not NULL, gets a bit for each char that is a key: the
 * tone last, a "w" after the vowel it hooks; a "w" that is not, alone or
 * last ("nhw"), is the "ư" itself) */
static TelexWord
telex_word (const NcNormChar *w, gsize n, guint *keys)
{
  char syl[8];
  gsize len = 0;
  guint key_bits = 0;

  if (n == 0 || n > 8)
    return TELEX_OTHER;
  for (gsize k = 0; k < n; k++)
    {
      gunichar c = w[k].folded;

      if (c < 'a' || c > 'z' || w[k].run > 2)
        return TELEX_OTHER;
      if (k == n - 1 && n >= 3 && is_telex_key (c) && c != 'w')
        {
          key_bits |= 1u << k;
          break;
        }
      if (c == 'w')
        {
          if (len > 0 && (syl[len - 1] == 'a' || syl[len - 1] == 'o' || syl[len - 1] == 'u'))
            {
              key_bits |= 1u << k;
              continue;
            }
          if (k < n - 1 && len > 0)
            return TELEX_OTHER;
          c = 'u';
        }
      if (len == sizeof syl)
        return TELEX_OTHER;
      syl[len++] = (char) c;
    }
  if (!nc_letter_is_vi_syllable (syl, len))
    return TELEX_OTHER;
  if (keys != NULL)
    *keys = key_bits;
  return len == n ? TELEX_PLAIN : n >= 3 ? TELEX_KEYED : TELEX_OTHER;
}

/* Whether the word of @n chars at @w is one a list knows ("cars",
 * "chess", "mows"): never read as Telex. */
static gboolean
listed_word (const NcNormalizer *self, const NcNormChar *w, gsize n)
{
  char key[16];

  for (gsize k = 0; k < n; k++)
    key[k] = (char) w[k].folded;
  key[n] = '\0';
  return g_hash_table_contains (self->glue_known, key) || g_hash_table_contains (self->glue_tails, key) ||
         g_hash_table_contains (self->phrase_words, key);
}

/* Reads a draft typed in Telex with no input method on ("ddoof ocs
 * chos"): when three words in four of a draft with no marks are
 * Vietnamese syllables, typed plain or with their keys left in, and one
 * in four at the least (two or more) ends on a key (telex_word()), the
 * keys of each word no list knows
 * are taken out, the chars before them keeping the child's own
 * characters. An English draft ("ur dad mows lawns for a living") has
 * too many words that are no syllable. */
/* Where the word that starts at @i of the @n chars at @c ends. */
static inline gsize
word_end (const NcNormChar *c, gsize n, gsize i)
{
  while (i < n && !is_sep_char (c[i].folded))
    i++;
  return i;
}

static void
decode_telex (const NcNormalizer *self, Out *out)
{
  NcNormChar *c = out->c;
  gsize n = out->n, dst = 0, keyed = 0, syllables = 0, words = 0;

  /* (the words that end on a key first: most drafts stop there) */
  if (out->telex_ends < 2 || out->telex_ends * 4 < out->n_words)
    return;
  for (gsize i = 0, e; i < n; i = e + 1)
    {
      e = word_end (c, n, i);
      keyed += e > i + 2 && is_telex_key (c[e - 1].folded) && telex_word (c + i, e - i, NULL) == TELEX_KEYED;
    }
  if (keyed < 2 || keyed * 4 < out->n_words)
    return;
  for (gsize i = 0, e; i < n && (words - syllables) * 4 <= out->n_words; i = e + 1)
    {
      e = word_end (c, n, i);
      if (e > i && c[i].folded >= 'a' && c[i].folded <= 'z')
        {
          words++;
          syllables += telex_word (c + i, e - i, NULL) != TELEX_OTHER;
        }
    }
  if (syllables * 4 < words * 3 || (words - syllables) * 4 > out->n_words)
    return;
  for (gsize i = 0, e; i < n; i = e + 1)
    {
      guint keys = 0;

      e = word_end (c, n, i);
      if (e > i && telex_word (c + i, e - i, &keys) == TELEX_KEYED && !listed_word (self, c + i, e - i))
        {
          /* (a key's chars go to the char before it; never the first) */
          for (gsize k = i; k < e; k++)
            if ((keys >> (k - i)) & 1)
              c[dst - 1].orig_end = c[k].orig_end;
            else
              {
                c[dst] = c[k];
                if (c[dst].folded == 'w')
                  c[dst].folded = c[dst].marked = 'u';
                dst++;
              }
          if (e < n)
            c[dst++] = c[e];
        }
      else
        {
          memmove (c + dst, c + i, (MIN (e + 1, n) - i) * sizeof (NcNormChar));
          dst += MIN (e + 1, n) - i;
        }
    }
  out->n = dst;
  out->glue_from = 0;   /* (the chars moved) */
}

/* Splits the words run together that glue_split() or letters_split()
 * finds, from out->glue_from on: a separator of no width goes between
 * the parts, so each part keeps the child's own characters. Never in a
 * user name or a web address ("@thangngu", "www.urstupid.com"): they
 * name no one. */
static void
split_glued (const NcNormalizer *self, Out *out, const NcNormText *nt)
{
  NcNormChar *c = out->c;
  gsize n = out->n, ins[128], extra = 0;   /* ins: 2 × the char a cut is before (+ 1: inside it) */
  guint n_ins = 0;

  for (gsize i = MIN (out->glue_from, n); i < n && n_ins + 2 <= G_N_ELEMENTS (ins);)
    {
      gsize e = i, cuts[64];
      guint n_cuts = 0;

      if (is_sep_char (c[i].folded))
        {
          i++;
          continue;
        }
      while (e < n && !is_sep_char (c[e].folded))
        e++;
      if (e - i >= 5 && glue_split (self, nt, c + i, e - i, cuts, &n_cuts))
        for (guint k = 0; k < n_cuts; k++)
          cuts[k] *= 2;
      else if (e - i >= 5)
        n_cuts = letters_split (self, c + i, e - i, cuts, G_N_ELEMENTS (ins) - n_ins);
      if (n_cuts > 0 && !nc_norm_text_in_handle_or_link (nt, c[i].orig_start))
        for (guint k = 0; k < n_cuts; k++)
          {
            ins[n_ins++] = 2 * i + cuts[k];
            extra += 1 + (cuts[k] & 1);
          }
      i = e;
    }
  if (n_ins == 0)
    return;
  out_reserve (out, extra);
  c = out->c;
  {
    gsize src = n, dst = n + extra;

    for (gint k = (gint) n_ins - 1; k >= 0; k--)
      {
        gsize at = ins[k] / 2;
        gboolean inside = ins[k] & 1;
        NcNormChar sep, first, second;

        while (src > at + inside)
          c[--dst] = c[--src];
        if (inside)
          {
            split_run (&c[--src], nt->cps, &first, &second);
            c[--dst] = second;
          }
        sep = c[dst];
        sep.folded = sep.marked = NC_NORM_SPACE;
        sep.orig_end = sep.orig_start;
        sep.run = 1;
        sep.word_marked = 0;
        c[--dst] = sep;
        if (inside)
          c[--dst] = first;
      }
  }
  out->n = n + extra;
  out->n_words += n_ins;
}

/* Puts each emoji of emoji_words in the text as a word of its own
 * (emoji_word()), between the words around it: a separator that holds it
 * is split around it. */
static void
insert_emoji_words (Out *out, const gunichar *cps, gsize n_cps)
{
  gsize extra = 0, n = out->n, w = 0, j = 0;
  NcNormChar *old, *c;

  for (gsize k = 0; k < n_cps; k++)
    {
      const char *word = emoji_word (cps[k]);

      if (word != NULL)
        extra += strlen (word) + 2;
    }
  if (extra == 0)
    return;
  old = g_memdup2 (out->c, n * sizeof (NcNormChar));
  out_reserve (out, extra);
  c = out->c;
  for (gsize k = 0; k < n_cps; k++)
    {
      const char *word = emoji_word (cps[k]);
      gboolean in_sep;
      guint32 k32 = (guint32) k;

      if (word == NULL)
        continue;
      while (j < n && old[j].orig_end <= k32 && !(is_sep_char (old[j].folded) && old[j].orig_start <= k32 && old[j].orig_end > k32))
        c[w++] = old[j++];
      in_sep = j < n && is_sep_char (old[j].folded) && old[j].orig_start <= k32;
      if (w > 0 && !is_sep_char (c[w - 1].folded))
        {
          NcNormChar sep = { NC_NORM_SPACE, NC_NORM_SPACE, k32, k32, 1, 0 };

          if (in_sep)
            {
              sep.orig_start = old[j].orig_start;
              for (guint32 m = old[j].orig_start; m < k32; m++)
                if (is_stop (cps[m]))
                  sep.folded = sep.marked = NC_NORM_STOP;
            }
          c[w++] = sep;
        }
      for (const char *p = word; *p != '\0'; p++)
        {
          NcNormChar ch = { (gunichar) *p, (gunichar) *p, k32, k32 + 1, 1, 0 };

          c[w++] = ch;
        }
      out->n_words++;
      if (in_sep)
        {
          /* the rest of the separator, after the emoji */
          old[j].orig_start = k32 + 1;
          old[j].folded = old[j].marked = NC_NORM_SPACE;
          for (guint32 m = k32 + 1; m < old[j].orig_end; m++)
            if (is_stop (cps[m]))
              old[j].folded = old[j].marked = NC_NORM_STOP;
        }
      else if (j < n)
        {
          NcNormChar sep = { NC_NORM_SPACE, NC_NORM_SPACE, k32 + 1, k32 + 1, 1, 0 };

          c[w++] = sep;
        }
    }
  while (j < n)
    c[w++] = old[j++];
  out->n = w;
  g_free (old);
}

typedef struct {
  TokChar *chars;
  gsize    n, cap;
} Tok;

/* Appends a char to the current word; a combining mark is composed onto
 * the char before it (NFC) or, when it does not compose, only widens it. */
static inline __attribute__ ((always_inline)) void
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
  if (G_UNLIKELY (t->n == t->cap))
    {
      t->cap = MAX (t->cap * 2, 64);
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
             Out *out, Tok *tok, gboolean expand_teencode)
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
          emit_token (self, out, tok->chars, tok->n, expand_teencode);
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

/* Whether @c, between two letters or digits, keeps them in one word
 * (UAX #29: MidNumLet, MidLetter, MidNum; ICU keeps e-mail addresses
 * whole, and leaves ':' out). */
static inline gboolean
joins_word (gunichar c, gboolean prev_digit, gboolean next_digit)
{
  switch (c)
    {
    case '.': case '\'': case 0x2019:
      return prev_digit == next_digit;
    case '@':
      return TRUE;
    case 0x00B7:
      return !prev_digit && !next_digit;
    case ',': case ';':
      return prev_digit && next_digit;
    default:
      return FALSE;
    }
}

static void
init_info_table (void)
{
  for (gunichar c = 0; c < FOLD_TABLE_SIZE; c++)
    {
      CharInfo *ci = &info_table[c];
      gunichar l = lower_char (c);
      guint8 lp = props (l);

      ci->lower = l;
      ci->fold = l < FOLD_TABLE_SIZE ? fold_table[l] : l;
      ci->props = props (c);
      ci->word = 0;
      if ((ci->props & PROP_ALNUM) && (lp & PROP_ALNUM))
        ci->word = ((lp & PROP_DIGIT) ? WORD_DIGIT : WORD_ALPHA) |
                   (l >= 0x80 && l < FOLD_TABLE_SIZE && fold_table[l] < 0x80 ? WORD_MARKED : 0);
      ci->flags = (joins_word (c, FALSE, FALSE) || joins_word (c, TRUE, TRUE) ? CHAR_JOINER : 0) |
                  (is_invisible (c) ? CHAR_INVISIBLE : 0) |
                  (c == 0x00AB || c == 0x00BB ? CHAR_QUOTE : 0) |
                  (needs_dictionary (c) ? CHAR_DICTIONARY : 0) |
                  (stretches_marked (l, ci->fold) ? CHAR_STRETCH : 0) |
                  (is_cyrillic_or_greek (c) || is_cherokee (c) || is_compat_letter (c) ? CHAR_LOOKALIKE : 0) |
                  (c != 0 && c < 0x80 && strchr (mask_suspects, (int) c) != NULL ? CHAR_SUSPECT : 0);
    }
}

/* The teencode token that the @n chars at @c (below FOLD_TABLE_SIZE,
 * n <= TEEN_MAX_LEN) are, lower cased, or NULL. */
static inline const TeenSlot *
find_teencode (const NcNormalizer *self, const gunichar *c, gsize n)
{
  gunichar key[TEEN_MAX_LEN];

  key[0] = info_table[c[0]].lower;
  key[1] = n > 1 ? info_table[c[1]].lower : 0;
  if (!teen_maybe (self, key, n))
    return NULL;
  for (gsize k = 2; k < n; k++)
    key[k] = info_table[c[k]].lower;
  return teen_lookup (self, key, n);
}

/* Writes the normalized char for @ci at code point @idx (a run of 1, not
 * marked) in three stores: folded and marked are laid out like
 * CharInfo's fold and lower, orig_start and orig_end go as one word. */
static inline void
put_char (NcNormChar *d, const CharInfo *ci, guint32 idx)
{
  const guint16 run[2] = { 1, 0 };
  guint64 span = G_BYTE_ORDER == G_LITTLE_ENDIAN ? idx | (guint64) (idx + 1) << 32
                                                 : (guint64) idx << 32 | (idx + 1);

  G_STATIC_ASSERT (G_STRUCT_OFFSET (NcNormChar, marked) == G_STRUCT_OFFSET (NcNormChar, folded) + 4);
  G_STATIC_ASSERT (G_STRUCT_OFFSET (NcNormChar, orig_end) == G_STRUCT_OFFSET (NcNormChar, orig_start) + 4);
  G_STATIC_ASSERT (G_STRUCT_OFFSET (NcNormChar, word_marked) == G_STRUCT_OFFSET (NcNormChar, run) + 2);
  memcpy (&d->folded, &ci->pair, 8);
  memcpy (&d->orig_start, &span, 8);
  memcpy (&d->run, run, 4);
}

/* A word's word_marked goes into this many chars at once (the room is
 * out_reserve()d past the word's end). */
#define MARK_AHEAD 6

/* The common words, written straight to @out from @i on (where a letter
 * or digit starts a word), with the single spaces between them: chars
 * below FOLD_TABLE_SIZE, no combining marks, no inner punctuation that
 * joins, no l33t (teencode words are expanded here too). Returns where it
 * stopped: at the separator after the last word it wrote, or (*@general
 * set) at the start of a word it left for the general path. The result is
 * the same as emit_word()'s. @fc[@n_f] must be 0. */
static inline __attribute__ ((always_inline)) gsize
fast_words (NcNormalizer *self, Out *out, const gunichar *fc, const guint32 *fi, gsize n_f,
            gsize i, gboolean expand_teencode, gboolean *general)
{
  NcNormChar *d;   /* where the next char goes */

  *general = TRUE;
  if (out->n > 0 && !is_sep_char (out->c[out->n - 1].folded))
    return i;
  out_reserve (out, n_f - i + MARK_AHEAD);
  d = out->c + out->n;
  for (;;)
    {
      NcNormChar *word = d;
      const TeenSlot *expansion;
      gunichar c;
      gsize j = i;
      guint acc = 0;
      guint64 prev = G_MAXUINT64;   /* the fold and lower of the last char written */

      for (;; j++)
        {
          const CharInfo *ci;
          guint32 idx;

          c = fc[j];
          if (G_UNLIKELY (c >= FOLD_TABLE_SIZE))
            {
              /* an emoji, a symbol, a space: the end of the word */
              if (c == 0x2019 || (props (c) & (PROP_ALNUM | PROP_MARK)))
                goto general_path;
              break;
            }
          ci = &info_table[c];
          if (G_UNLIKELY (ci->word == 0))
            {
              /* a combining mark composes; '_' and joiners keep the word */
              if ((ci->props & (PROP_ALNUM | PROP_MARK)) || c == '_')
                goto general_path;
              if ((ci->flags & CHAR_JOINER) && (props (fc[j + 1]) & PROP_ALNUM) &&
                  joins_word (c, (props (fc[j - 1]) & PROP_DIGIT) != 0,
                              (props (fc[j + 1]) & PROP_DIGIT) != 0))
                goto general_path;
              break;   /* the sentinel 0 ends the last word */
            }
          idx = fi != NULL ? fi[j] : (guint32) j;
          acc |= ci->word;
          if (ci->pair != prev && !((ci->flags & CHAR_STRETCH) && d > word && d[-1].folded == ci->fold))
            {
              put_char (d++, ci, idx);
              prev = ci->pair;
            }
          else
            {
              if (d[-1].run < G_MAXUINT16)
                d[-1].run++;
              d[-1].orig_end = idx + 1;
            }
        }
      /* mixed words take l33t: general path */
      if ((acc & (WORD_ALPHA | WORD_DIGIT)) == (WORD_ALPHA | WORD_DIGIT))
        goto general_path;
      /* teencode: its expansion instead (every char of the word is a
       * letter or digit: j - i of them) */
      if (expand_teencode && j - i <= TEEN_MAX_LEN &&
          (expansion = find_teencode (self, fc + i, j - i)) != NULL)
        {
          out->n = (gsize) (word - out->c);
          out_reserve (out, expansion->n_chars + n_f - j + MARK_AHEAD);
          put_expansion (out, expansion, fi != NULL ? fi[i] : (guint32) i,
                         fi != NULL ? fi[j - 1] + 1 : (guint32) j);
          d = out->c + out->n;
          if (d == out->c || is_sep_char (d[-1].folded))
            {
              /* (an expansion that ends in a separator) */
              *general = FALSE;
              return j;
            }
          goto next_word;
        }
      /* word_marked without a branch that would go wrong every other
       * word: the first MARK_AHEAD slots at once (those past the word are
       * written again later), then any further chars */
      {
        guint16 marked = (acc & WORD_MARKED) != 0;

#pragma GCC unroll 8   /* (at least MARK_AHEAD: no loop left) */
        for (int k = 0; k < MARK_AHEAD; k++)
          word[k].word_marked = marked;
        for (NcNormChar *k = word + MARK_AHEAD; k < d; k++)
          k->word_marked = marked;
        out->has_marks |= marked;
        out->typed_marks |= marked;
      }
      note_word (out, word, d);
    next_word:
      /* one space, then the next word */
      if (c == ' ' && fc[j + 1] < FOLD_TABLE_SIZE && (info_table[fc[j + 1]].props & PROP_ALNUM))
        {
          put_char (d++, &info_table[NC_NORM_SPACE], fi != NULL ? fi[j] : (guint32) j);
          i = j + 1;
          continue;
        }
      /* ", " or ". " and so on, then the next word: one stop, as
       * emit_separator() would write it */
      if (c < 128 && ascii_stop[c] && fc[j + 1] == ' ' && fc[j + 2] < FOLD_TABLE_SIZE &&
          (info_table[fc[j + 2]].props & PROP_ALNUM))
        {
          put_char (d, &info_table[NC_NORM_STOP], fi != NULL ? fi[j] : (guint32) j);
          d->orig_end = (fi != NULL ? fi[j + 1] : (guint32) j + 1) + 1;
          d++;
          i = j + 2;
          continue;
        }
      out->n = (gsize) (d - out->c);
      *general = FALSE;
      return j;

    general_path:
      out->n = (gsize) (word - out->c);
      return i;
    }
}

/* For text without dictionary scripts: the same word boundaries as ICU's
 * rules (UAX #29) give for Latin-script text, from tables — letters and
 * digits join; '.', apostrophes and ':' join letters, '.' and ',' join
 * digits; '_' (ExtendNumLet) always stays in the word. tests/unit/test-normalizer.c checks that both
 * segmenters agree. */
#define FI(k) (fi != NULL ? fi[k] : (guint32) (k))

static inline __attribute__ ((always_inline)) void
segment_fast_impl (NcNormalizer *self, const gunichar *fc, const guint32 *fi, gsize n_f,
              Out *out, Tok *tok, gboolean expand_teencode, gboolean fast)
{
  gsize i = 0;

  while (i < n_f)
    {
      gsize j = i;

      if (props (fc[i]) & PROP_ALNUM)
        {
          gboolean general = TRUE;

          if (fast)
            i = j = fast_words (self, out, fc, fi, n_f, i, expand_teencode, &general);
          if (!general)
            continue;
          tok->n = 0;
          while (j < n_f)
            {
              gunichar c = fc[j];
              guint8 pr = props (c);

              if ((pr & (PROP_ALNUM | PROP_MARK)) || c == '_')
                {
                  tok_push (tok, c, FI (j));
                  j++;
                  continue;
                }
              if (j + 1 < n_f && (props (fc[j + 1]) & PROP_ALNUM))
                {
                  /* the last base char before j (marks skipped) */
                  gsize b = j;

                  while (b > i && (props (fc[b - 1]) & PROP_MARK))
                    b--;
                  if (joins_word (c, b > i && (props (fc[b - 1]) & PROP_DIGIT),
                                  (props (fc[j + 1]) & PROP_DIGIT) != 0))
                    {
                      tok_push (tok, c, FI (j));
                      j++;
                      continue;
                    }
                }
              break;
            }
          emit_token (self, out, tok->chars, tok->n, expand_teencode);
        }
      else if (fc[i] == ' ' && i + 1 < n_f && fc[i + 1] < FOLD_TABLE_SIZE &&
               (info_table[fc[i + 1]].props & PROP_ALNUM) && out->n > 0 &&
               !is_sep_char (out->c[out->n - 1].folded))
        {
          /* the common separator: one space after a word, before a word */
          NcNormChar *d;

          out_reserve (out, 1);
          d = &out->c[out->n++];
          d->folded = d->marked = NC_NORM_SPACE;
          d->orig_start = FI (i);
          d->orig_end = FI (i) + 1;
          d->run = 1;
          d->word_marked = 0;
          i++;
          continue;
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
          emit_separator (out, kind, FI (i), FI (j - 1) + 1);
        }
      i = j;
    }
}

#undef FI

/* @fi NULL: the identity (nothing was filtered out). Without @fast, every
 * word takes the general path (the tests' reference). */
static G_GNUC_NO_INLINE void
segment_fast (NcNormalizer *self, const gunichar *fc, const guint32 *fi, gsize n_f,
              Out *out, Tok *tok, gboolean expand_teencode, gboolean fast)
{
  if (!fast)
    segment_fast_impl (self, fc, fi, n_f, out, tok, expand_teencode, FALSE);
  else if (fi == NULL)
    segment_fast_impl (self, fc, NULL, n_f, out, tok, expand_teencode, TRUE);
  else
    segment_fast_impl (self, fc, fi, n_f, out, tok, expand_teencode, TRUE);
}

/* What a child types to slip a word past a filter, undone before the
 * words are found (one code point for one, so every offset still points
 * at the child's own characters):
 * - look-alike letters: full-width and mathematical letters ("ｓｔｕｐｉｄ",
 *   "𝐬𝐭𝐮𝐩𝐢𝐝"), circled, parenthesized and squared ones, small capitals
 *   and modifier letters ("ꜱᴛᴜᴘɪᴅ", "ˢᵗᵘᵖⁱᵈ"), and Greek, Cyrillic or
 *   Armenian letters that look Latin inside a word that has Latin letters
 *   too ("ѕtupid", "ѕтυριd"; a word all in Cyrillic is left as it is);
 * - a capital I right after a small letter is an l ("kiII", "stiII");
 * - symbols for letters between or beside letters: "b!tch" (i), "$tupid",
 *   "a$$" (s), "dumb@ss" (a; not an e-mail address, nor "@name");
 * - masked letters, '*', '#' or '_' between letters ("f*ck", "sl_t"), or
 *   two or more ending a word ("a**", "f***"): the
 *   word is read as the one word of unmask_words of its length whose
 *   other letters it has, folded, when there is exactly one ("d*t" is
 *   "địt"; "f_a_t" and "x_y" match none and stay).
 * Digits for letters are emit_word()'s l33t, letters split by spaces,
 * dots or dashes join_split_letters()'s and emit_word()'s. */
static const char * const unmask_words[] = {
  "fuck", "fucking", "fucker", "fucked", "fck", "shit", "shitty", "bitch",
  "bitches", "slut", "whore", "cunt", "dick", "dickhead", "cock", "pussy",
  "ass", "asshole", "bastard", "damn", "crap", "piss", "stupid", "idiot",
  "loser", "retard", "retarded", "dumb", "dumbass", "moron", "ugly", "kill",
  "nigga", "nigger", "faggot", "fag", "twat", "wanker", "prick", "hoe",
  /* Vietnamese: "đ*t", "l*n", "c*c", "b**i", "đ*o", "đ** m*" */
  "địt", "lồn", "cặc", "buồi", "đéo", "đụ",
  NULL
};

static inline gboolean
is_latin_letter (gunichar c)
{
  return (c < 0x80 && g_ascii_isalpha (c)) ||
         (c >= 0xC0 && c < 0x250 && c != 0xD7 && c != 0xF7) ||
         (c >= 0x1E00 && c < 0x1F00);
}

static inline gboolean
is_small_letter (gunichar c)
{
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c < 0x250 && is_latin_letter (c) && lower_char (c) == c) ||
         (c >= 0x1E00 && c < 0x1F00 && (c & 1));
}

/* The second of the pair in @pairs (@n of them) whose first is @c, or 0. */
static gunichar
paired_letter (const gunichar (*pairs)[2], gsize n, gunichar c)
{
  for (gsize k = 0; k < n; k++)
    if (pairs[k][0] == c)
      return pairs[k][1];
  return 0;
}

/* The Latin letter a Greek, Cyrillic or Armenian letter looks like, or 0. */
static gunichar
latin_look_alike (gunichar c)
{
  static const gunichar pairs[][2] = {
    { 0x0430, 'a' }, { 0x0435, 'e' }, { 0x043E, 'o' }, { 0x0440, 'p' }, { 0x0441, 'c' },
    { 0x0443, 'y' }, { 0x0445, 'x' }, { 0x0456, 'i' }, { 0x0458, 'j' }, { 0x0455, 's' },
    { 0x0501, 'd' }, { 0x04BB, 'h' }, { 0x04CF, 'l' }, { 0x043A, 'k' }, { 0x0410, 'A' },
    { 0x0412, 'B' }, { 0x0415, 'E' }, { 0x041A, 'K' }, { 0x041C, 'M' }, { 0x041D, 'H' },
    { 0x041E, 'O' }, { 0x0420, 'P' }, { 0x0421, 'C' }, { 0x0422, 'T' }, { 0x0425, 'X' },
    { 0x0423, 'Y' }, { 0x0406, 'I' }, { 0x0405, 'S' }, { 0x0408, 'J' },
    { 0x03BF, 'o' }, { 0x03B1, 'a' }, { 0x03BD, 'v' }, { 0x03B9, 'i' }, { 0x03BA, 'k' },
    { 0x03C1, 'p' }, { 0x03C5, 'u' }, { 0x0391, 'A' }, { 0x0392, 'B' }, { 0x0395, 'E' },
    { 0x0396, 'Z' }, { 0x0397, 'H' }, { 0x0399, 'I' }, { 0x039A, 'K' }, { 0x039C, 'M' },
    { 0x039D, 'N' }, { 0x039F, 'O' }, { 0x03A1, 'P' }, { 0x03A4, 'T' }, { 0x03A5, 'Y' },
    { 0x03A7, 'X' },
    /* fancy text's "тн" for "th", and Armenian */
    { 0x0442, 't' }, { 0x043C, 'm' }, { 0x043D, 'h' }, { 0x0432, 'b' }, { 0x0433, 'r' },
    { 0x0578, 'n' }, { 0x057D, 'u' }, { 0x0581, 'g' }, { 0x0585, 'o' }, { 0x0570, 'h' },
    { 0x0566, 'q' },
  };
  gunichar y = paired_letter (pairs, G_N_ELEMENTS (pairs), c);

  return y != 0 ? y : c < FOLD_TABLE_SIZE ? look_alike_table[c] : 0;
}

/* The ASCII letter or digit that a letter of fancy text
 * (is_compat_letter()) stands for, or 0. */
static gunichar
compat_letter (gunichar c)
{
  /* small capitals, which have no compatibility decomposition */
  static const gunichar small_caps[][2] = {
    { 0x1D00, 'a' }, { 0x0299, 'b' }, { 0x1D04, 'c' }, { 0x1D05, 'd' }, { 0x1D07, 'e' },
    { 0xA730, 'f' }, { 0x0262, 'g' }, { 0x029C, 'h' }, { 0x026A, 'i' }, { 0x1D0A, 'j' },
    { 0x1D0B, 'k' }, { 0x029F, 'l' }, { 0x1D0D, 'm' }, { 0x0274, 'n' }, { 0x1D0F, 'o' },
    { 0x1D18, 'p' }, { 0xA7AF, 'q' }, { 0x0280, 'r' }, { 0xA731, 's' }, { 0x1D1B, 't' },
    { 0x1D1C, 'u' }, { 0x1D20, 'v' }, { 0x1D21, 'w' }, { 0x028F, 'y' }, { 0x1D22, 'z' },
  };
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfkc;
  UChar buf[4];
  int32_t n;
  gunichar y;

  if (!is_compat_letter (c))
    return 0;
  if (c >= 0xFF01 && c <= 0xFF5E)
    return c - 0xFEE0;
  if (c >= 0x249C && c <= 0x24B5)   /* parenthesized: "⒮" */
    return 'a' + (c - 0x249C);
  if (c >= 0x1F150 && c <= 0x1F169)   /* negative circled: "🅢" */
    return 'a' + (c - 0x1F150);
  if (c >= 0x1F170 && c <= 0x1F189)   /* negative squared: "🆂" */
    return 'a' + (c - 0x1F170);
  if ((y = paired_letter (small_caps, G_N_ELEMENTS (small_caps), c)) != 0)
    return y;
  nfkc = unorm2_getNFKCInstance (&status);
  if (U_FAILURE (status))
    return 0;
  n = unorm2_getDecomposition (nfkc, (UChar32) c, buf, G_N_ELEMENTS (buf), &status);
  return U_SUCCESS (status) && n == 1 && buf[0] < 0x80 && g_ascii_isalnum (buf[0]) ? buf[0] : 0;
}

static inline gboolean
is_mask (gunichar c)
{
  return c == '*' || c == '#' || c == '_';
}

/* A quick look: may unmask() have anything to undo in @c (@n code
 * points)? */
static gboolean
may_be_masked (const gunichar *c, gsize n)
{
  G_STATIC_ASSERT ((FOLD_TABLE_SIZE & (FOLD_TABLE_SIZE - 1)) == 0);

  for (gsize i = 0; i < n; i++)
    {
      gunichar x;

      /* four chars at once where none is suspect, the common case (all
       * below FOLD_TABLE_SIZE, a power of two, when their OR is) */
      while (i + 4 <= n && (c[i] | c[i + 1] | c[i + 2] | c[i + 3]) < FOLD_TABLE_SIZE &&
             !((info_table[c[i]].flags | info_table[c[i + 1]].flags | info_table[c[i + 2]].flags |
                info_table[c[i + 3]].flags) & (CHAR_SUSPECT | CHAR_LOOKALIKE)))
        i += 4;
      if (i >= n)
        break;
      x = c[i];

      if (x < FOLD_TABLE_SIZE ? !(info_table[x].flags & (CHAR_SUSPECT | CHAR_LOOKALIKE))
                              : !is_compat_letter (x))
        continue;   /* a letter, a digit, a space, Vietnamese: nothing to undo */
      if (x >= 0x80)
        return TRUE;   /* a look-alike letter */
      switch (x)
        {
        case 'I':
          if (i > 0 && c[i - 1] >= 'a' && c[i - 1] <= 'z')
            return TRUE;
          break;
        case '@':
          if (i + 1 < n && (c[i + 1] == 's' || c[i + 1] == '$'))
            return TRUE;
          G_GNUC_FALLTHROUGH;
        case '!':
          if (i > 0 && i + 1 < n && is_latin_letter (c[i - 1]) && is_latin_letter (c[i + 1]))
            return TRUE;
          break;
        case '*': case '#': case '_':
          if (i > 0 && i + 1 < n && is_latin_letter (c[i - 1]) &&
              (is_latin_letter (c[i + 1]) || is_mask (c[i + 1])))
            {
              /* a word short enough for unmask_words, not a user
               * name or a hashtag ("@big_fan", "#no_bully") */
              gsize a = i, b = i + 1;

              while (a > 0 && (is_latin_letter (c[a - 1]) || is_mask (c[a - 1])))
                a--;
              while (b < n && (is_latin_letter (c[b]) || is_mask (c[b])))
                b++;
              if (b - a <= 8 && !(a > 0 && (c[a - 1] == '@' || c[a - 1] == '#' ||
                                             g_unichar_isdigit (c[a - 1]))))
                return TRUE;
              i = b - 1;
            }
          break;
        case '$':
          if ((i + 1 < n && is_latin_letter (c[i + 1])) || (i > 0 && is_latin_letter (c[i - 1])))
            return TRUE;
          break;
        default:
          break;
        }
    }
  return FALSE;
}

/* Whether the masked word @w (@n code points, letters and masks, the
 * first a letter) is @cand: as long, and the same letters, folded, where
 * it has letters. */
static gboolean
mask_matches (const gunichar *w, gsize n, const char *cand)
{
  gsize k = 0;

  for (const char *p = cand; *p; p = g_utf8_next_char (p), k++)
    {
      if (k >= n)
        return FALSE;
      if (!is_mask (w[k]) &&
          nc_normalizer_fold_char (lower_char (w[k])) != nc_normalizer_fold_char (g_utf8_get_char (p)))
        return FALSE;
    }
  return k == n;
}

/* Undoes in place what a child typed to hide words (see unmask_words). */
static void
unmask (gunichar *c, gsize n)
{
  /* 1. look-alike letters */
  for (gsize i = 0; i < n; i++)
    {
      gunichar x = c[i], y;

      if (x < 0x250)
        continue;
      if ((y = compat_letter (x)) != 0)
        c[i] = y;
      else if (is_cherokee (x) && look_alike_table[x] != 0)
        c[i] = look_alike_table[x];
      else if (is_cyrillic_or_greek (x) && (y = latin_look_alike (x)) != 0)
        {
          /* only in a word with Latin letters */
          gsize a = i, b = i + 1;
          gboolean latin = FALSE;

          while (a > 0 && (is_latin_letter (c[a - 1]) || is_cyrillic_or_greek (c[a - 1])))
            a--;
          while (b < n && (is_latin_letter (c[b]) || is_cyrillic_or_greek (c[b])))
            b++;
          for (gsize k = a; k < b && !latin; k++)
            latin = is_latin_letter (c[k]);
          if (latin)
            c[i] = y;
        }
    }
  /* 2. symbols and a capital I for letters */
  for (gsize i = 0; i < n; i++)
    {
      gunichar x = c[i];
      gboolean before = i > 0 && is_latin_letter (c[i - 1]);
      gboolean after = i + 1 < n && is_latin_letter (c[i + 1]);

      switch (x)
        {
        case 'I':
          if (i > 0 && c[i - 1] >= 'a' && c[i - 1] <= 'z')
            c[i] = 'l';
          break;
        case '!':
          if (before && after)
            c[i] = 'i';
          break;
        case '$':
          {
            /* a run of '$' beside a letter, no digit on either side, not
             * in a name written so ("Ke$ha", "Joey Bada$$": a capital,
             * then a small letter) */
            gsize e = i, a = i;

            while (e < n && c[e] == '$')
              e++;
            while (a > 0 && is_latin_letter (c[a - 1]))
              a--;
            if (a + 1 < i && c[a] < 0x80 && g_ascii_isupper (c[a]) && is_small_letter (c[a + 1]))
              {
                i = e - 1;
                break;
              }
            if ((before || (e < n && is_latin_letter (c[e]))) &&
                !(e < n && g_unichar_isdigit (c[e])) && !(i > 0 && g_unichar_isdigit (c[i - 1])))
              for (gsize k = i; k < e; k++)
                c[k] = 's';
            i = e - 1;
          }
          break;
        case '@':
          /* "@ss", "@$$hole" at a word's start ("@sam" is a name) */
          if (!before && i + 2 < n && (c[i + 1] == 's' || c[i + 1] == '$') &&
              (c[i + 2] == 's' || c[i + 2] == '$'))
            c[i] = 'a';
          else if (before && after)
            {
              /* not an e-mail address: no dot and letter after the name */
              gsize e = i + 1;

              while (e < n && (is_latin_letter (c[e]) || c[e] == '$' || g_unichar_isdigit (c[e])))
                e++;
              if (!(e + 1 < n && c[e] == '.' && g_unichar_isalnum (c[e + 1])))
                c[i] = 'a';
            }
          break;
        default:
          break;
        }
    }
  /* 3. masked letters */
  for (gsize i = 1; i + 1 < n; i++)
    {
      gsize a, b, known = 0, e;
      const char *found = NULL;
      gboolean trailing = FALSE;

      if (!is_mask (c[i]) || !is_latin_letter (c[i - 1]))
        continue;
      e = i;
      while (e < n && is_mask (c[e]))
        e++;
      if (e >= n || !is_latin_letter (c[e]))
        {
          /* masks that end a word, two or more ("a**", "f***") */
          if (e - i < 2 || (e < n && g_unichar_isalnum (c[e])))
            {
              i = e;
              continue;
            }
          trailing = TRUE;
        }
      /* the whole word, letters and masks */
      a = i;
      while (a > 0 && (is_latin_letter (c[a - 1]) || is_mask (c[a - 1])))
        a--;
      while (a < i && is_mask (c[a]))
        a++;
      b = e;
      if (!trailing)
        {
          while (b < n && (is_latin_letter (c[b]) || is_mask (c[b])))
            b++;
          while (b > e && is_mask (c[b - 1]))
            b--;
        }
      for (gsize k = a; k < b; k++)
        known += !is_mask (c[k]);
      /* (not in a user name or a hashtag) */
      if (known >= (trailing ? 1u : 2u) && b - a <= 8 &&
          !(a > 0 && (c[a - 1] == '@' || c[a - 1] == '#' || g_unichar_isdigit (c[a - 1]))))
        for (const char * const *w = unmask_words; *w != NULL; w++)
          if (mask_matches (c + a, b - a, *w))
            {
              if (found != NULL)
                {
                  found = NULL;   /* two words fit: leave it */
                  break;
                }
              found = *w;
            }
      if (found != NULL)
        {
          gsize k = a;

          /* the word's own letters too: "d*t" is "địt" */
          for (const char *p = found; *p; p = g_utf8_next_char (p), k++)
            c[k] = g_utf8_get_char (p);
        }
      i = b;
    }
}

/* Per-thread buffers, reused from one run to the next: the temporaries of
 * a run, and one NcNormText that nc_normalizer_run_scratch() lends out. */
typedef struct {
  gunichar  *fc;
  guint32   *fi;
  gsize      f_cap;
  Tok        tok;
  NcNormText nt;
  gboolean   busy;
} Scratch;

/* Buffers above this many code points are not kept between runs. */
#define SCRATCH_KEEP 65536

static void
norm_text_free_buffers (NcNormText *nt)
{
  g_clear_pointer (&nt->cp_byte, g_free);
  g_clear_pointer (&nt->astral, g_free);
  g_clear_pointer (&nt->cps, g_free);
  g_clear_pointer (&nt->chars, g_free);
  nt->cap_cps = nt->cap_chars = 0;
}

static void
scratch_free_cb (gpointer data)
{
  Scratch *s = data;

  g_free (s->fc);
  g_free (s->fi);
  g_free (s->tok.chars);
  norm_text_free_buffers (&s->nt);
  g_free (s);
}

static Scratch *
get_scratch (void)
{
  static GPrivate key = G_PRIVATE_INIT (scratch_free_cb);
  Scratch *s = g_private_get (&key);

  if (G_UNLIKELY (s == NULL))
    {
      s = g_new0 (Scratch, 1);
      g_private_set (&key, s);
    }
  return s;
}

void
nc_norm_text_free (NcNormText *nt)
{
  Scratch *owner;

  if (nt == NULL)
    return;
  owner = nt->owner;
  if (owner != NULL)
    {
      owner->busy = FALSE;
      if (nt->cap_cps > SCRATCH_KEEP || nt->cap_chars > SCRATCH_KEEP)
        norm_text_free_buffers (nt);
      return;
    }
  norm_text_free_buffers (nt);
  g_free (nt);
}

/* How a run segments: as it likes (ICU's segmenter for scripts written
 * without spaces, else the table-driven one), or as the tests say. */
typedef enum {
  MODE_AUTO,
  MODE_ICU,
  MODE_TABLE,
  MODE_REFERENCE,   /* the table-driven one, without its fast paths */
} Mode;

/* What the decoder saw that the segmenter must know. */
typedef struct {
  gboolean has_invisible;  /* zero-width or format chars, to be dropped */
  gboolean use_icu;        /* ICU's segmenter, for a script that needs its
                            * dictionaries (or the tests) */
  gboolean has_quotes;     /* " “ ” « » */
  gboolean may_mask;       /* a char unmask() may undo: see may_be_masked() */
  gboolean emoji_words;    /* an emoji read as a word: see emoji_word() */
} Decoded;

#define ASCII_HIGH G_GUINT64_CONSTANT (0x8080808080808080)

/* Decodes the multi-byte code point at @s (@avail > 0 bytes left, @s[0] >=
 * 0x80) into *@c; returns its length, or 0 when it is not strict UTF-8 (as
 * g_utf8_validate() has it). Two- and three-byte chars (all of
 * Vietnamese) take no branch that depends on which they are, unless
 * @plain. */
static inline guint
decode_multi (const guchar *s, gsize avail, gboolean plain, gunichar *c)
{
  guint b = s[0], len = short_utf8_len[b];

  if (G_LIKELY (len != 0 && avail >= 3 && !plain))
    {
      /* read as three bytes; a two-byte char drops the third, and its
       * continuation bytes must be 10xxxxxx */
      guint three = len - 2;
      guint32 cont = s[1] | (guint32) s[2] << 8, mask = 0xC0 | three * 0xC000;
      gunichar x = ((b & 0x1Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3F);

      *c = x >> (6 - 6 * three);
      return (cont & mask) == (mask & 0x8080) ? len : 0;
    }
  if (b < 0xC2 || b > 0xF4)
    return 0;
  if (b < 0xE0)
    {
      if (avail < 2 || (s[1] & 0xC0) != 0x80)
        return 0;
      *c = ((b & 0x1F) << 6) | (s[1] & 0x3F);
      return 2;
    }
  if (b < 0xF0)
    {
      if (avail < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
        return 0;
      *c = ((b & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3F);
      return *c < 0x800 || (*c & 0xFFFFF800) == 0xD800 ? 0 : 3;
    }
  if (avail < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
    return 0;
  *c = ((b & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3F);
  return *c < 0x10000 || *c > 0x10FFFF ? 0 : 4;
}

/* cps[0, 8) = the eight bytes at @p, cp_byte[0, 8) = @at + 0 ... 7 */
static inline void
put_ascii8 (gunichar *cps, guint32 *cp_byte, const guchar *p, guint32 at)
{
#ifdef __SSE2__
  __m128i zero = _mm_setzero_si128 ();
  __m128i words = _mm_unpacklo_epi8 (_mm_loadl_epi64 ((const __m128i *) (const void *) p), zero);
  __m128i base = _mm_set1_epi32 ((int) at);

  _mm_storeu_si128 ((__m128i *) (void *) cps, _mm_unpacklo_epi16 (words, zero));
  _mm_storeu_si128 ((__m128i *) (void *) (cps + 4), _mm_unpackhi_epi16 (words, zero));
  _mm_storeu_si128 ((__m128i *) (void *) cp_byte, _mm_add_epi32 (base, _mm_setr_epi32 (0, 1, 2, 3)));
  _mm_storeu_si128 ((__m128i *) (void *) (cp_byte + 4), _mm_add_epi32 (base, _mm_setr_epi32 (4, 5, 6, 7)));
#else
  for (int t = 0; t < 8; t++)
    {
      cps[t] = p[t];
      cp_byte[t] = at + (guint32) t;
    }
#endif
}

/* The CHAR_* facts the decoder notes of a non-ASCII char. */
static inline guint
char_flags (gunichar c)
{
  if (G_LIKELY (c < FOLD_TABLE_SIZE))
    return info_table[c].flags;
  if (is_compat_letter (c))
    return CHAR_LOOKALIKE;
  if (G_UNLIKELY (c >= 0x1F400) && emoji_word (c) != NULL)
    return CHAR_EMOJI_WORD;
  if (c == 0x201C || c == 0x201D)
    return CHAR_QUOTE;
  if (is_invisible (c))
    return CHAR_INVISIBLE;
  if (needs_dictionary (c) && !is_emoji (c))
    return CHAR_DICTIONARY;   /* (some emoji, like 〰, lie in the CJK block) */
  return 0;
}

/* Decodes @text into @nt's code points, byte offsets (n_cps + 1 entries)
 * and astral code points, for which the buffers must have room (see
 * normalizer_fill()). FALSE when @text is not strict UTF-8 (as
 * g_utf8_validate() has it) or, when @strict, holds a NUL byte. */
static gboolean
decode (NcNormText *nt, const char *text, gsize n_bytes, gboolean strict, Mode mode,
        Decoded *dec)
{
  const guchar *s = (const guchar *) text;
  gunichar *cps = nt->cps;
  guint32 *cp_byte = nt->cp_byte;
  gsize i = 0, n_cps = 0, n_astral = 0;
  guint flags = 0;   /* CHAR_* of the non-ASCII chars */

  if (strict && memchr (text, '\0', n_bytes) != NULL)
    return FALSE;
  while (i < n_bytes)
    {
      gunichar c;
      guint len;

      /* A run of ASCII, eight bytes at a time whatever its length (where
       * a run ends is what a processor would guess wrong on every
       * Vietnamese letter): all eight go in, the run's length counts.
       * (n_cps <= i, so the buffers have room for them.) */
      if (n_bytes - i >= 8 && mode != MODE_REFERENCE)
        {
          guint64 v, high;
          guint k;

          memcpy (&v, s + i, 8);
          high = GUINT64_FROM_LE (v) & ASCII_HIGH;
          /* the first high bit, or 8 when there is none */
          k = (guint) __builtin_ctzll (high | G_GUINT64_CONSTANT (0x8000000000000000)) / 8 + (high == 0);
          put_ascii8 (cps + n_cps, cp_byte + n_cps, s + i, (guint32) i);
          n_cps += k;
          i += k;
          if (k == 8)
            continue;
        }
      else if (s[i] < 0x80)
        {
          cp_byte[n_cps] = (guint32) i;
          cps[n_cps++] = s[i++];
          continue;
        }
      /* the multi-byte char after it */
      len = decode_multi (s + i, n_bytes - i, mode == MODE_REFERENCE, &c);
      if (len == 0)
        return FALSE;
      if (G_UNLIKELY (len == 4))
        nt->astral[n_astral++] = (guint32) n_cps;
      cp_byte[n_cps] = (guint32) i;
      cps[n_cps++] = c;
      i += len;
      flags |= char_flags (c);
    }
  cp_byte[n_cps] = (guint32) n_bytes;
  nt->n_cps = n_cps;
  nt->n_astral = n_astral;
  dec->has_invisible = (flags & CHAR_INVISIBLE) != 0;
  dec->use_icu = mode == MODE_ICU || (mode == MODE_AUTO && (flags & CHAR_DICTIONARY));
  dec->has_quotes = (flags & CHAR_QUOTE) || memchr (text, '"', n_bytes) != NULL;
  dec->may_mask = (flags & CHAR_LOOKALIKE) != 0;
  dec->emoji_words = (flags & CHAR_EMOJI_WORD) != 0;
  for (const char *p = mask_suspects; *p != '\0' && !dec->may_mask; p++)
    dec->may_mask = memchr (text, *p, n_bytes) != NULL;
  return TRUE;
}

/* How many of the @n ascending values at @a are below @x. */
static gsize
count_below (const guint32 *a, gsize n, gsize x)
{
  gsize lo = 0, hi = n;

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (a[mid] < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gsize
nc_norm_text_cp_of_byte (const NcNormText *nt, gsize b)
{
  g_return_val_if_fail (b <= nt->n_bytes, 0);
  return count_below (nt->cp_byte, nt->n_cps, b);
}

gsize
nc_norm_text_utf16_offset (const NcNormText *nt, gsize i)
{
  g_return_val_if_fail (i <= nt->n_cps, 0);
  /* i plus the astral code points before i, which take two units */
  return i + count_below (nt->astral, nt->n_astral, i);
}

/* Fills @nt (whose buffers may be reused) from @text; FALSE (and @nt
 * empty) when @text is not valid UTF-8, or (@strict) holds a NUL. */
static gboolean
normalizer_fill (NcNormalizer *self,
                 NcNormText   *nt,
                 Scratch      *scratch,
                 const char   *text,
                 gsize         n_bytes,
                 gboolean      expand_teencode,
                 Mode          mode,
                 gboolean      strict)
{
  gunichar *fc;
  guint32 *fi;
  gsize n_f = 0;
  Out out = { 0 };
  Decoded dec;
  gsize cap = n_bytes + 1;

  nt->text = text;
  nt->n_bytes = n_bytes;

  if (nt->cap_cps < cap)
    {
      nt->cp_byte = g_renew (guint32, nt->cp_byte, cap);
      nt->astral = g_renew (guint32, nt->astral, cap / 4 + 1);
      nt->cps = g_renew (gunichar, nt->cps, cap);
      nt->cap_cps = cap;
    }

  /* 1. code points and their byte offsets */
  if (!decode (nt, text, n_bytes, strict, mode, &dec))
    goto invalid;

  /* the text to segment: without invisible characters, emoji turned into
   * spaces (ICU needs that; the table-driven segmenter takes an emoji for
   * a space anyway); the code points themselves when there is nothing to
   * drop */
  if (dec.has_invisible || dec.use_icu)
    {
      if (scratch->f_cap < cap)
        {
          scratch->fc = g_renew (gunichar, scratch->fc, cap);
          scratch->fi = g_renew (guint32, scratch->fi, cap);
          scratch->f_cap = cap;
        }
      fc = scratch->fc;
      fi = scratch->fi;
      for (gsize k = 0; k < nt->n_cps; k++)
        {
          gunichar c = nt->cps[k];

          if (c >= 0x80 && is_invisible (c))
            continue;
          fc[n_f] = c >= 0x80 && is_emoji (c) ? ' ' : c;
          fi[n_f++] = (guint32) k;
        }
    }
  else
    {
      fc = nt->cps;
      fi = NULL;
      n_f = nt->n_cps;
    }
  nt->has_quotes = dec.has_quotes;

  /* what a child typed to hide words, undone (on a copy: the code points
   * stay as typed) */
  if (expand_teencode && dec.may_mask && may_be_masked (fc, n_f))
    {
      if (fc == nt->cps)
        {
          if (scratch->f_cap < cap)
            {
              scratch->fc = g_renew (gunichar, scratch->fc, cap);
              scratch->fi = g_renew (guint32, scratch->fi, cap);
              scratch->f_cap = cap;
            }
          fc = scratch->fc;
          memcpy (fc, nt->cps, n_f * sizeof (gunichar));
        }
      unmask (fc, n_f);
    }

  /* 2. words, into the text's own char buffer */
  out.last_single = -1;
  out.join_from = G_MAXSIZE;
  out.glue = expand_teencode && self->glue_on ? self : NULL;
  out.glue_from = G_MAXSIZE;
  out.c = nt->chars;
  out.cap = nt->cap_chars;
  out_reserve (&out, nt->n_cps + 16);
  scratch->tok.n = 0;
  fc[n_f] = 0;   /* a sentinel for fast_words() */
  if (dec.use_icu)
    segment_icu (self, fc, fi, n_f, &out, &scratch->tok, expand_teencode);
  else
    segment_fast (self, fc, fi, n_f, &out, &scratch->tok, expand_teencode,
                  mode != MODE_REFERENCE);

  /* trailing separator is not needed */
  if (out.n > 0 && is_sep_char (out.c[out.n - 1].folded))
    out.n--;

  if (out.need_join)
    join_split_letters (&out, nt->cps);
  /* words run together (joined letters too: "a l o s e r"), emoji read
   * as words */
  if (out.telex_ends >= 2 && !out.typed_marks && out.glue != NULL)
    decode_telex (self, &out);
  if (out.need_glue)
    split_glued (self, &out, nt);
  if (dec.emoji_words)
    insert_emoji_words (&out, nt->cps, nt->n_cps);

  nt->n_chars = out.n;
  nt->n_words = out.n_words;
  nt->has_marks = out.has_marks;
  nt->typed_marks = out.typed_marks;
  nt->chars = out.c;
  nt->cap_chars = out.cap;
  if (scratch->f_cap > SCRATCH_KEEP)
    {
      g_clear_pointer (&scratch->fc, g_free);
      g_clear_pointer (&scratch->fi, g_free);
      scratch->f_cap = 0;
    }
  if (scratch->tok.cap > SCRATCH_KEEP)
    {
      g_clear_pointer (&scratch->tok.chars, g_free);
      scratch->tok.cap = 0;
    }
  return TRUE;

invalid:
  nt->n_cps = 0;
  nt->cp_byte[0] = 0;
  nt->n_astral = 0;
  nt->n_chars = nt->n_words = 0;
  nt->has_marks = nt->typed_marks = nt->has_quotes = FALSE;
  if (nt->cap_chars == 0)
    {
      nt->chars = g_new (NcNormChar, 1);
      nt->cap_chars = 1;
    }
  return FALSE;
}

static NcNormText *
normalizer_run (NcNormalizer *self,
                const char   *text,
                gsize         n_bytes,
                gboolean      expand_teencode,
                Mode          mode)
{
  NcNormText *nt;

  g_return_val_if_fail (self != NULL, NULL);

  nt = g_new0 (NcNormText, 1);
  normalizer_fill (self, nt, get_scratch (), text, n_bytes, expand_teencode, mode, FALSE);
  return nt;
}

NcNormText *
nc_normalizer_run (NcNormalizer *self,
                   const char   *text,
                   gsize         n_bytes,
                   gboolean      expand_teencode)
{
  return normalizer_run (self, text, n_bytes, expand_teencode, MODE_AUTO);
}

NcNormText *
nc_normalizer_run_scratch (NcNormalizer *self,
                           const char   *text,
                           gsize         n_bytes)
{
  return nc_normalizer_run_scratch_full (self, text, n_bytes, TRUE);
}

NcNormText *
nc_normalizer_run_scratch_full (NcNormalizer *self,
                                const char   *text,
                                gsize         n_bytes,
                                gboolean      expand_teencode)
{
  Scratch *scratch;

  g_return_val_if_fail (self != NULL, NULL);

  scratch = get_scratch ();
  if (scratch->busy)
    {
      NcNormText *nt = g_new0 (NcNormText, 1);

      if (!normalizer_fill (self, nt, get_scratch (), text, n_bytes, expand_teencode, MODE_AUTO, TRUE))
        g_clear_pointer (&nt, nc_norm_text_free);   /* not valid UTF-8 */
      return nt;
    }
  scratch->busy = TRUE;
  scratch->nt.owner = scratch;
  if (!normalizer_fill (self, &scratch->nt, scratch, text, n_bytes, expand_teencode, MODE_AUTO, TRUE))
    {
      nc_norm_text_free (&scratch->nt);
      return NULL;
    }
  return &scratch->nt;
}

NcNormText *
nc_normalizer_run_segmenter (NcNormalizer *self,
                             const char   *text,
                             gsize         n_bytes,
                             NcSegmenter   segmenter)
{
  static const Mode modes[] = {
    [NC_SEGMENTER_ICU] = MODE_ICU,
    [NC_SEGMENTER_TABLE] = MODE_TABLE,
    [NC_SEGMENTER_REFERENCE] = MODE_REFERENCE,
  };

  g_return_val_if_fail (segmenter <= NC_SEGMENTER_REFERENCE, NULL);
  return normalizer_run (self, text, n_bytes, TRUE, modes[segmenter]);
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

gboolean
nc_norm_text_in_handle_or_link (const NcNormText *nt, guint32 cp)
{
  const char *text = nt->text;
  gsize at = nt->cp_byte[cp], start = at;

  while (start > 0 && !g_ascii_isspace (text[start - 1]))
    start--;
  /* (not "@ss", "@$$hole": the normalizer reads them as "ass") */
  if ((text[start] == '@' &&
       !(start + 2 < nt->n_bytes && (text[start + 1] == 's' || text[start + 1] == '$') &&
         (text[start + 2] == 's' || text[start + 2] == '$'))) ||
      g_ascii_strncasecmp (text + start, "www.", 4) == 0)
    return TRUE;
  /* (s19-davidson) a user name after a quotation mark or other
   * punctuation, as retweets quote it: "“@WhiteTrashProbs:", ".@name",
   * "(@name)"; not an e-mail address, whose '@' follows a letter */
  {
    gsize q = at;

    while (q > start && (g_ascii_isalnum (text[q - 1]) || text[q - 1] == '_'))
      q--;
    if (q > start + 1 && text[q - 1] == '@' && !g_ascii_isalnum (text[q - 2]) &&
        !(q + 1 < nt->n_bytes && (text[q] == 's' || text[q] == '$') &&
          (text[q + 1] == 's' || text[q + 1] == '$')))
      return TRUE;
  }
  for (gsize i = start; i + 3 <= at; i++)
    if (memcmp (text + i, "://", 3) == 0)
      return TRUE;
  return FALSE;
}

/* The folded letters of @nt when it is one word of 3 to 31 ASCII
 * letters, or NULL. */
static char *
glue_key (const NcNormText *nt)
{
  char *key;

  if (nt->n_chars < 3 || nt->n_chars > 31)
    return NULL;
  for (gsize k = 0; k < nt->n_chars; k++)
    if (nt->chars[k].folded < 'a' || nt->chars[k].folded > 'z')
      return NULL;
  key = g_new (char, nt->n_chars + 1);
  for (gsize k = 0; k < nt->n_chars; k++)
    key[k] = (char) nt->chars[k].folded;
  key[nt->n_chars] = '\0';
  return key;
}

void
nc_normalizer_add_glue_tail (NcNormalizer *self, const NcNormText *word, gboolean is_vi)
{
  char *key = glue_key (word);

  if (key == NULL)
    return;
  self->glue_bigrams[key[0] - 'a'] |= 1u << (key[1] - 'a');
  {
    gsize l = strlen (key);
    guint k = glue_end_index ((guint) (key[l - 3] - 'a'), (guint) (key[l - 2] - 'a'),
                              (guint) (key[l - 1] - 'a'));

    self->glue_ends[k >> 5] |= 1u << (k & 31);
  }
  /* a word of both languages keeps the first (both are rare) */
  if (!g_hash_table_contains (self->glue_tails, key))
    g_hash_table_insert (self->glue_tails, key, GUINT_TO_POINTER (1u + (is_vi != FALSE)));
  else
    g_free (key);
}

void
nc_normalizer_add_glue_pair (NcNormalizer *self, const NcNormText *phrase)
{
  char key[32];
  gsize n = 0, cut = 0, hd;

  for (gsize k = 0; k < phrase->n_chars; k++)
    if (phrase->chars[k].folded == NC_NORM_SPACE && cut == 0 && n >= 2)
      cut = n;
    else if (phrase->chars[k].folded < 'a' || phrase->chars[k].folded > 'z' || n + 1 >= sizeof key)
      return;   /* (not two words of letters) */
    else
      key[n++] = (char) phrase->chars[k].folded;
  if (cut == 0 || n - cut < 2 || n < 5)
    return;
  /* (only a put-down adjective before a name: "fat pig", "ugly cow"; not
   * "shut up", "man up", "nerd alert", which hashtags run together) */
  for (hd = 0; hd < G_N_ELEMENTS (glue_heads); hd++)
    if (glue_heads[hd].adjective && glue_heads[hd].len == cut && memcmp (key, glue_heads[hd].head, cut) == 0)
      break;
  if (hd == G_N_ELEMENTS (glue_heads))
    return;
  key[n] = '\0';
  {
    guint32 h = pair_hash ((guchar) key[0], (guchar) key[1], (guchar) key[n - 3], (guchar) key[n - 2],
                           (guchar) key[n - 1], n);

    self->pair_bits[PAIR_BIT1 (h) >> 5] |= 1u << (PAIR_BIT1 (h) & 31);
    self->pair_bits[PAIR_BIT2 (h) >> 5] |= 1u << (PAIR_BIT2 (h) & 31);
  }
  if (!g_hash_table_contains (self->glue_pairs, key))
    g_hash_table_insert (self->glue_pairs, g_strdup (key), GSIZE_TO_POINTER (cut));
}

void
nc_normalizer_add_known_word (NcNormalizer *self, const NcNormText *word)
{
  char *key = glue_key (word);

  if (key != NULL)
    g_hash_table_add (self->glue_known, key);
}

void
nc_normalizer_add_phrase_words (NcNormalizer *self, const NcNormText *phrase)
{
  for (gsize k = 0; k < phrase->n_chars;)
    {
      gsize e = k;
      gboolean letters = TRUE;

      while (e < phrase->n_chars && phrase->chars[e].folded != NC_NORM_SPACE)
        {
          letters = letters && phrase->chars[e].folded >= 'a' && phrase->chars[e].folded <= 'z';
          e++;
        }
      if (letters && e > k && e - k < 64)
        {
          char *key = g_new (char, e - k + 1);

          for (gsize m = k; m < e; m++)
            key[m - k] = (char) phrase->chars[m].folded;
          key[e - k] = '\0';
          g_hash_table_add (self->phrase_words, key);
        }
      k = e + 1;
    }
}

void
nc_normalizer_glue_done (NcNormalizer *self)
{
  self->glue_on = g_hash_table_size (self->glue_tails) > 0 || g_hash_table_size (self->glue_pairs) > 0;
}
