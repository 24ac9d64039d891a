/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-vi-who.c — the Vietnamese grammar of who is aimed at: whom a draft
 * speaks to, names or calls, and whether a composition tells its
 * put-downs (vi_told(), vi_composed()) */
#include "config.h"

#include <string.h>

#include "nc-checker-text.h"

/* Whether the word of @nt at @i calls someone by a name: "thằng" before
 * any word ("thằng Tuấn", "mấy thằng sếp"), "con" before a capitalised
 * name or "kia" / "này" / "đó" / "ấy" ("con Thảo", "con kia"; not "con
 * khỉ", "con bé mới chuyển đến"), in the same clause. */
gboolean
calls_someone_at (const NcNormText *nt, gsize i)
{
  static const char *const after[] = { "kia", "này", "đó", "ấy" };
  gsize j;

  if (marked_word_at (nt, i, "thằng"))
    j = i + 5;
  else if (marked_word_at (nt, i, "con"))
    j = i + 3;
  else
    return FALSE;
  if (j + 1 >= nt->n_chars || nt->chars[j].folded != NC_NORM_SPACE)
    return FALSE;   /* (the word ends the draft or a clause) */
  j++;
  if (nt->chars[i].folded == 't' || g_unichar_isupper (nt->cps[nt->chars[j].orig_start]))
    return TRUE;
  for (gsize m = 0; m < G_N_ELEMENTS (after); m++)
    if (marked_word_at (nt, j, after[m]))
      return TRUE;
  return FALSE;
}

/* Whether a Vietnamese draft speaks to someone or of someone with
 * contempt: a target ("mày", "tụi m"), the first person "tao", "thằng"
 * before any word ("thằng Tuấn", "mấy thằng sếp"), "con" before a name
 * or "kia" / "này" / "đó" / "ấy" ("con Thảo", "con kia"; not "con khỉ
 * mẹ", "con bé mới chuyển đến"). A composition that does none of these
 * addresses no one. */
gboolean
vi_addresses_someone (const NcNormText *nt, const Hit *hits, guint n_hits)
{
  if (has_target (hits, n_hits))
    return TRUE;
  for (gsize i = 0; i < nt->n_chars; i++)
    {
      if (i > 0 && !is_sep (nt->chars[i - 1].folded))
        continue;
      if (marked_word_at (nt, i, "tao") || calls_someone_at (nt, i))
        return TRUE;
    }
  return FALSE;
}

/* Whether every sentence of the draft opens on a capital letter (or a
 * digit, or a quotation mark before one), as a composition is written;
 * comments and chat are typed in lower case more often than not. */
gboolean
sentences_capitalised (const NcNormText *nt)
{
  gboolean opening = TRUE;

  for (gsize i = 0; i < nt->n_cps; i++)
    {
      gunichar c = nt->cps[i];

      if (ends_sentence_cp (c))
        {
          opening = c == '\n' || i + 1 == nt->n_cps || g_unichar_isspace (nt->cps[i + 1]) ? TRUE : opening;
          continue;
        }
      if (!opening || g_unichar_isspace (c) || c == '"' || c == 0x201C || c == '(' || c == '-')
        continue;
      if (g_unichar_isalpha (c) && !g_unichar_isupper (c))
        return FALSE;
      opening = FALSE;
    }
  return TRUE;
}

/* Follows quotation marks past char @c: *@straight inside a pair of '"',
 * *@curly inside “ ” or « ». */
static inline void
follow_quotes (gunichar c, gboolean *straight, gboolean *curly)
{
  if (c == '"')
    *straight = !*straight;
  else if (c == 0x201C || c == 0x00AB)
    *curly = TRUE;
  else if (c == 0x201D || c == 0x00BB)
    *curly = FALSE;
}

/* Where the quotation (" “ ” « ») that holds char @at of @nt opens, in
 * code points; G_MAXUINT32: @at is not quoted. */
static guint32
vi_quote_open (const NcNormText *nt, gsize at)
{
  gboolean straight = FALSE, curly = FALSE;
  guint32 end = at < nt->n_chars ? nt->chars[at].orig_start : (guint32) nt->n_cps, open = 0;

  if (!nt->has_quotes)
    return G_MAXUINT32;
  for (guint32 k = 0; k < end; k++)
    {
      gboolean was = straight || curly;

      follow_quotes (nt->cps[k], &straight, &curly);
      if (!was && (straight || curly))
        open = k;
    }
  return straight || curly ? open : G_MAXUINT32;
}

/* Whether char @at of @nt lies inside quotation marks (" “ ” « »). */
static gboolean
vi_quoted_at (const NcNormText *nt, gsize at)
{
  return vi_quote_open (nt, at) != G_MAXUINT32;
}

/* The words a Vietnamese writer calls themselves by ("em", "tôi", "tớ",
 * "tao", "mình", "tui"), one list for whose words, whose calling and
 * whose friend or home (vi_writer_says_at(), vi_writer_calls(),
 * vi_story_addresses()). */
static const char *const vi_writer_words[] = { "em", "tôi", "tớ", "tao", "mình", "tui" };

/* (fourteenth round, s14-compo) Whether char @at of @nt is the writer's
 * own words: outside quotation marks, or inside a quotation the writer
 * opens in a sentence of the first person ("Em muốn nói với bạn ấy:
 * "mày ..."", "tôi nói "…""); a character's words quoted ("cai lệ quát:
 * "Mày định nói cho cha mày nghe đấy à?"", "Lũ trẻ hò hét: "Mày không có
 * bố!"") are the character's. */
gboolean
vi_writer_says_at (const NcNormText *nt, gsize at)
{
  guint32 open = vi_quote_open (nt, at);
  char buf[48];

  if (open == G_MAXUINT32)
    return TRUE;
  /* (the words of the sentence before the quotation opens) */
  for (guint32 k = open; k > 0 && !ends_sentence_cp (nt->cps[k - 1]); k--)
    if (starts_word_cp (nt, k - 1))
      {
        const char *w = vi_word_at_cp (nt, k - 1, buf, sizeof buf);

        for (gsize m = 0; m < G_N_ELEMENTS (vi_writer_words); m++)
          if (g_str_equal (w, vi_writer_words[m]))
            return TRUE;
      }
  return FALSE;
}

/* (seventeenth round, the lead) Whether the quotation that holds char @at
 * of @nt is put on someone rather than reported: it opens right after
 * "you" and a copula, or "mày"/"m"/"nó" and "là" ("you are "stupid"",
 * "ur a "loser"", "mày là "đồ xấu xí" đấy"), or after the writer and a
 * verb of saying ("tao bảo "mày là đồ béo"", "i said "ur fat""). A
 * child wrapping a put-down in quotation marks puts it on someone all the
 * same; "he called me "fat"", "nó bảo tớ là "đồ béo"" stay reports. */
gboolean
quote_aimed (const NcNormText *nt, gsize at)
{
  /* (the words before the mark, last first, lower case; with one
   * article or colon skipped) */
  static const char *const aimed[][2] = {
    { "là", "mày" }, { "là", "m" }, { "là", "mi" }, { "là", "nó" },
    { "la", "may" }, { "la", "m" }, { "are", "you" }, { "are", "u" },
    { "r", "u" }, { "re", "you" }, { "ur", NULL }, { "youre", NULL },
    { "bảo", "tao" }, { "nói", "tao" }, { "bảo", "tớ" }, { "nói", "tớ" },
    { "bao", "tao" }, { "noi", "tao" }, { "said", "i" }, { "say", "i" },
  };
  char words[2][16];
  guint n = 0;
  guint32 open = vi_quote_open (nt, at), k;

  if (open == G_MAXUINT32)
    return FALSE;
  for (k = open; k > 0 && n < 2 && !ends_sentence_cp (nt->cps[k - 1]); k--)
    if (starts_word_cp (nt, k - 1))
      {
        const char *w = vi_word_at_cp (nt, k - 1, words[n], sizeof words[n]);

        /* (the article of "ur a", "you are such a") */
        if (n == 0 && (g_str_equal (w, "a") || g_str_equal (w, "an") || g_str_equal (w, "such")))
          continue;
        n++;
      }
  for (gsize p = 0; p < G_N_ELEMENTS (aimed); p++)
    if (n >= 1 && g_str_equal (words[0], aimed[p][0]) &&
        (aimed[p][1] == NULL || (n == 2 && g_str_equal (words[1], aimed[p][1]))))
      return TRUE;
  return FALSE;
}

