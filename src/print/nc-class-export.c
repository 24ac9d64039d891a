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

G_DEFINE_QUARK (nc-class-export-error-quark, nc_class_export_error)

#define FONT      "Noto Sans"
#define A4_W      595.276
#define A4_H      841.890
#define MARGIN    56.0

typedef struct {
  cairo_surface_t *surface;
  cairo_t         *cr;
  double           width, height;   /* of the page */
  double           y;               /* where the next paragraph goes */
  int              page;
} Doc;

static gboolean
doc_open (Doc         *doc,
          const char  *path,
          double       width,
          double       height,
          const char  *title,
          GError     **error)
{
  memset (doc, 0, sizeof *doc);
  doc->surface = cairo_pdf_surface_create (path, width, height);
  if (cairo_surface_status (doc->surface) != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);
      g_set_error (error, NC_CLASS_EXPORT_ERROR, NC_CLASS_EXPORT_ERROR_WRITE,
                   _("Cannot write “%s”: %s"), name,
                   cairo_status_to_string (cairo_surface_status (doc->surface)));
      cairo_surface_destroy (doc->surface);
      doc->surface = NULL;
      return FALSE;
    }
  cairo_pdf_surface_set_metadata (doc->surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (doc->surface, CAIRO_PDF_METADATA_CREATOR, "NetConduct");
  doc->cr = cairo_create (doc->surface);
  doc->width = width;
  doc->height = height;
  doc->y = MARGIN;
  doc->page = 1;
  return TRUE;
}

static gboolean
doc_close (Doc         *doc,
           const char  *path,
           GError     **error)
{
  cairo_status_t status;

  cairo_destroy (doc->cr);
  cairo_surface_finish (doc->surface);
  status = cairo_surface_status (doc->surface);
  cairo_surface_destroy (doc->surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);
      g_set_error (error, NC_CLASS_EXPORT_ERROR, NC_CLASS_EXPORT_ERROR_WRITE,
                   _("Cannot write “%s”: %s"), name, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static void
doc_new_page (Doc *doc)
{
  cairo_show_page (doc->cr);
  doc->y = MARGIN;
  doc->page++;
}

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *markup,
             double      size,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* Puts a paragraph at the cursor, indented by @indent, starting a new page
 * when it does not fit; returns its height. */
static double
doc_markup (Doc        *doc,
            const char *markup,
            double      size,
            double      indent,
            double      space_after)
{
  g_autoptr(PangoLayout) layout = make_layout (doc->cr, markup, size,
                                               doc->width - 2 * MARGIN - indent);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (doc->y + h / (double) PANGO_SCALE > doc->height - MARGIN && doc->y > MARGIN)
    doc_new_page (doc);
  cairo_set_source_rgb (doc->cr, 0.1, 0.1, 0.12);
  cairo_move_to (doc->cr, MARGIN + indent, doc->y);
  pango_cairo_show_layout (doc->cr, layout);
  doc->y += h / (double) PANGO_SCALE + space_after;
  return h / (double) PANGO_SCALE;
}

static void
doc_text (Doc        *doc,
          const char *text,
          double      size,
          double      indent,
          double      space_after)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);
  doc_markup (doc, escaped, size, indent, space_after);
}

static void
doc_heading (Doc        *doc,
             const char *text,
             double      size)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

  if (doc->y + size * 4 > doc->height - MARGIN)
    doc_new_page (doc);
  doc_markup (doc, markup, size, 0, size * 0.5);
}

/* Ruled lines to write on. */
static void
doc_lines (Doc *doc,
           int  n)
{
  if (doc->y + n * 24 > doc->height - MARGIN)
    doc_new_page (doc);
  cairo_set_source_rgb (doc->cr, 0.6, 0.6, 0.65);
  cairo_set_line_width (doc->cr, 0.6);
  for (int i = 0; i < n; i++)
    {
      doc->y += 24;
      cairo_move_to (doc->cr, MARGIN + 12, doc->y);
      cairo_line_to (doc->cr, doc->width - MARGIN, doc->y);
      cairo_stroke (doc->cr);
    }
  doc->y += 14;
}

