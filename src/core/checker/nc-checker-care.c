/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-care.c — care_by_signals(): a child's own despair read by weighed
 * signals, and the care reminder quieting the model */
#include "config.h"

#include <string.h>

#include "nc-checker-text.h"

/* (eighteenth round, s18-care2) A child's own despair in words no list
 * of phrases holds: the writer (first person) in a clause with words of a
 * CLASS of despair, weighed, two signals together where one alone is
 * hyperbole.
 *
 * Each cue is folded words (marks and đ folded: "vô dụng" and "vo dung"
 * are one cue) with a weight: 3, despair said outright ("kill myself",
 * "không muốn sống", "chán sống"); 2, a word of despair ("worthless",
 * "burden", "gánh nặng", "vô nghĩa", "biến mất", "cô đơn"); 1, a word
 * that alone is everyday tiredness or sadness ("give up", "tired",
 * "khóc", "mệt mỏi") or that makes a despair last ("anymore", "every
 * night", "nữa", "lắm rồi"). A clause counts when the writer is in it
 * ("i", "me", "mình", "tao", "em", ...) and no one else is spoken to in
 * it ("you", "u", "mày", "đừng" of comfort: "you're not alone", "đừng
 * bỏ cuộc nhé"); a cue right after "not", "never" counts for nothing
 * ("i'm not alone"). A draft of jokes, games, weather, films, songs, tests
 * ("lol", "game", "level", "match", "nóng quá", "cười", 😂, 💀) loses 2.
 * The care reminder is shown at 3 or more: "i feel worthless and i just
 * want to give up" (2 + 1), "mình mệt mỏi quá, không muốn cố gắng nữa"
 * (1 + 2 + 1), never "this game makes me want to give up" (1 - 2) nor
 * "nóng muốn chết" (no writer, and a light draft). Not in a quotation
 * nor a story retold, like the care lexicons. */
typedef struct {
  const char *words;   /* folded, one space between words */
  gint8 weight;        /* 1..3 despair; 0 the writer; -1 someone else; -2 light */
} CareCue;