/* (fifteenth round, s15-compo) Whether normalized char @i lies in an allow
 * hit of @story ("thằng Mục" of Lão Hạc, a "work"). */
static gboolean
in_story_hit (const Hit *hits, guint n_hits, NcChecker *self, gsize i, guint8 story)
{
  for (guint k = 0; k < n_hits; k++)
    if (hits[k].kind == ENTRY_ALLOW && !hits[k].dropped && hits[k].start <= i && i < hits[k].end &&
        g_array_index (self->entries, Entry, hits[k].entry).story == story)
      return TRUE;
  return FALSE;
}

/* (s15-compo) Whether a work's name of two words or more starts at char
 * @i of @nt ("Chí Phèo", "Sở Khanh"; not "Chí", "Kiều", "Tràng", which
 * are children's names too). */
static gboolean
work_name_at (const NcNormText *nt, const Hit *hits, guint n_hits, NcChecker *self, gsize i)
{
  for (guint k = 0; k < n_hits; k++)
    if (hits[k].kind == ENTRY_ALLOW && !hits[k].dropped && hits[k].start == i &&
        g_array_index (self->entries, Entry, hits[k].entry).story == STORY_WORK)
      for (gsize j = hits[k].start; j < hits[k].end; j++)
        if (is_sep (nt->chars[j].folded))
          return TRUE;
  return FALSE;
}

/* (s15-compo) Where the word before the one at code point @at starts, in
 * the same clause; G_MAXUINT32: none ("Theo em, chê bạn là ..."). */
static guint32
vi_word_before (const NcNormText *nt, guint32 at)
{
  guint32 k = at;

  while (k > 0 && !g_unichar_isalpha (nt->cps[k - 1]))
    if (!g_unichar_isspace (nt->cps[--k]))
      return G_MAXUINT32;
  if (k == 0)
    return G_MAXUINT32;
  while (k > 0 && g_unichar_isalpha (nt->cps[k - 1]))
    k--;
  return k;
}

/* (seventeenth round, s17-compo) Whether the quotation of @nt that opens
 * at code point @k is given as an example of what is said: opened right
 * after "như" or "kiểu", maybe past the examples quoted before it, a word
 * of saying before that ("những câu như "mày béo như heo", "mày đen như
 * than" không phải lời đùa", "bình luận như "…""): words named, not said
 * to anyone. */
static gboolean
vi_example_opens (const NcNormText *nt, guint32 k)
{
  static const char *const saying[] = { "câu", "lời", "luận", "comment", "nhắn", "từ", "danh", "chữ",
                                        "nói", "chửi", "bảo", "gọi", "chê", "trêu", "mắng", "viết", "ghi", "lẽ" };
  static const char *const named_words[] = { "chữ", "câu", "danh", "hiệu", "caption", "status", "comment" };
  char buf[48];
  const char *w;

  for (guint n = 0; k != G_MAXUINT32 && n < 4; n++)
    {
      /* (past a comma to the quotation before it, if any) */
      while (k > 0 && (g_unichar_isspace (nt->cps[k - 1]) || nt->cps[k - 1] == ','))
        k--;
      if (k < 2 || !(nt->cps[k - 1] == '"' || nt->cps[k - 1] == 0x201D || nt->cps[k - 1] == 0x00BB))
        break;
      for (k -= 2; k > 0 && !(nt->cps[k] == '"' || nt->cps[k] == 0x201C || nt->cps[k] == 0x00AB); k--)
        ;
    }
  if (k == G_MAXUINT32 || (k = vi_word_before (nt, k)) == G_MAXUINT32)
    return FALSE;
  w = vi_word_at_cp (nt, k, buf, sizeof buf);
  /* (nineteenth round, s19-everyday: or right after a noun of words
   * that the quotation names, "ghi dòng chữ "…"", "đặt biệt danh "…"",
   * "câu "…"") */
  for (gsize m = 0; m < G_N_ELEMENTS (named_words); m++)
    if (g_str_equal (w, named_words[m]))
      return TRUE;
  if (!g_str_equal (w, "như") && !g_str_equal (w, "kiểu"))
    return FALSE;
  /* (s18-compo: the word of saying maybe qualified, two words at most
   * between it and "như": "những bình luận độc hại như", "những lời lẽ
   * cay độc như") */
  for (guint n = 0; n < 3; n++)
    {
      if ((k = vi_word_before (nt, k)) == G_MAXUINT32)
        return FALSE;
      w = vi_word_at_cp (nt, k, buf, sizeof buf);
      for (gsize m = 0; m < G_N_ELEMENTS (saying); m++)
        if (g_str_equal (w, saying[m]))
          return TRUE;
    }
  return FALSE;
}

/* (s17-compo) Whether char @at of @nt lies in a quotation given as an
 * example (vi_example_opens()). */
static gboolean
vi_example_quoted (const NcNormText *nt, gsize at)
{
  guint32 k = vi_quote_open (nt, at);

  return k != G_MAXUINT32 && vi_example_opens (nt, k);
}

/* (eighteenth round, s18-compo) Whether char @at of @nt lies in a
 * quotation given as an example (vi_example_quoted()) that names no one:
 * no capitalised word in it, its first neither (a name opens "Lan là đồ
 * ngu"), no "thằng" nor "con" ("những bình luận độc hại như "ngu như
 * bò", "đi chết đi""; not "những câu như "Lan là đồ ngu""). */
gboolean
vi_example_of_no_one (const NcNormText *nt, gsize at)
{
  guint32 k = vi_quote_open (nt, at);

  if (k == G_MAXUINT32 || !vi_example_opens (nt, k))
    return FALSE;
  for (k++; k < nt->n_cps && !(nt->cps[k] == '"' || nt->cps[k] == 0x201D || nt->cps[k] == 0x00BB); k++)
    if (g_unichar_isalpha (nt->cps[k]) && (k == 0 || !g_unichar_isalnum (nt->cps[k - 1])))
      {
        char buf[48];
        const char *w = vi_word_at_cp (nt, k, buf, sizeof buf);

        if (g_unichar_isupper (nt->cps[k]) || g_str_equal (w, "thằng") || g_str_equal (w, "con"))
          return FALSE;
      }
  return TRUE;
}

/* (s15-compo) Whether the calling verb at code point @caller is the
 * writer's own: one of vi_writer_words right before it,
 * maybe past two adverbs or "thì" ("em chỉ gọi", "tụi em vẫn gọi", "Mình
 * thì cứ gọi", "em cũng chửi hắn là thằng say"). */
static gboolean
vi_writer_calls (const NcNormText *nt, guint32 caller)
{
  static const char *const adverbs[] = { "chỉ", "vẫn", "cứ", "sẽ", "cũng", "lại", "hay", "đã", "còn",
                                         "thường", "luôn", "toàn", "thì" };
  char buf[48];

  for (guint step = 0; step < 3; step++)
    {
      gboolean adverb = FALSE;
      const char *w;

      caller = vi_word_before (nt, caller);
      if (caller == G_MAXUINT32)
        return FALSE;
      w = vi_word_at_cp (nt, caller, buf, sizeof buf);
      for (gsize m = 0; m < G_N_ELEMENTS (vi_writer_words); m++)
        if (g_str_equal (w, vi_writer_words[m]))
          return TRUE;
      for (gsize m = 0; m < G_N_ELEMENTS (adverbs); m++)
        adverb = adverb || g_str_equal (w, adverbs[m]);
      if (!adverb)
        return FALSE;
    }
  return FALSE;
}

/* (s15-compo) Whether a "thằng" or "con" follows "là" (@p), one or
 * two words after a calling verb of @callers (@pp, @ppp: the words before
 * it): what one calls another, told ("Lão chửi Chí là thằng đầu bò", "mắng
 * chồng là thằng vô tích sự"), not someone the writer calls, nor the
 * writer's own calling (vi_writer_calls()). */
