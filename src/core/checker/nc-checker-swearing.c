/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-swearing.c — swearing_as_reminder(): a swear word aimed at no one is a
 * crude-language reminder; play_banter(): a game's banter said of no one */
#include "config.h"

#include <string.h>

#include "nc-checker-text.h"

/* Folded words of praise anywhere in a draft, English and Vietnamese
 * ("awesome", "giỏi"): draft_praises(). */
static const char * const praise_words[] = { "gioi", "xinh", "ngon", "pro", "tuyet", "dinh", "cute", "amazing",
                                             "awesome", "best", "great", "god", "cool", "nice", "beautiful",
                                             "pretty", "talented", "delicious", "gorgeous", "brilliant",
                                             "incredible", "lovely", "proud", "congrats", NULL };

/* (seventeenth round, s17-chat) Whether the draft praises, anywhere
 * ("holy shit emma's mom made the best cake ever", "vl con Lan thi duoc
 * 10 diem toan, gioi that"): a swear word in it is said in wonder, not at
 * someone, unless a put-down warns beside it (swearing_as_reminder()).
 * Folded words; not toneless "hay", also "or", "often". */
static gboolean
draft_praises (const NcNormText *nt)
{
  char word[16];

  for (gsize k = 0; k < nt->n_chars;)
    {
      gsize e = copy_folded_word (nt, k, word, sizeof word);

      if (word_among (praise_words, word))
        return TRUE;
      for (k = e; k < nt->n_chars && is_sep (nt->chars[k].folded); k++)
        ;
    }
  return FALSE;
}

/* (seventeenth round, s17-chat) Whether English swear word @h is said in
 * a draft about someone's family, looks or home, a name's "'s" before
 * them ("liam's family is poor as shit", "jack's dad is a fucking
 * drunk", "shit, mia's face looks like a potato"; not a home, praised
 * as often, "jake's house is so fucking big"); not "my mom's car",
 * nor a swear word that praises ("jake's mom makes fucking amazing
 * cookies"). @praised: draft_praises(). */
static gboolean
swearing_of_someones (const NcNormText *nt, const Hit *h, gboolean praised)
{
  /* (folded: letters said twice once, "teth") */
  static const char * const parts[] = { "family", "dad", "mom", "mum", "parents", "face", "voice", "teth", "nose",
                                        "hair", "body", "breath", "clothes", "brother", "sister",
                                        "fam", "mama", "papa", "legs", "skin", NULL };
  static const char * const praise[] = { "amazing", "awesome", "good", "great", "cool", "insane", "sick", "lit",
                                         "beautiful", "funny", "hilarious", "talented", "delicious", "fire",
                                         "nice", "pretty", "gorgeous", "best", "brilliant", "incredible", NULL };
  char word[16];
  gsize k = self_next_word (nt, h->end);

  if (nt->has_marks || praised)
    return FALSE;
  if (k < nt->n_chars)
    {
      copy_folded_word (nt, k, word, sizeof word);
      if (word_among (praise, word))
        return FALSE;
    }
  for (k = 0; k < nt->n_chars;)
    {
      gsize e = copy_folded_word (nt, k, word, sizeof word), n = strlen (word), s;

      /* (the apostrophe is folded away: the code point before the "s") */
      if (n > 2 && word[n - 1] == 's' && e < nt->n_chars && nt->chars[e].folded == NC_NORM_SPACE &&
          (s = nt->chars[e - 1].orig_start) > 0 && (nt->cps[s - 1] == '\'' || nt->cps[s - 1] == 0x2019))
        {
          char own[8];

          copy_folded_word (nt, e + 1, word, sizeof word);
          /* (not the writer's own, "my sister's face when she saw it") */
          if (word_among (parts, word) &&
              (word_before (nt, k, own, sizeof own) == G_MAXSIZE || (!g_str_equal (own, "my") && !g_str_equal (own, "our"))))
            return TRUE;
        }
      for (k = e; k < nt->n_chars && is_sep (nt->chars[k].folded); k++)
        ;
    }
  return FALSE;
}

/* (seventeenth round, s17-chat) Whether swear word @h is said at someone
 * the draft calls by name: "con" before a name or "kia" / "này"...
 * (calls_someone_at()) ending at most one word before it ("con Hà đm"),
 * or right after it, where "bé", "nhỏ", "nhóc" called also count ("đm
 * con bé lớp bên", "vl thằng nhóc kia"); or a put-down that needs
 * someone (an `aimed` entry) right beside it, in a draft that speaks of
 * someone ("nhà con Trang bán ve chai, hôi vl", "con Nhi map vl",
 * "olivia's voice is so fucking annoying, someone shut her up").
 * @praised: draft_praises(). */
