/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-self.c — what the writer says of themself, and who told a put-down:
 * said_of_oneself(), told_of_me(), regretted(), put_down_of_self(),
 * pet_draft() */
#include "config.h"

#include <string.h>

#include "nc-checker-text.h"

/* Whether Vietnamese put-down hit @h is said by the writer of themself:
 * right after "tao", "tớ", "mình", "tôi" or "t" ("to", "minh", "toi"
 * without marks are also "to", a name, "tối"), maybe with
 * "đúng là", "thật", "quá", "cũng" between, the pronoun starting its
 * clause or after "chắc", "mà", "thì", "nhưng", "vì", "nên"
 * ("tớ ngu quá, làm sai hết", "chắc mình dốt nhất lớp"; not "bạn tao ngu
 * lắm", said of a friend); only words that judge the mind ("ngu",
 * "dốt", "ngốc"), the body or one's ways ("mình gầy như que tăm", "dạo
 * này tớ béo như heo rồi", "mình bị bốn mắt", "hồi bé mình trẻ trâu lắm";
 * ninth round: an opener may be two words, "dạo này", "hồi bé"; twelfth:
 * "mà", "nhưng", "nên", "vì" start a clause wherever they stand, "bài này
 * dễ mà t làm sai ngu thật"), not crude ones ("t đéo biết"). */
gboolean
said_of_oneself (const NcNormText *nt, const Hit *h)
{
  static const char * const putdowns[] = { "ngu", "dot", "ngoc", "dan", "ngu ngoc", "ngu dot", "ngu si",
                                           "beo nhu heo", "beo nhu lon", "map nhu heo", "map nhu lon",
                                           "beo nhu voi", "beo nhu trau", "map nhu trau", "beo u nhu",
                                           "gay nhu que cui", "gay nhu cay say", "nhu que tam",
                                           "gay nhu bo xuong", "gay nhu ca mam", "gay nhu con ca mam",
                                           "lun tit", "lun nhu cai", "lun nhu con", "bon mat",
                                           "xau nhu ma", "xau nhu quy", "den nhu than", "mat day",
                                           "tre trau", "ngu nhu heo", "ngu nhu lon", "ngu nhu bo",
                                           /* (s12-vi) the toneless phrases of "ngu": "t ngu qua,
                                            * quen mang ao mua" */
                                           "ngu qua", "ngu that", "ngu the", "ngu vay", "ngu lam",
                                           /* (s21-vidaily) "tui béo như con heo" */
                                           "beo nhu con heo", "beo nhu con lon", "map nhu con heo",
                                           "map nhu con lon", NULL };
  static const char * const fillers[] = { "dung", "la", "that", "qua", "cung", "hoi", "lai", "thi",
                                          "bi", "van", "gay", "om",
                                          /* (s12-vi) "t lam sai ngu that" */
                                          "lam", "sai", NULL };
  static const char * const openers[] = { "chac", "ma", "thi", "nhung", "vi", "nen", "hic",
                                          "dao", "hom", "nay", "gio", "hoi", "be", "nho", NULL };
  static const char * const marked_selves[] = { "tớ", "mình", "tôi", "tui", NULL };
  static const char * const conjunctions[] = { "ma", "nhung", "nen", "vi", NULL };
  /* (s21-vidaily) words that aim a likeness elsewhere */
  static const char * const others[] = { "may", "m", "mi", "bay", "no", "ban", "cau", "ay", "kia", "do", NULL };
  char word[20];
  gsize w;
  gboolean self = FALSE, likeness = FALSE;

  /* ((s21-vidaily) a put-down likened to the writer, "học dốt như tao
   * mà cũng qua môn", is said of the writer too; not after "mày": "mày
   * ngu như tao à") */
  /* (cheapest first: "như" opens on "n", "h") */
  if (h->end + 2 < nt->n_chars && nt->chars[h->end].folded == NC_NORM_SPACE &&
      nt->chars[h->end + 1].folded == 'n' && nt->chars[h->end + 2].folded == 'h' &&
      vi_word_is (nt, h->end + 1, "như", "nhu"))
    {
      gsize e = h->end + 1;

      while (e < nt->n_chars && !is_sep (nt->chars[e].folded))
        e++;
      if (e + 1 < nt->n_chars && nt->chars[e].folded == NC_NORM_SPACE)
        {
          static const char * const me[] = { "tao", "tao", "t", "t", "tớ", "=to", "mình", "=minh", "tui", "tui", NULL };

          if (vi_word_in (nt, e + 1, me) >= 0 &&
              ((w = word_before (nt, h->start, word, sizeof word)) == G_MAXSIZE || !word_among (others, word)))
            return TRUE;
        }
    }
  w = word_before (nt, h->start, word, sizeof word);
  /* ((s21-vidaily) a likeness of how the writer does a thing, one verb
   * between: "tao cười | như con dở hơi", "t chạy | như rùa"; not "tao
   * thấy mày | như con dở hơi") */
  if (w != G_MAXSIZE && nt->chars[h->start].folded == 'n' && h->start + 1 < h->end &&
      nt->chars[h->start + 1].folded == 'h' && vi_word_is (nt, h->start, "như", "nhu") &&
      !word_among (others, word) && !word_among (fillers, word))
    {
      likeness = TRUE;
      w = word_before (nt, w, word, sizeof word);
    }
  for (guint n = 0; w != G_MAXSIZE && n < 2 && word_among (fillers, word); n++)
    w = word_before (nt, w, word, sizeof word);
  if (w == G_MAXSIZE)
    return FALSE;
  if (g_str_equal (word, "tao") || g_str_equal (word, "t"))
    self = TRUE;
  for (guint k = 0; !self && marked_selves[k] != NULL; k++)
    self = marked_word_at (nt, w, marked_selves[k]);
  if (!self)
    return FALSE;
  w = word_before (nt, w, word, sizeof word);
  /* (s12-vi) a conjunction starts a clause of its own wherever it stands
   * ("bài này dễ mà t làm sai ngu thật") */
  if (w != G_MAXSIZE && word_among (conjunctions, word))
    w = G_MAXSIZE;
  for (guint n = 0; w != G_MAXSIZE && n < 2 && word_among (openers, word); n++)
    w = word_before (nt, w, word, sizeof word);
  if (w != G_MAXSIZE)
    return FALSE;
  /* (only words that judge the mind, the body or one's ways, not crude
   * ones: "t đéo biết"; looked at last, the longest list) */
  if (likeness)
    return TRUE;
  copy_folded (nt, h->start, h->end, word, sizeof word);
  return word_among (putdowns, word);
}

/* (thirteenth round, s13-help) Which of @words (pairs of the marked and
 * the folded form; a folded form written "=do" only with its marks) the
 * word of @nt at @w is: typed with those marks, or, in a draft typed
 * without any marks, its folded form; -1 for none. The folded forms are
 * compared first: most words are none of them. */
int
vi_word_in (const NcNormText *nt, gsize w, const char * const *words)
{
  char word[16];

  copy_folded_word (nt, w, word, sizeof word);
  if (word[0] == '\0')
    return -1;
  for (int k = 0; words[k] != NULL; k += 2)
    {
      const char *f = words[k + 1];
      gboolean marked_only = f[0] == '=';

      if (marked_only)
        f++;
      if (word[0] != f[0] || !g_str_equal (word, f))
        continue;
      if ((!nt->typed_marks && !marked_only) || marked_word_at (nt, w, words[k]))
        return k / 2;
    }
  return -1;
}

/* vi_word_in() of the one word @marked, @folded. */
gboolean
vi_word_is (const NcNormText *nt, gsize w, const char *marked, const char *folded)
{
  const char * const words[] = { marked, folded, NULL };

  return vi_word_in (nt, w, words) == 0;
}

/* (thirteenth round, s13-help) The writer's words (pairs of the marked
 * and the folded form, vi_word_in()), the words between a verb of saying
 * and what was said, the verbs, and the words of a third person. */
static const char * const told_me[] = { "con", "con", "em", "em", "tớ", "to", "mình", "minh", "tôi", "toi",
                                        "cháu", "chau", NULL };
static const char * const told_between[] = { "là", "la", "bị", "bi", "rằng", "rang", "đồ", "=do", "chữ", "=chu",
                                             "toàn", "=toan",
                                             /* (s21-vidaily) how one sounds or looks, said of the
                                              * writer: "nói giọng con nghe | nhà quê", "bảo em
                                              * trông | như con khỉ" */
                                             "nghe", "nghe", "trông", "=trong", "nhìn", "nhin", NULL };
/* (fourteenth round, s14-compo) what is the writer's before the writer's
 * word: the family, the home, the voice ("bảo nhà em | nghèo rớt mồng
 * tơi", "nói gia đình em toàn | đồ quê mùa", "bảo em gái con là | đồ
 * ngốc", "chê giọng em là | giọng nhà quê") */
static const char * const told_mine[] = { "nhà", "nha", "gia", "gia", "đình", "dinh", "bố", "bo", "mẹ", "me",
                                          "ba", "ba", "má", "=ma", "cha", "cha", "anh", "anh", "chị", "chi",
                                          "em", "em", "gái", "gai", "trai", "trai", "ông", "ong", "bà", "=ba",
                                          "giọng", "giong", NULL };
static const char * const told_say[] = { "nói", "noi", "bảo", "bao", "chửi", "chui", "chê", "che", "trêu", "treu",
                                         "gọi", "goi", "kêu", "keu", "mắng", "mang", "viết", "viet", "ghi", "ghi",
                                         "nhắn", "nhan", "luận", "luan", "réo", "reo", "chọc", "choc", NULL };
static const char * const told_others[] = { "nó", "no", "ấy", "ay", "bạn", "ban", "đứa", "dua", "người", "nguoi",
                                            "họ", "ho", "lớp", "lop", "tụi", "tui", "bọn", "bon", "mấy", "may",
                                            "thằng", "thang", "chúng", "chung", NULL };

/* Whether the word after the one ending at @end (past one space) is one
 * of @folded (folded forms). */
gboolean
told_next_in (const NcNormText *nt, gsize end, const char * const *folded)
{
  char word[16];

  if (end >= nt->n_chars || nt->chars[end].folded != NC_NORM_SPACE)
    return FALSE;
  copy_folded_word (nt, end + 1, word, sizeof word);
  return g_strv_contains (folded, word);
}

/* (folded) words after "con", "em" that make them someone else: "em nó",
 * "con bé", "em gái" */
static const char * const told_not_me[] = { "no", "ay", "kia", "nay", "do", "gai", "trai", "be", "ho", NULL };

/* The one who said it, at most @max words before @at in its clause: a
 * third person ("nó", "bạn ...", "có đứa", "mấy chị lớp chín"), or the
 * writer "bị" it ("em bị bạn cùng bàn chửi"); its start, or G_MAXSIZE. */