static const CareCue care_cues[] = {
  /* the writer */
  { "i", 0 }, { "im", 0 }, { "ive", 0 },
  { "me", 0 }, { "myself", 0 }, { "my", 0 },
  { "minh", 0 }, { "tao", 0 }, { "toi", 0 }, { "tui", 0 }, { "em", 0 }, { "mk", 0 },
  { "mik", 0 }, { "ban than", 0 },
  /* neither: "chúng em" (we), "một mình" (alone) */
  { "tre em", -3 }, { "em be", -3 }, { "em gai", -3 }, { "em trai", -3 }, { "thank you", -3 }, { "thanks you", -3 }, { "love you", -3 }, { "chung em", -3 }, { "chung toi", -3 }, { "chung minh", -3 }, { "chung ta", -3 }, { "mot minh", 1 },
  /* someone else spoken to, or comforted */
  { "you", -1 }, { "u", -1 }, { "ur", -1 }, { "your", -1 }, { "youre", -1 },
  { "ya", -1 }, { "yall", -1 }, { "may", -1 }, { "cau", -1 }, { "dung", -1 }, { "ban oi", -1 },
  /* or spoken of: "someone told me to kill myself", "she felt alone" */
  { "he", -1 }, { "she", -1 }, { "they", -1 }, { "someone", -1 }, { "somebody", -1 }, { "a kid", -1 },
  { "told me", -1 }, { "my friend", -1 }, { "my sister", -1 }, { "my brother", -1 }, { "ban ay", -1 },
  { "cau ay", -1 }, { "bo em", -1 }, { "thang", -1 }, { "dua nao", -1 }, { "ban", -1 }, { "m", -1 }, { "mi", -1 }, { "co giao", -1 }, { "thay giao", -1 }, { "me em", -1 }, { "con meo", -1 }, { "con cho", -1 }, { "mot ban", -1 }, { "co ay", -1 }, { "anh ay", -1 }, { "chi ay", -1 },
  /* light: jokes, games, weather, films, songs, tests */
  /* (a thing makes the writer want it: "mondays make me want to disappear") */
  { "makes me", -2 }, { "make me", -2 }, { "ugh", -2 }, { "lol", -2 }, { "lmao", -2 }, { "lmfao", -2 }, { "haha", -2 }, { "hahaha", -2 }, { "jk", -2 },
  { "xd", -2 }, { "game", -2 }, { "level", -2 }, { "match", -2 }, { "gg", -2 }, { "boss", -2 },
  { "weather", -2 }, { "movie", -2 }, { "this song", -2 }, { "that song", -2 }, { "the song", -2 }, { "episode", -2 }, { "homework", -2 },
  { "test", -2 }, { "penalty", -2 }, { "goal", -2 }, { "exam", -2 }, { "pizza", -2 }, { "practice", -2 }, { "battery", -2 },
  { "hihi", -2 }, { "hehe", -2 }, { "nong qua", -2 }, { "doi qua", -2 }, { "cuoi", -2 },
  { "phim", -2 }, { "truyen", -2 }, { "bai hat", -2 }, { "nhan vat", -2 }, { "lag", -2 }, { "tran dau", -2 },
  { "thua tran", -2 }, { "het tien", -2 }, { "de toan", -2 }, { "kiem tra", -2 },
  /* despair said outright */
  { "kill myself", 3 }, { "killing myself", 3 }, { "hurt myself", 3 }, { "hurting myself", 3 },
  { "cut myself", 2 }, { "cutting myself", 3 }, { "cutting again", 3 }, { "end my life", 3 },
  { "ending it", 3 }, { "end it all", 3 }, { "suicide", 3 }, { "suicidal", 3 },
  { "never wake up", 3 }, { "better off without me", 3 }, { "want to die", 3 }, { "wanna die", 3 },
  { "want to disappear", 3 }, { "wanna disappear", 3 }, { "be alive", 3 }, { "last post", 3 },
  { "done with life", 3 }, { "tired of living", 3 }, { "tired of being me", 3 },
  { "tired of being alive", 3 }, { "hate myself", 2 }, { "hate my life", 3 }, { "no way out", 3 },
  { "no reason to live", 3 }, { "give up on life", 3 }, { "goodbye forever", 3 },
  { "khong muon song", 3 }, { "chan song", 3 }, { "tu tu", 3 }, { "tu sat", 3 },
  { "tu lam dau", 3 }, { "tu lam hai", 3 }, { "ket thuc tat ca", 3 }, { "ket thuc cuoc doi", 3 },
  { "khong muon ton tai", 3 }, { "chet di cho xong", 3 }, { "chet cho xong", 3 },
  { "khong bao gio day", 3 }, { "khong bao gio tinh", 3 }, { "ghet ban than", 2 },
  { "khong thiet tha", 3 }, { "song de lam gi", 3 }, { "song lam gi", 3 }, { "het hy vong", 3 },
  { "khong muon co gang", 2 }, { "bi tac", 2 }, { "tuyet vong", 2 },
  /* words of despair */
  { "worthless", 2 }, { "hopeless", 2 }, { "useless", 2 }, { "burden", 2 }, { "failure", 2 },
  { "a disappointment", 2 }, { "empty", 2 }, { "numb", 2 }, { "alone", 2 }, { "lonely", 2 },
  { "depressed", 2 }, { "miserable", 2 }, { "nobody cares", 2 }, { "no one cares", 2 },
  { "nobody would", 1 }, { "no one would", 1 }, { "disappear", 2 }, { "disappeared", 2 },
  { "if i was gone", 2 }, { "if i were gone", 2 }, { "give up on everything", 2 },
  { "cant do this", 1 }, { "whats the point", 2 },
  { "no point", 2 }, { "nothing matters", 2 }, { "everyone hates me", 2 }, { "deserve better", 2 },
  { "a better kid", 2 }, { "not good enough", 2 }, { "goodbye everyone", 2 }, { "sorry for everything", 2 },
  { "make it", 1 }, { "waste of space", 2 }, { "invisible", 2 }, { "broken", 2 }, { "keep going", 2 },
  { "like this", 1 }, { "sick of everything", 2 }, { "tired of everything", 2 }, { "not waking up", 3 },
  { "wasnt here", 2 }, { "scared of myself", 2 }, { "thoughts", 1 }, { "a note", 1 }, { "fix me", 1 },
  { "losing it", 1 }, { "heavier", 1 }, { "good enough", 2 }, { "sleep forever", 3 },
  { "asleep forever", 3 }, { "forever", 1 }, { "drowning", 1 }, { "no one sees", 2 }, { "be over", 2 },
  { "disappointment", 2 }, { "bother anyone", 2 }, { "much longer", 1 }, { "stopped eating", 2 },
  { "dont even care", 1 }, { "the point", 2 },
  { "chang con thiet", 2 }, { "khong con thiet", 2 }, { "bien khoi", 2 }, { "thua thai", 2 },
  { "het noi", 2 }, { "khong chiu noi", 2 }, { "de len", 1 }, { "so chinh ban than", 2 },
  { "ngay cang te", 1 }, { "viet thu", 1 }, { "khong con o day", 3 }, { "song ma nhu chet", 3 },
  { "khong con cam xuc", 2 }, { "nam im mai", 2 }, { "vo gia tri", 2 }, { "chang xung dang", 2 },
  { "ai thuong", 1 }, { "ai nho", 2 }, { "neu minh di", 2 }, { "lam gi cung hong", 1 },
  { "ly do gi de", 2 }, { "khong con ly do", 2 }, { "ngu mai mai", 3 }, { "trong rong", 2 },
  { "khong cam thay gi", 2 }, { "tu cao tay", 3 }, { "rach tay", 3 }, { "con gi de mat", 2 },
  { "noi voi ai", 1 },
  { "tu biet", 2 }, { "khong muon tinh day", 3 }, { "dont want to wake up", 3 }, { "chang ai hieu", 2 },
  { "khong day nua", 2 }, { "chang con gi de mat", 3 }, { "cuoc doi", 1 },
  { "vo dung", 2 }, { "vo nghia", 2 }, { "ganh nang", 2 }, { "bien mat", 2 }, { "co don", 2 },
  { "that bai", 2 }, { "khong xung dang", 2 }, { "khong ai can", 2 }, { "khong ai hieu", 2 },
  { "khong ai quan tam", 2 }, { "khong ai de y", 2 }, { "chang ai de y", 2 }, { "chang ai can", 2 },
  { "buong xuoi", 2 }, { "tam biet moi nguoi", 2 }, { "chang con gi", 2 }, { "khong con gi", 2 },
  { "chang co y nghia", 2 }, { "khong co y nghia", 2 }, { "khong co minh", 2 }, { "tram cam", 2 },
  { "nhe nhom", 1 }, { "vui hon", 1 }, { "happier", 1 },
  /* alone, everyday tiredness or sadness; or a despair that lasts */
  { "give up", 1 }, { "tired", 1 }, { "crying", 1 }, { "cry", 1 }, { "cried", 1 }, { "hurts", 1 },
  { "sad", 1 }, { "exhausted", 1 }, { "hate", 1 }, { "gone", 1 }, { "anymore", 1 },
  { "every night", 1 }, { "all the time", 1 }, { "lately", 1 }, { "nobody", 1 }, { "no one", 1 },
  { "met moi", 1 }, { "met lam", 1 }, { "kiet suc", 1 }, { "khoc", 1 }, { "bo cuoc", 1 },
  { "chan nan", 1 }, { "buon", 1 }, { "that vong", 1 }, { "muon chet", 1 }, { "nua", 1 },
  { "lam roi", 1 }, { "moi toi", 1 }, { "moi dem", 1 }, { "dem nao", 1 }, { "khong ai", 1 },
  { "chang ai", 1 }, { "mai mai", 1 },
};