static gboolean
swearing_called (const NcNormText *nt, const Hit *hits, guint n_hits, const Hit *h, gboolean praised)
{
  static const char * const callers[] = { "con", "con", "thằng", "thang", "thg", "thg", "đứa", "dua", NULL };
  static const char * const young[] = { "bé", "be", "nhỏ", "nho", "nhóc", "nhoc", "nhok", "nhok", "ranh", "ranh",
                                        NULL };
  /* (whose face, home or parent: "vl mặt con Yến như cái bánh bao") */
  static const char * const whose[] = { "mặt", "mat", "nhà", "nha", "mẹ", "me", "bố", "bo", "má", "=ma", "người",
                                        "nguoi", NULL };
  char word[16];
  gsize k = h->end, w;
  gboolean stop;

  for (; k < nt->n_chars && nt->chars[k].folded == NC_NORM_SPACE; k++)
    ;
  if (k < nt->n_chars && !is_sep (nt->chars[k].folded) && vi_word_in (nt, k, whose) >= 0 &&
      (w = copy_folded_word (nt, k, word, sizeof word)) < nt->n_chars && nt->chars[w].folded == NC_NORM_SPACE)
    k = w + 1;
  if (!praised && k < nt->n_chars && !is_sep (nt->chars[k].folded) &&
      (calls_someone_at (nt, k) ||
       (vi_word_in (nt, k, callers) >= 0 &&
        (w = copy_folded_word (nt, k, word, sizeof word)) < nt->n_chars &&
        nt->chars[w].folded == NC_NORM_SPACE && vi_word_in (nt, w + 1, young) >= 0)))
    return TRUE;
  /* (or a name called ending at most one word before it: "con Hà đm",
   * "con Quynh den vl") */
  w = h->start;
  for (guint n = 0; n < 3 && !praised && (w = word_before (nt, w, word, sizeof word)) != G_MAXSIZE; n++)
    if (calls_someone_at (nt, w))
      return TRUE;
  for (guint j = 0; j < n_hits; j++)
    {
      const Hit *a = &hits[j];

      if (a->kind != ENTRY_AIMED || a->dropped)
        continue;
      if (a->end <= h->start ? words_between (nt, a->end, h->start, &stop) <= 1 && !stop :
          a->start >= h->end ? words_between (nt, h->end, a->start, &stop) <= 1 && !stop : FALSE)
        {
          if (vi_addresses_someone (nt, hits, n_hits))
            return TRUE;
          for (guint t = 0; t < n_hits; t++)
            if (hits[t].kind == ENTRY_WEAK && !hits[t].dropped)
              return TRUE;
        }
      /* (English: one word between, its subject, not a thing's word:
       * "holy shit noah | smells so bad"; not "shit | it smells so bad",
       * "damn | this sweater is ugly") */
      else if (!nt->has_marks && a->start >= h->end && words_between (nt, h->end, a->start, &stop) == 2 && !stop &&
               (w = self_next_word (nt, h->end)) < a->start)
        {
          static const char * const things[] = { "it", "this", "that", "the", "my", "a", "an", "its", "our",
                                                 "dis", "dat", "these", "those", "everything", "sth", NULL };

          copy_folded_word (nt, w, word, sizeof word);
          if (!word_among (things, word))
            return TRUE;
        }
    }
  return swearing_of_someones (nt, h, praised);
}

/* (s17-chat) Words of praise a swear word follows, said of what someone
 * did (swearing_follows(), swear_after_praise()). */
static const char * const swear_praise[] = { "hay", "hay", "giỏi", "gioi", "đỉnh", "dinh", "đẹp", "dep", "ngon", "ngon",
                                              "xịn", "xin", "pro", "pro", "vui", "vui", "cute", "cute", "mạnh", "manh",
                                              "nhanh", "nhanh", "chất", "chat", "cuốn", "cuon", "khủng", "=khung",
                                              "thương", "thuong", "xinh", "xinh", "ghê", "=ghe", NULL };

/* (s18-chat) Whether swear word @h follows a word of praise
 * (swear_praise[]), right before it or one word further: "nó cute vl",
 * "thang Huy no xinh vl", "con ban t no gioi ve vl". */
static gboolean
swear_after_praise (const NcNormText *nt, const Hit *h)
{
  char word[16];
  gsize w = word_before (nt, h->start, word, sizeof word);

  if (w == G_MAXSIZE)
    return FALSE;
  if (vi_word_in (nt, w, swear_praise) >= 0)
    return TRUE;
  /* (or one word before that, what is praised between: "no gioi ve vl",
   * "dep trai vl"; not "hay" there, "often": "con Lan hay khoc vl") */
  w = word_before (nt, w, word, sizeof word);
  return w != G_MAXSIZE && !g_str_equal (word, "hay") && vi_word_in (nt, w, swear_praise) >= 0;
}