/* (s21-vidaily) the writer among friends, "tao", "t" (vi_word_in()
 * pairs), and the kin who may have said it of them: "em gái tao gọi tao
 * là …", "anh hai t cứ gọi t là …" (someone who says "anh" of himself
 * says no "tao" to the one he speaks to, so "anh" is a third person
 * here) */
static const char * const told_me_tao[] = { "tao", "tao", "t", "t", NULL };
static const char * const told_kin[] = { "em", "em", "anh", "anh", "chị", "chi", "bố", "bo", "mẹ", "me",
                                         "ba", "=ba", "má", "=ma", "ông", "ong", "bà", "=ba", "cô", "=co",
                                         "chú", "chu", "bác", "bac", "dì", "=di", "thầy", "thay", "cậu", "=cau",
                                         NULL };

static gsize
told_teller_of (const NcNormText *nt, gsize at, guint max, gboolean kin)
{
  char word[16];
  gsize s = at;

  for (guint n = 0; n < max; n++)
    {
      s = word_before (nt, s, word, sizeof word);
      if (s == G_MAXSIZE)
        return G_MAXSIZE;
      if (vi_word_in (nt, s, told_others) >= 0 || (kin && vi_word_in (nt, s, told_kin) >= 0))
        return s;
      if (vi_word_is (nt, s, "bị", "bi"))
        {
          gsize b = word_before (nt, s, word, sizeof word);

          if (b != G_MAXSIZE && vi_word_in (nt, b, told_me) >= 0)
            return b;
        }
    }
  return G_MAXSIZE;
}

static gsize
told_teller (const NcNormText *nt, gsize at, guint max)
{
  return told_teller_of (nt, at, max, FALSE);
}

/* Whether the writer of @nt calls an elder before @before ("bố ơi",
 * "cô ơi", "chị ơi, …"): then "con", "em" are the writer. */
static gboolean
calls_an_elder (const NcNormText *nt, gsize before)
{
  static const char * const elders[] = { "bố", "bo", "mẹ", "me", "ba", "ba", "má", "ma", "cô", "co", "thầy", "thay",
                                         "anh", "anh", "chị", "chi", "ông", "ong", "bà", "ba", NULL };
  gsize w = 0, prev = G_MAXSIZE;

  while (w < before)
    {
      gsize e;

      for (e = w; e < nt->n_chars && !is_sep (nt->chars[e].folded); e++)
        ;
      if (e > w && prev != G_MAXSIZE && vi_word_is (nt, w, "ơi", "oi") && vi_word_in (nt, prev, elders) >= 0)
        return TRUE;
      prev = e > w ? w : prev;
      for (w = e; w < nt->n_chars && is_sep (nt->chars[w].folded); w++)
        if (nt->chars[w].folded == NC_NORM_STOP)
          prev = G_MAXSIZE;
    }
  return FALSE;
}

/* (thirteenth round) Whether Vietnamese hit @h ends on the writer, the
 * one left out or hurt, told to an elder the writer calls ("bố ơi, cả
 * lớp không ai chơi với con", "cô ơi, tụi nó cô lập em"): its last word
 * "con" or "em", or the word right after it, the clause or the draft
 * ending there or going on with "nữa", "cả", "hết", "luôn", "lắm",
 * "quá", "ạ" — not "con Lan", "em nó". */
gboolean
told_of_me_left_out (const NcNormText *nt, const Hit *h)
{
  static const char * const me[] = { "con", "con", "em", "em", NULL };
  static const char * const goes_on[] = { "nua", "ca", "het", "luon", "lam", "qua", "a", NULL };
  char word[16];
  gsize last, end = h->end;
  gunichar after;

  /* (cheapest first: "con", "em" end on "n", "m"; the word after opens
   * on "c", "e") */
  after = end + 1 < nt->n_chars && nt->chars[end].folded == NC_NORM_SPACE ? nt->chars[end + 1].folded : 0;
  if (nt->chars[end - 1].folded != 'n' && nt->chars[end - 1].folded != 'm' && after != 'c' && after != 'e')
    return FALSE;
  last = word_before (nt, h->end, word, sizeof word);
  if (last == G_MAXSIZE || last <= h->start || vi_word_in (nt, last, me) < 0)
    {
      /* (or right after it: "cả lớp ghét | con") */
      if (end >= nt->n_chars || nt->chars[end].folded != NC_NORM_SPACE || vi_word_in (nt, end + 1, me) < 0)
        return FALSE;
      for (end++; end < nt->n_chars && !is_sep (nt->chars[end].folded); end++)
        ;
    }
  if (end < nt->n_chars && nt->chars[end].folded == NC_NORM_SPACE && !told_next_in (nt, end, goes_on))
    return FALSE;
  return calls_an_elder (nt, h->start);
}

/* (s17-compo) "giờ" after "bây": "bây giờ", now */
const char * const vi_now[] = { "gio", NULL };

/* (seventeenth round, s17-compo) Whether target hit @h, "may" typed
 * without marks, is luck or sewing by the words around it (marked as
 * typed): "May mà", "may quá", "may mắn", "may vá", "thợ may", "công
 * nhân may", "máy may". */
gboolean
unmarked_may (const NcNormText *nt, const Hit *h)
{
  static const char *const after[] = { "mà", "quá", "sao", "mắn", "vá", "mặc", "áo" };
  static const char *const before[] = { "thợ", "nhân", "máy", "khâu", "cắt", "tiệm", "xưởng" };
  char word[16];
  gsize w;

  if (nt->chars[h->start].folded != 'm' || nt->chars[h->start + 2].folded != 'y')
    return FALSE;
  for (gsize m = 0; m < G_N_ELEMENTS (after); m++)
    if (h->end + 1 < nt->n_chars && nt->chars[h->end].folded == NC_NORM_SPACE &&
        marked_word_at (nt, h->end + 1, after[m]))
      return TRUE;
  w = word_before (nt, h->start, word, sizeof word);
  for (gsize m = 0; m < G_N_ELEMENTS (before) && w != G_MAXSIZE; m++)
    if (marked_word_at (nt, w, before[m]))
      return TRUE;
  return FALSE;
}

/* (seventeenth round, s17-compo) Where the list of put-downs that
 * Vietnamese hit @h ends starts: when @h opens on "đồ" after a comma, the
 * "đồ" of the item before, at most three words before that comma, and so
 * on back ("bị trêu là đồ lùn, | đồ xấu xí", "gọi là đồ bốn mắt, đồ mọt
 * sách"); @h's start otherwise. A list is told as its first item is
 * (told_of_me(), vi_suffered_at()). */
gsize
vi_list_head (const NcNormText *nt, const Hit *h)
{
  char word[16];
  gsize at = h->start;

  for (guint n = 0; n < 4 && at > 2 && marked_word_at (nt, at, "đồ"); n++)
    {
      gsize k = at, w;
      guint commas = 0;

      while (k > 0 && is_sep (nt->chars[k - 1].folded))
        k--;
      if (k == 0)
        break;
      for (guint32 c = nt->chars[k - 1].orig_end; c < nt->chars[at].orig_start; c++)
        if (nt->cps[c] == ',')
          commas++;
        else if (!g_unichar_isspace (nt->cps[c]))
          commas = 2;
      if (commas != 1)
        break;
      w = k;
      for (guint m = 0; m < 3 && (w = word_before (nt, w, word, sizeof word)) != G_MAXSIZE; m++)
        if (marked_word_at (nt, w, "đồ"))
          break;
      if (w == G_MAXSIZE || !marked_word_at (nt, w, "đồ"))
        break;
      at = w;
    }
  return at;
}

/* (s17-compo) Whether a Vietnamese draft told as a story speaks of
 * someone with contempt ("thằng", "nó", "mày", "tao", "con" before a
 * capitalised name: "Con Hà bàn bên bị cả lớp gọi là …") or passes on
 * as true, after @from in its clause ("thật", "đấy", "đúng"), or
 * approves, after @from, what was done ("đáng bị", "đáng lắm", "đáng đời", "là
 * đúng", "cũng đúng", "đúng thôi", "phải thôi"; not "đáng thương"). */
gboolean
vi_story_sneers (const NcNormText *nt, gsize from)
{
  static const char *const first[] = { "đáng", "đáng", "đáng", "là", "cũng", "đúng", "phải" };
  static const char *const second[] = { "bị", "lắm", "đời", "đúng", "đúng", "thôi", "thôi" };
  static const char *const affirm[] = { "thật", "đấy", "đúng", "chuẩn", "kìa" };
  guint n = 0;

  /* (passed on as true in its clause or the next after a comma: "… gọi
   * là đồ ngu, ngu thật"; not "… gọi là đồ ngu. Bạn ấy thật đáng thương") */
  for (gsize k = from, clause = 0; k < nt->n_chars && n < 3; k++)
    if (nt->chars[k].folded == NC_NORM_STOP)
      {
        if (clause++ > 0 || nt->cps[nt->chars[k].orig_start] != ',')
          break;
        n = 0;
      }
    else if (nt->chars[k].folded == NC_NORM_SPACE && k + 1 < nt->n_chars && !is_sep (nt->chars[k + 1].folded))
      {
        n++;
        for (gsize m = 0; m < G_N_ELEMENTS (affirm); m++)
          if (marked_word_at (nt, k + 1, affirm[m]))
            return TRUE;
      }
  for (gsize i = 0; i < nt->n_chars; i++)
    {
      gsize j;

      if ((i > 0 && !is_sep (nt->chars[i - 1].folded)) || is_sep (nt->chars[i].folded))
        continue;
      if (marked_word_at (nt, i, "thằng") || marked_word_at (nt, i, "nó") || marked_word_at (nt, i, "mày") ||
          marked_word_at (nt, i, "tao"))
        return TRUE;
      for (j = i; j < nt->n_chars && !is_sep (nt->chars[j].folded); j++)
        ;
      if (j + 1 >= nt->n_chars || nt->chars[j].folded != NC_NORM_SPACE)
        continue;
      if (marked_word_at (nt, i, "con") && g_unichar_isupper (nt->cps[nt->chars[j + 1].orig_start]))
        return TRUE;
      for (gsize m = 0; m < G_N_ELEMENTS (first) && i >= from; m++)
        if (marked_word_at (nt, i, first[m]) && marked_word_at (nt, j + 1, second[m]))
          return TRUE;
    }
  return FALSE;
}

/* (sixteenth round, s16-compo) Whether Vietnamese hit @h is what someone
 * was told, told as suffered: right after a verb of saying (maybe past
 * "là", "rằng"), "bị" at most four words before that verb in its clause
 * ("Nạn nhân bị gọi là đồ ngu, thậm chí bị bảo đi chết đi", "bị cả nhóm
 * nhắn tin bảo"; s17-compo: five, "bị cả nhóm trên mạng gọi là", and a
 * list's later items, vi_list_head()); not approved in the words after it in its clause
 * ("những đứa như vậy bị bảo đi chết đi là đáng lắm", "là đúng"). */