#define CARE_BUCKETS 512
#define CARE_MAX_CHARS 280

/* FNV-1a of the first word of @words (up to @stop), a run of one letter
 * collapsed as the normalizer does ("feel" as "fel"). */
static guint32
care_hash (const char *words, char stop)
{
  guint32 h = NC_FNV_START;

  for (const char *w = words; *w != '\0' && *w != stop; w++)
    if (w == words || *w != w[-1])
      h = nc_fnv_add_cp (h, (guchar) *w);
  return h;
}

/* The end of the folded words @words of cue at @at of @nt, or 0. */
static gsize
care_cue_at (const NcNormText *nt, gsize at, const char *words)
{
  gsize k = at;

  for (const char *w = words; *w != '\0'; w++, k++)
    {
      if (w > words && *w == w[-1] && *w != ' ')
        {
          k--;   /* (the normalizer collapses a run of one letter: "feel" is "fel") */
          continue;
        }
      if (*w == ' ')
        {
          if (k >= nt->n_chars || nt->chars[k].folded != NC_NORM_SPACE)
            return 0;
          continue;
        }
      if (k >= nt->n_chars || nt->chars[k].folded != (gunichar) *w)
        return 0;
    }
  return k == nt->n_chars || is_sep (nt->chars[k].folded) ? k : 0;
}

