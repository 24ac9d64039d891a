/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-teacher-pack.c — see nc-teacher-pack.h
 *
 * Everything is built from the lesson file: the cards give the
 * objectives and what the child learned, the posts and scenarios the
 * questions to discuss, the quiz items the answer key. Sizes are in
 * points times a scale @k that shrinks until the page fits.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "nc-class-session.h"
#include "nc-lesson-grade.h"
#include "nc-pdf-doc.h"
#include "nc-teacher-pack.h"

typedef struct {
  NcLesson *lesson;
  NcTrack   track;     /* resolved: a track of the lesson */
} Page;

typedef void (*DrawPage) (NcPdfDoc   *doc,
                          const Page *page,
                          double      k);

/* Draws @draw into @path, again smaller while it takes more than a page. */
static gboolean
write_one_page (const char  *path,
                const char  *title,
                DrawPage     draw,
                const Page  *page,
                GError     **error)
{
  static const double scales[] = { 1.0, 0.92, 0.84, 0.76, 0.68, 0.6 };

  for (gsize i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      NcPdfDoc doc;
      gboolean fits;

      if (!nc_pdf_doc_open (&doc, path, NC_PDF_A4_W, NC_PDF_A4_H, title, error))
        return FALSE;
      draw (&doc, page, scales[i]);
      fits = doc.page == 1;
      if (!nc_pdf_doc_close (&doc, path, error))
        return FALSE;
      if (fits)
        return TRUE;
    }
  g_warning ("%s does not fit on one page", path);
  return TRUE;
}

static void
bullet (NcPdfDoc   *doc,
        const char *markup,
        double      k)
{
  g_autofree char *line = g_strconcat ("•  ", markup, NULL);

  nc_pdf_doc_markup (doc, line, 10.5 * k, 10 * k, 3 * k);
}

/* bullet() for plain @text. */
static void
bullet_text (NcPdfDoc   *doc,
             const char *text,
             double      k)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  bullet (doc, markup, k);
}

static void
checkbox (NcPdfDoc   *doc,
          const char *text,
          double      k)
{
  g_autofree char *line = g_markup_printf_escaped ("☐  %s", text);

  nc_pdf_doc_markup (doc, line, 11 * k, 10 * k, 6 * k);
}

static void
section (NcPdfDoc   *doc,
         const char *title,
         double      k)
{
  doc->y += 4 * k;
  nc_pdf_doc_heading (doc, title, 14 * k);
}

/* A line under the title: what the page is, the lesson and the track. */
static void
kicker (NcPdfDoc   *doc,
        const char *what,
        const Page *page,
        double      k)
{
  /* Translators: above a printed page: "Teacher’s plan · Lesson 3 · Ages 10 to 12" */
  g_autofree char *line = g_strdup_printf (_("%s · Lesson %d · %s"), what,
                                           nc_lesson_get_order (page->lesson),
                                           nc_track_get_title (page->track));

  nc_pdf_doc_text (doc, line, 10 * k, 0, 2 * k);
  nc_pdf_doc_heading (doc, nc_lesson_translate (nc_lesson_get_title (page->lesson)), 20 * k);
  nc_pdf_doc_text (doc, nc_lesson_translate (nc_lesson_get_summary (page->lesson)), 11 * k, 0, 6 * k);
  nc_pdf_doc_rule (doc);
}

/* One row of the timing table: three columns. */
static void
table_row (NcPdfDoc   *doc,
           const char *activity,
           const char *short_period,
           const char *long_period,
           gboolean    bold,
           double      k)
{
  const char *cells[] = { activity, short_period, long_period };
  double width = doc->width - 2 * NC_PDF_MARGIN;
  double x[] = { 10 * k, width * 0.6, width * 0.8 };
  double w[] = { width * 0.58 - 10 * k, width * 0.19, width * 0.19 };
  double height = 0;

  cairo_set_source_rgb (doc->cr, 0.1, 0.1, 0.12);
  for (int c = 0; c < 3; c++)
    {
      g_autofree char *markup = g_markup_printf_escaped (bold ? "<b>%s</b>" : "%s", cells[c]);
      g_autoptr(PangoLayout) layout = nc_pdf_make_layout (doc->cr, markup, 10.5 * k, w[c]);
      int lw, lh;

      pango_layout_get_size (layout, &lw, &lh);
      cairo_move_to (doc->cr, NC_PDF_MARGIN + x[c], doc->y);
      pango_cairo_show_layout (doc->cr, layout);
      height = MAX (height, lh / (double) PANGO_SCALE);
    }
  doc->y += height + 3 * k;
}

static char *
minutes (int n)
{
  /* Translators: a length of time in a lesson plan */
  return g_strdup_printf (_("%d min"), n);
}

