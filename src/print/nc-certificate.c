/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-certificate.c — see nc-certificate.h
 *
 * A page: a double frame, the title, the learner's name (or a line to
 * write it on), what was learnt, the lessons (translated titles, in two
 * columns), then the class, school and date, a line for the teacher to
 * sign when asked, and a reminder that the Code is not the law. Text is
 * laid out with Pango, so Vietnamese tone marks are shaped right; every
 * text put into markup is escaped.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "nc-certificate.h"

G_DEFINE_QUARK (nc-certificate-error-quark, nc_certificate_error)

#define PAGE_WIDTH  842.0  /* A4 landscape, in points */
#define PAGE_HEIGHT 595.0
#define MARGIN       56.0

/* Draws @markup in @font at (@x, @y), @width wide, centred or left-aligned,
 * in a gray of @gray (or the blue of the frame when @gray < 0); returns the
 * height used. */
static double
draw_markup (cairo_t    *cr,
             const char *font,
             const char *markup,
             double      x,
             double      y,
             double      width,
             gboolean    centred,
             double      gray)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  int w = 0, h = 0;

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, centred ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_size (layout, &w, &h);

  if (gray < 0)
    cairo_set_source_rgb (cr, 0.15, 0.35, 0.6);
  else
    cairo_set_source_rgb (cr, gray, gray, gray);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return (double) h / PANGO_SCALE;
}

static double
draw_text (cairo_t    *cr,
           const char *font,
           const char *text,
           double      x,
           double      y,
           double      width,
           gboolean    centred,
           double      gray)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  return draw_markup (cr, font, markup, x, y, width, centred, gray);
}

static void
draw_page (cairo_t             *cr,
           const NcCertificate *cert)
{
  double y, inner = PAGE_WIDTH - 2 * MARGIN;
  guint n_titles = g_strv_length ((GStrv) cert->lesson_titles);
  g_autoptr(GDateTime) date = cert->date != NULL ? g_date_time_ref (cert->date)
                                                 : g_date_time_new_now_local ();
  g_autofree char *date_text = NULL;
  g_autofree char *date_line = NULL;
  g_autoptr(GString) foot = g_string_new (NULL);
  g_autofree char *passed = NULL;

  /* Two frames, the inner one thin. */
  cairo_set_source_rgb (cr, 0.15, 0.35, 0.6);
  cairo_set_line_width (cr, 6);
  cairo_rectangle (cr, 24, 24, PAGE_WIDTH - 48, PAGE_HEIGHT - 48);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, 34, 34, PAGE_WIDTH - 68, PAGE_HEIGHT - 68);
  cairo_stroke (cr);

  y = 52;
  y += draw_text (cr, "Noto Sans 11", _("NetConduct · Learn the Code of Conduct on Social Networks"),
                  MARGIN, y, inner, TRUE, 0.4) + 14;
  y += draw_text (cr, "Noto Serif Bold 30", _("Certificate of Completion"), MARGIN, y, inner, TRUE, -1) + 10;
  y += draw_text (cr, "Noto Sans 13", _("This certifies that"), MARGIN, y, inner, TRUE, 0.3) + 6;
  y += draw_text (cr, "Noto Serif Bold 26",
                  cert->learner_name != NULL ? cert->learner_name : "______________________________",
                  MARGIN, y, inner, TRUE, 0.05) + 10;
  if (cert->track != NULL)
    /* Translators: on a certificate, %s is a track such as "Ages 6 to 9" */
    passed = g_strdup_printf (_("has passed every lesson of the track “%s”, each with a score of 80%% or more:"),
                              cert->track);
  else
    passed = g_strdup (cert->all_passed
                       /* xgettext:no-c-format */
                       ? _("has completed every lesson on the Code of Conduct on Social Networks "
                           "(Decision 874/QĐ-BTTTT) and the code on protecting children online "
                           "(Decision 88/QĐ-BTTTT), passing each with a score of 80% or more:")
                       : _("has completed the lessons on Vietnam’s Code of Conduct on Social Networks:"));
  y += draw_text (cr, "Noto Sans 12", passed, MARGIN + 40, y, inner - 80, TRUE, 0.2) + 12;

  /* The lessons, in two columns; centred in one when there are few. */
  {
    gboolean one_column = n_titles <= 3;
    guint per_column = one_column ? n_titles : (n_titles + 1) / 2;
    double column_width = one_column ? inner - 60 : (inner - 60) / 2;
    double column_y[2] = { y, y };

    for (guint i = 0; i < n_titles; i++)
      {
        guint column = i < per_column ? 0 : 1;
        g_autofree char *line = g_strdup_printf ("%u. %s", i + 1, cert->lesson_titles[i]);

        column_y[column] += draw_text (cr, "Noto Sans 10", line,
                                       MARGIN + 30 + column * (column_width + 20), column_y[column],
                                       column_width, one_column, 0.25) + 3;
      }
  }

  /* Translators: the date on the certificate, a g_date_time_format() format */
  date_text = g_date_time_format (date, _("%-d %B %Y"));
  /* Translators: %s is the date */
  date_line = g_strdup_printf (_("Date: %s"), date_text);
  if (cert->class_name != NULL && *cert->class_name)
    g_string_append_printf (foot, _("Class %s"), cert->class_name);
  if (cert->school != NULL && *cert->school)
    g_string_append_printf (foot, "%s%s", foot->len ? " · " : "", cert->school);
  g_string_append_printf (foot, "%s%s", foot->len ? " · " : "", date_line);
  draw_text (cr, "Noto Sans 11", foot->str, MARGIN, PAGE_HEIGHT - 150, inner, TRUE, 0.3);

  if (cert->signed_by_teacher)
    {
      g_autofree char *sign = cert->teacher != NULL && *cert->teacher
        ? g_markup_printf_escaped ("%s\n<b>%s</b>", _("Teacher"), cert->teacher)
        : g_markup_escape_text (_("Teacher"), -1);

      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, PAGE_WIDTH / 2 - 110, PAGE_HEIGHT - 112);
      cairo_line_to (cr, PAGE_WIDTH / 2 + 110, PAGE_HEIGHT - 112);
      cairo_stroke (cr);
      draw_markup (cr, "Noto Sans 10", sign, MARGIN, PAGE_HEIGHT - 107, inner, TRUE, 0.2);
    }

  draw_text (cr, "Noto Sans 8",
             _("The Code recommends conduct; it does not replace the law. NetConduct is not an official publication."),
             MARGIN, PAGE_HEIGHT - 58, inner, TRUE, 0.5);
}

