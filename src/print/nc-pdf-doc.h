/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-pdf-doc.h — a small flow layout over cairo's PDF surface, shared by
 * the printable files of src/print
 *
 * Paragraphs of Pango markup go down the page and a new page starts when
 * one no longer fits. Callers escape every text they put into markup
 * (nc_pdf_doc_text() does it for plain text). Errors are NC_PDF_ERROR_WRITE,
 * the same domain and code as NC_CLASS_EXPORT_ERROR_WRITE.
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

#define NC_PDF_ERROR (nc_pdf_error_quark ())

typedef enum {
  NC_PDF_ERROR_WRITE,   /* the file cannot be written */
} NcPdfError;

GQuark       nc_pdf_error_quark  (void);

#define NC_PDF_FONT      "Noto Sans"
#define NC_PDF_A4_W      595.276
#define NC_PDF_A4_H      841.890
#define NC_PDF_MARGIN    56.0

typedef struct {
  cairo_surface_t *surface;
  cairo_t         *cr;
  double           width, height;   /* of the page */
  double           y;               /* where the next paragraph goes */
  int              page;
} NcPdfDoc;

gboolean     nc_pdf_doc_open     (NcPdfDoc    *doc,
                                 const char  *path,
                                 double       width,
                                 double       height,
                                 const char  *title,
                                 GError     **error);
gboolean     nc_pdf_doc_close    (NcPdfDoc    *doc,
                                 const char  *path,
                                 GError     **error);
void         nc_pdf_doc_new_page (NcPdfDoc    *doc);
PangoLayout *nc_pdf_make_layout  (cairo_t     *cr,
                                 const char  *markup,
                                 double       size,
                                 double       width);
double       nc_pdf_doc_markup   (NcPdfDoc    *doc,
                                 const char  *markup,
                                 double       size,
                                 double       indent,
                                 double       space_after);
void         nc_pdf_doc_text     (NcPdfDoc    *doc,
                                 const char  *text,
                                 double       size,
                                 double       indent,
                                 double       space_after);
void         nc_pdf_doc_heading  (NcPdfDoc    *doc,
                                 const char  *text,
                                 double       size);
void         nc_pdf_doc_lines    (NcPdfDoc    *doc,
                                 int          n);
void         nc_pdf_doc_rule     (NcPdfDoc    *doc);

G_END_DECLS