void
care_by_signals (const NcNormText *nt, const char *text, gsize n, Quotes *quotes,
                 CheckScratch *scr, NcFindings *findings)
{
  /* care_cues by a hash of their first word: chains of indices + 1 */
  static gsize ready;
  static guint16 head[CARE_BUCKETS], next[G_N_ELEMENTS (care_cues)];
  static guint32 cue_hash[G_N_ELEMENTS (care_cues)];
  static guint32 h_not, h_never, h_isnt, h_so, h_realy, h_truly;
  struct { gint score; gboolean me, other; gsize from, to; } cl[24];
  guint n_cl = 0;
  gint score = 0, light = 0;
  gboolean me = FALSE, negated = FALSE, intense = FALSE, wide;
  gsize from = G_MAXSIZE, to = 0;

  /* (a post or a chat line: a longer text is a composition or a story,
   * where the care lexicons still look) */
  if (scr->story || scr->vi_told || nt->n_chars > CARE_MAX_CHARS)
    return;
  if (g_once_init_enter (&ready))
    {
      for (gsize k = G_N_ELEMENTS (care_cues); k-- > 0;)
        {
          guint32 h;

          cue_hash[k] = care_hash (care_cues[k].words, ' ');
          h = cue_hash[k] & (CARE_BUCKETS - 1);
          next[k] = head[h];
          head[h] = k + 1;
        }
      h_not = care_hash ("not", 0), h_never = care_hash ("never", 0), h_isnt = care_hash ("isnt", 0);
      h_so = care_hash ("so", 0), h_realy = care_hash ("realy", 0), h_truly = care_hash ("truly", 0);
      g_once_init_leave (&ready, 1);
    }
  memset (&cl[0], 0, sizeof cl[0]);
  cl[0].from = G_MAXSIZE;
  for (gsize i = 0; i < nt->n_chars; i++)
    {
      gunichar c = nt->chars[i].folded;
      gint best = -3;
      gsize best_end = 0;
      const char *cue = NULL;

      if (c == NC_NORM_STOP)
        {
          if (cl[n_cl].score > 0 || cl[n_cl].me || cl[n_cl].other)
            {
              if (++n_cl == G_N_ELEMENTS (cl))
                return;   /* (a long text: no care by signals) */
              memset (&cl[n_cl], 0, sizeof cl[n_cl]);
              cl[n_cl].from = G_MAXSIZE;
            }
          continue;
        }
      if (is_sep (c) || (i > 0 && !is_sep (nt->chars[i - 1].folded)))
        continue;
      {
        guint32 h = NC_FNV_START;
        gsize e;

        for (e = i; e < nt->n_chars && !is_sep (nt->chars[e].folded); e++)
          h = nc_fnv_add_cp (h, nt->chars[e].folded);
        /* the longest cue at this word */
        for (guint m = head[h & (CARE_BUCKETS - 1)]; m != 0; m = next[m - 1])
          {
            const CareCue *q = &care_cues[m - 1];
            gsize qe = cue_hash[m - 1] == h ? care_cue_at (nt, i, q->words) : 0;

            if (qe > best_end)
              best_end = qe, best = q->weight, cue = q->words;
          }
        if (best_end == 0)
          {
            negated = h == h_not || h == h_never || h == h_isnt;
            intense = h == h_so || h == h_realy || h == h_truly;
            i = e - 1;
            continue;
          }
      }
      if (best == 0 && cue[0] == 'm' && cue[1] == 'e' && cue[2] == '\0' && nt->chars[i + 1].marked != 'e')
        ;   /* ("mẹ", mother, is not "me") */
      else if (best == 0)
        me = cl[n_cl].me = TRUE;
      else if (best == -1)
        cl[n_cl].other = TRUE;
      else if (best == -2)
        light = 2;
      else if (best > 0 && !negated)
        {
          gsize w1 = self_next_word (nt, best_end), w2 = w1;

          if (w1 < nt->n_chars)
            {
              for (w2 = w1; w2 < nt->n_chars && !is_sep (nt->chars[w2].folded); w2++)
                ;
              w2 = self_next_word (nt, w2);
            }
          /* a place to vanish into: "disappear into a good book",
           * "under my blanket" */
          if (strstr (cue, "disap") != NULL &&
              (folded_word_at (nt, w1, "into") || folded_word_at (nt, w1, "under") ||
               folded_word_at (nt, w1, "in") || folded_word_at (nt, w1, "inside") ||
               folded_word_at (nt, w1, "behind")))
            best = 0;
          /* a word of despair made stronger: "so alone", "vô dụng quá",
           * "hate myself so much" */
          else if (best == 2 &&
                   (intense || folded_word_at (nt, w1, "qua") || folded_word_at (nt, w1, "lam") ||
                    folded_word_at (nt, w1, "so") || folded_word_at (nt, w2, "qua") ||
                    folded_word_at (nt, w2, "lam")))
            best = 3;
          cl[n_cl].score += best;
          cl[n_cl].from = MIN (cl[n_cl].from, i);
          cl[n_cl].to = MAX (cl[n_cl].to, best_end);
        }
      negated = intense = FALSE;
      i = best_end - 1;
    }
  /* (a Vietnamese despair says no subject: "mệt mỏi lắm rồi, không muốn
   * cố gắng nữa"; a short draft where no one at all is named, and more
   * weight) */
  if (!me)
    {
      gint all = 0;

      if (nt->n_chars > 120)
        return;
      for (guint k = 0; k <= n_cl && k < G_N_ELEMENTS (cl); k++)
        {
          if (cl[k].other)
            return;
          all += cl[k].score;
        }
      if (all < 4)
        return;
      for (guint k = 0; k <= n_cl && k < G_N_ELEMENTS (cl); k++)
        cl[k].me = TRUE;
    }
  /* a clause counts when the writer is in it, or, in a short draft, in
   * the clause next to it ("mệt mỏi lắm rồi, không muốn cố gắng nữa"),
   * and no one else is */
  wide = nt->n_chars <= 200;
  for (guint k = 0; k <= n_cl && k < G_N_ELEMENTS (cl); k++)
    if (cl[k].score > 0 && !cl[k].other &&
        (cl[k].me || (wide && ((k > 0 && cl[k - 1].me && !cl[k - 1].other) ||
                               (k < n_cl && cl[k + 1].me && !cl[k + 1].other)))))
      {
        score += cl[k].score;
        from = MIN (from, cl[k].from);
        to = MAX (to, cl[k].to);
      }
  if (light == 0 && score >= 3)
    for (const char *p = text; p + 4 <= text + n; p++)
      if ((guchar) *p == 0xF0 &&
          (memcmp (p, "\xF0\x9F\x98\x82", 4) == 0 || memcmp (p, "\xF0\x9F\xA4\xA3", 4) == 0 ||
           memcmp (p, "\xF0\x9F\x92\x80", 4) == 0 || memcmp (p, "\xF0\x9F\x98\x86", 4) == 0))
        {
          light = 2;   /* 😂 🤣 💀 😆 */
          break;
        }
  if (score - light < 3 || from >= to)
    return;
  {
    guint32 cs = nt->chars[from].orig_start, ce = nt->chars[to - 1].orig_end;

    if (in_quotes (quotes, scr, cs, ce))
      return;
    add_finding (findings, nt, NC_CATEGORY_CARE, NC_SEVERITY_INFO, cs, ce, NC_EVIDENCE_CONTEXT, NULL, NULL);
  }
}

