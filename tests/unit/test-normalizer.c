/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-normalizer.c — normalization, the offset map, and the segmenters */
#include "config.h"

#include <string.h>

#include "nc-checker.h"
#include "nc-checker-private.h"
#include "nc-letter-segmenter.h"
#include "nc-normalizer.h"
#include "nc-test-checker.h"

static NcChecker *checker;

static NcNormalizer *
get_normalizer (void)
{
  return nc_checker_get_normalizer (checker);
}

typedef struct {
  const char *input;
  const char *folded;
  const char *marked;
} NormCase;

static void
test_forms (void)
{
  static const NormCase cases[] = {
    { "Mày NGU quá", "may ngu qua", "mày ngu quá" },
    { "các bạn", "cac ban", "các bạn" },
    { "Đồ ngu", "do ngu", "đồ ngu" },
    /* decomposed marks (NFD keyboards) compose: o + ̂ + ̀ -> ồ */
    { "\xc4\x91o\xcc\x82\xcc\x80 ngu", "do ngu", "đồ ngu" },
    /* stretched, split, dotted, zero-width, emoji, trailing tilde */
    { "nguuuuu", "ngu", "ngu" },
    { "n.g.u", "ngu", "ngu" },
    { "n g u", "ngu", "ngu" },
    { "n-g-u", "ngu", "ngu" },
    { "n\xe2\x80\x8bgu", "ngu", "ngu" },
    { "ngu\xf0\x9f\x98\x80ngu", "ngu ngu", "ngu ngu" },
    { "ngu~", "ngu", "ngu" },
    /* ninth round: what a child types to hide a word, undone; and what
     * looks like it but is no hiding */
    { "k i l l you", "kil you", "kil you" },
    { "k y s", "kys", "kys" },
    { "l o s e r", "loser", "loser" },
    { "M \xc3\x80 Y  N G U", "may ngu", "m\xc3\xa0y ngu" },
    { "T H A N K  Y O U", "thank you", "thank you" },
    { "u r a loser", "u roi a loser", "u r\xe1\xbb\x93i a loser" },
    { "kiII you", "kil you", "kil you" },
    { "b!tch", "bitch", "bitch" },
    { "f*ck f**k sh#t sl_t d*t", "fuck fuck shit slut dit", "fuck fuck shit slut \xc4\x91\xe1\xbb\x8bt" },
    { "f_a_t x_y", "fat xy", "fat xy" },
    { "f*#k 2b*tch", "fuck 2b tch", "fuck 2b tch" },
    { "a** f*** d*** *note* wow**", "as fuck d note wow", "as fuck d note wow" },
    { "$tupid a$$ dumb@ss @ss", "stupid as dumbas as", "stupid as dumbas as" },
    { "$340 US$ 5$ Ke$ha", "340 us 5 ke ha", "340 us 5 ke ha" },
    { "sam_lee@school.edu @sam", "samlescholedu sam", "samlescholedu sam" },
    /* words joined by '.' or '_' are two words; letters one by one, an
     * initial, numbers and e-mail addresses stay one */
    { "th\xe1\xba\xb1ng.ngu \xc4\x91\xe1\xbb\x93_ngu St.Louis", "thang ngu do ngu st louis",
      "th\xe1\xba\xb1ng ngu \xc4\x91\xe1\xbb\x93 ngu st louis" },
    { "U.S.A Ph.D 3.14 v1.2 n.g.u", "usa phd 314 v12 ngu", "usa phd 314 v12 ngu" },
    { "1d10t l0ser", "idiot loser", "idiot loser" },
    { "ki11 kil1 hi11", "kil kil hil", "kil kil hil" },
    { "ur a l-o-s-e-r", "ur a loser", "ur a loser" },
    { "\xef\xbd\x93\xef\xbd\x94\xef\xbd\x95\xef\xbd\x90\xef\xbd\x89\xef\xbd\x84", "stupid", "stupid" },
    { "\xd1\x95tupid \xd1\x81\xd1\x83\xd0\xba\xd0\xb0", "stupid \xd1\x81\xd1\x83\xd0\xba\xd0\xb0", "stupid \xd1\x81\xd1\x83\xd0\xba\xd0\xb0" },
    { "ch\xc3\xb3ooo qu\xc3\xa1" "aa c\xe1\xbb\xa9u", "cho qua cuu", "ch\xc3\xb3 qu\xc3\xa1 c\xe1\xbb\xa9u" },
    { "McIntosh iPhone", "mclntosh iphone", "mclntosh iphone" },
    /* tenth round: a calling word or a target run into an insult word
     * is read apart ("thằngngu", "urstupid", "a l o s e r" joined);
     * an insult inside any other word is not ("Scunthorpe", "cockpit",
     * "therapist", "Uranus", "assistant") */
    { "th\xe1\xba\xb1ngngu mayngu \xc4\x91\xe1\xbb\x93ngu", "thang ngu may ngu do ngu",
      "th\xe1\xba\xb1ng ngu may ngu \xc4\x91\xe1\xbb\x93 ngu" },
    { "urstupid youreanidiot ur a l o s e r", "ur stupid youre an idiot ur a loser",
      "ur stupid youre an idiot ur a loser" },
    { "Scunthorpe cockpit therapist Uranus assistant another", "scunthorpe cockpit therapist uranus asistant another",
      "scunthorpe cockpit therapist uranus asistant another" },
    /* a user name or a web address stays whole; a hashtag is the
     * child's own words */
    { "@thangngu www.urstupid.com #thangngu", "thangngu w urstupid com thang ngu",
      "thangngu w urstupid com thang ngu" },
    /* emoji used as the insult itself are words; other emoji a space */
    { "you're a \xf0\x9f\xa4\xa1, m\xf0\x9f\x90\xb7!", "youre a zqclown|m zqpig", "youre a zqclown|m zqpig" },
    { "\xf0\x9f\x96\x95\xf0\x9f\x96\x95 ok \xf0\x9f\x98\x80", "zqfinger zqfinger ok", "zqfinger zqfinger ok" },
    /* a mark Vietnamese does not write is a decoration: its plain letter */
    { "st\xc3\xbcpid na\xc3\xafve", "stupid naive", "stupid naive" },
    /* l33t in words that mix letters and digits, not in numbers */
    { "ng0 vcl", "ngo vcl", "ngo vcl" },
    { "50k 2024", "50k 2024", "50k 2024" },
    /* teencode */
    { "ko biết", "khong biet", "không biết" },
    { "đc", "duoc", "được" },
    /* sentence punctuation is a stop, spaces and symbols are a space */
    { "a, b # c", "a|b c", "a|b c" },
    { "don't", "dont", "dont" },
    { "", "", "" },
    { "😀😀", "", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(NcNormText) nt = nc_normalizer_run (get_normalizer (), cases[i].input,
                                                    strlen (cases[i].input), TRUE);
      g_autofree char *folded = nc_norm_text_to_folded (nt);
      g_autofree char *marked = nc_norm_text_to_marked (nt);

      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].input);
      g_assert_cmpstr (folded, ==, cases[i].folded);
      g_assert_cmpstr (marked, ==, cases[i].marked);
    }
}