static gboolean
vi_called_as (const NcNormText *nt, gsize p, gsize pp, gsize ppp,
              const char *const *callers, gsize n_callers)
{
  if (p == G_MAXSIZE || pp == G_MAXSIZE || !marked_word_at (nt, p, "là"))
    return FALSE;
  /* (not the writer's own calling, "em cũng chửi hắn là thằng say") */
  for (gsize m = 0; m < n_callers; m++)
    {
      if (marked_word_at (nt, pp, callers[m]))
        return !vi_writer_calls (nt, nt->chars[pp].orig_start);
      if (ppp != G_MAXSIZE && marked_word_at (nt, ppp, callers[m]))
        return !vi_writer_calls (nt, nt->chars[ppp].orig_start);
    }
  return FALSE;
}

/* (s15-compo) Whether the word at @i is listed after the one at @from, in
 * the same sentence, at most three words on, across a comma ("thằng
 * say, thằng điên"). */
static gboolean
vi_listed_after (const NcNormText *nt, gsize from, gsize i)
{
  guint32 a = nt->chars[from].orig_start, b = nt->chars[i].orig_start;
  gboolean comma = FALSE;
  guint n = 0;

  for (guint32 k = a; k < b; k++)
    {
      if (ends_sentence_cp (nt->cps[k]))
        return FALSE;
      comma = comma || nt->cps[k] == ',';
      n += g_unichar_isspace (nt->cps[k]);
    }
  return comma && n <= 3;
}

/* (sixteenth round, s16-compo) Where the word before the one at char @i
 * of @nt starts, a space between them; G_MAXSIZE: none, or punctuation
 * between. */
static gsize
vi_prev_word (const NcNormText *nt, gsize i)
{
  gsize k = i;

  if (i < 2 || i >= nt->n_chars || nt->chars[i - 1].folded != NC_NORM_SPACE ||
      !g_unichar_isspace (nt->cps[nt->chars[i - 1].orig_start]))
    return G_MAXSIZE;
  for (k = i - 1; k > 0 && !is_sep (nt->chars[k - 1].folded); k--)
    ;
  return k < i - 1 ? k : G_MAXSIZE;
}

/* (s16-compo) Whether the target at char @i ("mày") is a form of address
 * told as what one calls another: after "là", maybe past a kin word, one
 * or two words after a calling verb not the writer's (vi_called_as():
 * Dế Mèn "gọi Choắt là chú mày", "bọn trẻ gọi nhau là mày"). */
static gboolean
vi_target_called (const NcNormText *nt, gsize i, const char *const *callers, gsize n_callers)
{
  static const char *const kin[] = { "chú", "anh", "chị", "em", "cậu", "ông", "bà", "cô", "bác" };
  gsize p = vi_prev_word (nt, i), pp, ppp;

  for (gsize m = 0; m < G_N_ELEMENTS (kin) && p != G_MAXSIZE; m++)
    if (marked_word_at (nt, p, kin[m]))
      {
        p = vi_prev_word (nt, p);
        break;
      }
  if (p == G_MAXSIZE || (pp = vi_prev_word (nt, p)) == G_MAXSIZE)
    return FALSE;
  ppp = vi_prev_word (nt, pp);
  return vi_called_as (nt, p, pp, ppp, callers, n_callers);
}

static guint vi_sentence_of (const NcNormText *nt, guint32 at);

/* (s16-compo) Whether "nhà mình" at char @i ("nhà"; @p, the word before
 * it) is a character's own home: after a verb of going or "của" ("sang
 * nhà mình", "về nhà mình"), a work's name earlier in its sentence (Dế
 * Mèn "không cho đào ngách sang nhà mình"); "bà hàng xóm nhà mình", or
 * one in a sentence that names no character, is the writer's. */
static gboolean
vi_character_home (const NcNormText *nt, const Hit *hits, guint n_hits, NcChecker *self, gsize i, gsize p)
{
  static const char *const to[] = { "sang", "vào", "về", "đến", "tới", "của", "ở" };
  gboolean going = FALSE;
  guint sentence;

  for (gsize m = 0; m < G_N_ELEMENTS (to) && p != G_MAXSIZE; m++)
    going = going || marked_word_at (nt, p, to[m]);
  if (!going)
    return FALSE;
  sentence = vi_sentence_of (nt, nt->chars[i].orig_start);
  for (guint k = 0; k < n_hits; k++)
    if (hits[k].kind == ENTRY_ALLOW && !hits[k].dropped && hits[k].start < p &&
        g_array_index (self->entries, Entry, hits[k].entry).story == STORY_WORK &&
        g_unichar_isupper (nt->cps[nt->chars[hits[k].start].orig_start]) &&
        vi_sentence_of (nt, nt->chars[hits[k].start].orig_start) == sentence)
      return TRUE;
  return FALSE;
}

/* (eighteenth round, s18-compo) Whether one of the words starting at
 * @p, @pp, @ppp (G_MAXSIZE: none) names an animal, as a composition
 * describing a pet or a farm's animals puts it before "nhà em" ("Con gà
 * mái mơ nhà em", "đàn lợn nhà bà"). */
static gboolean
vi_animal_before (const NcNormText *nt, gsize p, gsize pp, gsize ppp)
{
  static const char *const animals[] = { "chó", "mèo", "gà", "lợn", "heo", "trâu", "bò", "vịt", "ngan", "ngỗng",
                                         "chim", "vẹt", "cá", "thỏ", "ngựa", "dê", "cún", "rùa", "sáo", "chuột" };
  const gsize at[] = { p, pp, ppp };

  for (gsize k = 0; k < G_N_ELEMENTS (at); k++)
    for (gsize m = 0; m < G_N_ELEMENTS (animals) && at[k] != G_MAXSIZE; m++)
      if (marked_word_at (nt, at[k], animals[m]))
        return TRUE;
  return FALSE;
}

/* (eighteenth round, s18-compo) Whether a Vietnamese draft's first
 * sentence brings in an animal, as a composition describing a pet or a
 * farm's animals opens ("Nhà em có nuôi một chú lợn ỉn tên là Bi", "Con
 * chuột cống trong bếp ..."): a classifier ("con", "chú", "đàn", "bầy",
 * "cô", "cậu") right before an animal's word. There "nó" and a name
 * given after "tên" are the animal's. */
static gboolean
vi_animal_topic (const NcNormText *nt)
{
  static const char *const classifiers[] = { "con", "chú", "đàn", "bầy", "cô", "cậu", "chuồng" };
  gsize prev = G_MAXSIZE, first_end = 0;
  guint n_words = 0;

  while (first_end < nt->n_cps && !ends_sentence_cp (nt->cps[first_end]))
    first_end++;
  /* (within its first sixteen words, as a topic sentence brings it in) */
  for (gsize i = 0; i < nt->n_chars && nt->chars[i].orig_start < first_end && n_words <= 16; i++)
    {
      if ((i > 0 && !is_sep (nt->chars[i - 1].folded)) || is_sep (nt->chars[i].folded))
        continue;
      n_words++;
      /* (the classifier first, by its first letter: most words follow
       * none) */
      for (gsize m = 0; m < G_N_ELEMENTS (classifiers) && prev != G_MAXSIZE &&
                        (nt->chars[prev].folded == 'c' || nt->chars[prev].folded == 'd' ||
                         nt->chars[prev].folded == 'b'); m++)
        if (marked_word_at (nt, prev, classifiers[m]))
          {
            if (vi_animal_before (nt, i, G_MAXSIZE, G_MAXSIZE))
              return TRUE;
            break;
          }
      prev = i;
    }
  return FALSE;
}

/* (eighteenth round, s18-compo) Whether a thing of the context files
 * (`thing`: "bãi rác", "kênh", "chuồng", "bếp") lies at char @i of @nt. */
static gboolean
thing_at (const Hit *hits, guint n_hits, gsize i)
{
  for (guint k = 0; k < n_hits; k++)
    if (hits[k].kind == ENTRY_THING && !hits[k].dropped && hits[k].start <= i && i < hits[k].end)
      return TRUE;
  return FALSE;
}

/* (s18-compo) Whether a thing of the context files lies at one of the
 * words starting at @p, @pp, @ppp (G_MAXSIZE: none): the place of a
 * thing ("Dòng kênh sau trường em", "trong bếp nhà em"). */
static gboolean
vi_thing_before (const Hit *hits, guint n_hits, gsize p, gsize pp, gsize ppp)
{
  return (p != G_MAXSIZE && thing_at (hits, n_hits, p)) || (pp != G_MAXSIZE && thing_at (hits, n_hits, pp)) ||
         (ppp != G_MAXSIZE && thing_at (hits, n_hits, ppp));
}