gboolean
vi_suffered_at (const NcNormText *nt, const Hit *h)
{
  char word[16];
  gsize w = word_before_quote (nt, vi_list_head (nt, h), word, sizeof word);
  guint n_words = 0;
  gboolean suffered = FALSE;

  /* (s17-compo: the words before it first, the cheaper to fail) */
  if (w != G_MAXSIZE && (vi_word_is (nt, w, "là", "la") || vi_word_is (nt, w, "rằng", "rang")))
    w = word_before (nt, w, word, sizeof word);
  if (w == G_MAXSIZE || vi_word_in (nt, w, told_say) < 0)
    return FALSE;
  for (guint n = 0; n < 5 && w != G_MAXSIZE && !suffered; n++)
    {
      w = word_before (nt, w, word, sizeof word);
      suffered = w != G_MAXSIZE && vi_word_is (nt, w, "bị", "bi");
    }
  if (!suffered)
    return FALSE;

  for (gsize k = h->end; k < nt->n_chars && nt->chars[k].folded != NC_NORM_STOP && n_words < 5; k++)
    if (is_sep (nt->chars[k].folded) && k + 1 < nt->n_chars && !is_sep (nt->chars[k + 1].folded))
      {
        n_words++;
        if (marked_word_at (nt, k + 1, "đáng") || marked_word_at (nt, k + 1, "đúng") ||
            marked_word_at (nt, k + 1, "phải"))
          return FALSE;
      }
  return TRUE;
}

/* (s22-daily) Whether Vietnamese hit @h is inside words quoted after a
 * verb of saying and a colon, said by a third person (a composition or
 * a child's report of what someone said: "Một bạn trong nhóm còn dọa:
 * "Mày mà mách cô thì mai biết tay tao"", "nó nhắn em: "mai biết tay
 * tao""): the quotation mark opening it at most 160 code points back, a
 * colon right before it, then maybe the writer ("em", "con", "mình"),
 * then the verb (told_say[], "dọa", "quát", "hét", "nạt", "thách"), the
 * one who said it a third person at most five words before the verb
 * (told_teller()), and said to the writer ("em" before the colon, "mày"
 * quoted). The writer's own ("tao dọa nó: "mày mà mách cô thì
 * biết tay tao""), or words quoted with no verb of saying ("mày nghe
 * đây: "mai biết tay tao"") still count. */
gboolean
quote_told_by_other (const NcNormText *nt, const Hit *h)
{
  static const char * const say_more[] = { "dọa", "doa", "quát", "quat", "hét", "het", "nạt", "nat", "thách",
                                           "thach", "dặn", "dan", NULL };
  static const char * const quoted_you[] = { "mày", "may", "m", "m", "mi", "mi", "bây", "bay", NULL };
  guint32 at = nt->chars[h->start].orig_start, q = G_MAXUINT32, c;
  gboolean to_me = FALSE;
  gsize k, w;
  char word[16];

  if (!nt->has_quotes)
    return FALSE;
  for (c = at; c-- > 0 && at - c < 160;)
    if (nt->cps[c] == '"' || nt->cps[c] == 0x201C)
      {
        q = c;
        break;
      }
    else if (nt->cps[c] == 0x201D)
      return FALSE;
  if (q == G_MAXUINT32)
    return FALSE;
  for (c = q; c > 0 && g_unichar_isspace (nt->cps[c - 1]); c--)
    ;
  if (c == 0 || nt->cps[c - 1] != ':')
    return FALSE;
  /* (the char right after the word before the colon) */
  for (k = char_at_cp (nt, c - 1); k > 0 && nt->chars[k - 1].orig_start >= c - 1; k--)
    ;
  w = word_before (nt, k, word, sizeof word);
  if (w != G_MAXSIZE && vi_word_in (nt, w, told_me) >= 0)
    {
      to_me = TRUE;
      w = word_before (nt, w, word, sizeof word);
    }
  if (w == G_MAXSIZE || (vi_word_in (nt, w, told_say) < 0 && vi_word_in (nt, w, say_more) < 0) ||
      told_teller (nt, w, 5) == G_MAXSIZE)
    return FALSE;
  /* (said to the writer: "em" before the colon, or "mày" in the words
   * quoted; "nó bảo: "thằng Nam ngu như bò"" passes a put-down on) */
  for (k = char_at_cp (nt, q); !to_me && k < h->end; k++)
    if ((k == 0 || is_sep (nt->chars[k - 1].folded)) && !is_sep (nt->chars[k].folded))
      to_me = vi_word_in (nt, k, quoted_you) >= 0;
  return to_me;
}

/* (thirteenth round, s13-help) Whether Vietnamese hit @h is what others
 * said or wrote to the writer, told by the writer (a child telling a
 * parent or a teacher, asking for help): right after a verb of saying and
 * the writer as its object, "là", "bị" or "rằng" maybe between ("bạn Hùng
 * nói con | xấu như ma", "có đứa nhắn tin bảo em | đi chết đi", "có bạn
 * viết là em | béo như lợn", "bạn Nam nói em bị | điên"; the hit may open
 * on the writer's word, "nói | con ngu"), the one who said it a third
 * person at most five words before the verb in its clause ("nó", "tụi
 * nó", "bạn ...", "có người nhắn tin nặc danh bảo"), or the writer "bị"
 * it ("em bị bạn cùng bàn chửi là | ngu như bò"); or written under the
 * writer's picture ("có người ... đăng ảnh em rồi ghi là | đồ điên").
 * No target ("mày") in it, no swear word nor crude one: "tao nói mày
 * ngu", "bảo nó là đồ ngu", "nói với con Lan là nó béo như lợn", "anh
 * nói em ngu" (the writer an elder), "đăng ảnh em nó rồi ghi là đồ điên"
 * still warn. Returns where the telling starts (the model leaves the
 * words from there on), G_MAXSIZE when it is none. */
gsize
told_of_me (const NcNormText *nt, const Hit *hits, guint n_hits, const Hit *h)
{
  static const char * const pictures[] = { "ảnh", "anh", "hình", "hinh", "clip", "clip", "video", "video",
                                           "lén", "len", NULL };
  static const char * const not_mine[] = { "nó", "no", "ấy", "ay", "kia", "kia", "này", "nay", "đó", "do",
                                           "gái", "gai", "trai", "trai", "bé", "be", "họ", "ho", NULL };
  char word[16];
  gsize w, verb, e, found = G_MAXSIZE;
  gboolean stop, is_me, is_tao, first_me;

  /* the writer: the hit's own first word ("con ngu"), or the word before
   * it past "là", "bị" */
  for (e = h->start; e < h->end && !is_sep (nt->chars[e].folded); e++)
    ;
  /* ((s21-vidaily) not when "tao", "t" stands before it past "là": "gọi
   * tao là | con khỉ đột", the "con" of the name, not the writer) */
  is_tao = FALSE;
  first_me = e < h->end && (vi_word_in (nt, h->start, told_me) >= 0 ||
                            (nt->chars[h->start].folded == 't' && vi_word_in (nt, h->start, told_me_tao) >= 0));
  if (first_me)
    {
      w = word_before (nt, h->start, word, sizeof word);
      if (w != G_MAXSIZE && vi_word_in (nt, w, told_between) >= 0)
        w = word_before (nt, w, word, sizeof word);
      is_tao = w != G_MAXSIZE && nt->chars[w].folded == 't' && vi_word_in (nt, w, told_me_tao) >= 0;
    }
  if (first_me && !is_tao)
    {
      /* (not "con Hoa", "con bé đó": someone named after "con") */
      if (g_unichar_isupper (nt->cps[nt->chars[e + 1].orig_start]) || told_next_in (nt, e, told_not_me))
        return G_MAXSIZE;
      w = h->start;
    }
  else
    {
      w = word_before_quote (nt, h->start, word, sizeof word);
      /* (and "đồ" of a hit that does not hold it: "là đồ | bốn mắt") */
      for (guint n = 0; n < 2 && w != G_MAXSIZE && vi_word_in (nt, w, told_between) >= 0; n++)
        w = word_before (nt, w, word, sizeof word);
      if (w == G_MAXSIZE)
        return G_MAXSIZE;
    }
  is_tao = nt->chars[w].folded == 't' && vi_word_in (nt, w, told_me_tao) >= 0;
  is_me = is_tao || vi_word_in (nt, w, told_me) >= 0;
  if (is_me)
    {
      /* the verb of saying ("nói con", "viết là em") and who said it */
      verb = word_before (nt, w, word, sizeof word);
      if (verb != G_MAXSIZE && vi_word_in (nt, verb, told_between) >= 0)
        verb = word_before (nt, verb, word, sizeof word);
      /* (the writer's family, home or voice: "bảo nhà em", "nói gia
       * đình em", "bảo em gái con") */
      for (guint n = 0; n < 2 && verb != G_MAXSIZE && vi_word_in (nt, verb, told_mine) >= 0; n++)
        verb = word_before (nt, verb, word, sizeof word);
      if (verb != G_MAXSIZE && vi_word_in (nt, verb, told_say) >= 0)
        found = told_teller_of (nt, verb, 5, is_tao);
      else
        {
          /* (written on the writer's things: "bạn Tú viết lên bàn em là",
           * "bình luận dưới video của con là") */
          static const char * const write[] = { "viết", "viet", "ghi", "ghi", "luận", "luan", NULL };

          for (guint n = 0; n < 4 && verb != G_MAXSIZE && found == G_MAXSIZE; n++)
            {
              verb = word_before (nt, verb, word, sizeof word);
              if (verb != G_MAXSIZE && vi_word_in (nt, verb, write) >= 0)
                found = told_teller (nt, verb, 5);
            }
        }
    }
  if (found == G_MAXSIZE && is_me)
    {
      /* (no one before the verb: "ghi là | con khùng", the "con" no
       * writer, under a picture told before) */
      w = word_before (nt, w, word, sizeof word);
      if (w != G_MAXSIZE && vi_word_in (nt, w, told_between) >= 0)
        w = word_before (nt, w, word, sizeof word);
      if (w == G_MAXSIZE)
        return G_MAXSIZE;
    }
  if (found == G_MAXSIZE && vi_word_in (nt, w, told_say) >= 0)
    {
      /* the writer "bị" it ("em bị bạn cùng bàn chửi là"), or a
       * classmate spoken of kindly, "bạn" and a name, told to an elder
       * ("cô ơi bạn Long bị cả lớp gọi là thằng cà lăm, em phải làm gì";
       * not to friends: "…, mà nó cà lăm thật"), or it was written under
       * the writer's picture ("đăng ảnh em rồi ghi là") */
      gsize s = w;

      for (guint n = 0; n < 8 && found == G_MAXSIZE; n++)
        {
          gsize p, q;

          s = word_before (nt, s, word, sizeof word);
          if (s == G_MAXSIZE)
            break;
          if (vi_word_is (nt, s, "bị", "bi"))
            {
              p = word_before (nt, s, word, sizeof word);
              if (p != G_MAXSIZE && vi_word_in (nt, p, told_me) >= 0)
                found = p;
              else if (p != G_MAXSIZE && g_unichar_isupper (nt->cps[nt->chars[p].orig_start]) &&
                       (q = word_before (nt, p, word, sizeof word)) != G_MAXSIZE && vi_word_is (nt, q, "bạn", "ban") &&
                       calls_an_elder (nt, q))
                found = q;
            }
          else if (vi_word_in (nt, s, told_me) >= 0 &&
                   (p = word_before (nt, s, word, sizeof word)) != G_MAXSIZE &&
                   vi_word_in (nt, p, pictures) >= 0)
            {
              gsize k;

              for (k = s; k < nt->n_chars && !is_sep (nt->chars[k].folded); k++)
                ;
              if (k < nt->n_chars && nt->chars[k].folded == NC_NORM_SPACE &&
                  (vi_word_in (nt, k + 1, not_mine) >= 0 || g_unichar_isupper (nt->cps[nt->chars[k + 1].orig_start])))
                break;   /* ("ảnh em nó", "ảnh con Lan") */
              found = told_teller (nt, p, 5);
            }
        }
    }
  if (found == G_MAXSIZE)
    return G_MAXSIZE;
  /* (not "mày", "m" in it or after it: "tụi nó bảo mày ngu", told to
   * someone; "bạn ấy nói em xấu như ma? nói lại xem, mày mới xấu", turned
   * on someone; a toneless "may" before "đứa", "bạn", "anh", "chị" is
   * "mấy"; (s14-tone) nor a toneless "u" inside the hit, the "ú" of "đồ
   * béo ú", not "you": "me oi thang Khoa noi con la do beo u") */
  for (guint j = 0; j < n_hits; j++)
    if (hits[j].kind == ENTRY_TARGET && !hits[j].dropped && hits[j].end > found)
      {
        static const char * const some[] = { "dua", "ban", "anh", "chi", "thang", "con", NULL };

        copy_folded (nt, hits[j].start, hits[j].end, word, sizeof word);
        if (!nt->typed_marks && g_str_equal (word, "u") && hits[j].start > h->start && hits[j].end <= h->end)
          continue;
        /* ((s21-vidaily) the writer's kin named before the telling, "em
         * gái tao | gọi tao là": no one spoken to) */
        if (is_tao && hits[j].end <= h->start && g_str_has_suffix (word, " tao"))
          continue;
        if (!(g_str_equal (word, "may") && !nt->typed_marks && told_next_in (nt, hits[j].end, some)))
          return G_MAXSIZE;
      }
  /* (not passed on as true: "mọi người nói em xấu như ma đấy, em biết
   * chưa", "bảo em ngu như bò, công nhận đúng thật", "cả lớp bảo em đi
   * chết đi kìa": up to three words after it in its clause and the first
   * four of the next; "tớ ngại đi ngang lớp đó lắm" further on is no
   * answer) */
  {
    static const char * const affirm[] = { "đấy", "day", "đó", "=do", "thật", "that", "đúng", "=dung", "chưa", "chua",
                                           "chuẩn", "chuan", "nhận", "=nhan", "kìa", "kia", NULL };
    /* (in the next clause, only typed with marks, and "that": toneless
     * "o day" is "ở đây") */
    static const char * const affirm_next[] = { "đấy", "=day", "đó", "=do", "thật", "that", "đúng", "=dung",
                                                "chuẩn", "chuan", "nhận", "=nhan", NULL };
    gsize k = h->end;
    guint clause = 0, n = 0;

    while (k < nt->n_chars && clause < 2)
      {
        if (is_sep (nt->chars[k].folded))
          {
            if (nt->chars[k].folded == NC_NORM_STOP)
              {
                clause++;
                n = 0;
              }
            k++;
            continue;
          }
        if (clause == 0 ? n < 3 && vi_word_in (nt, k, affirm) >= 0 : n < 4 && vi_word_in (nt, k, affirm_next) >= 0)
          return G_MAXSIZE;
        n++;
        while (k < nt->n_chars && !is_sep (nt->chars[k].folded))
          k++;
      }
  }
  (void) words_between (nt, found, h->start, &stop);
  return stop ? G_MAXSIZE : found;
}

