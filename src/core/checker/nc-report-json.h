/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-report-json.h — a checker report as JSON, the one form the guard (in
 * the browser) and netconduct-check print
 *
 * Members added to the object being built: "flagged" (a finding at
 * NC_SEVERITY_WARN or above), "score" (the model's probability, only when
 * it ran) and "findings", in text order, each with "category", "ref",
 * "rule" (the Code's citation and title), "severity", "start" and "end"
 * (end exclusive, in the unit asked for), "lesson", "evidence",
 * "explanation" and "suggestion" (null when there is none). The text
 * itself is never in it.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "nc-checker.h"

G_BEGIN_DECLS

typedef enum {
  NC_REPORT_OFFSETS_UTF16,        /* UTF-16 code units: JavaScript */
  NC_REPORT_OFFSETS_CODE_POINTS,  /* code points: the command-line tool */
} NcReportOffsets;

void  nc_report_build_json (NcReport        *report,
                            NcReportOffsets  offsets,
                            JsonBuilder     *builder);
char *nc_report_to_json    (NcReport        *report,
                            NcReportOffsets  offsets);
/* A finding's "rule" for the reference @ref_id, in the language of the
 * moment. Free with g_free(). */
char *nc_report_format_rule (const char     *ref_id);

G_END_DECLS
