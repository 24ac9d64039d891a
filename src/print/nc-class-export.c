/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-class-export.c — see nc-class-export.h
 *
 * A small flow layout over cairo's PDF surface: paragraphs of Pango markup
 * go down the page and a new page starts when one no longer fits. Every
 * text put into markup is escaped.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "nc-certificate.h"
#include "nc-class-export.h"
#include "nc-code-ref.h"
#include "nc-lesson-grade.h"
#include "nc-pdf-doc.h"
#include "nc-teacher-pack.h"

/* One error domain for all printable files (nc-pdf-doc writes them). */
GQuark
nc_class_export_error_quark (void)
{
  G_STATIC_ASSERT ((int) NC_CLASS_EXPORT_ERROR_WRITE == (int) NC_PDF_ERROR_WRITE);
  return nc_pdf_error_quark ();
}

static char *
format_date (GDateTime *date)
{
  g_autoptr(GDateTime) now = date == NULL ? g_date_time_new_now_local () : g_date_time_ref (date);
  /* Translators: a date on a report, strftime format */
  return g_date_time_format (now, _("%d/%m/%Y"));
}

/* The bar chart */

void
nc_class_draw_chart (cairo_t        *cr,
                     NcClassSession *session,
                     guint           item,
                     double          width,
                     double          height,
                     double          font_px,
                     gboolean        dark,
                     gboolean        reveal)
{
  const NcClassItem *it = nc_class_session_get_item (session, item);
  NcClassItemSummary sum;
  guint max = 1;
  double row_h, label_w, bar_x, bar_w;

  g_return_if_fail (it != NULL);

  nc_class_session_summarize_item (session, item, &sum);
  for (guint o = 0; o < it->n_options; o++)
    max = MAX (max, nc_class_session_get_votes (session, item, o));

  row_h = height / it->n_options;
  label_w = width * 0.42;
  bar_x = label_w + font_px;
  bar_w = width - bar_x - font_px * 5;

  for (guint o = 0; o < it->n_options; o++)
    {
      guint v = nc_class_session_get_votes (session, item, o);
      gboolean correct = reveal && nc_class_item_option_is_correct (it, o);
      g_autofree char *label = g_markup_printf_escaped ("<b>%c</b>  %s%s", nc_class_option_letter (o),
                                                        nc_class_item_option_text (it, o),
                                                        correct ? "  ✓" : "");
      g_autofree char *count = sum.total > 0
        ? g_strdup_printf ("%u · %d%%", v, nc_grade_percent (v, sum.total))
        : g_strdup_printf ("%u", v);
      g_autoptr(PangoLayout) layout = nc_pdf_make_layout (cr, label, font_px, label_w);
      g_autoptr(PangoLayout) count_layout = nc_pdf_make_layout (cr, count, font_px, font_px * 5);
      double y = o * row_h, bh = MIN (row_h * 0.6, font_px * 2.2);
      int lw, lh;

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -2);
      pango_layout_get_size (layout, &lw, &lh);

      if (dark)
        cairo_set_source_rgb (cr, 0.95, 0.95, 0.95);
      else
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.12);
      cairo_move_to (cr, 0, y + (row_h - lh / (double) PANGO_SCALE) / 2);
      pango_cairo_show_layout (cr, layout);

      /* the track, then the bar */
      cairo_set_source_rgba (cr, dark ? 1 : 0, dark ? 1 : 0, dark ? 1 : 0, 0.08);
      cairo_rectangle (cr, bar_x, y + (row_h - bh) / 2, bar_w, bh);
      cairo_fill (cr);
      if (correct)
        cairo_set_source_rgb (cr, 0.18, 0.62, 0.33);   /* green */
      else if (reveal)
        cairo_set_source_rgb (cr, dark ? 0.45 : 0.6, dark ? 0.47 : 0.62, dark ? 0.52 : 0.68);
      else
        cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);   /* blue */
      cairo_rectangle (cr, bar_x, y + (row_h - bh) / 2, bar_w * v / max, bh);
      cairo_fill (cr);

      pango_layout_get_size (count_layout, &lw, &lh);
      if (dark)
        cairo_set_source_rgb (cr, 0.95, 0.95, 0.95);
      else
        cairo_set_source_rgb (cr, 0.1, 0.1, 0.12);
      cairo_move_to (cr, bar_x + bar_w * v / max + font_px * 0.5,
                     y + (row_h - lh / (double) PANGO_SCALE) / 2);
      pango_cairo_show_layout (cr, count_layout);
    }
}

