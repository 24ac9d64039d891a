/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-code-ref.h — the one table of references into the Code of Conduct
 *
 * Every citation in NetConduct (checker findings, lessons, warnings, the
 * activity log) names a reference id such as "4.5"; this table maps it to the
 * document, article, point and a short title. A corrected number is a
 * one-line change here.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  NC_CODE_DOCUMENT_874,  /* Decision 874/QĐ-BTTTT (2021), social networks */
  NC_CODE_DOCUMENT_88,   /* Decision 88/QĐ-BTTTT (2025), children online */
} NcCodeDocument;

typedef struct {
  const char     *id;       /* stable id, e.g. "4.5" or "c88.3" */
  NcCodeDocument  document;
  int             article;  /* 0 when the document's numbering is not known */
  int             point;    /* 0 for a whole article */
  const char     *title;    /* English, untranslated; see nc_code_ref_get_title() */
} NcCodeRef;

const NcCodeRef *nc_code_ref_lookup          (const char      *id);
const NcCodeRef *nc_code_ref_get_all         (gsize           *n_refs);
const char      *nc_code_ref_get_title       (const NcCodeRef *ref);
char            *nc_code_ref_format_citation (const NcCodeRef *ref);

G_END_DECLS