/* The answer to a quiz item, as plain text for the key. */
static char *
answer_text (const NcStep *step)
{
  g_autoptr(GString) out = g_string_new (NULL);

  switch (step->kind)
    {
    case NC_STEP_CHOICE:
      for (guint o = 0; o < step->options->len; o++)
        {
          const NcOption *option = step->options->pdata[o];

          if (option->correct)
            g_string_append_printf (out, "%s%c. %s", out->len ? "; " : "", nc_class_option_letter (o),
                                    nc_lesson_translate (option->text));
        }
      break;
    case NC_STEP_TRUE_FALSE:
      g_string_append_printf (out, "%s: “%s”", step->answer ? _("True") : _("False"),
                              nc_lesson_translate (step->statement));
      break;
    case NC_STEP_SPOT:
      {
        g_autoptr(NcSpotText) spot = nc_spot_text_parse (nc_lesson_translate (step->text), NULL);
        gsize n = 0;
        const NcSpan *spans = spot != NULL ? nc_spot_text_get_bad_spans (spot, &n) : NULL;
        g_autoptr(GString) words = g_string_new (NULL);

        for (gsize i = 0; i < n; i++)
          g_string_append_printf (words, "%s“%.*s”", i > 0 ? ", " : "",
                                  (int) (spans[i].end - spans[i].start),
                                  nc_spot_text_get_text (spot) + spans[i].start);
        /* Translators: the answer to "spot the problem": the words to underline */
        g_string_append_printf (out, _("underline %s"), words->str);
      }
      break;
    case NC_STEP_REWRITE:
      /* Translators: the answer to "rewrite it kindly": one good version */
      g_string_append_printf (out, _("for example: “%s”"), nc_lesson_translate (step->sample));
      break;
    case NC_STEP_SCENARIO:
      {
        const NcScenarioNode *start = step->nodes->pdata[0];

        for (guint b = 0; b < start->branches->len; b++)
          {
            const NcBranch *branch = start->branches->pdata[b];

            if (branch->good)
              {
                /* Translators: the answer to a story with choices */
                g_string_append_printf (out, _("a good choice: “%s”"), nc_lesson_translate (branch->label));
                break;
              }
          }
      }
      break;
    case NC_STEP_CARD:
    case NC_STEP_POST:
    default:
      g_assert_not_reached ();
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Up to @max questions to talk about: the stories first, then the
 * example posts, then the multiple-choice questions. */
static GPtrArray *
discussion_questions (const Page *page,
                      guint       max)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  static const NcStepKind order[] = { NC_STEP_SCENARIO, NC_STEP_POST, NC_STEP_CHOICE };

  for (gsize o = 0; o < G_N_ELEMENTS (order); o++)
    for (guint i = 0; i < nc_lesson_get_n_steps (page->lesson) && out->len < max; i++)
      {
        const NcStep *step = nc_lesson_get_step (page->lesson, i);

        if (step->kind != order[o] || !nc_step_suits_track (step, page->track))
          continue;
        if (step->kind == NC_STEP_SCENARIO)
          g_ptr_array_add (out, g_strdup_printf (_("%s What would you do, and why?"),
                                                 nc_lesson_translate (((NcScenarioNode *) step->nodes->pdata[0])->text)));
        else if (step->kind == NC_STEP_POST)
          g_ptr_array_add (out, g_strdup_printf (_("%s writes: “%s” What do you notice? How would the people it is about feel?"),
                                                 step->author, nc_lesson_translate (step->text)));
        else
          g_ptr_array_add (out, g_strdup (nc_lesson_translate (step->question)));
      }
  return out;
}

/* ---- the teacher's plan ------------------------------------------------ */

static void
draw_plan (NcPdfDoc   *doc,
           const Page *page,
           double      k)
{
  static const struct { const char *activity; int short_min, long_min; } timing[] = {
    { N_("Warm-up"), 5, 5 },
    { N_("The rules, read together"), 8, 10 },
    { N_("Examples and discussion"), 7, 12 },
    { N_("The questions, in the app or on the handout"), 12, 13 },
    { N_("Wrap-up: one thing to remember; the parents’ sheet goes home"), 3, 5 },
  };
  g_autoptr(GPtrArray) questions = discussion_questions (page, 3);
  guint n_items = nc_lesson_count_quiz_items (page->lesson, page->track), number = 0;
  int total_short = 0, total_long = 0;

  kicker (doc, _("Teacher’s plan"), page, k);

  section (doc, _("Objectives"), k);
  nc_pdf_doc_text (doc, _("By the end of the period, students can:"), 10.5 * k, 0, 3 * k);
  for (guint i = 0; i < nc_lesson_get_n_steps (page->lesson); i++)
    {
      const NcStep *step = nc_lesson_get_step (page->lesson, i);
      g_autofree char *markup = NULL;

      if (step->kind != NC_STEP_CARD || !nc_step_suits_track (step, page->track))
        continue;
      markup = g_markup_printf_escaped (_("say in their own words: “%s”"), nc_lesson_translate (step->heading));
      bullet (doc, markup, k);
    }
  {
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "answer the lesson’s question and say which rule it is about",
                                                          "answer the lesson’s %u questions and say which rule each one is about",
                                                          n_items), n_items);

    bullet_text (doc, text, k);
    bullet_text (doc, _("say who they can ask for help: a parent, a teacher, or the child helpline 111"), k);
  }

  section (doc, _("Timing"), k);
  table_row (doc, _("Activity"), _("35-minute period"), _("45-minute period"), TRUE, k);
  for (gsize i = 0; i < G_N_ELEMENTS (timing); i++)
    {
      g_autofree char *s = minutes (timing[i].short_min);
      g_autofree char *l = minutes (timing[i].long_min);

      table_row (doc, _(timing[i].activity), s, l, FALSE, k);
      total_short += timing[i].short_min;
      total_long += timing[i].long_min;
    }
  {
    g_autofree char *s = minutes (total_short);
    g_autofree char *l = minutes (total_long);

    g_assert (total_short == 35 && total_long == 45);
    table_row (doc, _("In all"), s, l, TRUE, k);
  }

  section (doc, _("Warm-up"), k);
  {
    g_autofree char *text = g_strdup_printf (_("Write the lesson’s title on the board: “%s”. Ask: “What does it make you think of? "
                                               "Has anything like this happened to you or to someone you know?” Take two or three "
                                               "answers without judging them, then read the summary aloud."),
                                             nc_lesson_translate (nc_lesson_get_title (page->lesson)));
    nc_pdf_doc_text (doc, text, 10.5 * k, 0, 4 * k);
  }

  section (doc, _("Questions to discuss"), k);
  for (guint i = 0; i < questions->len; i++)
    bullet_text (doc, questions->pdata[i], k);

  section (doc, _("Answer key"), k);
  for (guint i = 0; i < nc_lesson_get_n_steps (page->lesson); i++)
    {
      const NcStep *step = nc_lesson_get_step (page->lesson, i);
      g_autofree char *answer = NULL;
      g_autofree char *markup = NULL;

      if (!nc_step_is_quiz_item (step) || !nc_step_suits_track (step, page->track))
        continue;
      answer = answer_text (step);
      markup = g_markup_printf_escaped ("<b>%u.</b> %s", ++number, answer);
      nc_pdf_doc_markup (doc, markup, 9.5 * k, 0, 2 * k);
    }
}

