/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nc-report-json.c — a checker report as JSON (see the header) */
#include "config.h"

#include "nc-code-ref.h"
#include "nc-report-json.h"

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

char *
nc_report_format_rule (const char *ref_id)
{
  const NcCodeRef *ref = nc_code_ref_lookup (ref_id);
  g_autofree char *citation = ref != NULL ? nc_code_ref_format_citation (ref) : g_strdup (ref_id);

  return g_strdup_printf ("%s — %s", citation, ref != NULL ? nc_code_ref_get_title (ref) : "");
}

static void
add_finding (JsonBuilder     *builder,
             const NcFinding *f,
             NcReportOffsets  offsets)
{
  g_autofree char *rule = nc_report_format_rule (f->ref_id);
  gboolean utf16 = offsets == NC_REPORT_OFFSETS_UTF16;

  json_builder_begin_object (builder);
  add_string (builder, "category", nc_category_to_string (f->category));
  add_string (builder, "ref", f->ref_id);
  add_string (builder, "rule", rule);
  add_string (builder, "severity", nc_severity_to_string (f->severity));
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, (gint64) (utf16 ? f->utf16_start : f->cp_start));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, (gint64) (utf16 ? f->utf16_end : f->cp_end));
  add_string (builder, "lesson", f->lesson_id);
  add_string (builder, "evidence", nc_evidence_to_string (f->evidence));
  add_string (builder, "explanation", f->explanation);
  add_string (builder, "suggestion", f->suggestion);
  json_builder_end_object (builder);
}

/* Adds the report's members to the object @builder is building. */
void
nc_report_build_json (NcReport        *report,
                      NcReportOffsets  offsets,
                      JsonBuilder     *builder)
{
  const NcFinding *findings;
  gsize n;

  g_return_if_fail (report != NULL);
  g_return_if_fail (JSON_IS_BUILDER (builder));

  findings = nc_report_get_findings (report, &n);
  json_builder_set_member_name (builder, "flagged");
  json_builder_add_boolean_value (builder, nc_report_is_flagged (report));
  if (nc_report_get_score (report) >= 0)
    {
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, nc_report_get_score (report));
    }
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (gsize i = 0; i < n; i++)
    add_finding (builder, &findings[i], offsets);
  json_builder_end_array (builder);
}

/* The report as a JSON object of its own, on one line. Free with g_free(). */
char *
nc_report_to_json (NcReport        *report,
                   NcReportOffsets  offsets)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  json_builder_begin_object (builder);
  nc_report_build_json (report, offsets, builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}
