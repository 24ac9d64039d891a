/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-pdf-doc.c — see nc-pdf-doc.h */
#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "nc-pdf-doc.h"

/* the quark nc_class_export_error_quark() returns too: one domain for the
 * printable files */
G_DEFINE_QUARK (nc-class-export-error-quark, nc_pdf_error)

gboolean
nc_pdf_doc_open (NcPdfDoc   *doc,
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
      g_set_error (error, NC_PDF_ERROR, NC_PDF_ERROR_WRITE,
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
  doc->y = NC_PDF_MARGIN;
  doc->page = 1;
  return TRUE;
}

gboolean
nc_pdf_doc_close (NcPdfDoc   *doc,
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
      g_set_error (error, NC_PDF_ERROR, NC_PDF_ERROR_WRITE,
                   _("Cannot write “%s”: %s"), name, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

void
nc_pdf_doc_new_page (NcPdfDoc *doc)
{
  cairo_show_page (doc->cr);
  doc->y = NC_PDF_MARGIN;
  doc->page++;
}

PangoLayout *
nc_pdf_make_layout (cairo_t    *cr,
                    const char *markup,
                    double      size,
                    double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (NC_PDF_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* Puts a paragraph at the cursor, indented by @indent, starting a new page
 * when it does not fit; returns its height. */
double
nc_pdf_doc_markup (NcPdfDoc   *doc,
                   const char *markup,
                   double      size,
                   double      indent,
                   double      space_after)
{
  g_autoptr(PangoLayout) layout = nc_pdf_make_layout (doc->cr, markup, size,
                                               doc->width - 2 * NC_PDF_MARGIN - indent);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (doc->y + h / (double) PANGO_SCALE > doc->height - NC_PDF_MARGIN && doc->y > NC_PDF_MARGIN)
    nc_pdf_doc_new_page (doc);
  cairo_set_source_rgb (doc->cr, 0.1, 0.1, 0.12);
  cairo_move_to (doc->cr, NC_PDF_MARGIN + indent, doc->y);
  pango_cairo_show_layout (doc->cr, layout);
  doc->y += h / (double) PANGO_SCALE + space_after;
  return h / (double) PANGO_SCALE;
}

void
nc_pdf_doc_text (NcPdfDoc   *doc,
                 const char *text,
                 double      size,
                 double      indent,
                 double      space_after)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);
  nc_pdf_doc_markup (doc, escaped, size, indent, space_after);
}

void
nc_pdf_doc_heading (NcPdfDoc   *doc,
                    const char *text,
                    double      size)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

  if (doc->y + size * 4 > doc->height - NC_PDF_MARGIN)
    nc_pdf_doc_new_page (doc);
  nc_pdf_doc_markup (doc, markup, size, 0, size * 0.5);
}

/* Ruled lines to write on. */
void
nc_pdf_doc_lines (NcPdfDoc *doc,
                  int  n)
{
  if (doc->y + n * 24 > doc->height - NC_PDF_MARGIN)
    nc_pdf_doc_new_page (doc);
  cairo_set_source_rgb (doc->cr, 0.6, 0.6, 0.65);
  cairo_set_line_width (doc->cr, 0.6);
  for (int i = 0; i < n; i++)
    {
      doc->y += 24;
      cairo_move_to (doc->cr, NC_PDF_MARGIN + 12, doc->y);
      cairo_line_to (doc->cr, doc->width - NC_PDF_MARGIN, doc->y);
      cairo_stroke (doc->cr);
    }
  doc->y += 14;
}

void
nc_pdf_doc_rule (NcPdfDoc *doc)
{
  cairo_set_source_rgb (doc->cr, 0.75, 0.75, 0.8);
  cairo_set_line_width (doc->cr, 1);
  cairo_move_to (doc->cr, NC_PDF_MARGIN, doc->y);
  cairo_line_to (doc->cr, doc->width - NC_PDF_MARGIN, doc->y);
  cairo_stroke (doc->cr);
  doc->y += 12;
}

