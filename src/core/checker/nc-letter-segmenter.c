/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-letter-segmenter.c — where a run of letters typed one by one splits
 * into words: the cheapest split into known words and Vietnamese
 * syllables (a dynamic programme over at most 63 letters) */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "nc-letter-segmenter.h"

/* The onsets of a Vietnamese syllable, folded ("đ" is "d"), longest of a
 * prefix first so that the first that fits is the longest. */
static const char *const vi_onsets[] = {
  "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
  "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
};

/* The rhymes, folded (â, ă, ê, ô, ơ, ư and the tones are gone: "ươi" is
 * "uoi", "ân" is "an"); not the loanwords' "ooc", "oong" ("soóc",
 * "xoong"), which would read "đồ óc" as one syllable. */
static const char *const vi_rhymes[] = {
  "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
  "e", "ec", "em", "en", "eng", "eo", "ep", "et", "eu", "ech", "enh",
  "i", "ia", "ich", "iec", "iem", "ien", "ieng", "iep", "iet", "ieu", "im", "in", "inh", "ip", "it", "iu",
  "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
  "oc", "oe", "oen", "oeo", "oet", "oi", "om", "on", "ong", "op", "ot",
  "u", "ua", "uan", "uang", "uat", "uay", "uc", "ue", "uech", "uen", "uenh", "uet", "ui", "um", "un", "ung",
  "uo", "uoc", "uoi", "uom", "uon", "uong", "uop", "uot", "uou", "up", "ut", "uu",
  "uy", "uya", "uych", "uyen", "uyet", "uynh", "uyt", "uyu",
  "y", "yem", "yen", "yet", "yeu",
};

/* Whether the small ASCII letter @c is a vowel letter. */
static inline gboolean
is_vowel_letter (char c)
{
  return c >= 'a' && c <= 'y' && ((1u << (c - 'a')) & (1u << 0 | 1u << 4 | 1u << 8 | 1u << 14 | 1u << 20 | 1u << 24)) != 0;
}

/* @n (at most four) small ASCII letters at @s packed in an integer, five
 * bits a letter: the rhymes' key. */
static guint32
pack_letters (const char *s, gsize n)
{
  guint32 key = 0;

  for (gsize k = 0; k < n; k++)
    key = key << 5 | (guint32) (s[k] - 'a' + 1);
  return key;
}

static int
compare_keys (const void *a, const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* (every rhyme opens on a vowel and has at most four letters: most
 * pieces the programme tries are turned away before the table, the rest
 * looked up by their packed key) */
static gboolean
is_vi_rhyme (const char *s, gsize n)
{
  static guint32 keys[G_N_ELEMENTS (vi_rhymes)];
  static gsize sorted = 0;
  guint32 key;

  if (n == 0 || n > 4 || !is_vowel_letter (s[0]))
    return FALSE;
  for (gsize k = 1; k < n; k++)
    if (s[k] < 'a' || s[k] > 'z')
      return FALSE;
  if (g_once_init_enter (&sorted))
    {
      for (gsize r = 0; r < G_N_ELEMENTS (vi_rhymes); r++)
        keys[r] = pack_letters (vi_rhymes[r], strlen (vi_rhymes[r]));
      qsort (keys, G_N_ELEMENTS (keys), sizeof keys[0], compare_keys);
      g_once_init_leave (&sorted, 1);
    }
  key = pack_letters (s, n);
  return bsearch (&key, keys, G_N_ELEMENTS (keys), sizeof keys[0], compare_keys) != NULL;
}

/* Whether the @n letters at @s, none of them a vowel, are an onset. */
static gboolean
is_vi_onset (const char *s, gsize n)
{
  for (gsize o = 0; o < G_N_ELEMENTS (vi_onsets); o++)
    {
      const char *onset = vi_onsets[o];
      gsize k = 0;

      while (k < n && onset[k] == s[k])
        k++;
      if (k == n && onset[k] == '\0')
        return TRUE;
    }
  return FALSE;
}

/* (a rhyme opens on a vowel, so the onset is every letter before the
 * first vowel; only "qu" and "gi" end on a vowel letter) */
gboolean
nc_letter_is_vi_syllable (const char *s, gsize n)
{
  gsize v = 0;

  if (n == 0 || n > 7)
    return FALSE;
  while (v < n && !is_vowel_letter (s[v]))
    v++;
  if (v == n)
    return FALSE;
  if (v == 0)
    return is_vi_rhyme (s, n);
  if (is_vi_onset (s, v) && is_vi_rhyme (s + v, n - v))
    return TRUE;
  /* "quê", "giờ" ("gì", "gìn": "gi" sharing its "i" is the onset "g") */
  return v == 1 && n > 2 && ((s[0] == 'q' && s[1] == 'u') || (s[0] == 'g' && s[1] == 'i')) &&
         is_vi_rhyme (s + 2, n - 2);
}

#define KNOWN_COST    10   /* a word the caller knows */
#define SYLLABLE_COST 13   /* a Vietnamese syllable no list holds */
#define LETTER_COST    6   /* more for a word of one letter, the most
                            * ambiguous: "đồ óc chó", not "đồ ó cchó" */
#define LONGEST_WORD  12

guint
nc_letter_segment (const char        *letters,
                   gsize              n,
                   NcLettersWordFunc  word_of,
                   gconstpointer      data,
                   gsize             *cuts,
                   guint              max_cuts)
{
  guint cost[64];
  guint8 from[64];
  gsize starts[64];
  guint n_words = 0;

  if (n < 2 || n > 63)
    return 0;
  cost[0] = 0;
  for (gsize i = 1; i <= n; i++)
    {
      cost[i] = G_MAXUINT;
      for (gsize j = i > LONGEST_WORD ? i - LONGEST_WORD : 0; j < i; j++)
        {
          NcLettersWord kind;
          guint c;

          if (cost[j] == G_MAXUINT)
            continue;
          kind = word_of (data, letters + j, i - j);
          if (kind == NC_LETTERS_KNOWN)
            c = KNOWN_COST;
          else if (kind == NC_LETTERS_UNKNOWN && nc_letter_is_vi_syllable (letters + j, i - j))
            c = SYLLABLE_COST;
          else
            continue;
          if (i - j == 1)
            c += LETTER_COST;
          /* (equal costs: the first split found, the longer last word, wins) */
          if (cost[j] + c < cost[i])
            {
              cost[i] = cost[j] + c;
              from[i] = (guint8) j;
            }
        }
    }
  if (cost[n] == G_MAXUINT)
    return 0;
  for (gsize i = n; i > 0; i = from[i])
    starts[n_words++] = from[i];
  if (n_words < 2 || n_words - 1 > max_cuts)
    return 0;
  /* starts[] runs from the last word back; the first word's start (0) is
   * no cut */
  for (guint k = 0; k + 1 < n_words; k++)
    cuts[k] = starts[n_words - 2 - k];
  return n_words - 1;
}