/* Whether a Vietnamese draft speaks to someone, of someone with contempt
 * or of the writer's own world (after s12-vistory): a target anywhere
 * ("mày", even a character's in quotation marks), "tao" outside them
 * (Chí Phèo's "Ai cho tao lương thiện?" is his), "thằng" before any word,
 * "con" before a capitalised name or "kia" / "này" / "đó" / "ấy" (not
 * "mẹ con Cám", mother and child), as vi_addresses_someone(); the
 * writer's class, school or group ("lớp mình", "lớp em", "trường tao",
 * "lớp này", "cả nhóm", "cô chủ nhiệm"), a class or a school named ("lớp
 * 7A", "trường Nguyễn Du"), the writer's friend or home ("bạn em", "nhà
 * mình": "Bà hàng xóm nhà em y hệt mụ dì ghẻ"), a chat's "tớ" or "nè". */
static gboolean
vi_story_addresses (const NcNormText *nt, const Hit *hits, guint n_hits, NcChecker *self)
{
  static const char *const callers[] = { "chửi", "gọi", "mắng", "chê", "rủa", "réo" };
  /* (with the writer's words, vi_writer_words: "lớp bên", "lớp này",
   * "trường ta") */
  static const char *const own[] = { "bên", "này", "ta" };
  gsize called = G_MAXSIZE;   /* (s15-compo: the last "thằng" called as) */
  gint animal = -1;           /* (s18-compo: vi_animal_topic(), asked once) */

  /* (a target in the writer's words; a character's "mày" in quotation
   * marks is the character's: "cai lệ quát: "Mày định nói cho cha mày
   * nghe đấy à?"") */
  /* (s15-compo: not one inside a work's name, "ngục Cửu U") */
  /* (s16-compo: nor one told as what one calls another, "Dế Mèn gọi
   * Choắt là chú mày") */
  /* (s17-compo: nor one in an example quoted, "những câu như "mày béo
   * như heo"", vi_example_quoted()) */
  for (guint j = 0; j < n_hits; j++)
    if (hits[j].kind == ENTRY_TARGET && !hits[j].dropped && vi_writer_says_at (nt, hits[j].start) &&
        !in_story_hit (hits, n_hits, self, hits[j].start, STORY_WORK) &&
        !(nt->has_quotes && vi_example_quoted (nt, hits[j].start)) &&
        !vi_target_called (nt, hits[j].start, callers, G_N_ELEMENTS (callers)))
      return TRUE;
  for (gsize i = 0, prev = G_MAXSIZE, prev2 = G_MAXSIZE, prev3 = G_MAXSIZE; i < nt->n_chars; i++)
    {
      gsize j, w, p = prev, pp = prev2, ppp = prev3;

      if (i > 0 && !is_sep (nt->chars[i - 1].folded))
        continue;
      prev3 = prev2;
      prev2 = prev;
      prev = i;
      if (marked_word_at (nt, i, "tao"))
        {
          if (vi_quoted_at (nt, i))
            continue;
          return TRUE;
        }
      if (marked_word_at (nt, i, "tớ") || marked_word_at (nt, i, "nè") ||
          marked_word_at (nt, i, "nhóm") || marked_word_at (nt, i, "nhiệm"))
        return TRUE;   /* ("cả nhóm", "cô chủ nhiệm"; a chat's "tớ", "nè") */
      if (marked_word_at (nt, i, "nó") && !vi_quoted_at (nt, i) &&
          !(animal >= 0 ? animal : (animal = vi_animal_topic (nt))))
        return TRUE;   /* (someone the reader knows, told of: "riêng nó thì
                        * đáng bị thế"; a work's people are "hắn", "y",
                        * "nhân vật") */
      if (p != G_MAXSIZE &&
          (nt->chars[i].folded == 'n' || nt->chars[i].folded == 'd' || nt->chars[p].folded == 'c') &&
          ((marked_word_at (nt, i, "nào") &&
            (marked_word_at (nt, p, "bạn") || marked_word_at (nt, p, "đứa") || marked_word_at (nt, p, "ai") ||
             marked_word_at (nt, p, "cậu") || marked_word_at (nt, p, "người"))) ||
           (marked_word_at (nt, i, "đọc") && marked_word_at (nt, p, "ai")) ||
           (marked_word_at (nt, p, "cậu") &&
            (marked_word_at (nt, i, "đấy") || marked_word_at (nt, i, "chính") || marked_word_at (nt, i, "đúng")))) &&
          !vi_quoted_at (nt, i))
        return TRUE;   /* (s14-compo: the reader, whoever it is: "bạn nào
                        * đọc ...", "đứa nào", "ai đọc bài này", "cậu đấy,
                        * cậu chính là ...") */
      if (p != G_MAXSIZE && p + 5 <= i && marked_word_at (nt, i, "bàn") &&
          (marked_word_at (nt, p, "cùng") || marked_word_at (nt, p, "ngồi")))
        return TRUE;   /* (a deskmate: "cô bạn cùng bàn", "đứa ngồi bàn đầu") */
      if (p != G_MAXSIZE && p + 4 <= i && marked_word_at (nt, p, "bàn") &&
          (marked_word_at (nt, i, "bên") || marked_word_at (nt, i, "trên") || marked_word_at (nt, i, "dưới") ||
           marked_word_at (nt, i, "đầu") || marked_word_at (nt, i, "cuối")))
        return TRUE;   /* (s15-compo: a desk of the writer's class, "thằng
                        * Mục bàn bên", "con Hạnh bàn trên") */
      if (p != G_MAXSIZE && p + 5 <= i && (marked_word_at (nt, i, "lớp") || marked_word_at (nt, i, "xóm")) &&
          marked_word_at (nt, p, "cùng"))
        return TRUE;   /* (a classmate: "bạn cùng lớp"; s15-compo: a
                        * neighbour, "bạn cùng xóm") */
      if (calls_someone_at (nt, i) &&
          (vi_called_as (nt, p, pp, ppp, callers, G_N_ELEMENTS (callers)) ||
           (called != G_MAXSIZE && vi_listed_after (nt, called, i))))
        {
          called = i;   /* ("gọi hắn là thằng say, thằng điên") */
          continue;
        }
      if (calls_someone_at (nt, i) &&
          !(marked_word_at (nt, i, "con") && p != G_MAXSIZE && p + 3 <= i &&
            (marked_word_at (nt, p, "mẹ") || marked_word_at (nt, p, "cha"))) &&
          !(marked_word_at (nt, i, "thằng") && pp != G_MAXSIZE && pp + 7 <= i && marked_word_at (nt, p, "một") &&
            (marked_word_at (nt, pp, "là") || marked_word_at (nt, pp, "thành") || marked_word_at (nt, pp, "từ") ||
             marked_word_at (nt, pp, "lấy") ||
             (nt->cps[nt->chars[p].orig_start - 2] == ',' &&
              in_story_hit (hits, n_hits, self, p - 2, STORY_WORK)))) &&
          !in_story_hit (hits, n_hits, self, i, STORY_WORK) &&
          !((p == G_MAXSIZE || !marked_word_at (nt, p, "một")) &&
            work_name_at (nt, hits, n_hits, self, i + (nt->chars[i].folded == 't' ? 6 : 4))) &&
          vi_writer_says_at (nt, i))
        return TRUE;   /* (not "mẹ con Cám", mother and child; nor "là
                        * một thằng ma cà bông", a kind of man — "có một
                        * thằng", someone, counts; nor a
                        * character's words quoted, Tú Bà's "Con này
                        * chẳng phải thiện nhân", an essay's "thằng ngu"
                        * named to condemn it; s15-compo: nor a character
                        * named so in the work, "thằng Mục, thằng Xiên"
                        * of Lão Hạc, or so before a character's name of
                        * two words, "thằng Chí Phèo" ("có một thằng Chí
                        * Phèo" is someone like him; "thằng Chí", "con
                        * Kiều" may be a child's name), nor what one calls another,
                        * "Lão chửi Chí là thằng đầu bò", nor a kind of
                        * man put beside a character's name, "thống lý
                        * Pá Tra, một thằng độc ác"; s16-compo: nor one
                        * become or left behind, "từ một thằng ma cà
                        * bông", "trở thành một thằng say"; s17-compo:
                        * nor one married, "đâm đầu đi lấy một thằng
                        * chỉ có một nghề là rạch mặt ăn vạ") */
      if (marked_word_at (nt, i, "lớp"))
        j = i + 3, w = 2;
      else if (marked_word_at (nt, i, "trường") && !vi_thing_before (hits, n_hits, p, pp, ppp))
        j = i + 6, w = 2;   /* (s18-compo: not a thing's place, "Dòng kênh sau trường em") */
      else if (marked_word_at (nt, i, "bạn") || marked_word_at (nt, i, "nhà"))
        j = i + 3, w = 3;   /* (the writer's friend or home: "bạn em", "nhà mình") */
      else
        continue;
      if (j + 1 >= nt->n_chars || nt->chars[j].folded != NC_NORM_SPACE)
        continue;   /* (the word ends the draft or a clause) */
      if (!vi_writer_says_at (nt, i))
        continue;   /* (s16-compo: a character's words quoted, Dế Mèn's
                     * "Thông ngách sang nhà ta?") */
      j++;
      if (w == 3)
        {
          gboolean called_friend = FALSE;

          /* (s15-compo: not anyone's friend called names in an essay,
           * "Nhiều bạn hay gọi bạn mình là đồ nhà quê") */
          for (gsize m = 0; m < G_N_ELEMENTS (callers) && p != G_MAXSIZE && marked_word_at (nt, i, "bạn"); m++)
            called_friend = called_friend || marked_word_at (nt, p, callers[m]) || marked_word_at (nt, p, "trêu");
          if (called_friend)
            continue;
          /* (s18-compo: nor the home of an animal, a pet described,
           * "Con gà mái mơ nhà em", "chú chó nhà mình", or any home in
           * the first sentence of a draft that brings in an animal,
           * "Nhà em có nuôi một chú lợn ỉn", vi_animal_topic(); "bà hàng
           * xóm nhà em" is the writer's world) */
          if (marked_word_at (nt, i, "nhà") &&
              (vi_animal_before (nt, p, pp, ppp) || vi_thing_before (hits, n_hits, p, pp, ppp) ||
               ((animal >= 0 ? animal : (animal = vi_animal_topic (nt))) && vi_sentence_of (nt, nt->chars[i].orig_start) == 0)))
            continue;
          /* (s16-compo: nor a character's own home, "Mèn không cho đào
           * ngách sang nhà mình") */
          if (marked_word_at (nt, j, "mình") && marked_word_at (nt, i, "nhà") &&
              vi_character_home (nt, hits, n_hits, self, i, p))
            continue;
          for (gsize m = 0; m < G_N_ELEMENTS (vi_writer_words); m++)
            if (marked_word_at (nt, j, vi_writer_words[m]))
              return TRUE;   /* (the writer's friend or home: "bạn em", "nhà tui") */
          continue;
        }
      if (g_unichar_isdigit (nt->cps[nt->chars[j].orig_start]) ||
          g_unichar_isupper (nt->cps[nt->chars[j].orig_start]))
        return TRUE;   /* ("lớp 7A", "trường Nguyễn Du") */
      for (gsize m = 0; m < G_N_ELEMENTS (vi_writer_words); m++)
        if (marked_word_at (nt, j, vi_writer_words[m]))
          return TRUE;
      for (gsize m = 0; m < G_N_ELEMENTS (own); m++)
        if (marked_word_at (nt, j, own[m]))
          return TRUE;
    }
  return FALSE;
}