/* A child writing of their own despair is not insulting anyone: in a
 * draft with the care reminder, the model's words and its verdict on the
 * whole draft (evidence ngram, model, span), which read despair's words
 * as a put-down ("anymore" in "i dont want to be alive anymore"), are
 * dropped; lexicon entries and context rules stay ("kys, i want to die
 * too" still warns). */
void
care_quiets_model (const NcNormText *nt, GArray *list)
{
  gboolean care = FALSE;

  for (guint i = 0; i < list->len && !care; i++)
    care = g_array_index (list, NcFinding, i).category == NC_CATEGORY_CARE;
  /* (s18-care2) not in a draft that speaks to someone: "ur so ugly, i
   * feel worthless and i want to give up" still warns */
  for (gsize i = 0; care && i < nt->n_chars; i++)
    if ((i == 0 || is_sep (nt->chars[i - 1].folded)) &&
        (folded_word_at (nt, i, "you") || folded_word_at (nt, i, "u") || folded_word_at (nt, i, "ur") ||
         folded_word_at (nt, i, "your") || folded_word_at (nt, i, "you're") || folded_word_at (nt, i, "youre") ||
         (nt->chars[i].marked == 0x6D && nt->chars[i + 1 < nt->n_chars ? i + 1 : i].marked == 0xE0 &&
          folded_word_at (nt, i, "may"))))
      care = FALSE;
  for (guint i = list->len; care && i-- > 0;)
    {
      const NcFinding *f = &g_array_index (list, NcFinding, i);

      if (is_offensive (f->category) &&
          (f->evidence == NC_EVIDENCE_NGRAM || f->evidence == NC_EVIDENCE_MODEL || f->evidence == NC_EVIDENCE_SPAN))
        g_array_remove_index (list, i);
    }
}
