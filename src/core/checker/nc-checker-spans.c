/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-spans.c — the span of an offence: the join words beside a finding
 * and the words the span tagger marks widen it */
#include "config.h"

#include "nc-checker-text.h"

/* Widens the offensive findings over the join words right beside them,
 * in the same sentence ("con chó", "ngu vãi"), a few words deep: the
 * span is the whole phrase that carries the offence. A finding without a
 * span stays so. */
void
join_neighbours (NcChecker        *self,
                 const NcNormText *nt,
                 const Hit        *hits,
                 guint             n_hits,
                 NcFindings       *findings)
{
  GArray *list = findings->list;
  gboolean changed = TRUE;

  for (int round = 0; changed && round < 3; round++)
    {
      changed = FALSE;
      for (guint i = 0; i < n_hits; i++)
        {
          const Hit *h = &hits[i];
          const Entry *e = &g_array_index (self->entries, Entry, h->entry);
          guint32 cs, ce, next = G_MAXUINT32, prev = G_MAXUINT32;

          if (h->dropped || e->kind != ENTRY_JOIN)
            continue;
          cs = nt->chars[h->start].orig_start;
          ce = nt->chars[h->end - 1].orig_end;
          /* where the word right after it starts, the one before it ends */
          if ((e->join & JOIN_NEXT) && h->end + 1 < nt->n_chars &&
              nt->chars[h->end].folded == NC_NORM_SPACE)
            next = nt->chars[h->end + 1].orig_start;
          if ((e->join & JOIN_PREV) && h->start >= 2 &&
              nt->chars[h->start - 1].folded == NC_NORM_SPACE)
            prev = nt->chars[h->start - 2].orig_end;
          for (guint k = 0; k < list->len; k++)
            {
              NcFinding *f = &g_array_index (list, NcFinding, k);

              if (!is_offensive (f->category) || f->cp_start == f->cp_end)
                continue;
              if (f->cp_start == next)
                f->cp_start = cs;
              else if (f->cp_end == prev)
                f->cp_end = ce;
              else
                continue;
              findings_cover (findings, f->category, f->cp_start, f->cp_end);
              changed = TRUE;
            }
        }
    }
}

/* The words of a draft as extend_spans() marks them. */
typedef struct {
  NcTaggedWord tag;
  guint32      cs, ce;    /* code points of the text */
  gint         owner;     /* the offensive finding that marks it, or -1 */
  gint         round;     /* the round it was marked in (-1: before) */
} SpanWord;

/* Grows the offensive finding of the word before @words[@i] (unless it
 * was marked in round @round > 0), or else of the word after it, over
 * @words[@i], in the same sentence; whether one did. */
static gboolean
join_word (SpanWord *words, gsize n, gsize i, gint round, NcFindings *findings)
{
  SpanWord *w = &words[i];
  gint k = -1;

  if (i > 0 && !w[-1].tag.stop_after && w[-1].owner >= 0 && (round == 0 || w[-1].round != round))
    k = w[-1].owner;
  else if (i + 1 < n && !w->tag.stop_after && w[1].owner >= 0)
    k = w[1].owner;
  if (k < 0)
    return FALSE;
  {
    NcFinding *f = &g_array_index (findings->list, NcFinding, k);

    f->cp_start = MIN (f->cp_start, w->cs);
    f->cp_end = MAX (f->cp_end, w->ce);
    findings_cover (findings, f->category, f->cp_start, f->cp_end);
  }
  w->owner = k;
  w->round = round;
  return TRUE;
}

/* In a Vietnamese draft already judged offensive, the span tagger
 * (vi-spans.bin, trained on ViHOS train's gold spans) draws the rest of
 * the offence: a word it marks on its own (never a common word nor a
 * number) joins the finding of a marked word right beside it or gets a
 * finding of its own (severity info: it warns nothing by itself); then,
 * three times over, a word it marks beside a marked word in the same
 * sentence joins that word's finding ("nói" in "nói xạo", "lưu vong" in
 * "dân lưu vong vào sủa"). */