/* The report */

static void
lessons_line (NcClassSession *session,
              GString        *out)
{
  for (guint l = 0; l < nc_class_session_get_n_lessons (session); l++)
    g_string_append_printf (out, "%s%s", l > 0 ? "; " : "",
                            nc_lesson_translate (nc_lesson_get_title (nc_class_session_get_lesson (session, l))));
}

static void
info_lines (NcPdfDoc *doc,
            const NcClassExportInfo *info)
{
  g_autofree char *date = format_date (info != NULL ? info->date : NULL);
  g_autoptr(GString) line = g_string_new (NULL);

  if (info != NULL && info->school != NULL && *info->school)
    g_string_append_printf (line, "%s · ", info->school);
  if (info != NULL && info->class_name != NULL && *info->class_name)
    g_string_append_printf (line, _("Class %s · "), info->class_name);
  if (info != NULL && info->teacher != NULL && *info->teacher)
    g_string_append_printf (line, _("Teacher: %s · "), info->teacher);
  g_string_append (line, date);
  nc_pdf_doc_text (doc, line->str, 11, 0, 6);
}

gboolean
nc_class_export_report (NcClassSession          *session,
                        const NcClassExportInfo *info,
                        const char              *path,
                        GError                 **error)
{
  NcPdfDoc doc;
  g_autoptr(GString) lessons = g_string_new (NULL);
  guint answered;
  int percent;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (session), FALSE);

  if (!nc_pdf_doc_open (&doc, path, NC_PDF_A4_W, NC_PDF_A4_H, _("Class results"), error))
    return FALSE;

  nc_pdf_doc_heading (&doc, _("Class results"), 22);
  info_lines (&doc, info);
  lessons_line (session, lessons);
  {
    g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Lessons:"), lessons->str);
    nc_pdf_doc_markup (&doc, markup, 11, 0, 6);
  }

  percent = nc_class_session_get_percent (session, &answered);
  if (percent >= 0)
    {
      g_autofree char *line = g_strdup_printf (_("The class answered %u of %u questions; %d%% of all answers were right."),
                                               answered, nc_class_session_get_n_items (session), percent);
      nc_pdf_doc_text (&doc, line, 12, 0, 10);
    }
  else
    nc_pdf_doc_text (&doc, _("No answers were recorded."), 12, 0, 10);
  nc_pdf_doc_rule (&doc);

  for (guint i = 0; i < nc_class_session_get_n_items (session); i++)
    {
      const NcClassItem *it = nc_class_session_get_item (session, i);
      NcClassItemSummary sum;
      g_autofree char *q = NULL;
      double chart_h = it->n_options * 28;

      nc_class_session_summarize_item (session, i, &sum);
      q = g_markup_printf_escaped ("<b>%u.</b> %s", i + 1, nc_class_item_question (it));
      if (doc.y + chart_h + 60 > doc.height - NC_PDF_MARGIN)
        nc_pdf_doc_new_page (&doc);
      nc_pdf_doc_markup (&doc, q, 11, 0, 4);
      cairo_save (doc.cr);
      cairo_translate (doc.cr, NC_PDF_MARGIN + 14, doc.y);
      nc_class_draw_chart (doc.cr, session, i, doc.width - 2 * NC_PDF_MARGIN - 14, chart_h, 9, FALSE, TRUE);
      cairo_restore (doc.cr);
      doc.y += chart_h + 2;
      if (sum.percent >= 0)
        {
          g_autofree char *line = g_strdup_printf (_("%d%% right, %u answers"), sum.percent, sum.total);
          nc_pdf_doc_text (&doc, line, 9, 14, 10);
        }
      else
        nc_pdf_doc_text (&doc, _("No answers"), 9, 14, 10);
    }

  if (nc_class_session_get_n_students (session) > 0)
    {
      nc_pdf_doc_rule (&doc);
      nc_pdf_doc_heading (&doc, _("Students"), 16);
      for (guint s = 0; s < nc_class_session_get_n_students (session); s++)
        {
          guint correct, given;
          int p = nc_class_session_get_student_score (session, s, &correct, &given);
          g_autofree char *score = p >= 0
            ? g_strdup_printf (_("%u right of %u answered (%d%%)"), correct, given, p)
            : g_strdup (_("no answers"));
          g_autofree char *row = g_markup_printf_escaped ("%u. <b>%s</b> — %s", s + 1,
                                                          nc_class_session_get_student (session, s), score);
          nc_pdf_doc_markup (&doc, row, 11, 0, 3);
        }
    }

  return nc_pdf_doc_close (&doc, path, error);
}

