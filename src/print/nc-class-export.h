/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-class-export.h — printable files for a class: a results report,
 * handouts of a lesson and completion certificates, as PDF
 *
 * Drawn with cairo and Pango (Noto fonts, so Vietnamese shows fully) with
 * no GTK, so that netconductctl can write the same files without a
 * display. The bar chart of a question's votes is drawn here too, for the
 * presenter and the report alike. Nothing leaves the machine.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "nc-class-session.h"

G_BEGIN_DECLS

#define NC_CLASS_EXPORT_ERROR (nc_class_export_error_quark ())

typedef enum {
  NC_CLASS_EXPORT_ERROR_WRITE,   /* the file or folder cannot be written */
} NcClassExportError;

typedef enum {
  NC_CLASS_EXPORT_RESULTS_CSV  = 1 << 0,  /* results.csv and, with a roster, students.csv */
  NC_CLASS_EXPORT_REPORT       = 1 << 1,  /* report.pdf */
  NC_CLASS_EXPORT_HANDOUTS     = 1 << 2,  /* handout-LESSON.pdf for each lesson */
  NC_CLASS_EXPORT_CERTIFICATES = 1 << 3,  /* certificates.pdf, a page per student */
  NC_CLASS_EXPORT_ALL          = 0xf,   /* the class's files; the family ones below are asked for */
  NC_CLASS_EXPORT_PLANS        = 1 << 4,  /* plan-LESSON.pdf: the teacher's plan of each lesson */
  NC_CLASS_EXPORT_PARENTS      = 1 << 5,  /* parents-LESSON.pdf: the parents' sheet of each lesson */
  NC_CLASS_EXPORT_AGREEMENT    = 1 << 6,  /* family-agreement.pdf */
  NC_CLASS_EXPORT_FAMILY       = 0x70,
} NcClassExportWhat;

typedef struct {
  const char *class_name;   /* "6A"; may be NULL */
  const char *teacher;      /* may be NULL */
  const char *school;       /* may be NULL */
  GDateTime  *date;         /* NULL: today */
  NcTrack     track;        /* whose items the handouts, plans and sheets show;
                             * 0 (NC_TRACK_ALL): each lesson's oldest track */
} NcClassExportInfo;

GQuark    nc_class_export_error_quark  (void);

gboolean  nc_class_export_report       (NcClassSession          *session,
                                        const NcClassExportInfo *info,
                                        const char              *path,
                                        GError                 **error);
gboolean  nc_class_export_handout      (NcLesson                *lesson,
                                        NcTrack                  track,
                                        const char              *path,
                                        GError                 **error);
gboolean  nc_class_export_certificates (NcClassSession          *session,
                                        const NcClassExportInfo *info,
                                        const char              *path,
                                        GError                 **error);
/* Writes what @what asks into @folder (created when missing); @written
 * receives the paths written (may be NULL). */
gboolean  nc_class_export_to_folder    (NcClassSession          *session,
                                        const NcClassExportInfo *info,
                                        NcClassExportWhat        what,
                                        const char              *folder,
                                        GPtrArray              **written,
                                        GError                 **error);

/* Draws the votes of @item as horizontal bars in the rectangle (0, 0, w, h)
 * of @cr; @reveal colours the correct options; @font_px is the label size. */
void      nc_class_draw_chart          (cairo_t                 *cr,
                                        NcClassSession          *session,
                                        guint                    item,
                                        double                   width,
                                        double                   height,
                                        double                   font_px,
                                        gboolean                 dark,
                                        gboolean                 reveal);

G_END_DECLS