/* The word of that starts at @i, lower case, in @buf
 * (at most @size bytes; empty if longer). */
const char *
vi_word_at_cp (const NcNormText *nt, gsize i, char *buf, gsize size)
{
  gsize n = 0;

  for (; i < nt->n_cps && g_unichar_isalpha (nt->cps[i]); i++)
    {
      if (n + 7 >= size)
        return "";
      n += g_unichar_to_utf8 (g_unichar_tolower (nt->cps[i]), buf + n);
    }
  buf[n] = '\0';
  return buf;
}

/* (s18-compo) Whether a Vietnamese draft describes an animal or a thing
 * or a place: its first sentence brings in an animal (vi_animal_topic())
 * or names a thing ("Bãi rác đầu làng em rộng cả một khoảnh đất"). */
static gboolean
vi_described_topic (const NcNormText *nt, const Hit *hits, guint n_hits)
{
  gsize first_end = 0;

  while (first_end < nt->n_cps && !ends_sentence_cp (nt->cps[first_end]))
    first_end++;
  for (guint k = 0; k < n_hits; k++)
    if (hits[k].kind == ENTRY_THING && !hits[k].dropped && nt->chars[hits[k].start].orig_start < first_end)
      return TRUE;
  return vi_animal_topic (nt);
}

/* (s18-compo) Whom the word at char @i of @nt names, for
 * vi_said_of_animal(): 1, an animal's word, "nó", "chú" or a thing; -1,
 * a person's word or a name (a capitalised word that does not open its
 * sentence); 0, neither. */
static gint
vi_referent_at (const NcNormText *nt, const Hit *hits, guint n_hits, gsize i)
{
  static const char *const people[] = { "đứa", "bạn", "người", "anh", "chị", "cô", "cậu", "ta", "ấy", "họ", "hắn",
                                        "mụ", "lão", "gã", "thằng", "bé", "ông", "bà", "em", "mày", "tao" };
  guint32 k = nt->chars[i].orig_start;

  if (vi_animal_before (nt, i, G_MAXSIZE, G_MAXSIZE) || marked_word_at (nt, i, "nó") ||
      marked_word_at (nt, i, "chú") || thing_at (hits, n_hits, i))
    return 1;
  for (gsize m = 0; m < G_N_ELEMENTS (people); m++)
    if (marked_word_at (nt, i, people[m]))
      return -1;
  if (!g_unichar_isupper (nt->cps[k]))
    return 0;
  while (k > 0 && !g_unichar_isalnum (nt->cps[k - 1]) && !ends_sentence_cp (nt->cps[k - 1]))
    k--;
  return k == 0 || ends_sentence_cp (nt->cps[k - 1]) ? 0 : -1;
}

/* (eighteenth round, s18-compo) Whether Vietnamese put-down hit @h is
 * said of an animal: the nearest word before it in its sentence that
 * names whom it is said of is an animal's word, "nó", "chú" (a pet as
 * pupils call it) or a thing, not a person's word nor a name (or, none
 * before it, the first such word after it), and no person nor name
 * follows in its clause or in a likeness after a comma ("Chú béo ú,
 * bụng phệ", "Chuồng lợn ... vẫn hôi như"; not "Cô ta vừa béo ú", "Nó
 * béo như con bạn cùng phòng", "béo ú, y như Hằng"). */
gboolean
vi_said_of_animal (const NcNormText *nt, const Hit *hits, guint n_hits, const Hit *h)
{
  guint32 lo = nt->chars[h->start].orig_start, hi = lo;
  gsize n = 0;

  /* (its sentence, as code points: [lo, hi)) */
  while (lo > 0 && !ends_sentence_cp (nt->cps[lo - 1]))
    lo--;
  while (hi < nt->n_cps && !ends_sentence_cp (nt->cps[hi]))
    hi++;

  /* (after it: likened to someone, in its clause or after a comma a
   * likeness, "béo ú, y như Hằng"; not the next clause, "lông lá bẩn
   * thỉu, mẹ em phải tắm cho nó") */
  for (gsize i = h->end; i < nt->n_chars && n < 4; i++)
    {
      if (i == 0 || !is_sep (nt->chars[i - 1].folded) || is_sep (nt->chars[i].folded))
        continue;
      if (nt->chars[i].orig_start < lo || nt->chars[i].orig_start >= hi)
        break;
      if (n > 0 || i > h->end)
        {
          guint32 k = nt->chars[i].orig_start;

          while (k > 0 && !g_unichar_isalnum (nt->cps[k - 1]) && nt->cps[k - 1] != ',')
            k--;
          if (k > 0 && nt->cps[k - 1] == ',' && !marked_word_at (nt, i, "y") && !marked_word_at (nt, i, "như") &&
              !marked_word_at (nt, i, "giống") && !marked_word_at (nt, i, "hệt") &&
              !marked_word_at (nt, i, "chẳng") && !marked_word_at (nt, i, "không"))
            break;
        }
      n++;
      if (vi_referent_at (nt, hits, n_hits, i) < 0)
        return FALSE;
    }
  /* (before it in its sentence, the nearest word that names someone or
   * something; none: the subject after it, "Tuy bẩn thỉu một chút nhưng
   * chú rất hiền") */
  for (gsize i = h->start; i-- > 0;)
    if ((i == 0 || is_sep (nt->chars[i - 1].folded)) && !is_sep (nt->chars[i].folded))
      {
        gint who;

        if (nt->chars[i].orig_start < lo || nt->chars[i].orig_start >= hi)
          break;
        if ((who = vi_referent_at (nt, hits, n_hits, i)) != 0)
          return who > 0;
      }
  n = 0;
  for (gsize i = h->end; i < nt->n_chars && n < 8; i++)
    if (i > 0 && is_sep (nt->chars[i - 1].folded) && !is_sep (nt->chars[i].folded))
      {
        gint who;

        if (nt->chars[i].orig_start < lo || nt->chars[i].orig_start >= hi)
          break;
        n++;
        if ((who = vi_referent_at (nt, hits, n_hits, i)) != 0)
          return who > 0;
      }
  return FALSE;
}