/* Handouts */

static void
checkbox_line (NcPdfDoc *doc,
               char        letter,
               const char *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("☐  <b>%c.</b>  %s", letter, text);
  nc_pdf_doc_markup (doc, markup, 11, 14, 3);
}

gboolean
nc_class_export_handout (NcLesson    *lesson,
                         NcTrack      track,
                         const char  *path,
                         GError     **error)
{
  NcPdfDoc doc;
  guint exercise = 0;
  gboolean examples = FALSE;

  g_return_val_if_fail (NC_IS_LESSON (lesson), FALSE);
  g_return_val_if_fail (track < NC_N_TRACKS, FALSE);

  track = nc_lesson_resolve_track (lesson, track);
  if (!nc_pdf_doc_open (&doc, path, NC_PDF_A4_W, NC_PDF_A4_H, nc_lesson_translate (nc_lesson_get_title (lesson)), error))
    return FALSE;

  {
    g_autofree char *kicker = g_strdup_printf (_("Lesson %d · The Code of Conduct on Social Networks"),
                                               nc_lesson_get_order (lesson));
    nc_pdf_doc_text (&doc, kicker, 10, 0, 2);
  }
  nc_pdf_doc_heading (&doc, nc_lesson_translate (nc_lesson_get_title (lesson)), 22);
  nc_pdf_doc_text (&doc, nc_lesson_translate (nc_lesson_get_summary (lesson)), 12, 0, 6);
  nc_pdf_doc_text (&doc, _("Name: ______________________________   Class: ________   Date: ____________"), 11, 0, 12);
  nc_pdf_doc_rule (&doc);

  nc_pdf_doc_heading (&doc, _("The rules"), 16);
  for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
    {
      const NcStep *step = nc_lesson_get_step (lesson, i);
      g_autofree char *markup = NULL;

      if (step->kind != NC_STEP_CARD || !nc_step_suits_track (step, track))
        continue;
      markup = g_markup_printf_escaped ("<b>%s</b>\n%s", nc_lesson_translate (step->heading),
                                        nc_lesson_translate (step->body));
      nc_pdf_doc_markup (&doc, markup, 11, 0, 10);
    }

  for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
    {
      const NcStep *step = nc_lesson_get_step (lesson, i);
      g_autofree char *markup = NULL;

      if (step->kind != NC_STEP_POST || !nc_step_suits_track (step, track))
        continue;
      if (!examples)
        {
          nc_pdf_doc_heading (&doc, _("Examples"), 16);
          examples = TRUE;
        }
      markup = g_markup_printf_escaped ("<b>%s</b> · <i>%s</i>\n“%s”\n<i>%s</i>", step->author,
                                        nc_lesson_translate (step->place),
                                        nc_lesson_translate (step->text),
                                        nc_lesson_translate (step->note));
      nc_pdf_doc_markup (&doc, markup, 11, 0, 10);
    }

  nc_pdf_doc_heading (&doc, _("Exercises"), 16);
  for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
    {
      const NcStep *step = nc_lesson_get_step (lesson, i);
      g_autofree char *q = NULL;

      if (!nc_step_is_quiz_item (step) || !nc_step_suits_track (step, track))
        continue;
      exercise++;
      switch (step->kind)
        {
        case NC_STEP_CHOICE:
          q = g_markup_printf_escaped ("<b>%u.</b> %s", exercise, nc_lesson_translate (step->question));
          nc_pdf_doc_markup (&doc, q, 11, 0, 4);
          for (guint o = 0; o < step->options->len; o++)
            checkbox_line (&doc, nc_class_option_letter (o),
                           nc_lesson_translate (((NcOption *) step->options->pdata[o])->text));
          doc.y += 8;
          break;
        case NC_STEP_TRUE_FALSE:
          q = g_markup_printf_escaped ("<b>%u.</b> %s\n☐ %s      ☐ %s", exercise,
                                       nc_lesson_translate (step->statement), _("True"), _("False"));
          nc_pdf_doc_markup (&doc, q, 11, 0, 10);
          break;
        case NC_STEP_SPOT:
          {
            g_autoptr(NcSpotText) spot = nc_spot_text_parse (nc_lesson_translate (step->text), NULL);
            q = g_markup_printf_escaped ("<b>%u.</b> %s\n<i>%s</i>\n“%s”", exercise,
                                         _("Underline the words that break the rule."),
                                         nc_lesson_translate (step->place),
                                         spot != NULL ? nc_spot_text_get_text (spot) : "");
            nc_pdf_doc_markup (&doc, q, 11, 0, 10);
          }
          break;
        case NC_STEP_REWRITE:
          q = g_markup_printf_escaped ("<b>%u.</b> %s\n“%s”", exercise,
                                       nc_lesson_translate (step->question),
                                       nc_lesson_translate (step->text));
          nc_pdf_doc_markup (&doc, q, 11, 0, 0);
          nc_pdf_doc_lines (&doc, 3);
          break;
        case NC_STEP_SCENARIO:
          {
            const NcScenarioNode *start = step->nodes->pdata[0];

            q = g_markup_printf_escaped ("<b>%u.</b> %s", exercise, nc_lesson_translate (start->text));
            nc_pdf_doc_markup (&doc, q, 11, 0, 4);
            for (guint b = 0; b < start->branches->len; b++)
              checkbox_line (&doc, nc_class_option_letter (b),
                             nc_lesson_translate (((NcBranch *) start->branches->pdata[b])->label));
            nc_pdf_doc_text (&doc, _("Why?"), 11, 14, 0);
            nc_pdf_doc_lines (&doc, 2);
          }
          break;
        default:
          break;
        }
    }

  {
    g_autofree char *citations = NULL;
    g_autoptr(GString) refs = g_string_new (NULL);
    const char * const *ids = nc_lesson_get_refs (lesson);

    for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
      {
        const NcCodeRef *ref = nc_code_ref_lookup (ids[i]);
        g_autofree char *c = ref != NULL ? nc_code_ref_format_citation (ref) : NULL;

        if (c != NULL && strstr (refs->str, c) == NULL)
          g_string_append_printf (refs, "%s%s", refs->len ? "; " : "", c);
      }
    nc_pdf_doc_rule (&doc);
    citations = g_strdup_printf (_("From the Code: %s"), refs->str);
    nc_pdf_doc_text (&doc, citations, 9, 0, 0);
  }

  return nc_pdf_doc_close (&doc, path, error);
}