/* (fourteenth round, s14-compo) Whether the gift at char @at of @nt (a
 * receiver after "dành cho", "tặng", "gửi") is a quotation: its sentence
 * speaks of a "câu" ("Câu đó dành cho bạn đấy", "Gửi tặng mấy đứa lớp bên
 * một câu: "…"") or a colon follows the receiver within its next two words
 * ("Tặng Trang: "…"", "gửi tặng thằng Hưng: "…""); not "hãy dành cho bạn
 * những lời tốt đẹp", "Tặng các bạn lớp mình một lời khuyên: …". */
static gboolean
vi_gift_is_quote (const NcNormText *nt, gsize at)
{
  guint32 c0 = nt->chars[at].orig_start, k;
  guint words = 0;
  char buf[16];

  for (k = c0; k < nt->n_cps; k++)
    {
      gunichar c = nt->cps[k];

      if (c == ':' && words <= 3)
        return TRUE;
      if (c == ':' || c == '.' || c == ',' || c == '!' || c == '?' || c == '\n' || c == '"' || c == 0x201C)
        break;
      if (starts_word_cp (nt, k))
        words++;
    }
  /* (the sentence's words, back from the gift and on from it) */
  for (k = c0; k > 0 && !ends_sentence_cp (nt->cps[k - 1]); k--)
    ;
  for (; k < nt->n_cps && !ends_sentence_cp (nt->cps[k]); k++)
    if (starts_word_cp (nt, k) && g_str_equal (vi_word_at_cp (nt, k, buf, sizeof buf), "câu"))
      return TRUE;
  return FALSE;
}

/* (fourteenth round, s14-compo) Whether a Vietnamese draft gives what it
 * quotes to someone: "dành cho", "tặng", "gửi" (maybe "cho", "tặng" after
 * it) before a name, "bạn", "mày", "cậu", "tụi", "bọn", "mấy", "các",
 * "thằng", "đứa", "ai", the gift a quotation (vi_gift_is_quote(): "Câu đó
 * dành cho bạn đấy", "Tặng Trang: "mày là đồ ăn hại""); the writer given
 * it is a report ("bạn Lan gửi cho con tin nhắn "đồ ngu""). Then its
 * quotation marks lower nothing. */
gboolean
vi_quote_given (const NcNormText *nt)
{
  static const char *const whom[] = { "bạn", "mày", "cậu", "tụi", "bọn", "mấy", "các", "thằng", "đứa", "ai" };

  if (!nt->typed_marks)
    return FALSE;   /* (the verbs are compared with their marks) */
  for (gsize i = 0; i + 3 < nt->n_chars; i++)
    {
      gsize j;
      gunichar f = nt->chars[i].folded, f2 = nt->chars[i + 1].folded;

      /* (the cheapest first: "da…", "ta…", "gu…" opening a word) */
      if (!((f == 'd' || f == 't') && f2 == 'a') && !(f == 'g' && f2 == 'u'))
        continue;
      if (i > 0 && !is_sep (nt->chars[i - 1].folded))
        continue;
      if (marked_word_at (nt, i, "dành"))
        j = i + 4;
      else if (marked_word_at (nt, i, "tặng"))
        j = i + 4;
      else if (marked_word_at (nt, i, "gửi"))
        j = i + 3;
      else
        continue;
      /* (the word after it, past "cho" or "tặng") */
      for (guint n = 0; n < 2; n++)
        {
          gboolean someone;

          if (j + 1 >= nt->n_chars || nt->chars[j].folded != NC_NORM_SPACE)
            break;
          j++;
          someone = g_unichar_isupper (nt->cps[nt->chars[j].orig_start]);
          for (gsize m = 0; m < G_N_ELEMENTS (whom) && !someone; m++)
            someone = marked_word_at (nt, j, whom[m]);
          if (someone)
            {
              if (vi_gift_is_quote (nt, j))
                return TRUE;
              break;
            }
          if (!marked_word_at (nt, j, "cho") && !marked_word_at (nt, j, "tặng"))
            break;
          j += marked_word_at (nt, j, "cho") ? 3 : 4;
        }
    }
  return FALSE;
}

/* (sixteenth round, s16-sorry) The folded words of saying in the past
 * ("caled", "said"; "gọi", "chê": told_say), the words before them that
 * say it is the writer's (English), the words that turn an apology
 * ("but", "nhưng", "chứ") or give the words to someone else ("he", "nó")
 * between it and them, and, in Vietnamese, the words of the past or of a
 * slip one of which lies between ("vì", "đã", "lỡ", "hôm qua"). */
static const char * const sorry_said_en[] = { "caled", "caling", "said", "saying", "told", "teling", NULL };
static const char * const sorry_by_me_en[] = { "i", "for", "about", NULL };
/* (s16-den) "have", "should've" say it too after "i" and at most two of
 * these, one a "not": "i shouldn't have said the drill was stupid", "i
 * should never have called you a baby", "i should've never said"; not
 * "jake shouldn't have said you're stupid", "i should've called you a
 * loser sooner" */
static const char * const sorry_have_en[] = { "have", "shouldnt", "should", "not", "never", "shouldve", "shoulda",
                                              NULL };
static const char * const sorry_others_en[] = { "but", "he", "she", "they", "everyone", "everybody", "people",
                                                "someone", "somebody", "we", NULL };
static const char * const sorry_past_vi[] = { "vì", "vi", "đã", "da", "lỡ", "lo", "nên", "nen", "qua", "qua",
                                              "trước", "truoc", "nãy", "nay", "lúc", "luc", "hôm", "hom", NULL };
static const char * const sorry_turn_vi[] = { "nhưng", "nhung", "chứ", "=chu", "mà", "=ma", NULL };
static const char * const sorry_others_vi[] = { "nó", "no", "ấy", "ay", "họ", "=ho", "tụi", "=tui", "bọn", "bon",
                                                "đứa", "dua", "người", "nguoi", "thằng", "=thang", NULL };

/* (s16-den) Whether the word at @have (one of sorry_have_en: "have",
 * "shouldve", "never") follows "i" and at most two more of them ("i
 * shouldn't | have", "i should've | never"), one of them a "not": "i
 * should've called you a loser sooner" is no regret. @neg: the word at
 * @have is one. */
static gboolean
said_by_me_have (const NcNormText *nt, gsize have, gboolean neg)
{
  static const char * const nots[] = { "shouldnt", "not", "never", NULL };
  char word[16];
  gsize w = have;

  for (guint n = 0; n < 3; n++)
    {
      w = word_before (nt, w, word, sizeof word);
      if (w == G_MAXSIZE)
        return FALSE;
      if (strcmp (word, "i") == 0)
        return neg;
      if (!g_strv_contains (sorry_have_en, word))
        return FALSE;
      neg = neg || g_strv_contains (nots, word);
    }
  return FALSE;
}

