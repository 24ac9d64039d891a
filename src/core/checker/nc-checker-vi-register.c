/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-checker-vi-register.c — (s21-compo) the register of a Vietnamese
 * draft: narration or description that addresses no one, and the kid
 * model's second opinion on a finding of the ViHOS model's words there */
#include "config.h"

#include <string.h>

#include "nc-checker-text.h"

/* The register's markers (marked words, at a word's start): a story's
 * time; the pupil's "em" after a kin, a home or a class, or before a verb
 * of telling, remembering or feeling; a work told; a flood or a storm. */
static const char *const narrative_words[] = {
  "ngày xưa", "xưa kia", "hôm ấy", "hôm đó", "năm ngoái", "năm ấy", "năm đó", "ngày ấy", "hồi nhỏ",
  "hồi ấy", "một hôm", "từ đó", "mùa hè", "nhà em", "ông em", "bà em", "bố em", "mẹ em", "quê em",
  "lớp em", "trường em", "xóm em", "em nhớ", "em thấy", "em kể", "em tả", "em thương", "em sợ", "em rất",
  "truyện", "nhân vật", "câu chuyện", "bài thơ", "tác giả", "trận lũ", "nước lũ", "sau lũ", "mùa lũ",
  "cơn bão", "trận bão", "nhà bác", "nhà ông", "nhà bà", "nhà chú", "nhà cô", "phim", "theo em",
  "chúng ta", "bắt nạt", "bạo lực",
};

/* A sentence's third-person subject of a tale or a description:
 * capitalised, opening a sentence ("Lão địa chủ ...", "Mụ Lường ...",
 * "Con bò nhà bác Tư ..."); "Con" and "Chú" before a word in lower case
 * only (not "Con Lan"). */
static const char *const subject_words[] = { "lão", "mụ", "tên", "gã", "hắn", "con", "chú" };

/* An essay's subject, people in general opening a sentence: "Có bạn bị
 * cả lớp gọi là ...", "Nhiều bạn ...". */
static const char *const general_words[] = { "có bạn", "nhiều bạn", "một số bạn", "có những bạn", "nhiều học sinh" };

/* Words that group people with contempt, outside quotation marks: a
 * comment's register ("bọn tham nhũng", "tụi nó", "chúng nó"). */
static const char *const group_words[] = { "bọn", "tụi", "chúng nó", "đám", "mấy con", "mấy thằng" };

static gboolean
word_start (const NcNormText *nt, gsize i)
{
  return i == 0 || is_sep (nt->chars[i - 1].folded);
}

static gboolean
word_in (const NcNormText *nt, gsize i, const char *const *words, gsize n)
{
  for (gsize k = 0; k < n; k++)
    if (marked_word_at (nt, i, words[k]))
      return TRUE;
  return FALSE;
}

/* Whether the draft is written as a pupil's sentence is: every sentence
 * opening on a capital, a full stop at its end, no question or
 * exclamation, emoticon, ellipsis, "@" or hashtag outside quotation
 * marks. */
static gboolean
vi_prose_sentence (const NcNormText *nt)
{
  gboolean straight = FALSE, curly = FALSE;
  gsize last = nt->n_cps;

  while (last > 0 && g_unichar_isspace (nt->cps[last - 1]))
    last--;
  if (last == 0 || nt->cps[last - 1] != '.' || (last >= 2 && nt->cps[last - 2] == '.'))
    return FALSE;
  for (gsize i = 0; i < last; i++)
    {
      gunichar c = nt->cps[i];

      if (c == '"')
        straight = !straight;
      else if (c == 0x201C)
        curly = TRUE;
      else if (c == 0x201D)
        curly = FALSE;
      else if (c == '@' || c == '#' || c >= 0x2190)
        return FALSE;   /* (an arrow, a symbol, an emoji anywhere) */
      else if (straight || curly)
        continue;
      else if (c == '?' || c == '!' || c == '=' || c == ';' || c == '~' || c == '*' ||
               (c == ':' && i + 1 < last && !g_unichar_isspace (nt->cps[i + 1])) ||
               (c == '.' && i + 1 < last && nt->cps[i + 1] == '.'))
        return FALSE;
    }
  return sentences_capitalised (nt);
}

/* Whether Vietnamese draft @nt speaks to a reader or groups people with
 * contempt in the writer's own words (outside a quotation it reports,
 * vi_writer_says_at(): an essay's "bị dọa "mai ra cổng trường tao xử""
 * addresses no one): a target, "tao" or a calling word (as
 * vi_addresses_someone() reads them), a vocative "ơi", a group word
 * (group_words). */