static void
test_marks_only_where_typed (void)
{
  g_autoptr(NcNormText) nt = nc_normalizer_run (get_normalizer (), "các cac", 9, FALSE);

  /* "các" was typed with marks, "cac" without */
  g_assert_cmpuint (nt->n_chars, ==, 7);
  g_assert_true (nt->chars[0].word_marked);
  g_assert_false (nt->chars[4].word_marked);
  g_assert_true (nt->has_marks);
  g_assert_cmpuint (nc_normalizer_fold_char (0x1EB6 /* Ặ */), ==, 'a');
  g_assert_cmpuint (nc_normalizer_fold_char (0x0110 /* Đ */), ==, 'd');
}

static void
test_stretch_keeps_run (void)
{
  g_autoptr(NcNormText) nt = nc_normalizer_run (get_normalizer (), "nguuuu", 6, FALSE);

  g_assert_cmpuint (nt->n_chars, ==, 3);
  g_assert_cmpuint (nt->chars[2].run, ==, 4);
  g_assert_cmpuint (nt->chars[2].orig_start, ==, 2);
  g_assert_cmpuint (nt->chars[2].orig_end, ==, 6);
}

/* Every normalized char maps to a code point span of the original, in
 * order; the byte and UTF-16 offsets of each code point agree with GLib's
 * own conversions. */