/* The word of @nt before the one at @w, across clause breaks: its start,
 * G_MAXSIZE at the draft's start. */
static gsize
sorry_word_before (const NcNormText *nt, gsize w)
{
  gsize i = w, s;

  while (i > 0 && is_sep (nt->chars[i - 1].folded))
    i--;
  if (i == 0)
    return G_MAXSIZE;
  for (s = i; s > 0 && !is_sep (nt->chars[s - 1].folded); s--)
    ;
  return s;
}

/* Whether the word of @nt at @w is one of @folded (folded forms). */
static gboolean
sorry_word_in (const NcNormText *nt, gsize w, const char * const *folded)
{
  char word[16];

  copy_folded_word (nt, w, word, sizeof word);
  return word[0] != '\0' && g_strv_contains (folded, word);
}

/* (sixteenth round, lead) Whether the last word of the put-down ending
 * at @to is said again later in the draft, not of the writer: the
 * apology taken back ("i apologize for calling you a nerd, nerd", "xin
 * loi vi da goi may la thang dan, nhung may dan that"; not "tớ xin lỗi vì
 * đã chê cậu béo, tớ cũng béo mà", "you're not a loser at all"). Words
 * typed with their marks on both
 * sides are compared with them ("ngu" is not "ngủ"). */
static gboolean
said_again_after (const NcNormText *nt, gsize to)
{
  static const char * const writer[] = { "i", "im", "me", "my", "to", "tao", "t", "minh", "em", "toi", "tui", NULL };
  static const char * const not[] = { "not", "never", "arent", "isnt", "no", "khong", "ko", "k", "chang", "cha",
                                      "dau", NULL };
  static const char * const you[] = { "you", "u", "ur", "your", "youre", "may", "m", "cau", "mi", NULL };
  char word[16];
  gsize w = word_before (nt, to, word, sizeof word), e, len;

  if (w == G_MAXSIZE)
    return FALSE;
  e = copy_folded_word (nt, w, word, sizeof word);
  len = e - w;
  if (len < 2)
    return FALSE;
  for (gsize i = e + 1; i + len <= nt->n_chars; i++)
    {
      gsize k, p, p2, q;

      if (is_sep (nt->chars[i].folded) || !is_sep (nt->chars[i - 1].folded) ||
          (i + len < nt->n_chars && !is_sep (nt->chars[i + len].folded)))
        continue;
      for (k = 0; k < len; k++)
        {
          const NcNormChar *a = &nt->chars[w + k], *b = &nt->chars[i + k];

          if (a->word_marked && b->word_marked ? a->marked != b->marked : a->folded != b->folded)
            break;
        }
      if (k < len)
        continue;
      /* (not the writer's own, "tớ cũng béo", "i'm a nerd too"; nor
       * denied, "you're not a loser at all", "cậu có ngu đâu") */
      p = word_before (nt, i, word, sizeof word);
      if (p != G_MAXSIZE && (g_strv_contains (writer, word) || g_strv_contains (not, word)))
        continue;
      p2 = p != G_MAXSIZE ? word_before (nt, p, word, sizeof word) : G_MAXSIZE;
      if (p2 != G_MAXSIZE && (g_strv_contains (writer, word) || g_strv_contains (not, word)))
        continue;
      if (told_next_in (nt, i + len, not))
        continue;
      /* (aimed again: at "you" at most three words before, or opening
       * its clause, ", nerd", ", ngu thì nhận đi"; not "jake is the dumb
       * one", a put-down of its own) */
      if (nt->chars[i - 1].folded == NC_NORM_STOP)
        return TRUE;
      q = i;
      for (guint n = 0; n < 3 && (q = word_before (nt, q, word, sizeof word)) != G_MAXSIZE; n++)
        if (g_strv_contains (you, word))
          return TRUE;
    }
  return FALSE;
}

/* (seventeenth round, s17-compo) Whether Vietnamese regret hit @h is
 * denied: a negation at most three words before it in its clause or
 * "đâu" right after it ("tao không hối hận", "em không hề thấy có lỗi",
 * "tao đã xin lỗi đâu mà", "tao có lỗi đâu"; "tớ không cố ý đâu" is a
 * regret). A regret denied anywhere after the words denies them all
 * ("hối hận đâu mà hối hận"). */
static gboolean
regret_denied (const NcNormText *nt, const Hit *h)
{
  static const char * const not[] = { "khong", "ko", "k", "kh", "chang", "cha", "chua", "dau", "deo", NULL };
  static const char * const where[] = { "dau", NULL };
  char word[16];
  gsize w = h->start;

  for (guint n = 0; n < 3 && (w = word_before (nt, w, word, sizeof word)) != G_MAXSIZE; n++)
    if (g_strv_contains (not, word))
      return TRUE;
  /* (not after a regret that denies itself: "tớ không cố ý đâu") */
  copy_folded_word (nt, h->start, word, sizeof word);
  return !g_strv_contains (not, word) && told_next_in (nt, h->end, where);
}

/* (sixteenth round, s16-sorry) Whether the put-down from @from to @to is
 * words the writer says they regret having said: a verb of saying in
 * the past inside it or at most four words before it, in its clause
 * ("sorry i | called you a loser", "for | calling you fat", "tớ lỡ mồm
 * gọi cậu là | đồ ngốc"), said by the writer (English: after "i",
 * "for", "about" or opening its clause; Vietnamese: no third person's
 * word right before it, not "nói thật là"), and either an apology
 * ("sorry" allow phrases) at most twelve words before the verb, with no
 * other verb of saying, no turn nor third person between (and in
 * Vietnamese a word of the past or of a slip: "xin lỗi vì đã gọi", "xin
 * lỗi cậu nhé, hôm qua tớ lỡ mồm gọi"), or a regret ("regret", and in
 * Vietnamese "judge", allow phrases) after it ("..., i didn't mean it",
 * "..., tớ sai rồi"; in Vietnamese the writer's word at most three words
 * before the verb: not an essay's "gọi bạn bè là đồ ngu là sai"). Not
 * when words that agree or aim it again follow ("agree": "but you are
 * one", "nhưng sự thật là thế"; agreed_after()), nor when its word is
 * said again (said_again_after()); a second put-down in
 * the draft is a hit of its own. Returns where the apology (or the verb)
 * starts, G_MAXSIZE when it is none. */
gsize
regretted (const NcNormText *nt, const Hit *hits, guint n_hits, GArray *entries, gsize from, gsize to,
           gboolean is_vi)
{
  char word[16];
  const Hit *sorry = NULL, *regret = NULL;
  gboolean takeback = FALSE;
  gsize w, verb = G_MAXSIZE, prev;
  guint n;
  Hit end = { 0 };

  /* (cheapest first: an apology before it or a regret after it, among
   * the draft's hits) */
  for (guint k = 0; k < n_hits; k++)
    if (hits[k].kind == ENTRY_ALLOW && !hits[k].dropped)
      {
        guint8 story = g_array_index (entries, Entry, hits[k].entry).story;

        if (story == STORY_SORRY && hits[k].end <= from)
          sorry = &hits[k];
        else if (regret == NULL && hits[k].start >= to &&
                 (story == STORY_REGRET || (is_vi && story == STORY_JUDGE)))
          regret = &hits[k];
        else if (story == STORY_TAKEBACK && hits[k].start >= to)
          takeback = TRUE;
      }
  if (sorry == NULL && regret == NULL)
    return G_MAXSIZE;
  /* the verb of saying: the nearest inside the put-down ("i called
   * you a loser") or at most four words before it ("gọi bạn Nam là |
   * đồ ngốc"; not "gọi mày là đồ ngu nhé | đồ ngu") */
  for (w = to, n = 0; n < 4;)
    {
      /* (s17-compo: past the quotation mark that opens the words, "em
       * đã gọi bạn Minh là "đồ ngu"") */
      w = is_vi ? word_before_quote (nt, w, word, sizeof word) : word_before (nt, w, word, sizeof word);
      if (w == G_MAXSIZE)
        break;
      if (is_vi ? vi_word_in (nt, w, told_say) >= 0 : g_strv_contains (sorry_said_en, word))
        {
          verb = w;
          break;
        }
      if (w < from)
        n++;
    }
  if (verb == G_MAXSIZE)
    return G_MAXSIZE;
  /* (not the truth told: "xin lỗi vì đã nói thật là | mày ngu") */
  if (is_vi)
    {
      static const char * const truth[] = { "that", NULL };

      for (w = verb; w < nt->n_chars && !is_sep (nt->chars[w].folded); w++)
        ;
      if (told_next_in (nt, w, truth))
        return G_MAXSIZE;
    }
  /* said by the writer */
  prev = word_before (nt, verb, word, sizeof word);
  if (is_vi)
    {
      gsize p2 = prev != G_MAXSIZE ? word_before (nt, prev, word, sizeof word) : G_MAXSIZE;

      if ((prev != G_MAXSIZE && vi_word_in (nt, prev, sorry_others_vi) >= 0) ||
          (p2 != G_MAXSIZE && vi_word_in (nt, p2, sorry_others_vi) >= 0))
        return G_MAXSIZE;
    }
  else if (prev != G_MAXSIZE && !g_strv_contains (sorry_by_me_en, word) &&
           !(g_strv_contains (sorry_have_en, word) &&
             said_by_me_have (nt, prev, strcmp (word, "not") == 0 || strcmp (word, "never") == 0)))
    return G_MAXSIZE;
  end.start = from;
  end.end = to;
  if (takeback || agreed_after (hits, n_hits, &end, entries) || said_again_after (nt, to))
    return G_MAXSIZE;
  /* an apology before it, at most twelve words back */
  if (sorry != NULL && sorry->end <= verb)
    {
      gboolean past = FALSE;

      for (n = 0, w = verb; n < 12; n++)
        {
          w = sorry_word_before (nt, w);
          if (w == G_MAXSIZE)
            break;
          if (w < sorry->end)
            {
              if (!is_vi || past)
                return sorry->start;
              break;
            }
          if (is_vi ? vi_word_in (nt, w, told_say) >= 0 || vi_word_in (nt, w, sorry_turn_vi) >= 0 ||
                      vi_word_in (nt, w, sorry_others_vi) >= 0
                    : sorry_word_in (nt, w, sorry_said_en) || sorry_word_in (nt, w, sorry_others_en))
            break;
          past = past || (is_vi && vi_word_in (nt, w, sorry_past_vi) >= 0);
        }
    }
  if (regret == NULL)
    return G_MAXSIZE;
  /* (s17-compo: none denied after it, asked last, regret_denied()) */
  for (guint k = 0; k < n_hits; k++)
    if (is_vi && hits[k].kind == ENTRY_ALLOW && !hits[k].dropped && hits[k].start >= to &&
        (g_array_index (entries, Entry, hits[k].entry).story == STORY_REGRET ||
         g_array_index (entries, Entry, hits[k].entry).story == STORY_JUDGE) &&
        regret_denied (nt, &hits[k]))
      return G_MAXSIZE;
  /* or a regret after it; in Vietnamese the writer's word at most three
   * words before the verb ("hôm qua tớ nói cậu ngu là tớ sai"; not an
   * essay's "gọi bạn bè là đồ ngu là sai") */
  if (is_vi)
    {
      static const char * const me[] = { "tớ", "to", "mình", "minh", "tôi", "toi", "em", "em", "con", "con",
                                         "tao", "tao", "anh", "anh", "chị", "chi",
                                         /* (s17-daily) in chat: "t nói m lười là t sai" */
                                         "t", "t", "tui", "tui", NULL };

      for (n = 0, w = verb; n < 3; n++)
        {
          w = word_before (nt, w, word, sizeof word);
          if (w == G_MAXSIZE)
            return G_MAXSIZE;
          if (vi_word_in (nt, w, me) >= 0)
            break;
        }
      if (n == 3)
        return G_MAXSIZE;
    }
  return verb;
}