/*
 * Writes @n_pages certificates, a page each, to the PDF file @path.
 * FALSE with NC_CERTIFICATE_ERROR_WRITE when the file cannot be written.
 */
gboolean
nc_certificate_write_pages (const char           *path,
                            const NcCertificate  *pages,
                            guint                 n_pages,
                            GError              **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (pages != NULL && n_pages > 0, FALSE);
  for (guint i = 0; i < n_pages; i++)
    g_return_val_if_fail (pages[i].lesson_titles != NULL, FALSE);

  surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      n_pages == 1 ? _("Certificate of Completion") : _("Certificates"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "NetConduct " PACKAGE_VERSION);
      cr = cairo_create (surface);
      for (guint i = 0; i < n_pages; i++)
        {
          draw_page (cr, &pages[i]);
          cairo_show_page (cr);
        }
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);
      g_set_error (error, NC_CERTIFICATE_ERROR, NC_CERTIFICATE_ERROR_WRITE,
                   _("The certificate could not be saved to “%s”: %s"), name,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/*
 * Writes the certificate of @learner_name, who passed every lesson of
 * @lesson_titles (already translated, NULL-terminated), dated @date, to
 * @path (the Learn area's certificate).
 */
gboolean
nc_certificate_write_pdf (const char          *path,
                          const char          *learner_name,
                          GDateTime           *date,
                          const char * const  *lesson_titles,
                          GError             **error)
{
  NcCertificate cert = {
    .learner_name = learner_name,
    .lesson_titles = lesson_titles,
    .all_passed = TRUE,
    .date = date,
  };

  g_return_val_if_fail (learner_name != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (lesson_titles != NULL, FALSE);

  return nc_certificate_write_pages (path, &cert, 1, error);
}
