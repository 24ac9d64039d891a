/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-certificate.h — certificates of completion, as PDF
 *
 * One writer for every certificate NetConduct prints: the one a learner
 * gets in the Learn area when every lesson is passed, and the class
 * certificates a teacher prints (nc-class-export.h). One A4 landscape page
 * each, drawn with cairo and Pango (Noto fonts, which have every
 * Vietnamese glyph); no GTK, so netconductctl can write them too.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NC_CERTIFICATE_ERROR (nc_certificate_error_quark ())

typedef enum {
  NC_CERTIFICATE_ERROR_WRITE,   /* the file cannot be written */
} NcCertificateError;

/* What one certificate page says. */
typedef struct {
  const char         *learner_name;   /* NULL: a line to write a name on */
  const char * const *lesson_titles;  /* translated, NULL-terminated */
  gboolean            all_passed;     /* every lesson passed with 80% or more
                                       * (the Learn area), not only taken */
  const char         *track;          /* "Ages 6 to 9", translated: the track
                                       * passed; NULL for every lesson */
  const char         *class_name;     /* "6A"; may be NULL */
  const char         *school;         /* may be NULL */
  gboolean            signed_by_teacher; /* a line for the teacher to sign */
  const char         *teacher;        /* the name under that line; may be NULL */
  GDateTime          *date;           /* NULL: today */
} NcCertificate;

GQuark   nc_certificate_error_quark    (void);
gboolean nc_certificate_write_pages    (const char           *path,
                                        const NcCertificate  *pages,
                                        guint                 n_pages,
                                        GError              **error);
gboolean nc_certificate_write_pdf      (const char           *path,
                                        const char           *learner_name,
                                        GDateTime            *date,
                                        const char * const   *lesson_titles,
                                        GError              **error);

G_END_DECLS