/* (eighteenth round, s18-compo) Whether the capitalised word at code
 * point @i is a name given after "tên" or "tên là" in a draft that
 * brings in an animal first (vi_animal_topic()): the pet's. */
static gboolean
vi_pet_name_at (const NcNormText *nt, gsize i)
{
  char buf[48];
  gsize b = i, a;

  for (gint n = 0; n < 2; n++)
    {
      while (b > 0 && nt->cps[b - 1] == ' ')
        b--;
      if (b == i || b == 0 || !g_unichar_isalpha (nt->cps[b - 1]))
        return FALSE;
      for (a = b - 1; a > 0 && g_unichar_isalpha (nt->cps[a - 1]); a--)
        ;
      vi_word_at_cp (nt, a, buf, sizeof buf);
      if (g_str_equal (buf, "tên"))
        return vi_animal_topic (nt);
      if (n > 0 || !g_str_equal (buf, "là"))
        return FALSE;
      b = a;
    }
  return FALSE;
}

/* Whether a Vietnamese draft names someone the lexicon does not know: a
 * capitalised word outside quotation marks that does not open a sentence
 * (nor follow a colon), is no acronym, and lies in no allow phrase that
 * names a work, its people or places, or a proper name that is no one's
 * ("work", "problem", "known"): "Trong truyện Tấm Cám, Cám ... Ai chơi
 * với Mai là ngu" names Mai. @titled: as vi_composed() reads it, a name
 * after a title word is no one's (below). */
static gboolean
vi_names_someone_as (const NcNormText *nt, const Hit *hits, guint n_hits, NcChecker *self, gboolean titled)
{
  /* (s18-compo, for vi_composed() only: a name after the word a
   * composition puts before a character's, a pet's or a place's name is
   * none of the writer's world: "bé Hồng", "cậu Vàng", "lão Hạc", "làng
   * Vũ Đại", "vụ thảm sát Mỹ Lai", "đi Đà Lạt"; not "bạn", "anh",
   * "chị", "cô", which name classmates and people the writer knows) */
  static const char *const titles[] = { "bé", "cậu", "lão", "mụ", "gã", "thị", "ông", "bà", "chàng", "nàng",
                                        "chó", "mèo", "làng", "xã", "huyện", "tỉnh", "sông", "núi", "hồ", "biển",
                                        "phố", "chùa", "đền", "đảo", "sát", "đi", "ở", "tại", "thăm", "tới" };
  gboolean after_title = FALSE;
  /* (what a composition's sentences open on, besides names: pronouns,
   * people told by their role, and words that open a sentence) */
  static const char *const subjects[] = {
    "hắn", "mụ", "lão", "thị", "y", "gã", "nàng", "chàng", "họ", "nó", "em", "ta", "chúng",
    "người", "ông", "bà", "cô", "cậu", "anh", "chị", "bác", "chú", "mẹ", "cha", "bố", "con",
    "truyện", "tác", "nhân", "nhà", "tôi", "mình", "ai", "đó", "đây", "điều", "việc", "khi",
    "trong", "nhưng", "vì", "cuối", "sau", "từ", "qua", "có", "những", "nhiều", "mỗi", "theo",
    "bài", "đoạn", "câu", "hình", "lòng", "số", "cái", "chính", "kẻ", "tên", "đứa", "bọn",
    "ngày", "hôm", "bây", "hồi", "tuy", "dù", "nếu", "thế", "vậy", "còn", "rồi", "cả", "các",
    "trời",
    /* (s18-compo: an animal's home or flock, "Chuồng lợn ...") */
    "chuồng", "đàn", "bầy",
  };
  /* (s14-compo: and a name called, "Lan à, nhìn lại mình đi") */
  static const char *const copulas[] = { "là", "cũng", "đúng", "chính", "y", "giống", "thì", "vừa",
                                         "à", "ơi", "ạ" };
  char opened[16][48];
  guint n_opened = 0;
  gboolean opening = TRUE, straight = FALSE, curly = FALSE;

  for (gsize i = 0; i < nt->n_cps; i++)
    {
      gunichar c = nt->cps[i];
      gsize k;
      gboolean known = FALSE;

      follow_quotes (c, &straight, &curly);
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n')
        {
          opening = TRUE;
          continue;
        }
      if (!g_unichar_isalpha (c) || (i > 0 && g_unichar_isalnum (nt->cps[i - 1])))
        {
          if (!g_unichar_isspace (c) && c != '(' && c != '-' && c != '"' && c != 0x201C)
            opening = FALSE;
          continue;
        }
      /* (a word starts here) */
      if (straight || curly || !g_unichar_isupper (c))
        {
          opening = FALSE;
          continue;
        }
      if (i + 1 < nt->n_cps && (g_unichar_isupper (nt->cps[i + 1]) || g_unichar_isdigit (nt->cps[i + 1])))
        {
          opening = FALSE;
          continue;   /* (an acronym: "OTP", "THCS") */
        }
      for (k = 0; k < n_hits && !known; k++)
        known = hits[k].kind == ENTRY_ALLOW &&
                g_array_index (self->entries, Entry, hits[k].entry).story >= STORY_WORK &&
                nt->chars[hits[k].start].orig_start <= i && i < nt->chars[hits[k].end - 1].orig_end;
      if (known)
        {
          opening = FALSE;
          continue;
        }
      if (titled && !opening)
        {
          /* (the word before this one, or a name of several words begun
           * after a title: "Mỹ Lai", "Vũ Đại") */
          char prev[48];
          gsize b = i;

          while (b > 0 && nt->cps[b - 1] == ' ')
            b--;
          if (b < i && b > 0 && g_unichar_isalpha (nt->cps[b - 1]))
            {
              gsize a = b - 1;

              while (a > 0 && g_unichar_isalpha (nt->cps[a - 1]))
                a--;
              if (after_title && g_unichar_isupper (nt->cps[a]))
                continue;
              vi_word_at_cp (nt, a, prev, sizeof prev);
              after_title = FALSE;
              for (k = 0; k < G_N_ELEMENTS (titles) && !after_title; k++)
                after_title = g_str_equal (prev, titles[k]);
              if (after_title)
                continue;
            }
        }
      /* (s18-compo: a pet's name, "một chú lợn ỉn tên là Bi", in a
       * draft that brings in an animal first, vi_animal_topic()) */
      if (!opening && vi_pet_name_at (nt, i))
        continue;
      if (!opening)
        return TRUE;   /* ("chơi với Mai", "nhân vật Tuấn") */
      opening = FALSE;
      /* a sentence opened on a word that is no subject a composition
       * opens on, before "là", "cũng", ... or opening another sentence
       * too: a name ("Tuấn cũng vậy. Tuấn là đồ vô dụng") */
      {
        char buf[48], next[48];
        const char *w = vi_word_at_cp (nt, i, buf, sizeof buf);
        gsize j = i;
        gboolean subject = FALSE;

        for (k = 0; k < G_N_ELEMENTS (subjects) && !subject; k++)
          subject = g_str_equal (w, subjects[k]);
        if (subject || w[0] == '\0')
          continue;
        while (j < nt->n_cps && g_unichar_isalpha (nt->cps[j]))
          j++;
        if (j + 1 < nt->n_cps && nt->cps[j] == ' ')
          {
            vi_word_at_cp (nt, j + 1, next, sizeof next);
            for (k = 0; k < G_N_ELEMENTS (copulas); k++)
              if (g_str_equal (next, copulas[k]))
                return TRUE;
          }
        for (k = 0; k < n_opened; k++)
          if (g_str_equal (opened[k], w))
            return TRUE;
        if (n_opened < G_N_ELEMENTS (opened))
          g_strlcpy (opened[n_opened++], w, sizeof opened[0]);
      }
    }
  return FALSE;
}