/* Draws @draw for @lesson as a learner of @track sees it. */
static gboolean
write_lesson_page (NcLesson    *lesson,
                   NcTrack      track,
                   const char  *path,
                   const char  *title,
                   DrawPage     draw,
                   GError     **error)
{
  Page page = { lesson, 0 };

  g_return_val_if_fail (NC_IS_LESSON (lesson), FALSE);
  g_return_val_if_fail (track < NC_N_TRACKS, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  page.track = nc_lesson_resolve_track (lesson, track);
  return write_one_page (path, title, draw, &page, error);
}

gboolean
nc_teacher_pack_write_plan (NcLesson    *lesson,
                            NcTrack      track,
                            const char  *path,
                            GError     **error)
{
  return write_lesson_page (lesson, track, path, _("Teacher’s plan"), draw_plan, error);
}

/* ---- the parents' sheet ------------------------------------------------ */

static void
draw_parent_sheet (NcPdfDoc   *doc,
                   const Page *page,
                   double      k)
{
  guint n_asked = 0;

  kicker (doc, _("For parents"), page, k);

  section (doc, _("What your child learned today"), k);
  for (guint i = 0; i < nc_lesson_get_n_steps (page->lesson); i++)
    {
      const NcStep *step = nc_lesson_get_step (page->lesson, i);
      g_autofree char *markup = NULL;

      if (step->kind != NC_STEP_CARD || !nc_step_suits_track (step, page->track))
        continue;
      markup = g_markup_printf_escaped ("<b>%s</b> — %s", nc_lesson_translate (step->heading),
                                        nc_lesson_translate (step->body));
      bullet (doc, markup, k);
    }

  section (doc, _("Questions to ask tonight"), k);
  nc_pdf_doc_text (doc, _("Ask them at dinner or at bedtime, and listen before you explain. The answers are in brackets."),
                   10.5 * k, 0, 4 * k);
  for (guint i = 0; i < nc_lesson_get_n_steps (page->lesson) && n_asked < 3; i++)
    {
      const NcStep *step = nc_lesson_get_step (page->lesson, i);
      g_autofree char *answer = NULL;
      g_autofree char *markup = NULL;

      if ((step->kind != NC_STEP_CHOICE && step->kind != NC_STEP_TRUE_FALSE) ||
          !nc_step_suits_track (step, page->track))
        continue;
      n_asked++;
      if (step->kind == NC_STEP_TRUE_FALSE)
        markup = g_markup_printf_escaped (_("“%s” True or false? <i>(%s)</i>"), nc_lesson_translate (step->statement),
                                          step->answer ? _("True") : _("False"));
      else
        {
          answer = answer_text (step);
          markup = g_markup_printf_escaped ("%s <i>(%s)</i>", nc_lesson_translate (step->question), answer);
        }
      bullet (doc, markup, k);
    }
  bullet_text (doc, _("What did you learn today that you did not know before?"), k);
  bullet_text (doc, _("If something online ever worried you, who would you tell?"), k);

  section (doc, _("At home"), k);
  nc_pdf_doc_text (doc, _("Thank your child for telling you about a problem, even a small one, and stay calm: a child who is "
                          "scolded stops telling. Fill in the family agreement together. If a child is threatened, cheated "
                          "or harmed, online or off, call the national child protection hotline 111: it is free and "
                          "answers day and night."),
                   10.5 * k, 0, 4 * k);
}

gboolean
nc_teacher_pack_write_parent_sheet (NcLesson    *lesson,
                                    NcTrack      track,
                                    const char  *path,
                                    GError     **error)
{
  return write_lesson_page (lesson, track, path, _("For parents"), draw_parent_sheet, error);
}

/* ---- the family agreement ---------------------------------------------- */

static void
draw_agreement (NcPdfDoc   *doc,
                const Page *page,
                double      k)
{
  static const char * const safe[] = {
    N_("I never share our home address, my school, my passwords or OTP codes with people online."),
    N_("I ask before I post a photo of someone else, make a new account or download an app."),
    N_("I do not tap strange links or “free gift” offers, and I never pay or send a code because a message asks me to."),
    N_("If something online scares, worries or hurts me, I tell: ____________________ "
       "(we can also call the hotline 111, free, day and night)."),
  };
  static const char * const kind[] = {
    N_("I write online only what I would say to the person’s face."),
    N_("If I see someone being bullied, I do not join in: I tell a grown-up and report the post."),
  };
  static const char * const grown_ups[] = {
    N_("We listen first, and we do not get angry when you tell us about a problem."),
    N_("We ask you before we post a photo of you."),
    N_("We keep the screen rules too, at meals and at bedtime."),
  };

  nc_pdf_doc_heading (doc, _("Our family’s agreement for the internet"), 20 * k);
  nc_pdf_doc_text (doc, _("We talk it over together, write our own rules in the gaps, sign it and put it up where "
                          "everyone can see it. We read it again at the start of every school term."),
                   11 * k, 0, 6 * k);
  nc_pdf_doc_rule (doc);

  section (doc, _("Screen time"), k);
  nc_pdf_doc_text (doc, _("Screens are off at these times (meals, homework, bedtime):"), 11 * k, 0, 0);
  nc_pdf_doc_lines (doc, 2);
  nc_pdf_doc_text (doc, _("On school days, screens for at most: __________    On days off: __________"), 11 * k, 0, 8 * k);
  nc_pdf_doc_text (doc, _("At night, phones and tablets sleep outside the bedroom, from: __________"), 11 * k, 0, 6 * k);

  section (doc, _("Staying safe"), k);
  for (gsize i = 0; i < G_N_ELEMENTS (safe); i++)
    checkbox (doc, _(safe[i]), k);

  section (doc, _("Being kind"), k);
  for (gsize i = 0; i < G_N_ELEMENTS (kind); i++)
    checkbox (doc, _(kind[i]), k);

  section (doc, _("What the grown-ups promise"), k);
  for (gsize i = 0; i < G_N_ELEMENTS (grown_ups); i++)
    checkbox (doc, _(grown_ups[i]), k);

  section (doc, _("Our own rules"), k);
  nc_pdf_doc_lines (doc, 3);

  doc->y += 10 * k;
  nc_pdf_doc_text (doc, _("Child’s signature: ____________________     Parents’ signatures: ____________________"),
                   11 * k, 0, 14 * k);
  nc_pdf_doc_text (doc, _("Date: ____________"), 11 * k, 0, 0);
}

gboolean
nc_teacher_pack_write_agreement (const char  *path,
                                 GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  return write_one_page (path, _("Our family’s agreement for the internet"), draw_agreement, NULL, error);
}