static gboolean
vi_speaks_to_reader (const NcNormText *nt, const Hit *hits, guint n_hits)
{
  for (guint j = 0; j < n_hits; j++)
    if (hits[j].kind == ENTRY_TARGET && !hits[j].dropped && vi_writer_says_at (nt, hits[j].start))
      return TRUE;
  for (gsize i = 0; i < nt->n_chars; i++)
    if (word_start (nt, i) &&
        (marked_word_at (nt, i, "tao") || calls_someone_at (nt, i) || marked_word_at (nt, i, "ơi") ||
         word_in (nt, i, group_words, G_N_ELEMENTS (group_words))) &&
        vi_writer_says_at (nt, i))
      return TRUE;
  return FALSE;
}

/* Whether the draft holds a narrative or descriptive marker. */
static gboolean
vi_narrative_marker (const NcNormText *nt)
{
  for (gsize i = 0; i < nt->n_chars; i++)
    {
      gboolean opening = TRUE;

      if (!word_start (nt, i))
        continue;
      if (word_in (nt, i, narrative_words, G_N_ELEMENTS (narrative_words)))
        return TRUE;
      for (gsize k = nt->chars[i].orig_start; k > 0; k--)
        if (!g_unichar_isspace (nt->cps[k - 1]) && nt->cps[k - 1] != '"' && nt->cps[k - 1] != 0x201C)
          {
            opening = ends_sentence_cp (nt->cps[k - 1]);
            break;
          }
      if (opening && word_in (nt, i, general_words, G_N_ELEMENTS (general_words)))
        return TRUE;
      else if (opening && g_unichar_isupper (nt->cps[nt->chars[i].orig_start]) &&
               word_in (nt, i, subject_words, G_N_ELEMENTS (subject_words)))
        {
          gsize j = i;

          while (j < nt->n_chars && !is_sep (nt->chars[j].folded))
            j++;
          if (j + 1 < nt->n_chars && nt->chars[j].folded == NC_NORM_SPACE &&
              (!(marked_word_at (nt, i, "con") || marked_word_at (nt, i, "chú")) ||
               !g_unichar_isupper (nt->cps[nt->chars[j + 1].orig_start])))
            return TRUE;
        }
    }
  return FALSE;
}

/* The kid model's score under which a told draft is read as everyday:
 * chosen on the tuning side (docs/checker-figures.md, s21-compo), in the
 * gap between the told compositions the ViHOS model warns (at most 0.03
 * but one) and the unkind lines told the same way (0.78 and up but one
 * ViHOS training comment). */
#define VI_REGISTER_KID_EVERYDAY 0.25

static gboolean
model_evidence (const NcFinding *f)
{
  return f->evidence == NC_EVIDENCE_NGRAM || f->evidence == NC_EVIDENCE_MODEL || f->evidence == NC_EVIDENCE_SPAN;
}

/* (s21-compo) A Vietnamese draft that tells or describes and addresses
 * no one: a pupil's sentences (vi_prose_sentence()), no target, calling
 * word, vocative or contemptuous group (vi_speaks_to_reader()), and a
 * marker of narration or description (vi_narrative_marker(): a story's
 * time, the pupil's "em" of home and class, a work, a flood, a tale's or
 * a description's third-person subject opening a sentence, "Lão địa chủ",
 * "Con bò nhà bác Tư"). When the ViHOS model's words or its verdict on
 * the whole draft are its only warnings (no lexicon entry, no rule) and
 * the kid model, fitted on children's messages and compositions, reads it
 * as everyday (under VI_REGISTER_KID_EVERYDAY), the model's findings go:
 * "Con bò ... có bộ lông loang lổ", "Hôm ấy ..., lão Hạc ngồi một mình".
 * A put-down of a person told the same way keeps its warning: the
 * lexicon's, or the model's when the kid model reads it as unkind. */
gboolean
vi_register_quiets_model (NcChecker *self, const NcNormText *nt, const Hit *hits, guint n_hits,
                          const guint8 *allowed, NcFindings *findings)
{
  GArray *list = findings->list;

  if (self->kid_model == NULL || !nt->typed_marks)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      const NcFinding *f = &g_array_index (list, NcFinding, i);

      if (f->severity < NC_SEVERITY_WARN || f->category == NC_CATEGORY_PERSONAL_DATA)
        continue;
      if (!model_evidence (f))
        return FALSE;
    }
  /* (the cheapest and most selective first: a pupil's sentences, then
   * whom it speaks to, its markers, and the kid model last) */
  if (!vi_prose_sentence (nt) || vi_speaks_to_reader (nt, hits, n_hits) || !vi_narrative_marker (nt) ||
      nc_offence_model_score (self->kid_model, nt, allowed) >= VI_REGISTER_KID_EVERYDAY)
    return FALSE;
  for (guint i = list->len; i-- > 0;)
    if (model_evidence (&g_array_index (list, NcFinding, i)))
      g_array_remove_index (list, i);
  return TRUE;
}
