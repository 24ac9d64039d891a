/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-slide.c — see nc-slide.h */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "nc-code-ref.h"
#include "nc-lesson-grade.h"
#include "nc-slide.h"

void
nc_slide_free (NcSlide *slide)
{
  if (slide == NULL)
    return;
  g_free (slide->kicker);
  g_free (slide->title);
  g_free (slide->body);
  g_free (slide->author);
  g_free (slide->place);
  g_free (slide->answer);
  g_free (slide->notes);
  g_free (slide->citation);
  g_free (slide);
}

static char *
tr (const char *msgid)
{
  return g_strdup (nc_lesson_translate (msgid));
}

/* The citations of @refs, one per line, without repeats. */
static char *
format_refs (char **refs)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; refs != NULL && refs[i] != NULL; i++)
    {
      const NcCodeRef *ref = nc_code_ref_lookup (refs[i]);
      g_autofree char *citation = NULL;

      if (ref == NULL)
        continue;
      citation = nc_code_ref_format_citation (ref);
      if (strstr (out->str, citation) != NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, citation);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static NcSlide *
slide_new (NcSlideKind   kind,
           NcLesson     *lesson,
           const NcStep *step)
{
  NcSlide *slide = g_new0 (NcSlide, 1);

  slide->kind = kind;
  slide->lesson = lesson;
  slide->step = step;
  slide->item = -1;
  slide->kicker = lesson != NULL ? tr (nc_lesson_get_title (lesson)) : NULL;
  slide->citation = step != NULL ? format_refs (step->refs) : g_strdup ("");
  return slide;
}

/* The words marked as breaking the rule, quoted and joined. */
static char *
spot_answer (const NcStep *step)
{
  g_autoptr(NcSpotText) spot = nc_spot_text_parse (nc_lesson_translate (step->text), NULL);
  g_autoptr(GString) words = g_string_new (NULL);
  const NcSpan *spans;
  gsize n = 0;

  if (spot == NULL)
    return g_strdup ("");
  spans = nc_spot_text_get_bad_spans (spot, &n);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (words, ", ");
      g_string_append_printf (words, "“%.*s”", (int) (spans[i].end - spans[i].start),
                              nc_spot_text_get_text (spot) + spans[i].start);
    }
  return g_string_free (g_steal_pointer (&words), FALSE);
}

static char *
spot_plain_text (const NcStep *step)
{
  g_autoptr(NcSpotText) spot = nc_spot_text_parse (nc_lesson_translate (step->text), NULL);

  return g_strdup (spot != NULL ? nc_spot_text_get_text (spot) : nc_lesson_translate (step->text));
}