/* Whether folded word @word is the folded form of one of @pairs (pairs
 * of the marked and the folded form, vi_word_in()), marks aside: the
 * cheap look before vi_word_in(); @firsts has FIRST() of the first
 * letter of each folded form. */
#define FIRST(c) (1u << ((c) - 'a'))
static gboolean
folded_among (const char *word, const char * const *pairs, guint32 firsts)
{
  if (word[0] < 'a' || word[0] > 'z' || !(firsts & FIRST (word[0])))
    return FALSE;
  for (guint k = 0; pairs[k] != NULL; k += 2)
    {
      const char *f = pairs[k + 1] + (pairs[k + 1][0] == '='), *a = word;

      while (*a != '\0' && *a == *f)
        a++, f++;
      if (*a == *f)
        return TRUE;
    }
  return FALSE;
}

/* Whether folded @word is the folded form of one of put_down_of_self()'s
 * qualifying words (its vi_between, which has the marks), by its first
 * letter: the cheap look before vi_word_in(), on every word it walks. */
static gboolean
between_folded (const char *word)
{
  static const char * const d[] = { "dung", "da", "dua", "dich", NULL };
  static const char * const l[] = { "la", "lai", NULL };
  static const char * const t[] = { "that", "thi", "thay", "than", "thang", "thuc", NULL };
  static const char * const c[] = { "cung", "cam", "con", "chac", NULL };
  static const char * const rest[] = { "qua", "hoi", "van", "ban", "ke", "mot", "rat", "su", NULL };

  switch (word[0])
    {
    case 'd': return word_among (d, word);
    case 'l': return word_among (l, word);
    case 't': return word_among (t, word);
    case 'c': return word_among (c, word);
    case 'q': case 'h': case 'v': case 'b': case 'k': case 'm': case 'r': case 's':
      return word_among (rest, word);
    default: return FALSE;
    }
}

/* (sixteenth round, s16-self) Whether put-down @h is the writer's of
 * themselves alone: a child who is sad or cross with themselves ("i'm
 * worthless", "nobody cares about me, i should just disappear",
 * "everyone would be better off without me", "mình đúng là đồ vô dụng",
 * "tao đúng là đồ ngu, quên mất hôm nay kiểm tra"). The writer is the
 * subject right before it in its clause, past at most five words that
 * only qualify ("so", "such a", "just", "should"; "đúng là", "thật",
 * "thấy mình", "là đứa"), or, in English, its object right after it
 * ("nobody cares | about me", "better off without | me"); "em" is also
 * "you" (said to a younger child), so it counts only with "mình" or
 * "bản thân" in the draft ("em thấy mình thật vô dụng"; not "em là đồ
 * vô dụng", "em ơi em đúng là đồ vô dụng"). And no one else is in the
 * draft outside the writer's words: no second or third person, no "we",
 * nothing compared ("i'm worthless? you're the worthless one", "i said he's
 * worthless", "i'm dumb, almost as dumb as you", "tớ ghét nó, nó là đồ
 * bỏ đi", "mình vô dụng thật, nhưng mày còn vô dụng hơn", "mình ngu,
 * thằng Nam cũng thế", "i'm an idiot and so is jake", "tớ ngu giống
 * Lan"). */
/* (s17-daily) Whether the word before @k, after put-down @h, is the
 * beast it likens to: its last word or one of the two right after it
 * ("béo như con | heo, mà heo | nó"). */
static gboolean
self_beast_before (const NcNormText *nt, const Hit *h, gsize k)
{
  char a[16], b[16];
  gsize w = word_before (nt, k, a, sizeof a), n;

  if (w == G_MAXSIZE || w < h->end || strlen (a) < 2)
    return FALSE;
  if (word_before (nt, h->end, b, sizeof b) != G_MAXSIZE && g_str_equal (a, b))
    return TRUE;
  /* (or one of the two words right after it, "béo như con | gấu trúc, mà
   * gấu trúc | nó") */
  n = h->end;
  for (guint m = 0; m < 2; m++)
    {
      n = self_next_word (nt, n);
      if (n >= w || is_sep (nt->chars[n].folded))
        return FALSE;
      n = copy_folded_word (nt, n, b, sizeof b);
      if (g_str_equal (a, b))
        return TRUE;
    }
  return FALSE;
}