/* (s18-chat) Words of feeling or of a thing's state a swear word follows
 * (swearing_follows(), swearing_writer_at()). The list holds no word
 * that reads as a put-down without its marks ("dại", "dê", "dối", "tục",
 * "ảo", "chậm" are left out), nor laughter, said of someone as often
 * ("thang Nam noi ngong, hai vl"). */
static const char * const swear_felt[] = { "buồn", "buon", "chán", "chan", "tiếc", "tiec", "sợ", "so", "cay", "cay",
                                            "mệt", "met", "đau", "dau", "lạnh", "lanh", "nóng", "nong", "rét", "ret",
                                            "ngại", "ngai", "sướng", "suong", "vui", "vui",
                                            "thích", "thich", "thèm", "them", "khó", "kho", "đông", "dong", "đắt", "dat",
                                            "rẻ", "re", "xa", "xa", "cao", "cao", "lâu", "lau", "hay", "hay", "đẹp", "dep",
                                            "ngon", "ngon", "lag", "lag", "căng", "cang", NULL };

/* (eighteenth round, s18-chat) Whether weak hit @t is the writer's "tao"
 * opening its clause, before swear word @h in that clause, in a draft
 * aimed at no one (no target): the writer says it of themselves ("tao
 * dot vl, lam sai cau de nhat", "tao beo vl"; not "tao ghet m vl", "tao
 * ghet thang Nam vl", whose targets and weak words still count). */
static gboolean
swearing_writer_at (NcChecker *self, const NcNormText *nt, const Hit *hits, guint n_hits, const Hit *t,
                    const Hit *h)
{
  gsize k = t->start;

  static const char * const self_faults[] = { "dốt", "dot", "ngu", "ngu", "ngốc", "ngoc", "béo", "beo", "mập", "map",
                                              "lùn", "lun", "xấu", "xau", "gà", "ga", "non", "non", "kém", "kem",
                                              "ngáo", "ngao", "đần", "dan", "chậm", "cham", "lười", "luoi", NULL };
  gboolean stop, said;
  gsize w;

  if (t->kind != ENTRY_WEAK || t->end - t->start != 3 || t->end > h->start ||
      !vi_word_is (nt, t->start, "tao", "tao") || has_target (hits, n_hits) ||
      words_between (nt, t->end, h->start, &stop) > 3)
    return FALSE;
  /* (of how the writer is or feels, the word right after "tao": a
   * put-down said of oneself, "tao dot hoa vl", or a word of feeling or
   * praise, "tao met vl"; not a swear word said at whom the writer
   * answers, "tao nhắc đấy thì sao tml") */
  w = self_next_word (nt, t->end);
  said = w < h->start && (vi_word_in (nt, w, swear_felt) >= 0 || vi_word_in (nt, w, swear_praise) >= 0 ||
                          vi_word_in (nt, w, self_faults) >= 0);
  if (!said)
    return FALSE;
  for (gsize i = t->end; i < h->start; i++)
    if (nt->chars[i].folded == NC_NORM_STOP)
      return FALSE;
  for (; k > 0 && is_sep (nt->chars[k - 1].folded); k--)
    if (nt->chars[k - 1].folded == NC_NORM_STOP)
      return TRUE;
  return k == 0;
}

/* (s18-chat) Whether every swear word of the draft is the writer's of
 * themselves (swearing_writer_at()), and every weak word the draft holds
 * is such a "tao". */