static NcSlide *
discussion_slide (NcLesson     *lesson,
                  const NcStep *step)
{
  NcSlide *slide = slide_new (NC_SLIDE_DISCUSS, lesson, step);
  g_autofree char *explain = tr (step->explain);

  switch (step->kind)
    {
    case NC_STEP_SPOT:
      {
        g_autofree char *words = spot_answer (step);
        slide->title = tr (step->question);
        slide->body = spot_plain_text (step);
        slide->author = g_strdup (step->author);
        slide->place = tr (step->place);
        /* Translators: %s are the words of a post that break a rule, quoted */
        slide->answer = g_strdup_printf (_("The problem: %s\n%s"), words, explain);
      }
      break;
    case NC_STEP_REWRITE:
      slide->title = tr (step->question);
      slide->body = tr (step->text);
      slide->author = g_strdup (step->author);
      slide->place = tr (step->place);
      /* Translators: %s is a kind version of a post */
      slide->answer = g_strdup_printf (_("A kinder version: “%s”\n%s"),
                                       nc_lesson_translate (step->sample), explain);
      break;
    case NC_STEP_SCENARIO:
      {
        const NcScenarioNode *start = step->nodes->pdata[0];
        g_autoptr(GString) body = g_string_new (nc_lesson_translate (start->text));
        g_autoptr(GString) good = g_string_new (NULL);

        for (guint b = 0; b < start->branches->len; b++)
          {
            const NcBranch *branch = start->branches->pdata[b];

            g_string_append_printf (body, "\n%c. %s", nc_class_option_letter (b),
                                    nc_lesson_translate (branch->label));
            if (branch->good)
              g_string_append_printf (good, "%s%c. %s — %s", good->len ? "\n" : "",
                                      nc_class_option_letter (b),
                                      nc_lesson_translate (branch->label),
                                      nc_lesson_translate (branch->feedback));
          }
        slide->title = g_strdup (C_("a question to the whole class", "What would you do?"));
        slide->body = g_strdup (body->str);
        slide->answer = g_strdup_printf ("%s\n%s", good->str, explain);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  slide->notes = g_strdup_printf (_("Give the class a minute to think, then take two or three answers before you reveal.\n\nAnswer: %s"),
                                  slide->answer);
  return slide;
}

static NcSlide *
question_slide (NcClassSession *session,
                NcLesson       *lesson,
                const NcStep   *step,
                guint           number,
                guint           n_questions)
{
  NcSlide *slide = slide_new (NC_SLIDE_QUESTION, lesson, step);
  const NcClassItem *item;
  g_autoptr(GString) correct = g_string_new (NULL);

  slide->item = nc_class_session_find_item (session, step->id);
  g_assert (slide->item >= 0);
  item = nc_class_session_get_item (session, slide->item);

  g_free (slide->kicker);
  /* Translators: a kicker above a class quiz question: lesson title, question number */
  slide->kicker = g_strdup_printf (_("%s · Question %u of %u"),
                                   nc_lesson_translate (nc_lesson_get_title (lesson)),
                                   number, n_questions);
  slide->title = g_strdup (step->kind == NC_STEP_TRUE_FALSE ? _("True or false?") : nc_class_item_question (item));
  slide->body = step->kind == NC_STEP_TRUE_FALSE ? g_strdup (nc_class_item_question (item)) : NULL;
  slide->answer = tr (step->explain);

  for (guint o = 0; o < item->n_options; o++)
    if (nc_class_item_option_is_correct (item, o))
      g_string_append_printf (correct, "%s%c. %s", correct->len ? "; " : "",
                              nc_class_option_letter (o), nc_class_item_option_text (item, o));
  slide->notes = g_strdup_printf (_("Correct: %s\n\n%s\n\nCount the hands for each answer and enter them, or let the students answer one by one."),
                                  correct->str, slide->answer);
  return slide;
}

GPtrArray *
nc_slides_build (NcClassSession *session)
{
  GPtrArray *deck = g_ptr_array_new_with_free_func ((GDestroyNotify) nc_slide_free);
  NcSlide *slide;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (session), NULL);

  for (guint l = 0; l < nc_class_session_get_n_lessons (session); l++)
    {
      NcLesson *lesson = nc_class_session_get_lesson (session, l);
      guint n_questions = 0, number = 0;

      for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
        {
          NcStepKind kind = nc_lesson_get_step (lesson, i)->kind;
          n_questions += kind == NC_STEP_CHOICE || kind == NC_STEP_TRUE_FALSE;
        }

      slide = slide_new (NC_SLIDE_TITLE, lesson, NULL);
      g_free (slide->kicker);
      /* Translators: %d is the lesson's number */
      slide->kicker = g_strdup_printf (_("Lesson %d"), nc_lesson_get_order (lesson));
      slide->title = tr (nc_lesson_get_title (lesson));
      slide->body = tr (nc_lesson_get_summary (lesson));
      slide->notes = g_strdup_printf (_("Introduce the lesson: %s\nIt has %u class quiz questions."),
                                      slide->body, n_questions);
      g_free (slide->citation);
      slide->citation = format_refs ((char **) nc_lesson_get_refs (lesson));
      g_ptr_array_add (deck, slide);

      for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
        {
          const NcStep *step = nc_lesson_get_step (lesson, i);

          switch (step->kind)
            {
            case NC_STEP_CARD:
              slide = slide_new (NC_SLIDE_CARD, lesson, step);
              slide->title = tr (step->heading);
              slide->body = tr (step->body);
              slide->notes = g_strdup_printf (_("Read the card aloud, then ask for an example from the students’ own lives.\n\n%s"),
                                              slide->citation);
              break;
            case NC_STEP_POST:
              slide = slide_new (NC_SLIDE_POST, lesson, step);
              slide->title = g_strdup (_("Look at this post"));
              slide->body = tr (step->text);
              slide->author = g_strdup (step->author);
              slide->place = tr (step->place);
              slide->answer = tr (step->note);
              slide->notes = g_strdup_printf (_("Ask: what is wrong with this post? Then reveal.\n\n%s"),
                                              slide->answer != NULL ? slide->answer : "");
              break;
            case NC_STEP_CHOICE:
            case NC_STEP_TRUE_FALSE:
              slide = question_slide (session, lesson, step, ++number, n_questions);
              break;
            default:
              slide = discussion_slide (lesson, step);
              break;
            }
          g_ptr_array_add (deck, slide);
        }
    }

  slide = slide_new (NC_SLIDE_SUMMARY, NULL, NULL);
  slide->kicker = g_strdup (_("Class results"));
  slide->title = g_strdup (_("How the class answered"));
  slide->notes = g_strdup (_("Go over the questions the class found hardest. Export the results from the Classroom window."));
  g_ptr_array_add (deck, slide);

  return deck;
}
