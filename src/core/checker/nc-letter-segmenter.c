/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-letter-segmenter.c — where a run of letters typed one by one splits
 * into words: the cheapest split into known words and Vietnamese
 * syllables (a dynamic programme over at most 63 letters) */
#include "config.h"

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

/* (every rhyme opens on a vowel and has at most four letters: most
 * pieces the programme tries are turned away before the table) */
static gboolean
is_vi_rhyme (const char *s, gsize n)
{
  if (n == 0 || n > 4 || strchr ("aeiouy", s[0]) == NULL)
    return FALSE;
  for (gsize r = 0; r < G_N_ELEMENTS (vi_rhymes); r++)
    if (vi_rhymes[r][0] == s[0] && strlen (vi_rhymes[r]) == n && memcmp (vi_rhymes[r], s, n) == 0)
      return TRUE;
  return FALSE;
}

gboolean
nc_letter_is_vi_syllable (const char *s, gsize n)
{
  if (n == 0 || n > 7)
    return FALSE;
  if (is_vi_rhyme (s, n))
    return TRUE;
  for (gsize o = 0; o < G_N_ELEMENTS (vi_onsets); o++)
    {
      gsize l;

      if (vi_onsets[o][0] != s[0])
        continue;
      l = strlen (vi_onsets[o]);
      if (l < n && memcmp (vi_onsets[o], s, l) == 0 && is_vi_rhyme (s + l, n - l))
        return TRUE;
    }
  /* "gi" as an onset shares its "i" with the rhyme: "gì", "gìn" */
  return n >= 2 && memcmp (s, "gi", 2) == 0 && is_vi_rhyme (s + 1, n - 1);
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
