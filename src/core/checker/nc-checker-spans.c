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