static void
doc_rule (Doc *doc)
{
  cairo_set_source_rgb (doc->cr, 0.75, 0.75, 0.8);
  cairo_set_line_width (doc->cr, 1);
  cairo_move_to (doc->cr, MARGIN, doc->y);
  cairo_line_to (doc->cr, doc->width - MARGIN, doc->y);
  cairo_stroke (doc->cr);
  doc->y += 12;
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
      g_autoptr(PangoLayout) layout = make_layout (cr, label, font_px, label_w);
      g_autoptr(PangoLayout) count_layout = make_layout (cr, count, font_px, font_px * 5);
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
info_lines (Doc                     *doc,
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
  doc_text (doc, line->str, 11, 0, 6);
}

gboolean
nc_class_export_report (NcClassSession          *session,
                        const NcClassExportInfo *info,
                        const char              *path,
                        GError                 **error)
{
  Doc doc;
  g_autoptr(GString) lessons = g_string_new (NULL);
  guint answered;
  int percent;

  g_return_val_if_fail (NC_IS_CLASS_SESSION (session), FALSE);

  if (!doc_open (&doc, path, A4_W, A4_H, _("Class results"), error))
    return FALSE;

  doc_heading (&doc, _("Class results"), 22);
  info_lines (&doc, info);
  lessons_line (session, lessons);
  {
    g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Lessons:"), lessons->str);
    doc_markup (&doc, markup, 11, 0, 6);
  }

  percent = nc_class_session_get_percent (session, &answered);
  if (percent >= 0)
    {
      g_autofree char *line = g_strdup_printf (_("The class answered %u of %u questions; %d%% of all answers were right."),
                                               answered, nc_class_session_get_n_items (session), percent);
      doc_text (&doc, line, 12, 0, 10);
    }
  else
    doc_text (&doc, _("No answers were recorded."), 12, 0, 10);
  doc_rule (&doc);

  for (guint i = 0; i < nc_class_session_get_n_items (session); i++)
    {
      const NcClassItem *it = nc_class_session_get_item (session, i);
      NcClassItemSummary sum;
      g_autofree char *q = NULL;
      double chart_h = it->n_options * 28;

      nc_class_session_summarize_item (session, i, &sum);
      q = g_markup_printf_escaped ("<b>%u.</b> %s", i + 1, nc_class_item_question (it));
      if (doc.y + chart_h + 60 > doc.height - MARGIN)
        doc_new_page (&doc);
      doc_markup (&doc, q, 11, 0, 4);
      cairo_save (doc.cr);
      cairo_translate (doc.cr, MARGIN + 14, doc.y);
      nc_class_draw_chart (doc.cr, session, i, doc.width - 2 * MARGIN - 14, chart_h, 9, FALSE, TRUE);
      cairo_restore (doc.cr);
      doc.y += chart_h + 2;
      if (sum.percent >= 0)
        {
          g_autofree char *line = g_strdup_printf (_("%d%% right, %u answers"), sum.percent, sum.total);
          doc_text (&doc, line, 9, 14, 10);
        }
      else
        doc_text (&doc, _("No answers"), 9, 14, 10);
    }

  if (nc_class_session_get_n_students (session) > 0)
    {
      doc_rule (&doc);
      doc_heading (&doc, _("Students"), 16);
      for (guint s = 0; s < nc_class_session_get_n_students (session); s++)
        {
          guint correct, given;
          int p = nc_class_session_get_student_score (session, s, &correct, &given);
          g_autofree char *score = p >= 0
            ? g_strdup_printf (_("%u right of %u answered (%d%%)"), correct, given, p)
            : g_strdup (_("no answers"));
          g_autofree char *row = g_markup_printf_escaped ("%u. <b>%s</b> — %s", s + 1,
                                                          nc_class_session_get_student (session, s), score);
          doc_markup (&doc, row, 11, 0, 3);
        }
    }

  return doc_close (&doc, path, error);
}

/* Handouts */

static void
checkbox_line (Doc        *doc,
               char        letter,
               const char *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("☐  <b>%c.</b>  %s", letter, text);
  doc_markup (doc, markup, 11, 14, 3);
}

gboolean
nc_class_export_handout (NcLesson    *lesson,
                         const char  *path,
                         GError     **error)
{
  Doc doc;
  guint exercise = 0;
  gboolean examples = FALSE;

  g_return_val_if_fail (NC_IS_LESSON (lesson), FALSE);

  if (!doc_open (&doc, path, A4_W, A4_H, nc_lesson_translate (nc_lesson_get_title (lesson)), error))
    return FALSE;

  {
    g_autofree char *kicker = g_strdup_printf (_("Lesson %d · The Code of Conduct on Social Networks"),
                                               nc_lesson_get_order (lesson));
    doc_text (&doc, kicker, 10, 0, 2);
  }
  doc_heading (&doc, nc_lesson_translate (nc_lesson_get_title (lesson)), 22);
  doc_text (&doc, nc_lesson_translate (nc_lesson_get_summary (lesson)), 12, 0, 6);
  doc_text (&doc, _("Name: ______________________________   Class: ________   Date: ____________"), 11, 0, 12);
  doc_rule (&doc);

  doc_heading (&doc, _("The rules"), 16);
  for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
    {
      const NcStep *step = nc_lesson_get_step (lesson, i);
      g_autofree char *markup = NULL;

      if (step->kind != NC_STEP_CARD)
        continue;
      markup = g_markup_printf_escaped ("<b>%s</b>\n%s", nc_lesson_translate (step->heading),
                                        nc_lesson_translate (step->body));
      doc_markup (&doc, markup, 11, 0, 10);
    }

  for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
    {
      const NcStep *step = nc_lesson_get_step (lesson, i);
      g_autofree char *markup = NULL;

      if (step->kind != NC_STEP_POST)
        continue;
      if (!examples)
        {
          doc_heading (&doc, _("Examples"), 16);
          examples = TRUE;
        }
      markup = g_markup_printf_escaped ("<b>%s</b> · <i>%s</i>\n“%s”\n<i>%s</i>", step->author,
                                        nc_lesson_translate (step->place),
                                        nc_lesson_translate (step->text),
                                        nc_lesson_translate (step->note));
      doc_markup (&doc, markup, 11, 0, 10);
    }

  doc_heading (&doc, _("Exercises"), 16);
  for (guint i = 0; i < nc_lesson_get_n_steps (lesson); i++)
    {
      const NcStep *step = nc_lesson_get_step (lesson, i);
      g_autofree char *q = NULL;

      if (!nc_step_is_quiz_item (step))
        continue;
      exercise++;
      switch (step->kind)
        {
        case NC_STEP_CHOICE:
          q = g_markup_printf_escaped ("<b>%u.</b> %s", exercise, nc_lesson_translate (step->question));
          doc_markup (&doc, q, 11, 0, 4);
          for (guint o = 0; o < step->options->len; o++)
            checkbox_line (&doc, nc_class_option_letter (o),
                           nc_lesson_translate (((NcOption *) step->options->pdata[o])->text));
          doc.y += 8;
          break;
        case NC_STEP_TRUE_FALSE:
          q = g_markup_printf_escaped ("<b>%u.</b> %s\n☐ %s      ☐ %s", exercise,
                                       nc_lesson_translate (step->statement), _("True"), _("False"));
          doc_markup (&doc, q, 11, 0, 10);
          break;
        case NC_STEP_SPOT:
          {
            g_autoptr(NcSpotText) spot = nc_spot_text_parse (nc_lesson_translate (step->text), NULL);
            q = g_markup_printf_escaped ("<b>%u.</b> %s\n<i>%s</i>\n“%s”", exercise,
                                         _("Underline the words that break the rule."),
                                         nc_lesson_translate (step->place),
                                         spot != NULL ? nc_spot_text_get_text (spot) : "");
            doc_markup (&doc, q, 11, 0, 10);
          }
          break;
        case NC_STEP_REWRITE:
          q = g_markup_printf_escaped ("<b>%u.</b> %s\n“%s”", exercise,
                                       nc_lesson_translate (step->question),
                                       nc_lesson_translate (step->text));
          doc_markup (&doc, q, 11, 0, 0);
          doc_lines (&doc, 3);
          break;
        case NC_STEP_SCENARIO:
          {
            const NcScenarioNode *start = step->nodes->pdata[0];

            q = g_markup_printf_escaped ("<b>%u.</b> %s", exercise, nc_lesson_translate (start->text));
            doc_markup (&doc, q, 11, 0, 4);
            for (guint b = 0; b < start->branches->len; b++)
              checkbox_line (&doc, nc_class_option_letter (b),
                             nc_lesson_translate (((NcBranch *) start->branches->pdata[b])->label));
            doc_text (&doc, _("Why?"), 11, 14, 0);
            doc_lines (&doc, 2);
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
    doc_rule (&doc);
    citations = g_strdup_printf (_("From the Code: %s"), refs->str);
    doc_text (&doc, citations, 9, 0, 0);
  }

  return doc_close (&doc, path, error);
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

gboolean
nc_class_export_to_folder (NcClassSession          *session,
                           const NcClassExportInfo *info,
                           NcClassExportWhat        what,
                           const char              *folder,
                           GPtrArray              **written,
                           GError                 **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  char *path;

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

      path = g_build_filename (folder, "results.csv", NULL);
      g_ptr_array_add (paths, path);
      if (!write_text (path, csv, error))
        return FALSE;
      if (nc_class_session_get_n_students (session) > 0)
        {
          g_autofree char *students = nc_class_session_students_csv (session);

          path = g_build_filename (folder, "students.csv", NULL);
          g_ptr_array_add (paths, path);
          if (!write_text (path, students, error))
            return FALSE;
        }
    }
  if (what & NC_CLASS_EXPORT_REPORT)
    {
      path = g_build_filename (folder, "report.pdf", NULL);
      g_ptr_array_add (paths, path);
      if (!nc_class_export_report (session, info, path, error))
        return FALSE;
    }
  if (what & NC_CLASS_EXPORT_HANDOUTS)
    for (guint l = 0; l < nc_class_session_get_n_lessons (session); l++)
      {
        NcLesson *lesson = nc_class_session_get_lesson (session, l);
        g_autofree char *name = g_strdup_printf ("handout-%s.pdf", nc_lesson_get_id (lesson));

        path = g_build_filename (folder, name, NULL);
        g_ptr_array_add (paths, path);
        if (!nc_class_export_handout (lesson, path, error))
          return FALSE;
      }
  if (what & NC_CLASS_EXPORT_CERTIFICATES)
    {
      path = g_build_filename (folder, "certificates.pdf", NULL);
      g_ptr_array_add (paths, path);
      if (!nc_class_export_certificates (session, info, path, error))
        return FALSE;
    }

  if (written != NULL)
    *written = g_steal_pointer (&paths);
  return TRUE;
}
