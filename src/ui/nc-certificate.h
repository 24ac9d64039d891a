/* nc-certificate.h — the certificate a learner gets when every lesson is
 * passed: a one-page PDF drawn with cairo and Pango (Noto fonts, which have
 * every Vietnamese glyph) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NC_CERTIFICATE_ERROR (nc_certificate_error_quark ())

typedef enum {
  NC_CERTIFICATE_ERROR_WRITE,   /* the file cannot be written */
} NcCertificateError;

GQuark   nc_certificate_error_quark (void);
gboolean nc_certificate_write_pdf   (const char          *path,
                                     const char          *learner_name,
                                     GDateTime           *date,
                                     const char * const  *lesson_titles,
                                     GError             **error);

G_END_DECLS