/* Certificates: a page per student, drawn by nc-certificate.c */

gboolean
nc_class_export_certificates (NcClassSession          *session,
                              const NcClassExportInfo *info,
                              const char              *path,
                              GError                 **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;
  g_autoptr(GArray) pages = g_array_new (FALSE, TRUE, sizeof (NcCertificate));
  g_autoptr(GError) local_error = NULL;
  guint n;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (session), FALSE);

  for (guint l = 0; l < nc_class_session_get_n_lessons (session); l++)
    g_strv_builder_add (builder, nc_lesson_translate (nc_lesson_get_title (nc_class_session_get_lesson (session, l))));
  titles = g_strv_builder_end (builder);

  /* With no class list, one certificate to fill in by hand. */
  n = nc_class_session_get_n_students (session);
  for (guint s = 0; s < MAX (n, 1); s++)
    {
      NcCertificate page = {
        .learner_name = n > 0 ? nc_class_session_get_student (session, s) : NULL,
        .lesson_titles = (const char * const *) titles,
        .class_name = info != NULL ? info->class_name : NULL,
        .school = info != NULL ? info->school : NULL,
        .signed_by_teacher = TRUE,
        .teacher = info != NULL ? info->teacher : NULL,
        .date = info != NULL ? info->date : NULL,
      };
      g_array_append_val (pages, page);
    }

  if (!nc_certificate_write_pages (path, (NcCertificate *) pages->data, pages->len, &local_error))
    {
      g_set_error (error, NC_CLASS_EXPORT_ERROR, NC_CLASS_EXPORT_ERROR_WRITE,
                   "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Everything at once */

static gboolean
write_text (const char  *path,
            const char  *text,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      g_set_error (error, NC_CLASS_EXPORT_ERROR, NC_CLASS_EXPORT_ERROR_WRITE,
                   "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* @folder/@name, added to @paths (which owns it). */
static const char *
add_path (GPtrArray  *paths,
          const char *folder,
          const char *name)
{
  char *path = g_build_filename (folder, name, NULL);

  g_ptr_array_add (paths, path);
  return path;
}

gboolean
nc_class_export_to_folder (NcClassSession          *session,
                           const NcClassExportInfo *info,
                           NcClassExportWhat        what,
                           const char              *folder,
                           GPtrArray              **written,
                           GError                 **error)
{
  static const struct {
    NcClassExportWhat what;
    const char       *prefix;
    gboolean        (*write) (NcLesson *, NcTrack, const char *, GError **);
  } per_lesson[] = {
    { NC_CLASS_EXPORT_HANDOUTS, "handout", nc_class_export_handout },
    { NC_CLASS_EXPORT_PLANS, "plan", nc_teacher_pack_write_plan },
    { NC_CLASS_EXPORT_PARENTS, "parents", nc_teacher_pack_write_parent_sheet },
  };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  NcTrack track = info != NULL ? info->track : NC_TRACK_ALL;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (session), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (folder);
      g_set_error (error, NC_CLASS_EXPORT_ERROR, NC_CLASS_EXPORT_ERROR_WRITE,
                   _("Cannot create the folder “%s”: %s"), name, g_strerror (saved));
      return FALSE;
    }

  if (what & NC_CLASS_EXPORT_RESULTS_CSV)
    {
      g_autofree char *csv = nc_class_session_results_csv (session);

      if (!write_text (add_path (paths, folder, "results.csv"), csv, error))
        return FALSE;
      if (nc_class_session_get_n_students (session) > 0)
        {
          g_autofree char *students = nc_class_session_students_csv (session);

          if (!write_text (add_path (paths, folder, "students.csv"), students, error))
            return FALSE;
        }
    }
  if ((what & NC_CLASS_EXPORT_REPORT) &&
      !nc_class_export_report (session, info, add_path (paths, folder, "report.pdf"), error))
    return FALSE;
  for (guint l = 0; l < nc_class_session_get_n_lessons (session); l++)
    for (gsize k = 0; k < G_N_ELEMENTS (per_lesson); k++)
      {
        NcLesson *lesson = nc_class_session_get_lesson (session, l);
        g_autofree char *name = NULL;

        if (!(what & per_lesson[k].what))
          continue;
        name = g_strdup_printf ("%s-%s.pdf", per_lesson[k].prefix, nc_lesson_get_id (lesson));
        if (!per_lesson[k].write (lesson, track, add_path (paths, folder, name), error))
          return FALSE;
      }
  if ((what & NC_CLASS_EXPORT_AGREEMENT) &&
      !nc_teacher_pack_write_agreement (add_path (paths, folder, "family-agreement.pdf"), error))
    return FALSE;
  if ((what & NC_CLASS_EXPORT_CERTIFICATES) &&
      !nc_class_export_certificates (session, info, add_path (paths, folder, "certificates.pdf"), error))
    return FALSE;

  if (written != NULL)
    *written = g_steal_pointer (&paths);
  return TRUE;
}