/* Fewer than @max pieces, picked at random. */
static GString *
random_text (GRand *rand, const char * const *pieces, gsize n_pieces, int max)
{
  GString *s = g_string_new (NULL);
  int n = g_rand_int_range (rand, 0, max);

  for (int k = 0; k < n; k++)
    g_string_append (s, pieces[g_rand_int_range (rand, 0, (gint32) n_pieces)]);
  return s;
}

static void
check_offsets (const char *text)
{
  gsize len = strlen (text);
  g_autoptr(NcNormText) nt = nc_normalizer_run (get_normalizer (), text, len, NC_SEGMENTER_ICU);
  glong n_cps = g_utf8_strlen (text, (gssize) len);
  guint32 last_start = 0;

  g_assert_cmpuint (nt->n_cps, ==, (gsize) n_cps);
  for (gsize i = 0; i <= nt->n_cps; i++)
    {
      const char *p = g_utf8_offset_to_pointer (text, (glong) i);
      glong u16_len = 0;
      g_autofree gunichar2 *u16 = g_utf8_to_utf16 (text, p - text, NULL, &u16_len, NULL);

      g_assert_cmpuint (nt->cp_byte[i], ==, (gsize) (p - text));
      g_assert_cmpuint (nc_norm_text_utf16_offset (nt, i), ==, (gsize) u16_len);
      if (i < nt->n_cps)
        g_assert_cmpuint (nt->cps[i], ==, g_utf8_get_char (p));
    }
  for (gsize i = 0; i < nt->n_chars; i++)
    {
      const NcNormChar *c = &nt->chars[i];

      g_assert_cmpuint (c->orig_start, <, c->orig_end);
      g_assert_cmpuint (c->orig_end, <=, nt->n_cps);
      g_assert_cmpuint (c->orig_start, >=, last_start);
      last_start = c->orig_start;
    }
}