static gboolean
swearing_of_writer (NcChecker *self, const NcNormText *nt, const Hit *hits, guint n_hits)
{
  gboolean any = FALSE;

  for (guint i = 0; i < n_hits; i++)
    {
      const Hit *h = &hits[i];
      gboolean mine = FALSE;

      if (h->dropped || !g_array_index (self->entries, Entry, h->entry).oath)
        continue;
      for (guint j = 0; j < n_hits; j++)
        if (hits[j].kind == ENTRY_WEAK && !hits[j].dropped)
          {
            if (!swearing_writer_at (self, nt, hits, n_hits, &hits[j], h) && hits[j].end <= h->start)
              return FALSE;
            mine = mine || hits[j].end <= h->start;
          }
      if (!mine)
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* Whether every swear word of the draft (an entry said "wow") is a word
 * said on its own: one word ("vl", "fuck"; not a curse of several, "im
 * mẹ nó mồm", "tổ cha"), with no target or calling word at most one word
 * from it in the same sentence, nor inside it ("dm mày", "vl thang kia",
 * "fuck you"). */
static gboolean
swearing_unaimed (NcChecker *self, const NcNormText *nt, const Hit *hits, guint n_hits)
{
  int praised = -1;   /* draft_praises(), read once, when first needed */
  int pet = -1;       /* pet_draft(), likewise */
  gsize ps, pe;

  for (guint i = 0; i < n_hits; i++)
    {
      const Hit *h = &hits[i];
      gboolean stop;

      if (h->dropped || !g_array_index (self->entries, Entry, h->entry).oath)
        continue;
      if (h->rule || words_between (nt, h->start, h->end, &stop) > 0)
        return FALSE;
      if (praised < 0)
        praised = draft_praises (nt);
      if (swearing_called (nt, hits, n_hits, h, praised))
        return FALSE;
      for (guint j = 0; j < n_hits; j++)
        {
          const Hit *t = &hits[j];

          /* (s18-en: a name by its place, a rule's target, aims no oath:
           * "holy shit the new kid is really good at chess") */
          if ((t->kind != ENTRY_TARGET && t->kind != ENTRY_WEAK) || t->dropped || t == h || t->rule)
            continue;
          /* (s18-chat: not a weak word before praise, "nó cute vl", nor
           * the writer's "tao" of themselves, "tao beo vl") */
          if (t->kind == ENTRY_WEAK && t->end <= h->start &&
              (swear_after_praise (nt, h) || swearing_writer_at (self, nt, hits, n_hits, t, h)))
            continue;
          /* (s18-chat: nor "nó" of the writer's pet, pet_draft(), "con
           * meo nha t no hu vl") */
          if (t->kind == ENTRY_WEAK &&
              (pet >= 0 ? pet : (pet = pet_draft (nt, hits, n_hits, &ps, &pe))))
            continue;
          if (t->end <= h->start ? words_between (nt, t->end, h->start, &stop) <= 2 && !stop :
              t->start >= h->end ? words_between (nt, h->end, t->start, &stop) <= 2 && !stop : TRUE)
            return FALSE;
        }
    }
  return TRUE;
}

/* Whether every swear word of the draft follows one of @words. With
 * swear_praise[] (seventeenth round, s17-chat): said of what someone did
 * ("ban tia hay vl", "hát đỉnh vãi"; not "noi lap vl", "khung vl"). With
 * swear_felt[] and @alone (eighteenth round, s18-chat): how the writer
 * feels or how a thing is, in a clause of its own with no one in it, no
 * weak word ("thằng", "nó") or target before it in its clause ("t cuoc
 * 2-1 ma no hoa 1-1, tiec vl", "choi free fire toan bi ban tia chet,
 * chan vl", "thang Khoa choi game gioi nhat lop, rank cao vl"; "thang
 * Tuan cham vl", "thang Nam chan vl" still warn). */
static gboolean
swearing_follows (NcChecker *self, const NcNormText *nt, const Hit *hits, guint n_hits,
                  const char * const *words, gboolean alone)
{
  char word[16];
  gboolean any = FALSE;

  for (guint i = 0; i < n_hits; i++)
    {
      const Hit *h = &hits[i];
      gsize w;

      if (h->dropped || !g_array_index (self->entries, Entry, h->entry).oath)
        continue;
      if (words == swear_praise ? !swear_after_praise (nt, h) :
          (w = word_before (nt, h->start, word, sizeof word)) == G_MAXSIZE || vi_word_in (nt, w, words) < 0)
        return FALSE;
      /* (no one before it in its clause) */
      for (guint j = 0; j < n_hits && alone; j++)
        {
          const Hit *t = &hits[j];
          gsize k;

          if ((t->kind != ENTRY_TARGET && t->kind != ENTRY_WEAK) || t->dropped || t->start >= h->start)
            continue;
          for (k = t->end; k < h->start && nt->chars[k].folded != NC_NORM_STOP; k++)
            ;
          if (k >= h->start)
            return FALSE;
        }
      any = TRUE;
    }
  return any;
}

/* A swear word aimed at no one is crude language, a reminder
 * (NC_CATEGORY_CRUDE, NC_SEVERITY_INFO: shown, never stopping a post)
 * rather than a warning: "phim này hay vl", "t ghet mon toan vl", "this
 * is fucking awesome". Only when the draft's every offensive finding,
 * whatever its severity, is such a swear word (say=wow) below
 * NC_SEVERITY_BLOCK: a put-down or a threat beside it, even one lowered
 * ("con Tram nha que vl"), the model's words or its verdict on the whole
 * draft, or a curse that blocks ("đụ má") keeps them all as they are; so
 * does a curse of several words or one aimed at someone
 * (swearing_unaimed()). The span tagger's marks, drawn because the swear
 * word made the draft offensive, are dropped with it ("quên mang" in
 * "trời ơi đm, quên mang vở rồi"). */
void
swearing_as_reminder (NcChecker *self, const NcNormText *nt, const Hit *hits, guint n_hits, GArray *list)
{
  const char *wow = nc_checker_lexicon_suggestion ("wow");
  gboolean any = FALSE;
  int praised = -1, pet = -1;
  gsize ps, pe;

  for (guint i = 0; i < list->len; i++)
    {
      const NcFinding *f = &g_array_index (list, NcFinding, i);

      /* (the span tagger's marks beside it go with it, below; so do
       * the words that count only in an offensive draft, "thằng", "nó",
       * shown at info, when every swear word praises: s17-chat, "thang
       * Khoa no ban tia hay vl"; not "thang Long noi lap vl") */
      if (!is_offensive (f->category) || (f->evidence == NC_EVIDENCE_SPAN && f->severity == NC_SEVERITY_INFO) ||
          /* (s18-chat: and any word shown at info in a draft of the
           * writer's pet, pet_draft(): "nó", a put-down of the pet) */
          ((f->evidence == NC_EVIDENCE_CONTEXT || f->evidence == NC_EVIDENCE_LEXICON) &&
           f->severity == NC_SEVERITY_INFO && f->suggestion != wow &&
           (pet >= 0 ? pet : (pet = pet_draft (nt, hits, n_hits, &ps, &pe)))) ||
          (f->evidence == NC_EVIDENCE_CONTEXT && f->severity == NC_SEVERITY_INFO &&
           (praised >= 0 ? praised : (praised = swearing_follows (self, nt, hits, n_hits, swear_praise, FALSE) ||
                                                 swearing_follows (self, nt, hits, n_hits, swear_felt, TRUE) ||
                                                 swearing_of_writer (self, nt, hits, n_hits)))))
        continue;
      if (f->suggestion != wow || f->severity == NC_SEVERITY_BLOCK)
        return;
      any = any || f->severity == NC_SEVERITY_WARN;
    }
  if (!any || !swearing_unaimed (self, nt, hits, n_hits))
    return;
  for (guint i = list->len; i-- > 0;)
    {
      NcFinding *f = &g_array_index (list, NcFinding, i);

      if (f->suggestion == wow && is_offensive (f->category))
        {
          f->category = NC_CATEGORY_CRUDE;
          f->severity = NC_SEVERITY_INFO;
        }
      else if ((f->evidence == NC_EVIDENCE_SPAN || f->evidence == NC_EVIDENCE_CONTEXT) && is_offensive (f->category))
        g_array_remove_index (list, i);
    }
}

/* (nineteenth round, s19-everyday) Banter of a game or a match: a
 * Vietnamese draft that speaks of play (play_cues[], folded words of
 * games and football: "rank", "feed", "buff", "hàng thủ", "thủ môn")
 * whose every warned offensive finding is a put-down of how one plays (a
 * word of play_faults[] in its span: "gà", "noob", "bot", "ngu", "non")
 * said of no one (no target nor weak word but the writer's "tao": the
 * writer, a team's line, a match: "hang thu ngu vl, de lot 2 ban ngay dau
 * hiep 2", "ngu vl, tao quen bat khien, bi one shot"), or a swear word of
 * one word with no one right after it ("tao thua cay vcl, bo tui m vao
 * rank ko thang noi 1 tran"; "dm no", "vl thang kia" still warn); none
 * blocking, no verdict of the model; and that holds no word taking it past
 * the play to the person or ordering them out (play_beyond[]: "ngoài
 * đời", "bố mẹ", "xấu", "nghèo", "rác", "cút", "chết đi", "ghét", "gỡ
 * game", "về chơi bot", "mà cũng đòi", "như con", "không đùa"). The
 * put-downs are shown at info, the swear words as the crude reminder. A
 * put-down of play said to "mày" or of "thằng Nam" still warns ("m ga vl,
 * choi game toan chet dau", "md thang Nam choi game ngu vcl"): the tuning
 * sets count those unkind. A chat message's length, at most 280 chars.
 * Folded words (a letter typed twice is folded once, "fed", "bos"). */
#define PLAY_MAX_CHARS 280

/* (words of one word, then pairs of two words) */
static const char * const play_cues[] = {
  "game", "rank", "fed", "cary", "gank", "afk", "headshot", "buff", "skil", "combo", "bos", "level", "server",
  "solo", "pubg", "valorant", "minecraft", "roblox", "genshin", "dota", "penalty", NULL };
static const char * const play_cue_pairs[] = {
  "one", "shot", "lien", "minh", "fre", "fire", "tran", "dau", "tran", "nay", "tran", "vua", "tran", "sau",
  "tran", "truoc", "van", "nay", "van", "sau", "bong", "da", "da", "bong", "thu", "mon", "hang", "thu",
  "hang", "cong", "tien", "dao", "tien", "ve", "trung", "ve", "hau", "ve", "trong", "tai", "phat", "den",
  "ghi", "ban", "doi", "tuyen", "doi", "bong", "hiep", "1", "hiep", "2", "world", "cup", NULL };
static const char * const play_faults[] = {
  "ga", "nob", "nub", "bot", "ngu", "non", "phe", "cui", "kem", "dot", NULL };
static const char * const play_beyond[] = {
  "hoc", "lop", "ngheo", "xau", "beo", "lun", "rac", "cut", "ghet", NULL };
static const char * const play_beyond_pairs[] = {
  "ngoai", "doi", "doi", "thuc", "bo", "me", "bo", "m", "me", "m", "bo", "may", "me", "may", "cha", "m", "ba",
  "m", "gia", "dinh", "nha", "m", "nha", "may", "mat", "m", "mat", "may", "bu", "sua", "tre", "em", "chet",
  "di", "di", "chet", "ko", "dua", "khong", "dua", "k", "dua", "noi", "that", "vo", "dung", "an", "hai", "ton",
  "com", "song", "chi", "chat", "dat", "ta", "team", "pha", "team", "khoi", "team", "kho", "dong", "go",
  "game", "xoa", "game", "nghi", "game", "bo", "game", "out", "game", "dung", "choi", "ve", "choi", "choi",
  "bot", "ma", "cung", "cung", "doi", "nhu", "con", "oc", "cho", "oc", "lon", "thieu", "nang", "khuyet",
  "tat", "con", "heo", "con", "lon", "con", "cho", "ngu", "nhu", "nhu", "cho", "nhu", "lon", "tu", "ky",
  "nhin", "mat", NULL };

/* Whether the draft's words hold one of @words or of the pairs @pairs
 * (folded words, each pair two words one after the other). */
static gboolean
play_words_hold (const NcNormText *nt, const char * const *words, const char * const *pairs)
{
  char word[16], prev[16] = "";

  for (gsize k = 0; k < nt->n_chars;)
    {
      if (is_sep (nt->chars[k].folded))
        {
          k++;
          continue;
        }
      k = copy_folded_word (nt, k, word, sizeof word);
      if (word[0] == '\0')
        continue;
      if (word_among (words, word))
        return TRUE;
      for (guint p = 0; prev[0] != '\0' && pairs[p] != NULL; p += 2)
        if (prev[0] == pairs[p][0] && word[0] == pairs[p + 1][0] && g_str_equal (prev, pairs[p]) &&
            g_str_equal (word, pairs[p + 1]))
          return TRUE;
      memcpy (prev, word, sizeof prev);
    }
  return FALSE;
}

/* The first char of @nt at or after code point @cp (binary search). */
gsize
char_at_cp (const NcNormText *nt, guint32 cp)
{
  gsize a = 0, b = nt->n_chars;

  while (a < b)
    {
      gsize m = a + (b - a) / 2;

      if (nt->chars[m].orig_start < cp)
        a = m + 1;
      else
        b = m;
    }
  return a;
}

void
play_banter (NcChecker *self, const NcNormText *nt, const Hit *hits, guint n_hits, GArray *list)
{
  static const char * const someone[] = { "no", "m", "may", "mi", "thang", "thg", "con", "dua", NULL };
  static const char * const writer[] = { "tao", "t", "tui", "toi", "minh", NULL };
  const char *wow = nc_checker_lexicon_suggestion ("wow");
  char word[16];
  gboolean any = FALSE, faults = FALSE;

  /* (the cheapest first: a chat message's length, no finding that
   * blocks, no verdict) */
  if (nt->n_chars > PLAY_MAX_CHARS)
    return;
  for (guint i = 0; i < list->len; i++)
    {
      const NcFinding *f = &g_array_index (list, NcFinding, i);

      if (!is_offensive (f->category) || f->severity < NC_SEVERITY_WARN)
        continue;
      if (f->severity == NC_SEVERITY_BLOCK || f->evidence == NC_EVIDENCE_MODEL)
        return;
      any = TRUE;
    }
  if (!any)
    return;
  for (guint i = 0; i < list->len; i++)
    {
      const NcFinding *f = &g_array_index (list, NcFinding, i);
      gboolean fault = FALSE, one = TRUE;
      gsize k, e;

      if (!is_offensive (f->category) || f->severity < NC_SEVERITY_WARN)
        continue;
      /* (the words of its span: a swear word of one word, no one right
       * after it; or a word of play's faults among them) */
      for (k = char_at_cp (nt, f->cp_start); k < nt->n_chars && nt->chars[k].orig_start < f->cp_end; k = e)
        {
          if (is_sep (nt->chars[k].folded))
            {
              one = one && nt->chars[k].folded != NC_NORM_SPACE;
              e = k + 1;
              continue;
            }
          e = copy_folded_word (nt, k, word, sizeof word);
          fault = fault || word_among (play_faults, word);
        }
      if (f->suggestion == wow)
        {
          if (!one)
            return;
          k = self_next_word (nt, k);
          if (k < nt->n_chars)
            {
              copy_folded_word (nt, k, word, sizeof word);
              if (word_among (someone, word))
                return;
            }
          continue;
        }
      if (!fault)
        return;
      faults = TRUE;
    }
  /* (a put-down of play said of no one but the writer) */
  for (guint i = 0; i < n_hits && faults; i++)
    if ((hits[i].kind == ENTRY_TARGET || hits[i].kind == ENTRY_WEAK) && !hits[i].dropped)
      {
        copy_folded_word (nt, hits[i].start, word, sizeof word);
        if (!word_among (writer, word) || hits[i].end - hits[i].start != strlen (word))
          return;
      }
  if (!play_words_hold (nt, play_cues, play_cue_pairs) || play_words_hold (nt, play_beyond, play_beyond_pairs))
    return;
  for (guint i = 0; i < list->len; i++)
    {
      NcFinding *f = &g_array_index (list, NcFinding, i);

      if (!is_offensive (f->category) || f->severity < NC_SEVERITY_WARN)
        continue;
      if (f->suggestion == wow)
        f->category = NC_CATEGORY_CRUDE;
      f->severity = NC_SEVERITY_INFO;
    }
}

/* (s22-daily) Trash talk of a game made up for in the same draft: a
 * Vietnamese draft that speaks of a game or a match (play_cues[] and
 * play_cue_pairs[], or the games' words of amends_games[]: "team",
 * "support", "đi rừng", "bóng bàn", "cờ vua", "Liên Quân") and in which
 * the writer makes amends to the one teased or plays on with them
 * (amends_pairs[]: "bao trà sữa", "tao nhường", "tao chấp", "đánh lại",
 * "đấu lại", "phục thù", "tập với máy", "bảo kê", "đừng buồn", "vẫn
 * thắng"), with no word taking it past the play (play_beyond[]).
 * The models' verdicts on the whole draft (the first model's and the
 * children's, kid_verdict()) are shown at info there when nothing else
 * warns (play_amends_quiets_model()): the models, fitted on short lines,
 * read a long game recap to a friend ("mày chơi Free Fire bắn như người mù vậy mà còn đòi làm đội
 * trưởng. thôi tao nhường, nhưng mà thua thì mày bao trà sữa nha") as a
 * put-down. A finding of the lexicon is not touched ("mày gà vl, gỡ game
 * đi" still warns; so does the model's reading of a draft without amends,
 * "noob như mày thì đừng vào rank làm khổ đồng đội"). Folded words. */
static const char * const amends_games[] = {
  "team", "support", "ad", "adc", "skin", "fifa", "caro", "uno", "pubg", "yasuo", "nakroth", "florentino",
  "minecraft", "roblox", "valorant", "fortnite", "mid", "top", "farm", "lane", "tru", NULL };
static const char * const amends_game_pairs[] = {
  "di", "rung", "bong", "ban", "co", "vua", "co", "tuong", "lien", "quan", "tro", "thu", "xa", "thu",
  "dau", "truong", "doi", "truong", "tran", "toi", "tran", "chung", "bong", "ro", "vat", "tay", NULL };
static const char * const amends_none[] = { NULL };
static const char * const amends_pairs[] = {
  "bao", "tra", "bao", "an", "bao", "kem", "bao", "nuoc", "tao", "nhuong", "t", "nhuong", "tui", "nhuong",
  "tao", "chap", "t", "chap", "danh", "lai", "dau", "lai", "choi", "lai", "phuc", "thu", "phuc", "han", "tap",
  "voi", "bao", "ke", "dung", "buon", "van", "thang", "an", "ui", "khong", "sao", "ko", "sao", NULL };

gboolean
play_amends (const NcNormText *nt)
{
  if (nt->n_chars > 2 * PLAY_MAX_CHARS)
    return FALSE;
  return (play_words_hold (nt, play_cues, play_cue_pairs) ||
          play_words_hold (nt, amends_games, amends_game_pairs)) &&
         play_words_hold (nt, amends_none, amends_pairs) && !play_words_hold (nt, play_beyond, play_beyond_pairs);
}

void
play_amends_quiets_model (const NcNormText *nt, GArray *list)
{
  gboolean whole = FALSE;

  for (const NcFinding *f = (const NcFinding *) list->data; f < (const NcFinding *) list->data + list->len; f++)
    if (f->severity >= NC_SEVERITY_WARN && f->category != NC_CATEGORY_PERSONAL_DATA)
      {
        if (f->evidence != NC_EVIDENCE_MODEL || f->category != NC_CATEGORY_INSULT)
          return;
        whole = whole || f->cp_start == f->cp_end;
      }
  if (!whole || !play_amends (nt))
    return;
  for (NcFinding *f = (NcFinding *) list->data; f < (NcFinding *) list->data + list->len; f++)
    if (f->evidence == NC_EVIDENCE_MODEL && f->category == NC_CATEGORY_INSULT)
      f->severity = MIN (f->severity, NC_SEVERITY_INFO);
}

/* (nineteenth round, s19-endaily) Kind teasing in English: a chat draft
 * (at most 280 chars) whose every warned offensive finding is an insult
 * whose span holds "you" (tease_you[]) and a MILD word (tease_mild[]:
 * "weird", "a dork", "so dramatic", "so slow", "clumsy"), said with a
 * laugh or a friend's word (tease_cues[]: "lol", "haha", "hilarious",
 * "love", "friends"), with no word anywhere in the draft taking it past a
 * tease (tease_beyond[]: "stupid", "ugly", "fat", "loser", "hate",
 * "nobody", "everyone", "shut", "leave", "kill", an animal, a smell, a
 * video to be made, a third person: "he", "her", "they") and no finding
 * blocking or of the model. Its put-downs are shown at info ("you're so
 * clumsy lol that's the third cup this week", "lol you're so dramatic,
 * it's just a spider"); "you're so stupid lol", "you're so weird lol
 * nobody wants to sit with you", "you look like a pig lol", likenings
 * ("you walk like a penguin lol", "u throw like a baby lmao": the tuning
 * side counts a laughed likening unkind), and a third person teased
 * ("he fell off his bike again lmaooo so clumsy") still warn. Folded
 * words (a letter typed twice is folded once: "anoying", "sily"). */
#define TEASE_MAX_CHARS 280

static const char * const tease_mild[] = {
  "weird", "wierd", "nerd", "nerdy", "dork", "dorky", "dramatic", "extra", "slow", "anoying", "sily", "gofy", "gof",
  "crazy", "insane", "lazy", "dweb", "nuts", "clumsy", "mesy", NULL };
/* (said to "you", never of a third person) */
static const char * const tease_you[] = { "you", "you're", "youre", "u", "ur", "your", "ya", "being", NULL };
static const char * const tease_cues[] = {
  "lol", "lool", "lmao", "lmfao", "haha", "hahaha", "hahahaha", "hehe", "rofl", "jk", "hilarious", "love", "friends",
  "bestie", "respect", "ily", NULL };
static const char * const tease_beyond[] = {
  "stupid", "stupidest", "dumb", "dumbest", "idiot", "moron", "ugly", "ugliest", "fat", "fatty", "loser", "hate",
  "hates", "nobody", "noone", "everyone", "everybody", "alone", "shut", "stfu", "leave", "kill", "die", "pig", "cow",
  "whale", "monkey", "rat", "ape", "dog", "hipo", "gorila", "clown", "freak", "gros", "disgusting", "smel", "smels",
  "stink", "stinks", "trash", "garbage", "worthless", "pathetic", "useless", "retard", "retarded", "gay", "slut",
  "bitch", "no", "never", "laughing", "embarasing", "cringe", "creepy", "creep", "dirty", "poor", "face", "pls",
  "please", "shame", "deserve", "wish", "he", "she", "his", "her", "him", "he's", "she's", "hes", "shes", "they",
  "them", "their", "video", "record", "film", "pretend", "only", NULL };

/* Whether a word of finding @f's span is one of @words. */
static gboolean
tease_span_holds (const NcNormText *nt, const NcFinding *f, const char * const *words)
{
  char word[16];

  for (gsize k = char_at_cp (nt, f->cp_start); k < nt->n_chars && nt->chars[k].orig_start < f->cp_end;)
    {
      if (is_sep (nt->chars[k].folded))
        k++;
      else if (k = copy_folded_word (nt, k, word, sizeof word), word_among (words, word))
        return TRUE;
    }
  return FALSE;
}

void
en_tease (const NcNormText *nt, GArray *list)
{
  char word[16];
  gboolean any = FALSE, cue = FALSE;

  if (nt->n_chars > TEASE_MAX_CHARS)
    return;
  /* (every warned finding an insult of "you" holding a mild word, none
   * blocking nor the model's) */
  for (const NcFinding *f = (const NcFinding *) list->data; f < (const NcFinding *) list->data + list->len; f++)
    if (is_offensive (f->category) && f->severity >= NC_SEVERITY_WARN)
      {
        if (f->severity == NC_SEVERITY_BLOCK || f->evidence == NC_EVIDENCE_MODEL ||
            f->category != NC_CATEGORY_INSULT || !tease_span_holds (nt, f, tease_mild) ||
            !tease_span_holds (nt, f, tease_you))
          return;
        any = TRUE;
      }
  if (!any)
    return;
  for (gsize k = 0; k < nt->n_chars;)
    {
      if (is_sep (nt->chars[k].folded))
        {
          k++;
          continue;
        }
      k = copy_folded_word (nt, k, word, sizeof word);
      if (word_among (tease_beyond, word))
        return;
      cue = cue || word_among (tease_cues, word);
    }
  if (!cue && !draft_laughs_emoji (nt))
    return;
  for (NcFinding *f = (NcFinding *) list->data; f < (NcFinding *) list->data + list->len; f++)
    if (is_offensive (f->category))
      f->severity = MIN (f->severity, NC_SEVERITY_INFO);
}