gboolean
put_down_of_self (const NcNormText *nt, const Hit *h, gboolean is_vi)
{
  /* (folded: letters said twice once, "realy", "stil", "so") */
  static const char * const en_between[] = { "so", "such", "a", "an", "the", "just", "realy", "totaly",
                                             "literaly", "actualy", "completely", "very", "kinda", "truly",
                                             "total", "complete", "bigest", "most", "honestly", "stil",
                                             "always", "should", "would", "wil", "l", "gonna", "wanna",
                                             "could", "can", "might", "am", "was", "m", "being", "feel",
                                             "oficialy", "basicaly", "rly", "srsly", NULL };
  static const char * const en_me[] = { "i", "im", NULL };
  static const char * const en_object[] = { "me", "myself", NULL };
  static const char * const en_about[] = { "about", "abt", "without", "for", NULL };
  static const char * const en_others[] = { "you", "u", "ur", "youre", "your", "yours", "yourself", "urself",
                                            "ya", "yal", "he", "she", "him", "her", "his", "hers", "hes",
                                            "shes", "they", "them", "their", "theyre", "we", "us", "our",
                                            "were", "than", "like", "both", NULL };
  /* ("i'm an idiot and so is jake") */
  static const char * const en_so[] = { "is", "are", "was", "does", "do", "did", NULL };
  /* (its folded forms also in between_folded()) */
  static const char * const vi_between[] = { "đúng", "dung", "là", "la", "thật", "that", "thì", "thi",
                                             "cũng", "cung", "quá", "qua", "hơi", "hoi", "lại", "lai",
                                             "vẫn", "van", "đã", "da", "thấy", "thay", "cảm", "cam",
                                             "bản", "ban", "thân", "than", "đứa", "dua", "thằng", "thang",
                                             "con", "con", "kẻ", "ke", "một", "mot", "chắc", "chac",
                                             "rất", "rat", "đích", "dich", "thực", "thuc", "sự", "su",
                                             "quả", "=qua", "đúng", "dung", NULL };
  static const char * const vi_opening[] = { "hôm", "hom", "nay", "nay", "dạo", "dao", "này", "=nay", "giờ", "gio",
                                             "hồi", "hoi", "bé", "be", "nhỏ", "nho", "chắc", "chac", "mà", "=ma", "nhưng", "nhung",
                                             "vì", "vi", "nên", "nen", "hic", "hic", "huhu", "huhu", "ôi", "oi",
                                             "trời", "troi", "ơi", "=oi", "sao", "sao", "tự", "tu", "ghét", "ghet",
                                             "nói", "=noi", "thật", "that", NULL };
  static const char * const sibling[] = { "minh", "to", "tao", "toi", "tui", "gai", "trai", "ut", "ho", NULL };
  /* (s17-daily: "t", the writer in chat, last: "em" is the sixth) */
  static const char * const vi_me[] = { "tao", "tao", "tớ", "to", "mình", "minh", "tôi", "toi", "tui", "tui",
                                        "em", "em", "t", "t", NULL };
  static const char * const vi_others[] = { "mày", "may", "mi", "mi", "cậu", "cau", "bạn", "ban", "nó", "no",
                                            "họ", "ho", "hắn", "han", "bọn", "bon", "thằng", "thang",
                                            "con", "con", "đứa", "dua", "ta", "ta", "chúng", "chung",
                                            "giống", "giong", "m", "m", "anh", "anh", "chị", "chi",
                                            "ông", "ong", "bà", "=ba", "cô", "=co", "chú", "=chu",
                                            NULL };
  /* (FIRST() of the first letters of the folded forms above) */
#define ME_FIRSTS (FIRST ('t') | FIRST ('m') | FIRST ('e'))
#define OPENING_FIRSTS (FIRST ('h') | FIRST ('n') | FIRST ('d') | FIRST ('g') | FIRST ('b') | FIRST ('c') | \
                        FIRST ('m') | FIRST ('v') | FIRST ('o') | FIRST ('t') | FIRST ('s'))
  char word[16];
  gsize w = h->start, from = G_MAXSIZE, to = h->end;
  int me = -1;

  /* the writer as the subject before it, or the hit's own first word
   * ("to ngu qua", "tui vô dụng") */
  for (guint n = 0; n < 6 && w != G_MAXSIZE; n++)
    {
      /* (@word holds the folded word at @w, but for the hit's first;
       * its marks are looked at only when its folded form is one of
       * the list's) */
      if (w == h->start)
        {
          gunichar c = nt->chars[w].folded;

          /* (the hit's first word only before a put-down of two words or
           * more: "to | ngu qua"; "tao lao" is "tào lao") */
          me = is_vi && (c == 't' || c == 'm' || c == 'e') ? vi_word_in (nt, w, vi_me) : -1;
          if (me >= 0)
            {
              gsize third = copy_folded_word (nt, h->start, word, sizeof word);

              third = copy_folded_word (nt, self_next_word (nt, third), word, sizeof word);
              if (self_next_word (nt, third) >= h->end)
                me = -1;
            }
        }
      else if (is_vi)
        me = folded_among (word, vi_me, ME_FIRSTS) ? vi_word_in (nt, w, vi_me) : -1;
      else
        me = word_among (en_me, word) ? 0 : -1;
      if (me >= 0)
        {
          from = w;
          break;
        }
      if (w != h->start &&
          (is_vi ? !between_folded (word) || vi_word_in (nt, w, vi_between) < 0 :
                   !word_among (en_between, word)))
        break;
      w = word_before (nt, w, word, sizeof word);
    }
  /* (English: or the writer right after it, "about me", "without me") */
  if (from == G_MAXSIZE && !is_vi)
    {
      gsize a = self_next_word (nt, h->end);

      if (a < nt->n_chars)
        {
          gsize e = copy_folded_word (nt, a, word, sizeof word);

          char last[16];

          /* (the put-down's object, past a preposition of its own,
           * "better off without | me", or after it, "cares | about me";
           * not "shoot the son of a bitch | myself") */
          word_before (nt, h->end, last, sizeof last);
          if (word_among (en_about, word))
            {
              a = self_next_word (nt, e);
              e = a < nt->n_chars ? copy_folded_word (nt, a, word, sizeof word) : a;
            }
          else if (!word_among (en_about, last))
            a = nt->n_chars;
          if (a < nt->n_chars && word_among (en_object, word))
            {
              from = h->start;
              to = e;
            }
        }
    }
  /* (seventeenth round, s17-chat) Vietnamese: the put-down opens the
   * draft and the writer's word comes right after it, past a word
   * saying how much ("ngu quá, t làm sai câu dễ nhất"); or it opens a
   * later clause of a draft that opens on the writer's word, "t tăng 3kg sau tết, ăn như heo" (not "em",
   * also "you"; no one else in the draft, below) */
  if (from == G_MAXSIZE && is_vi && (copy_folded_word (nt, h->start, word, sizeof word),
                                      !word_among ((const char * const[]) { "do", "thang", "con", "may", "m", "mat",
                                                                             "thk", "thg", NULL }, word)))
    {
      gsize a = 0;
      gboolean stop = FALSE;

      /* (not name-calling, "đồ hai mặt, tao biết hết rồi", "t biết
       * rồi, đồ hai mặt": the hit's first word calls no one) */
      while (a < h->start && is_sep (nt->chars[a].folded))
        a++;

      /* (a put-down of one clause and at most three words; "mình" only
       * past a clause's end, not "nhìn lại cái mặt | mình đi", your own) */
      if (a == h->start && words_between (nt, h->start, h->end, &stop) <= 2 && !stop)
        {
          /* (s19-everyday: "sự", "vãi", "lắm", "ghê" too) */
          static const char * const very[] = { "quá", "qua", "thật", "that", "thế", "the", "vậy", "vay", "sự", "su",
                                               "vãi", "vai", "lắm", "=lam", "ghê", "=ghe", NULL };

          for (a = h->end; a < nt->n_chars && is_sep (nt->chars[a].folded); a++)
            ;
          /* (past one or two words saying how much, "ngu | quá, t quên",
           * s19-everyday: "óc chó | thật sự, t làm sai bài dễ nhất") */
          for (guint v = 0; v < 2 && a < nt->n_chars && vi_word_in (nt, a, very) >= 0; v++)
            for (a = copy_folded_word (nt, a, word, sizeof word); a < nt->n_chars && is_sep (nt->chars[a].folded); a++)
              ;
          if (a < nt->n_chars)
            me = vi_word_in (nt, a, vi_me);
          if (me == 2)
            {
              words_between (nt, h->end, a, &stop);
              if (!stop)
                me = -1;
            }
        }
      else if (word_before (nt, h->start, word, sizeof word) == G_MAXSIZE)
        me = vi_word_in (nt, a, vi_me);
      if (me >= 0 && me != 5)
        from = h->start;
    }
  if (from == G_MAXSIZE)
    return FALSE;
  /* (Vietnamese: the writer's word opens its clause, maybe past other
   * words of the writer's, qualifiers and words of time or mood, "hôm nay
   * tớ thấy | mình", "chắc tao"; not "we" after a noun, "dân mình | đúng là
   * ngu", "người mình") */
  if (is_vi && from < h->start)
    {
      w = word_before (nt, from, word, sizeof word);
      for (guint n = 0; n < 6 && w != G_MAXSIZE; n++)
        {
          if ((!folded_among (word, vi_me, ME_FIRSTS) || vi_word_in (nt, w, vi_me) < 0) &&
              (!between_folded (word) || vi_word_in (nt, w, vi_between) < 0) &&
              (!folded_among (word, vi_opening, OPENING_FIRSTS) || vi_word_in (nt, w, vi_opening) < 0))
            return FALSE;
          w = word_before (nt, w, word, sizeof word);
        }
      if (w != G_MAXSIZE)
        return FALSE;
    }
  /* ("em" only with the writer's "mình" or "bản thân" in the draft) */
  if (is_vi && me == 5)
    {
      gboolean mine = FALSE;

      for (gsize k = 0; k < nt->n_chars && !mine; k = copy_folded_word (nt, k, word, sizeof word) + 1)
        if (k == 0 || is_sep (nt->chars[k - 1].folded))
          mine = vi_word_is (nt, k, "mình", "minh") ||
                 (vi_word_is (nt, k, "bản", "ban") && told_next_in (nt, copy_folded_word (nt, k, word, sizeof word),
                                                                     (const char * const[]) { "than", NULL }));
      if (!mine)
        return FALSE;
    }
  /* no one else in the draft outside the writer's words */
  for (gsize k = 0; k < nt->n_chars;)
    {
      gsize e;

      while (k < nt->n_chars && is_sep (nt->chars[k].folded))
        k++;
      if (k >= nt->n_chars)
        break;
      e = copy_folded_word (nt, k, word, sizeof word);
      /* (the put-down's own words too, "not as ugly as you", "tao thấy
       * | mày đúng là đồ vô dụng"; not an animal it likens to, "béo như
       * con lợn", nor "bản thân", the writer's own) */
      if ((k < from || k >= h->start) && (k < h->end || k >= to))
        {
          if (!is_vi && (word_among (en_others, word) ||
                         (g_str_equal (word, "so") && told_next_in (nt, e, en_so)) ||
                         /* ("…, jake is too", folded "to" at a clause's end) */
                         (g_str_equal (word, "to") && (e == nt->n_chars || nt->chars[e].folded == NC_NORM_STOP))))
            return FALSE;
          /* (and "em" of the writer's, a sibling, "y như em mình", "em
           * gái tớ"; a likening outside the put-down, "y như") */
          if (is_vi && (((k < h->start || k >= h->end) && vi_word_is (nt, k, "như", "nhu")) ||
                        (vi_word_is (nt, k, "em", "em") && told_next_in (nt, e, sibling))))
            return FALSE;
          if (is_vi && vi_word_in (nt, k, vi_others) >= 0 &&
              !(vi_word_is (nt, k, "bản", "ban") && told_next_in (nt, e, (const char * const[]) { "than", NULL })) &&
              /* (s17-daily: "nó" after the beast the writer likened
               * themselves to, "t béo như con heo, mà heo nó còn dễ
               * thương hơn t"; "heo con", a piglet) */
              !(k >= h->end && (vi_word_is (nt, k, "nó", "no") || vi_word_is (nt, k, "con", "con")) &&
                self_beast_before (nt, h, k)) &&
              !(k > h->start && k < h->end && word_before (nt, k, word, sizeof word) != G_MAXSIZE &&
                g_str_equal (word, "nhu")) &&
              /* (s19-everyday: nor "nó" who did it to the writer after
               * "bị", "ngu vl t quen bat khien, bi no one shot") */
              !(k >= h->end && vi_word_is (nt, k, "nó", "no") && word_before (nt, k, word, sizeof word) != G_MAXSIZE &&
                g_str_equal (word, "bi")))
            return FALSE;
        }
      k = e;
    }
  return TRUE;
}

/* (eighteenth round, s18-chat) Where the writer's pet is named in the
 * draft, "con mèo nhà t", "con cho cua tao", "bé cún nhà mình": "con",
 * "bé" or "chú", an animal, "nhà" or "của", the writer; @start gets its
 * first word, the return its end; G_MAXSIZE for none. */
static gsize
writer_pet (const NcNormText *nt, gsize *start)
{
  static const char * const heads[] = { "con", "con", "bé", "be", "chú", "chu", NULL };
  static const char * const animals[] = { "mèo", "meo", "chó", "cho", "cún", "cun", "vẹt", "vet", "gà", "ga",
                                          "heo", "heo", "thỏ", "tho", "cá", "ca", "chim", "chim", "rùa", "rua",
                                          "hamster", "hamster", "vịt", "vit", "chuột", "chuot", "sóc", "soc", NULL };
  static const char * const of[] = { "nhà", "nha", "của", "cua", NULL };
  static const char * const mine[] = { "t", "t", "tao", "tao", "tớ", "to", "mình", "minh", "tui", "tui", "em", "em",
                                       "tôi", "toi", NULL };
  const char * const *want[] = { heads, animals, of, mine };
  char word[16];

  for (gsize k = 0; k < nt->n_chars;)
    {
      gsize w = k, e = k;
      guint n = 0;

      /* (the cheap look first: "con", "chú", "bé" open with c or b) */
      if (nt->chars[k].folded != 'c' && nt->chars[k].folded != 'b')
        n = G_N_ELEMENTS (want) + 1;
      for (; n < G_N_ELEMENTS (want); n++)
        {
          if (w >= nt->n_chars || is_sep (nt->chars[w].folded) || vi_word_in (nt, w, want[n]) < 0)
            break;
          e = copy_folded_word (nt, w, word, sizeof word);
          if (e < nt->n_chars && nt->chars[e].folded != NC_NORM_SPACE && n + 1 < G_N_ELEMENTS (want))
            break;
          w = e + 1;
        }
      if (n == G_N_ELEMENTS (want))
        {
          *start = k;
          return e;
        }
      while (k < nt->n_chars && !is_sep (nt->chars[k].folded))
        k++;
      while (k < nt->n_chars && is_sep (nt->chars[k].folded))
        k++;
    }
  return G_MAXSIZE;
}

/* (s18-chat) Whether the draft speaks of the writer's pet and of no one
 * else (writer_pet()): no target, every weak word "nó" or the writer's
 * "t", "tao" ("con meo nha t no hu vl, can nat ca nha", "con vet nha t no
 * noi xin chao roi, cuoi vl"), nothing likened to it ("giống", "hơn",
 * "bằng": "con cho nha t lun tit giong thang Nam" warns); @start,
 * @end: writer_pet()'s. */
gboolean
pet_draft (const NcNormText *nt, const Hit *hits, guint n_hits, gsize *start, gsize *end)
{
  static const char * const weak_ok[] = { "nó", "no", "t", "t", "tao", "tao", NULL };
  static const char * const liken[] = { "giống", "giong", "hơn", "hon", "bằng", "bang", NULL };
  char word[16];

  if (has_target (hits, n_hits) || (*end = writer_pet (nt, start)) == G_MAXSIZE)
    return FALSE;
  for (guint j = 0; j < n_hits; j++)
    if (hits[j].kind == ENTRY_WEAK && !hits[j].dropped)
      for (gsize k = hits[j].start; k < hits[j].end;)
        {
          if (vi_word_in (nt, k, weak_ok) < 0)
            return FALSE;
          for (k = copy_folded_word (nt, k, word, sizeof word); k < hits[j].end && is_sep (nt->chars[k].folded); k++)
            ;
        }
  for (gsize k = *end; k < nt->n_chars;)
    {
      while (k < nt->n_chars && is_sep (nt->chars[k].folded))
        k++;
      if (k >= nt->n_chars)
        break;
      if (vi_word_in (nt, k, liken) >= 0)
        return FALSE;
      k = copy_folded_word (nt, k, word, sizeof word);
    }
  return TRUE;
}