static void
test_offsets_round_trip (void)
{
  static const char * const texts[] = {
    "Mày đúng là đồ ngu 😀😀 thật",
    "𝐧𝐠𝐮 and 🇻🇳 flags, e\xcc\x81 decomposed",
    "a\xe2\x80\x8b\xe2\x80\x8b\xe2\x80\x8b" "b zero width",
    "n . g . u ~~~ n-g-u",
    "số của mình là 0912 345 678 nhé",
    "ko dc j đâu =))",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    check_offsets (texts[i]);

  /* random strings over a mix of tricky characters */
  {
    static const char * const pieces[] = { "a", "đ", "Ư", "\xcc\x81", "😀", "\xe2\x80\x8b", " ",
                                           ".", "1", "ngu", "ko", "\"", "𝐧", "\xef\xb8\x8f" };
    GRand *rand = g_rand_new_with_seed (874);

    for (int round = 0; round < 300; round++)
      {
        g_autoptr(GString) s = random_text (rand, pieces, G_N_ELEMENTS (pieces), 40);

        check_offsets (s->str);
      }
    g_rand_free (rand);
  }
}

/* Everything of two normalized texts is the same. */
static void
assert_same_text (const NcNormText *a, const NcNormText *b)
{
  g_assert_cmpuint (a->n_cps, ==, b->n_cps);
  g_assert_cmpmem (a->cps, a->n_cps * 4, b->cps, b->n_cps * 4);
  g_assert_cmpmem (a->cp_byte, (a->n_cps + 1) * 4, b->cp_byte, (b->n_cps + 1) * 4);
  g_assert_cmpuint (a->n_astral, ==, b->n_astral);
  g_assert_cmpmem (a->astral, a->n_astral * 4, b->astral, b->n_astral * 4);
  g_assert_cmpuint (a->n_chars, ==, b->n_chars);
  g_assert_cmpmem (a->chars, a->n_chars * sizeof (NcNormChar), b->chars, b->n_chars * sizeof (NcNormChar));
  g_assert_cmpuint (a->n_words, ==, b->n_words);
  g_assert_cmpint (a->has_marks, ==, b->has_marks);
  g_assert_cmpint (a->has_quotes, ==, b->has_quotes);
}

/* Calls @func on the first lines of the shared data's ViHOS and Davidson
 * dev sets (when NC_SHARED_DATA is set), the valid UTF-8 ones. */
static void
for_each_shared_line (void (*func) (const char *text))
{
  const char *shared = g_getenv ("NC_SHARED_DATA");

  if (shared == NULL)
    return;
  for (int k = 0; k < 2; k++)
    {
      g_autofree char *path = g_build_filename (shared, "text", k == 0 ? "vihos" : "davidson", "dev.csv", NULL);
      g_autofree char *data = NULL;

      if (g_file_get_contents (path, &data, NULL, NULL))
        {
          g_auto(GStrv) lines = g_strsplit (data, "\n", -1);

          /* the first 4000 lines of each keep the test quick under ASan */
          for (int i = 0; lines[i] && i < 4000; i++)
            if (g_utf8_validate (lines[i], -1, NULL))
              func (lines[i]);
        }
    }
}

/* The checker's reused per-thread buffers give the same text as a fresh
 * run, one draft after another (a short one after a long one too), and
 * reject what is not UTF-8. */
static void
test_scratch_runs (void)
{
  static const char * const texts[] = {
    "Mày đúng là đồ ngu 😀😀 thật, ko dc j đâu =))",
    "n g u",
    "số của mình là 0912 345 678 nhé, email be.an@gmail.com",
    "a",
    "",
    "Thằng\xcc\x80 ko\xe2\x80\x8b" "dc «trích» \"quote\"",
  };
  static const char * const invalid[] = {
    "ab\xc3", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80\xaf", "\xff",
  };

  for (int round = 0; round < 2; round++)
    for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        gsize len = strlen (texts[i]);
        g_autoptr(NcNormText) a = nc_normalizer_run (get_normalizer (), texts[i], len, TRUE);
        g_autoptr(NcNormText) b = nc_normalizer_run_scratch (get_normalizer (), texts[i], len);

        g_assert_nonnull (b);
        assert_same_text (a, b);
      }
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(NcNormText) nt = nc_normalizer_run_scratch (get_normalizer (), invalid[i], strlen (invalid[i]));

      g_assert_false (g_utf8_validate (invalid[i], -1, NULL));
      g_assert_null (nt);
    }
  /* a NUL byte inside the text */
  {
    g_autoptr(NcNormText) nt = nc_normalizer_run_scratch (get_normalizer (), "ab\0cd", 5);

    g_assert_null (nt);
  }
}

/* The decoder takes runs of ASCII eight bytes at a time and two- and
 * three-byte chars without branching on their length: it must accept
 * exactly what g_utf8_validate() accepts, wherever a bad sequence sits
 * (in a run, right after one, at the end), and map every offset. */
static void
test_decoder_agrees_with_glib (void)
{
  static const char * const pieces[] = {
    "a", "abcdefgh", "ngu ", " ", "đ", "ệ", "Ư", "\xe1\xbb\x87", "“", "😀", "\xef\xbf\xbf",
    /* not UTF-8: a lone continuation, overlong forms, a surrogate, beyond
     * U+10FFFF, truncated sequences, bytes never used */
    "\x80", "\xc0\xaf", "\xc1\xbf", "\xe0\x80\xaf", "\xe0\x9f\xbf", "\xed\xa0\x80",
    "\xf0\x80\x80\x80", "\xf4\x90\x80\x80", "\xc3", "\xe1\xbb", "\xf0\x9f\x98", "\xff", "\xf5",
    "\xe1\x41\x80", "\xc3\x41",
  };
  GRand *rand = g_rand_new_with_seed (8740);
  int n_valid = 0, n_invalid = 0;

  for (int round = 0; round < 4000; round++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      int n = g_rand_int_range (rand, 0, 24);
      gboolean valid;
      NcNormText *nt;

      for (int k = 0; k < n; k++)
        {
          /* mostly valid text, with a bad piece now and then */
          int p = g_rand_int_range (rand, 0, 100) < 90 ? g_rand_int_range (rand, 0, 11)
                                                       : g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces));
          g_string_append (s, pieces[p]);
        }
      valid = g_utf8_validate_len (s->str, s->len, NULL);
      nt = nc_normalizer_run_scratch (get_normalizer (), s->str, s->len);
      g_assert_cmpint (nt != NULL, ==, valid);
      if (nt != NULL)
        {
          nc_norm_text_free (nt);
          check_offsets (s->str);
          n_valid++;
        }
      else
        n_invalid++;
    }
  g_assert_cmpint (n_valid, >, 1000);
  g_assert_cmpint (n_invalid, >, 1000);
  g_rand_free (rand);
}