void
extend_spans (const NcNormText   *nt,
              const guint8       *allowed,
              const NcTaggedWord *tags,
              gsize               n,
              NcFindings         *findings)
{
  SpanWord stack[128];
  g_autofree SpanWord *heap = NULL;
  SpanWord *words = stack;
  guint32 marked_stack[128], *marked = marked_stack;   /* the marked words outside allow-phrases */
  g_autofree guint32 *marked_heap = NULL;
  gsize n_marked = 0;
  GArray *list = findings->list;

  if (n > G_N_ELEMENTS (stack))
    {
      words = heap = g_new (SpanWord, n);
      marked = marked_heap = g_new (guint32, n);
    }
  for (gsize i = 0; i < n; i++)
    {
      words[i].tag = tags[i];
      words[i].cs = nt->chars[tags[i].start].orig_start;
      words[i].ce = nt->chars[tags[i].end - 1].orig_end;
      words[i].owner = -1;
      words[i].round = -1;
    }
  /* the words the findings mark: the first word ending after a finding's
   * start, then on while they start before its end */
  for (guint k = 0; k < list->len; k++)
    {
      const NcFinding *f = &g_array_index (list, NcFinding, k);
      gsize lo = 0, hi = n;

      if (!is_offensive (f->category) || f->cp_start == f->cp_end)
        continue;
      while (lo < hi)
        {
          gsize mid = (lo + hi) / 2;

          if (words[mid].ce <= f->cp_start)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (gsize i = lo; i < n && words[i].cs < f->cp_end; i++)
        if (words[i].owner < 0)
          words[i].owner = k;
    }

  for (gsize i = 0; i < n; i++)
    {
      SpanWord *w = &words[i];

      if (allowed[w->tag.start] || w->tag.mark == NC_TAG_NONE)
        continue;
      marked[n_marked++] = (guint32) i;
      if (w->tag.mark != NC_TAG_ALONE || w->owner >= 0 || join_word (words, n, i, 0, findings))
        continue;
      add_finding (findings, nt, NC_CATEGORY_INSULT, NC_SEVERITY_INFO, w->cs, w->ce, NC_EVIDENCE_SPAN, NULL, NULL);
      w->owner = list->len - 1;   /* (nothing else marks it: its own, the last) */
    }
  for (gint round = 1; round <= 3; round++)
    {
      gboolean changed = FALSE;

      /* (only the marked words outside allow-phrases, in order) */
      for (gsize m = 0; m < n_marked; m++)
        if (words[marked[m]].owner < 0 && join_word (words, n, marked[m], round, findings))
          changed = TRUE;
      if (!changed)
        break;
    }
}

/* (s20-naming) The words that name someone, or the speaker, and carry no
 * offence of their own: a finding that marks one of them alone ("mày",
 * "thằng", "bọn", "you") tells a child nothing. Those after the NULL only
 * in a draft typed without marks. */
static const char * const naming_words[] = {
  "mày", "mầy", "mài", "mi", "m", "bây", "tao", "t", "tau", "thằng", "thg", "đồ", "nó", "bọn", "tụi",
  "lũ", "chúng", "con", "đứa", "bạn", "cậu", "ông", "bà", "tôi", "mình", "tớ", "tui",
  "you", "u", "ur", "your", "ya", "yall", "y'all", "he", "she", "they", "him", "her", "them",
  NULL,
  "may", "thang", "do", "no", "bon", "lu", "dua", "toi", "minh", "to", "lao", "mai",
};

/* naming_words' hashes: as typed, then toneless ([n_marked..]) */
static guint32 naming_hashes[G_N_ELEMENTS (naming_words)];
static gsize   naming_n, naming_n_marked;

static void
naming_hashes_init (void)
{
  static gsize once = 0;

  if (!g_once_init_enter (&once))
    return;
  for (gsize k = 0; k < G_N_ELEMENTS (naming_words); k++)
    {
      guint32 h = NC_FNV_START;

      if (naming_words[k] == NULL)
        {
          naming_n_marked = naming_n;
          continue;
        }
      for (const char *p = naming_words[k]; *p != '\0'; p = g_utf8_next_char (p))
        h = nc_fnv_add_cp (h, g_utf8_get_char (p));
      naming_hashes[naming_n++] = h;
    }
  g_once_init_leave (&once, 1);
}

/* Whether the word of @nt from @start to @end carries no offence alone:
 * a naming word, or (@common_too) a common word of @model's language. */
static gboolean
naming_or_common (const NcNormText *nt, NcOffenceModel *model, gsize start, gsize end, gboolean common_too)
{
  guint32 hm = NC_FNV_START, hf = NC_FNV_START;

  if (end - start <= 6)   /* (the longest naming word: "thằng", "y'all") */
    {
      for (gsize i = start; i < end; i++)
        {
          hm = nc_fnv_add_cp (hm, nt->chars[i].marked);
          hf = nc_fnv_add_cp (hf, nt->chars[i].folded);
        }
      for (gsize k = 0; k < naming_n_marked; k++)
        if (naming_hashes[k] == hm)
          return TRUE;
      if (!nt->typed_marks)
        for (gsize k = naming_n_marked; k < naming_n; k++)
          if (naming_hashes[k] == hf)
            return TRUE;
    }
  return common_too && model != NULL && nc_offence_model_is_common_word (model, nt, start, end);
}

/* The normalized char of @nt whose original span starts at @cp, or
 * G_MAXSIZE; past a separator of no width that the normalizer put
 * before it (words run together or typed letter by letter, split). */
static gsize
char_at_orig (const NcNormText *nt, guint32 cp)
{
  gsize k = char_at_cp (nt, cp);

  while (k + 1 < nt->n_chars && is_sep (nt->chars[k].folded) && nt->chars[k].orig_start == nt->chars[k].orig_end &&
         nt->chars[k + 1].orig_start == cp)
    k++;

  return k < nt->n_chars && nt->chars[k].orig_start == cp ? k : G_MAXSIZE;
}

/* The finding of @category in @list other than @self, with a span and
 * not @lone, whose span holds original code point @cp, or -1. */
static gint
finding_holding (GArray *list, const gboolean *lone, guint self, NcCategory category, guint32 cp)
{
  for (guint k = 0; k < list->len; k++)
    {
      const NcFinding *g = &g_array_index (list, NcFinding, k);

      if (k != self && !lone[k] && g->category == category && g->cp_start < g->cp_end &&
          g->cp_start <= cp && cp < g->cp_end)
        return (gint) k;
    }
  return -1;
}

void
no_common_alone (const NcNormText *nt,
                 NcOffenceModel   *model,
                 NcFindings       *findings)
{
  GArray *list = findings->list;
  gboolean lone_stack[32];
  g_autofree gboolean *lone_heap = NULL;
  gboolean *lone = lone_stack, any = FALSE;

  naming_hashes_init ();
  if (list->len > G_N_ELEMENTS (lone_stack))
    lone = lone_heap = g_new (gboolean, list->len);
  /* the findings whose span is one such word, or naming words only */
  for (guint k = 0; k < list->len; k++)
    {
      const NcFinding *f = &g_array_index (list, NcFinding, k);
      gsize s, e;

      lone[k] = FALSE;
      if (!is_offensive (f->category) || f->cp_start == f->cp_end ||
          (s = char_at_orig (nt, f->cp_start)) == G_MAXSIZE || (s > 0 && !is_sep (nt->chars[s - 1].folded)))
        continue;
      /* (each of its words, "bọn nó", "mày đấy"; a lexicon entry that
       * is a common word alone is one on purpose: "stupid", "trash") */
      for (gsize w = s;; w = e + 1)
        {
          for (e = w; e < nt->n_chars && !is_sep (nt->chars[e].folded); e++)
            ;
          if (e == w || !naming_or_common (nt, model, w, e, f->evidence != NC_EVIDENCE_LEXICON &&
                                                         nt->chars[e - 1].orig_end >= f->cp_end && w == s))
            break;
          if (nt->chars[e - 1].orig_end >= f->cp_end)
            {
              lone[k] = nt->chars[e - 1].orig_end == f->cp_end;
              break;
            }
          if (e + 1 >= nt->n_chars || nt->chars[e].folded != NC_NORM_SPACE)
            break;
        }
      any = any || lone[k];
    }
  if (!any)
    return;

  for (guint k = list->len; k-- > 0;)
    {
      NcFinding *f = &g_array_index (list, NcFinding, k);
      gsize s, e;
      gint g = -1;

      if (!lone[k])
        continue;
      s = char_at_orig (nt, f->cp_start);
      for (e = s; e < nt->n_chars && nt->chars[e].orig_start < f->cp_end; e++)
        ;
      /* widened to the words that carry the offence right beside it, in
       * the same clause: the word after it ("mày | ngu"), or before it
       * (one word further gained ViHOS train's span F1 0.002 but drew
       * "tao thấy | mày đúng là đồ vô dụng") */
      if (e + 1 < nt->n_chars && nt->chars[e].folded == NC_NORM_SPACE)
        g = finding_holding (list, lone, k, f->category, nt->chars[e + 1].orig_start);
      if (g < 0 && s >= 2 && nt->chars[s - 1].folded == NC_NORM_SPACE)
        g = finding_holding (list, lone, k, f->category, nt->chars[s - 2].orig_start);
      if (g >= 0)
        {
          NcFinding *o = &g_array_index (list, NcFinding, g);

          o->cp_start = MIN (o->cp_start, f->cp_start);
          o->cp_end = MAX (o->cp_end, f->cp_end);
          o->severity = MAX (o->severity, f->severity);
          g_array_remove_index (list, k);
          memmove (lone + k, lone + k + 1, (list->len - k) * sizeof *lone);
          continue;
        }
      /* else a finding that carries at least as much, anywhere (a whole
       * draft's too), says it; or this one becomes the whole draft's
       * wording */
      for (guint j = 0; j < list->len; j++)
        {
          const NcFinding *o = &g_array_index (list, NcFinding, j);

          if (j != k && !lone[j] && is_offensive (o->category) && o->severity >= f->severity)
            {
              g = (gint) j;
              break;
            }
        }
      if (g >= 0)
        {
          g_array_remove_index (list, k);
          memmove (lone + k, lone + k + 1, (list->len - k) * sizeof *lone);
          continue;
        }
      f->cp_start = f->cp_end = 0;
      if (f->evidence == NC_EVIDENCE_NGRAM || f->evidence == NC_EVIDENCE_SPAN)
        {
          f->evidence = NC_EVIDENCE_MODEL;
          f->explanation = nc_offence_model_sentence_message;
        }
      lone[k] = FALSE;   /* (it now says the whole draft's wording) */
    }
}