static gboolean
vi_names_someone (const NcNormText *nt, const Hit *hits, guint n_hits, NcChecker *self)
{
  return vi_names_someone_as (nt, hits, n_hits, self, FALSE);
}

/* (eighteenth round, s18-compo) Whether a Vietnamese draft is written as
 * prose, as compositions are, not as a comment is spoken: no question or
 * exclamation mark, no word typed without a vowel ("đc", "j", "bh", "vs":
 * chat's short forms; acronyms in capitals aside), no clause ending on a
 * particle said to someone ("... đi.", "... à.", "nhé", "nha", "nhỉ",
 * "hả", "ha", "ạ"). ViHOS's comments with two capitalised sentences
 * ("... chuyên môn mẹ gì mà đòi .... Tự chửi mình đi.") are not. */
static gboolean
vi_prose (const NcNormText *nt)
{
  static const char *const particles[] = { "đi", "à", "nhé", "nha", "nhỉ", "hả", "ha", "ạ", "hen", "chứ" };
  const guchar *t = (const guchar *) nt->text;
  gsize n = nt->n_bytes, word = G_MAXSIZE;
  gboolean bare = FALSE;

  if (memchr (t, '?', n) != NULL || memchr (t, '!', n) != NULL)
    return FALSE;
  /* (one pass over the bytes as typed: the normalizer reads "đc" as
   * "được". A word typed without a vowel holds only ASCII consonants and
   * "đ" and opens in lower case, "đc", "j", "bh", "vs"; any other letter
   * beyond ASCII is a Vietnamese vowel) */
  for (gsize i = 0; i <= n; i++)
    {
      guchar c = i < n ? t[i] : ' ';

      if (g_ascii_isalpha (c) || c >= 0x80)
        {
          gboolean dd = c == 0xC4 && i + 1 < n && (t[i + 1] == 0x91 || t[i + 1] == 0x90);
          gboolean consonant = c < 0x80 ? !((0x1104111u >> ((c | 0x20) - 'a')) & 1) : dd;

          if (word == G_MAXSIZE)
            {
              word = i;
              bare = consonant && (g_ascii_islower (c) || (dd && t[i + 1] == 0x91)) &&
                     (i == 0 || !g_ascii_isdigit (t[i - 1]));
            }
          else
            bare = bare && consonant;
          i += dd;
          while (c >= 0xC0 && i + 1 < n && (t[i + 1] & 0xC0) == 0x80)
            i++;   /* (the rest of the character) */
          continue;
        }
      if (word != G_MAXSIZE && bare && !g_ascii_isdigit (c))
        return FALSE;
      /* (a particle ending a clause) */
      if (word != G_MAXSIZE && (c == '.' || c == ','))
        for (gsize m = 0; m < G_N_ELEMENTS (particles); m++)
          if (strlen (particles[m]) == i - word && memcmp (particles[m], t + word, i - word) == 0)
            return FALSE;
      word = G_MAXSIZE;
    }
  return TRUE;
}

/* (fifteenth round, s15-compo) The sentence of @nt that code point @at
 * lies in, counted from 0. */
static guint
vi_sentence_of (const NcNormText *nt, guint32 at)
{
  guint n = 0;

  for (guint32 k = 0; k < at && k < nt->n_cps; k++)
    n += ends_sentence_cp (nt->cps[k]) && (k + 1 == nt->n_cps || !ends_sentence_cp (nt->cps[k + 1]));
  return n;
}

/* (s15-compo) Whether Vietnamese put-down hit @h is named as what someone
 * is called (vi_called_by()), and judged (vi_called_at()): a calling word before it in its sentence, at
 * most ten words back ("chê bạn béo hay gọi bạn là đồ nhà quê", "những
 * lời như", "đặt biệt danh"), no word between by which the writer turns
 * to say it ("nhưng", "còn", "đúng là" ...), the calling not the writer's
 * own ("em chỉ gọi bạn ấy là", "tụi em vẫn gọi", "Mình thì cứ gọi"), and a
 * judgement
 * ("judge") in its sentence or the next ("... là một kiểu bạo lực",
 * "Theo em, điều đó là sai"). */
static gboolean
vi_called_by (const NcNormText *nt, const Hit *h)
{
  /* (s19-everyday: "rằng", an opinion told, "Có ý kiến cho rằng học
   * sinh học kém là do lười và ngu. Em không đồng ý") */
  static const char *const callers[] = { "gọi", "chê", "chửi", "mắng", "bảo", "réo", "lời", "câu", "danh", "rằng" };
  /* (the writer turning to say it: "nhưng cô bạn ... đúng là đồ điên") */
  static const char *const turns[] = { "nhưng", "còn", "riêng", "thì", "đúng", "chính", "mà", "thật" };
  guint32 k = nt->chars[h->start].orig_start, caller = G_MAXUINT32;
  guint n = 0;
  char buf[48];

  for (; k > 0 && !ends_sentence_cp (nt->cps[k - 1]) && n <= 10 && caller == G_MAXUINT32; k--)
    if (starts_word_cp (nt, k - 1))
      {
        const char *w = vi_word_at_cp (nt, k - 1, buf, sizeof buf);

        n++;
        for (gsize m = 0; m < G_N_ELEMENTS (callers) && caller == G_MAXUINT32; m++)
          if (g_str_equal (w, callers[m]))
            caller = k - 1;
        for (gsize m = 0; m < G_N_ELEMENTS (turns) && caller == G_MAXUINT32; m++)
          if (g_str_equal (w, turns[m]))
            return FALSE;
      }
  /* (not the writer's own calling, maybe past an adverb) */
  return caller != G_MAXUINT32 && !vi_writer_calls (nt, caller);
}

gboolean
vi_called_at (const NcNormText *nt, const Hit *hits, guint n_hits, NcChecker *self, const Hit *h)
{
  guint sentence;

  if (!vi_called_by (nt, h))
    return FALSE;
  /* (judged in its sentence or the next) */
  sentence = vi_sentence_of (nt, nt->chars[h->start].orig_start);
  for (guint i = 0; i < n_hits; i++)
    if (hits[i].kind == ENTRY_ALLOW && !hits[i].dropped &&
        g_array_index (self->entries, Entry, hits[i].entry).story == STORY_JUDGE)
      {
        guint s = vi_sentence_of (nt, nt->chars[hits[i].start].orig_start);

        if (s == sentence || s == sentence + 1)
          return TRUE;
      }
  return FALSE;
}

/* Whether hit @h is a Vietnamese put-down vi_told() may lower: an insult
 * or hate entry at warn or above, not a swear word nor a crude one;
 * (sixteenth round, s16-compo) or a sexual one named as what someone is
 * called (vi_called_by(): Tú Bà's "mắng Kiều là đồ con đĩ" in Truyện
 * Kiều); or a swear word of a kinsman and "mày" in a character's words
 * quoted, not the writer's (the aunt's "Mày có muốn vào Thanh Hóa chơi
 * với mẹ mày không?" in Những ngày thơ ấu: "your mother"). */
gboolean
vi_told_putdown (const NcNormText *nt, NcChecker *self, const Hit *h)
{
  const Entry *e = &g_array_index (self->entries, Entry, h->entry);

  if (h->kind != ENTRY_MATCH || h->dropped || !e->is_vi || e->severity < NC_SEVERITY_WARN || e->crude)
    return FALSE;
  if (e->oath)
    return e->category == NC_CATEGORY_INSULT && h->end - h->start >= 5 && marked_word_at (nt, h->end - 3, "mày") &&
           is_sep (nt->chars[h->end - 4].folded) && nt->has_quotes && vi_quoted_at (nt, h->start) &&
           !vi_writer_says_at (nt, h->start);
  return e->category == NC_CATEGORY_INSULT || e->category == NC_CATEGORY_HATE ||
         (e->category == NC_CATEGORY_SEXUAL && vi_called_by (nt, h));
}