static void
compare_segmenters (const char *text)
{
  gsize len = strlen (text);
  g_autoptr(NcNormText) a = nc_normalizer_run_segmenter (get_normalizer (), text, len, NC_SEGMENTER_ICU);
  g_autoptr(NcNormText) b = nc_normalizer_run_segmenter (get_normalizer (), text, len, NC_SEGMENTER_TABLE);
  g_autofree char *fa = nc_norm_text_to_marked (a);
  g_autofree char *fb = nc_norm_text_to_marked (b);

  if (g_strcmp0 (fa, fb) != 0)
    g_test_message ("segmenters differ on: %s\n icu:  %s\n fast: %s", text, fa, fb);
  g_assert_cmpstr (fa, ==, fb);
}

/* The table-driven segmenter must give ICU's word boundaries. */
static void
test_segmenters_agree (void)
{
  static const char * const texts[] = {
    "Mày đúng là đồ ngu, nói chuyện như vậy.",
    "e.g. n.g.u 3.5 1,000 a:b don't l'amour it’s x_y _z",
    "giá 20k, số 0912.345.678 hoặc +84 912 345 678",
    "email be.an@gmail.com http://a.b/c?d=e#f",
    "ngu😀ngu #tag @user (ngoặc) «trích»",
    "Thằng\xcc\x80 ko\xe2\x80\x8b" "dc",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    compare_segmenters (texts[i]);
  for_each_shared_line (compare_segmenters);
}

static void
compare_fast_paths (const char *text)
{
  gsize len = strlen (text);
  g_autoptr(NcNormText) fast = nc_normalizer_run_segmenter (get_normalizer (), text, len, NC_SEGMENTER_TABLE);
  g_autoptr(NcNormText) plain = nc_normalizer_run_segmenter (get_normalizer (), text, len, NC_SEGMENTER_REFERENCE);

  assert_same_text (fast, plain);
}

/* The table-driven segmenter's fast paths (ASCII eight bytes at a time,
 * Vietnamese letters decoded without branches, common words, teencode and
 * marks written straight out) give what its general path gives, offsets
 * included. */
static void
test_fast_paths_agree (void)
{
  static const char * const pieces[] = {
    "a", "B", "ngu", "Đồ", "ư", "ờ", "\xcc\x81", "\xcc\xa3", "e\xcc\x82\xcc\xa3", "😀", "👍🏽",
    "\xe2\x80\x8b", "\xc2\xad", " ", "  ", ".", ",", "!", "\"", "“", "«", "'", "’", "_", "@", "-",
    "1", "0912", "3.5", "ko", "k", "dc", "ngta", "n g u", "n.g.u", "nguuuu", "AAAA", "ng0", "x2",
    "𝐧𝐠𝐮", "Ω", "ß", "ﬁ", "\t", "\n", "iiii", "vl", "abcdefghij",
    /* ninth round: what a child types to hide a word */
    "ch\xc3\xb3ooo", "qu\xc3\xa1" "aa", "kiII", "f*ck", "sl_t", "$", "$tupid", "b!tch", "@ss",
    "k i l l", "k y s", "M \xc3\x80 Y  N G U", "\xd1\x95", "\xef\xbd\x93", "1d10t", "*", "#",
    /* tenth round: words run together, emoji as words */
    "th\xe1\xba\xb1ngngu", "urstupid", "youreanidiot", "a l o s e r", "\xf0\x9f\xa4\xa1", "\xf0\x9f\x90\xb7",
    "\xf0\x9f\x96\x95", "st\xc3\xbcpid",
  };
  GRand *rand = g_rand_new_with_seed (87401);

  for (int round = 0; round < 3000; round++)
    {
      g_autoptr(GString) s = random_text (rand, pieces, G_N_ELEMENTS (pieces), 30);

      compare_fast_paths (s->str);
    }
  g_rand_free (rand);
  for_each_shared_line (compare_fast_paths);
}

static NcLettersWord
in_word_list (gconstpointer data, const char *word, gsize n)
{
  for (const char *const *w = data; *w != NULL; w++)
    if (strlen (*w) == n && memcmp (*w, word, n) == 0)
      return NC_LETTERS_KNOWN;
  return NC_LETTERS_UNKNOWN;
}

/* nc_letter_segment(): the cheapest split into known words and
 * Vietnamese syllables; a longer syllable beats two known short words;
 * letters that cannot all be words stay joined. */
static void
test_letter_segment (void)
{
  static const char *const known[] = { "ngu", "nhu", "bo", "may", "you", "are", "an", "idiot", "yen", NULL };
  static const struct {
    const char *letters;
    const char *words;   /* the split, or NULL: none */
  } cases[] = {
    { "mayngunhubo", "may ngu nhu bo" },
    { "youareanidiot", "you are an idiot" },
    { "thangnguyen", "thang nguyen" },
    { "nghiengnghieng", "nghieng nghieng" },
    { "quygiadinh", "quy gia dinh" },
    { "youarexqzt", NULL },
    { "idiot", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize cuts[32], n = strlen (cases[i].letters), from = 0;
      guint n_cuts = nc_letter_segment (cases[i].letters, n, in_word_list, known, cuts, G_N_ELEMENTS (cuts));
      g_autoptr(GString) words = g_string_new (NULL);

      if (cases[i].words == NULL)
        {
          g_assert_cmpuint (n_cuts, ==, 0);
          continue;
        }
      for (guint k = 0; k <= n_cuts; k++)
        {
          gsize to = k < n_cuts ? cuts[k] : n;

          g_string_append_printf (words, "%s%.*s", k > 0 ? " " : "", (int) (to - from), cases[i].letters + from);
          from = to;
        }
      g_assert_cmpstr (words->str, ==, cases[i].words);
    }
  g_assert_true (nc_letter_is_vi_syllable ("nghieng", 7));
  g_assert_true (nc_letter_is_vi_syllable ("gi", 2));
  g_assert_true (nc_letter_is_vi_syllable ("quy", 3));
  g_assert_false (nc_letter_is_vi_syllable ("ngh", 3));
  g_assert_false (nc_letter_is_vi_syllable ("tm", 2));
  g_assert_false (nc_letter_is_vi_syllable ("idiot", 5));
  g_assert_cmpuint (nc_letter_segment ("ngungu", 70, in_word_list, known, NULL, 0), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/normalizer/forms", test_forms);
  g_test_add_func ("/normalizer/marks-only-where-typed", test_marks_only_where_typed);
  g_test_add_func ("/normalizer/stretch-keeps-run", test_stretch_keeps_run);
  g_test_add_func ("/normalizer/offsets-round-trip", test_offsets_round_trip);
  g_test_add_func ("/normalizer/scratch-runs", test_scratch_runs);
  g_test_add_func ("/normalizer/decoder-agrees-with-glib", test_decoder_agrees_with_glib);
  g_test_add_func ("/normalizer/segmenters-agree", test_segmenters_agree);
  g_test_add_func ("/normalizer/fast-paths-agree", test_fast_paths_agree);
  g_test_add_func ("/normalizer/letter-segment", test_letter_segment);
  return nc_test_run_with_checker (&checker);
}