/* (s21-vidaily) Kind teasing in Vietnamese: a chat draft (at most 280
 * chars) whose every warned offensive finding is an insult of the
 * lexicon or a context rule (no block, no model's verdict) whose span
 * holds a MILD put-down (vi_tease_mild[]: "ngốc", "khờ", "lười", "lầy",
 * "ranh", "hâm", "hậu đậu", "mít ướt"), said beside an act or a word of
 * care or a laugh (vi_tease_care[]: "quý", "thương", "giúp", "che",
 * "chở", "cẩn thận", "haha", a laughing emoji), with no word anywhere in
 * the draft taking it past a tease (vi_tease_beyond[]: "ngu", "óc",
 * "chó", "lợn", "xấu", "béo", "ghét", "cút", "chết", "không ai", "cả
 * lớp", a third person "nó", a name with a capital after the first
 * word). Its put-downs are shown at info ("đồ ngốc, sao không nói sớm là
 * mày cần giúp", "mày là con lười nhất mà tao từng biết, nhưng tao vẫn
 * quý", "thằng ngốc này, lại quên mang áo mưa, để tao che cho"); "mày là
 * con lười nhất tao từng biết", "đồ ngốc, không ai thèm chơi với mày
 * haha", "thằng ngốc này, cả lớp cười mày kìa 😂" still warn. Pairs for
 * vi_word_in(). */
#define VI_TEASE_MAX_CHARS 280

static const char * const vi_tease_mild[] = {
  "ngốc", "ngoc", "khờ", "=kho", "lười", "luoi", "lầy", "=lay", "ranh", "ranh", "hâm", "=ham", "đậu", "=dau",
  "ướt", "=uot", "đoảng", "doang", "vụng", "=vung", "khùng", "=khung", NULL };
static const char * const vi_tease_care[] = {
  "quý", "=quy", "thương", "thuong", "giúp", "giup", "che", "=che", "chở", "=cho", "cẩn", "=can", "haha", "haha",
  "hihi", "hihi", "hehe", "hehe", "kkk", "kkk", "lol", "lol", "nhớ", "=nho", "đợi", "=doi", NULL };
static const char * const vi_tease_beyond[] = {
  "ngu", "=ngu", "óc", "=oc", "chó", "=cho", "lợn", "lon", "heo", "heo", "xấu", "xau", "béo", "beo", "mập", "=map",
  "ghét", "ghet", "cút", "=cut", "biến", "=bien", "chết", "chet", "ai", "ai", "lớp", "lop", "nó", "=no", "rác", "=rac",
  "dụng", "=dung", "khinh", "khinh", "đáng", "=dang", "câm", "=cam", "đánh", "=danh", "tụi", "=tui", "bọn", "bon",
  "mọi", "moi", NULL };

static gboolean
vi_tease_span_holds (const NcNormText *nt, const NcFinding *f)
{
  for (gsize k = char_at_cp (nt, f->cp_start); k < nt->n_chars && nt->chars[k].orig_start < f->cp_end;)
    {
      char word[16];

      if (is_sep (nt->chars[k].folded))
        {
          k++;
          continue;
        }
      if (vi_word_in (nt, k, vi_tease_mild) >= 0)
        return TRUE;
      k = copy_folded_word (nt, k, word, sizeof word);
    }
  return FALSE;
}

/* Whether @list holds a warned offensive finding and every one of them
 * is what @ok takes. */
static gboolean
vi_every_warned (const NcNormText *nt, GArray *list, gboolean (*ok) (const NcNormText *, const NcFinding *))
{
  gboolean any = FALSE;

  for (const NcFinding *f = (const NcFinding *) list->data; f < (const NcFinding *) list->data + list->len; f++)
    if (is_offensive (f->category) && f->severity >= NC_SEVERITY_WARN)
      {
        if (f->severity == NC_SEVERITY_BLOCK || !ok (nt, f))
          return FALSE;
        any = TRUE;
      }
  return any;
}

/* Every offensive finding of @list at info at most. */
static void
vi_lower_offensive (GArray *list)
{
  for (NcFinding *f = (NcFinding *) list->data; f < (NcFinding *) list->data + list->len; f++)
    if (is_offensive (f->category))
      f->severity = MIN (f->severity, NC_SEVERITY_INFO);
}

/* (a lexicon or context insult holding a mild put-down) */
static gboolean
vi_tease_finding (const NcNormText *nt, const NcFinding *f)
{
  return f->evidence != NC_EVIDENCE_MODEL && f->category == NC_CATEGORY_INSULT && vi_tease_span_holds (nt, f);
}

void
vi_tease (const NcNormText *nt, GArray *list)
{
  gboolean care = FALSE, first = TRUE;

  if (nt->n_chars > VI_TEASE_MAX_CHARS || !vi_every_warned (nt, list, vi_tease_finding))
    return;
  for (gsize k = 0; k < nt->n_chars; k++)
    {
      char word[16];

      /* (each word at its first letter) */
      if (is_sep (nt->chars[k].folded) || (k > 0 && !is_sep (nt->chars[k - 1].folded)))
        continue;
      if (vi_word_in (nt, k, vi_tease_beyond) >= 0)
        return;
      /* (a name: a capital after the draft's first word) */
      if (!first && g_unichar_isupper (nt->cps[nt->chars[k].orig_start]))
        return;
      care = care || vi_word_in (nt, k, vi_tease_care) >= 0;
      first = FALSE;
      k = copy_folded_word (nt, k, word, sizeof word) - 1;
    }
  if (care || draft_laughs_emoji (nt))
    vi_lower_offensive (list);
}

/* (s21-vidaily) The ViHOS model's verdict on a whole chat draft (no
 * span, no lexicon or context warning beside it) on a draft that invites
 * someone in or comforts them: a verb of joining followed by "chung",
 * "cùng", "không", "nha", "đi" ("bọn tao đang chơi trốn tìm, mày vào chơi
 * không", "tao tưởng mày về rồi, đi về chung đi"), or every put-down of
 * the draft denied ("mày không ngu đâu, mày chỉ cần thêm thời gian
 * thôi"). Not with a word that shuts out or hurts anywhere in it
 * (vi_kind_beyond[]: "đừng", "cấm", "cút", "ai", "ghét", "chết", a
 * put-down not denied), nor a joining verb denied ("bọn tao không chơi
 * với mày", "đừng vào chơi"). Lowered to info. Pairs for vi_word_in(). */
static const char * const vi_join_verb[] = { "chơi", "choi", "đi", "=di", "về", "=ve", "vào", "=vao", "vô", "=vo",
                                             "qua", "=qua", "join", "join", NULL };
static const char * const vi_join_tag[] = { "chung", "chung", "cùng", "=cung", "không", "khong", "ko", "ko",
                                            "hông", "=hong", "nha", "nha", "nhé", "=nhe", "đi", "=di", NULL };
static const char * const vi_kind_deny[] = { "không", "khong", "chẳng", "chang", "chả", "=cha", "ko", "ko",
                                             "đâu", "=dau", "có", "=co", NULL };
static const char * const vi_kind_putdown[] = { "ngu", "=ngu", "dốt", "=dot", "xấu", "xau", "béo", "beo",
                                                "kém", "=kem", "dở", "=do", "vô", "=vo", NULL };
static const char * const vi_kind_beyond[] = {
  "cấm", "=cam", "cút", "=cut", "biến", "=bien", "ai", "ai", "ghét", "ghet", "chết", "chet",
  "đánh", "=danh", "khinh", "khinh", "rác", "=rac", "câm", "=cam", "im", "=im", "đéo", "=deo", "óc", "=oc",
  "chó", "=cho", "lợn", "lon", "heo", "heo", "mơ", "=mo", "cả", "=ca", NULL };
/* ("đừng" shuts out, "đừng có vào", unless it comforts: "đừng nói thế",
 * "đừng buồn") */
static const char * const vi_kind_dont[] = { "đừng", "=dung", NULL };
static const char * const vi_kind_comfort[] = { "nói", "noi", "nghĩ", "nghi", "buồn", "buon", "khóc", "khoc",
                                                "lo", "lo", "tự", "=tu", "sợ", "=so", "ngại", "ngai", NULL };
static const char * const vi_kind_no[] = { "không", "khong", "chẳng", "chang", "đừng", "=dung", "ko", "ko",
                                           "k", "k", "đéo", "=deo", "chả", "=cha", "chưa", "chua", NULL };

/* (the model's verdict on the whole draft, no span) */
static gboolean
vi_whole_verdict (const NcNormText *nt, const NcFinding *f)
{
  return f->evidence == NC_EVIDENCE_MODEL && f->cp_end == f->cp_start;
}

void
vi_kind_draft (const NcNormText *nt, GArray *list)
{
  gsize prev = G_MAXSIZE, prev2 = G_MAXSIZE;
  gboolean kind = FALSE, denied = FALSE;

  if (nt->n_chars > VI_TEASE_MAX_CHARS || !vi_every_warned (nt, list, vi_whole_verdict))
    return;
  for (gsize k = 0; k < nt->n_chars;)
    {
      char word[16];

      if (is_sep (nt->chars[k].folded))
        {
          /* (a clause ends: the words before it are no longer beside) */
          if (nt->chars[k].folded == NC_NORM_STOP)
            prev = prev2 = G_MAXSIZE;
          k++;
          continue;
        }
      if (vi_word_in (nt, k, vi_kind_beyond) >= 0)
        return;
      if (prev != G_MAXSIZE && vi_word_in (nt, prev, vi_kind_dont) >= 0 && vi_word_in (nt, k, vi_kind_comfort) < 0)
        return;
      if (vi_word_in (nt, k, vi_kind_putdown) >= 0)
        {
          if (prev == G_MAXSIZE || vi_word_in (nt, prev, vi_kind_deny) < 0)
            return;
          denied = TRUE;
        }
      if (prev != G_MAXSIZE && vi_word_in (nt, prev, vi_join_verb) >= 0 && vi_word_in (nt, k, vi_join_tag) >= 0)
        {
          /* (not a joining verb denied: "không chơi với", "chưa về chung") */
          if (prev2 != G_MAXSIZE && vi_word_in (nt, prev2, vi_kind_no) >= 0)
            return;
          kind = TRUE;
        }
      prev2 = prev;
      prev = k;
      k = copy_folded_word (nt, k, word, sizeof word);
    }
  if ((kind || denied) && (prev == G_MAXSIZE || vi_word_in (nt, prev, vi_kind_dont) < 0))
    vi_lower_offensive (list);
}