/* (seventeenth round, s17-compo) Whether hit @h is a Vietnamese swear
 * word named as what a character curses, which vi_told() may lower too
 * (vi_called_by(): Chí Phèo "chửi đứa chết mẹ nào đã đẻ ra thân hắn";
 * "Em cũng chửi nó chết mẹ" is the writer's calling). */
gboolean
vi_told_curse (const NcNormText *nt, NcChecker *self, const Hit *h)
{
  const Entry *e = &g_array_index (self->entries, Entry, h->entry);

  return h->kind == ENTRY_MATCH && !h->dropped && e->is_vi && e->oath && e->category == NC_CATEGORY_INSULT &&
         e->severity >= NC_SEVERITY_WARN && vi_called_by (nt, h);
}

/* Whether a Vietnamese draft, typed with marks and as long as a
 * composition, tells of a work taught at school (a character, its author
 * or a place of it named as the lexicon's "work" allow phrases: "Lý Thông
 * là kẻ mưu mô", "tên cai lệ ... ngã chỏng quèo" in "Tắt đèn") or is an
 * essay on a social problem ("problem": "Có bạn bị chế giễu là đồ ngốc"
 * in an essay on bullying), and speaks to no one, of no one with contempt
 * nor of the writer's class (vi_story_addresses()), and names no one
 * else (vi_names_someone(): a classmate beside a character, "Lan giống
 * hệt Thị Nở"; a made-up story's "nhân vật Tuấn"): its put-downs are told
 * of characters or of people in general (VI_TOLD). s15-compo: or an
 * essay that passes a judgement ("judge": "là sai", "là một kiểu bạo
 * lực") on what someone is called (a put-down after a calling word,
 * vi_called_at(): "Em thấy việc chê bạn béo hay gọi bạn là đồ nhà quê
 * trên mạng là một kiểu bạo lực"): those put-downs only are told
 * (VI_TOLD_CALLED). 0: not told. */
gint
vi_told (const NcNormText *nt, const Hit *hits, guint n_hits, NcChecker *self, gboolean need_putdown)
{
  gboolean signal = FALSE, work = FALSE, judge = FALSE, putdown = !need_putdown, shaped = FALSE;

  if (!nt->typed_marks)
    return 0;
  /* (the cheapest first: a put-down it could lower, then a work or a
   * problem named; most drafts have no match at all) */
  /* (one that blocks too, not a crude word: the wife's "đồ ngu" in "Ông
   * lão đánh cá và con cá vàng", s14-compo) */
  for (guint i = 0; i < n_hits && !putdown; i++)
    putdown = vi_told_putdown (nt, self, &hits[i]);
  /* (s17-compo: a swear word a character curses, the dearest to ask,
   * only with a work or a problem named, vi_told_curse()) */
  for (guint i = 0; i < n_hits && !putdown && !signal; i++)
    if (hits[i].kind == ENTRY_ALLOW && !hits[i].dropped)
      signal = g_array_index (self->entries, Entry, hits[i].entry).story == STORY_WORK ||
               g_array_index (self->entries, Entry, hits[i].entry).story == STORY_PROBLEM;
  for (guint i = 0; i < n_hits && !putdown && signal; i++)
    putdown = vi_told_curse (nt, self, &hits[i]);
  signal = FALSE;
  for (guint i = 0; i < n_hits && putdown && !signal; i++)
    if (hits[i].kind == ENTRY_ALLOW && !hits[i].dropped)
      {
        guint8 story = g_array_index (self->entries, Entry, hits[i].entry).story;
        guint32 a = nt->chars[hits[i].start].orig_start, b = nt->chars[hits[i].end - 1].orig_end;

        signal = story == STORY_PROBLEM;
        judge = judge || story == STORY_JUDGE;
        /* (a work's one-word name only with its capital: "Tấm", not "tấm
         * ảnh"; "cai lệ" as it is) */
        for (guint32 k = a; k < b && story == STORY_WORK && !signal; k++)
          signal = work = g_unichar_isupper (nt->cps[k]) || g_unichar_isspace (nt->cps[k]);
      }
  /* (eighteenth round, s18-compo: a draft composed as a pupil writes,
   * two capitalised sentences or more and 18 words, that brings in an
   * animal first, vi_animal_topic(), is its own signal for the put-downs
   * said of the animal (VI_TOLD_ANIMAL, vi_said_of_animal()): "Chú béo
   * ú, bụng phệ" of a pig; what it addresses or names is still asked
   * below. Any composition's shape was tried: it let "Cô ta vừa béo ú
   * vừa bẩn thỉu" about a classmate pass) */
  /* (the cheapest and most selective first: a comment's sentence in
   * lower case, no animal nor thing in the first sentence) */
  if (!signal && !judge && putdown && need_putdown && sentences_capitalised (nt) &&
      vi_described_topic (nt, hits, n_hits) && draft_at_least (nt, 2, 18) && vi_prose (nt))
    for (guint i = 0; i < n_hits && !shaped; i++)
      signal = shaped = vi_told_putdown (nt, self, &hits[i]) && vi_said_of_animal (nt, hits, n_hits, &hits[i]);
  /* (s15-compo: a judgement, on a put-down named as what someone is
   * called) */
  if (!signal && judge)
    {
      judge = FALSE;
      for (guint i = 0; i < n_hits && !judge; i++)
        judge = vi_told_putdown (nt, self, &hits[i]) && vi_called_at (nt, hits, n_hits, self, &hits[i]);
      if (!judge)
        return 0;
    }
  else
    judge = FALSE;
  /* (s14-compo: a short answer on a work, written as a composition is,
   * each sentence opening on a capital, is told of it too; seventeenth
   * round: for the model's words alone, so is a sentence or two on a
   * social problem, "Bạo lực học đường là vấn nạn nhức nhối", as a pupil
   * answers or shares a message about it) */
  if ((signal || judge) && putdown &&
      (judge || shaped || composition_sized (nt) || (work && answer_sized (nt) && sentences_capitalised (nt)) ||
       (!need_putdown && !work && sentences_capitalised (nt))) &&
      !vi_story_addresses (nt, hits, n_hits, self) && !vi_names_someone (nt, hits, n_hits, self) &&
      !(nt->has_quotes && vi_quote_given (nt)))
    return signal ? (shaped ? VI_TOLD_ANIMAL : VI_TOLD) : VI_TOLD_CALLED;
  return 0;
}

/* (eighteenth round, s18-compo) Whether a Vietnamese draft is composed
 * as a pupil writes a composition, whatever it is about: typed with
 * marks, two sentences or more and at least 18 words, each sentence
 * opening on a capital, that speaks to no one, of no one with contempt
 * nor of the writer's world (vi_story_addresses()), names no one
 * (vi_names_someone()) and gives no quotation to anyone: a description
 * of a pet or a place, a film or a trip, an essay on a problem no
 * "problem" phrase names ("Bắt nạt không chỉ là đánh nhau. Nhiều bạn bị
 * cô lập ..."). There the model's words and its verdict, and the mined
 * phrases that wait for it, do not warn, as in vi_told(); lexicon
 * entries and context rules still do. Gossip put in a composition's
 * shape names its classmate ("thằng Phúc", "con Hà", "lớp em").
 * vi_composed_shaped() asks all but the shape (marks, capitals, size),
 * for a caller that knows it; written as prose (vi_prose()). */
gboolean
vi_composed_shaped (const NcNormText *nt, const Hit *hits, guint n_hits, NcChecker *self)
{
  return vi_prose (nt) && !vi_story_addresses (nt, hits, n_hits, self) &&
         !vi_names_someone_as (nt, hits, n_hits, self, TRUE) && !(nt->has_quotes && vi_quote_given (nt));
}

/* vi_composed_shaped() of a draft whose shape is not known yet. */
gboolean
vi_composed (const NcNormText *nt, const Hit *hits, guint n_hits, NcChecker *self)
{
  return nt->typed_marks && sentences_capitalised (nt) && draft_at_least (nt, 2, 18) &&
         vi_composed_shaped (nt, hits, n_hits, self);
}
