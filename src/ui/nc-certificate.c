/* nc-certificate.c — the certificate PDF
 *
 * One A4 landscape page: a border, the title, the learner's name, what was
 * learnt, the lessons (translated titles, in two columns) and the date.
 * Text is laid out with Pango, so Vietnamese tone marks are shaped right.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "nc-certificate.h"

G_DEFINE_QUARK (nc-certificate-error-quark, nc_certificate_error)

#define PAGE_WIDTH  842.0  /* A4 landscape, in points */
#define PAGE_HEIGHT 595.0
#define MARGIN       56.0

/* Draws @text centred (or left-aligned at @x when @width > 0 and not
 * centred) at @y; returns the height used. */
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
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  int w = 0, h = 0;

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, centred ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &w, &h);

  cairo_set_source_rgb (cr, gray, gray, gray);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return (double) h / PANGO_SCALE;
}

/*
 * Writes the certificate of @learner_name, dated @date, listing
 * @lesson_titles (already translated, NULL-terminated), to @path.
 */
gboolean
nc_certificate_write_pdf (const char          *path,
                          const char          *learner_name,
                          GDateTime           *date,
                          const char * const  *lesson_titles,
                          GError             **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double y, inner = PAGE_WIDTH - 2 * MARGIN;
  guint n_titles;
  g_autofree char *date_text = NULL;
  g_autofree char *date_line = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (learner_name != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (lesson_titles != NULL, FALSE);

  surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Certificate of Completion"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "NetConduct " PACKAGE_VERSION);
  cr = cairo_create (surface);

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
  y += draw_text (cr, "Noto Serif Bold 30", _("Certificate of Completion"), MARGIN, y, inner, TRUE, 0.1) + 10;
  y += draw_text (cr, "Noto Sans 13", _("This certifies that"), MARGIN, y, inner, TRUE, 0.3) + 6;
  y += draw_text (cr, "Noto Serif Bold 26", learner_name, MARGIN, y, inner, TRUE, 0.05) + 10;
  y += draw_text (cr, "Noto Sans 12",
                  /* xgettext:no-c-format */
                  _("has completed every lesson on the Code of Conduct on Social Networks "
                    "(Decision 874/QĐ-BTTTT) and the code on protecting children online "
                    "(Decision 88/QĐ-BTTTT), passing each with a score of 80% or more:"),
                  MARGIN + 40, y, inner - 80, TRUE, 0.2) + 12;

  /* The lessons, in two columns. */
  n_titles = g_strv_length ((GStrv) lesson_titles);
  {
    guint per_column = (n_titles + 1) / 2;
    double column_width = (inner - 60) / 2;
    double column_y[2] = { y, y };

    for (guint i = 0; i < n_titles; i++)
      {
        guint column = i < per_column ? 0 : 1;
        g_autofree char *line = g_strdup_printf ("%u. %s", i + 1, lesson_titles[i]);

        column_y[column] += draw_text (cr, "Noto Sans 10", line,
                                       MARGIN + 30 + column * (column_width + 20), column_y[column],
                                       column_width, FALSE, 0.25) + 3;
      }
  }

  /* Translators: the date on the certificate, a g_date_time_format() format */
  date_text = g_date_time_format (date, _("%-d %B %Y"));
  /* Translators: %s is the date */
  date_line = g_strdup_printf (_("Date: %s"), date_text);
  draw_text (cr, "Noto Sans 11", date_line, MARGIN, PAGE_HEIGHT - 100, inner, TRUE, 0.3);
  draw_text (cr, "Noto Sans 8",
             _("The Code recommends conduct; it does not replace the law. NetConduct is not an official publication."),
             MARGIN, PAGE_HEIGHT - 70, inner, TRUE, 0.5);

  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, NC_CERTIFICATE_ERROR, NC_CERTIFICATE_ERROR_WRITE,
                   _("The certificate could not be saved to “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
